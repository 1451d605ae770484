"""How fast `report` writes its page on 200 activities (goal: within 1.6x of the floor).

Usage (from the repo, in the project's virtual environment):

    python bench/bench_report.py [--runs 21] [--count 200]

The floor is `python -c "import typer"`, alternated with each measured command
in the same loop; figures are medians. The ledger is bench/make_ledger.py's,
written through the real write path; the page goes to stdout (a pipe) and to a
file, as a user writes it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import compile_package, onepoints_command, run_pipe  # noqa: E402
from make_ledger import make_ledger  # noqa: E402

from onepoints_cli.storage.ledger import store  # noqa: E402
from onepoints_cli.storage.paths import Paths  # noqa: E402

AS_OF = "2026-11-24"
GOAL = 1.6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    floor = [sys.executable, "-c", "import typer"]
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as out:
        ledger = make_ledger(args.count)
        store.modify(Paths(Path(home), Path(home)), lambda snapshot: (ledger, None))
        commands = {
            "report --out -": ["report", "--as-of", AS_OF, "--out", "-"],
            "report --out FILE": ["report", "--as-of", AS_OF, "--out", str(Path(out) / "report.html"), "--force"],
        }
        env = {**os.environ, "ONEPOINTS_HOME": home}
        compile_package()  # as pip install does (see bench_startup.py)
        base = onepoints_command()
        for args_ in commands.values():
            subprocess.run(base + args_, env=env, check=True, capture_output=True)  # warm the disk cache
        print("| command | activities | median ms | floor ms | ratio | goal |")
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        for name, args_ in commands.items():
            own, low = [], []
            for _ in range(args.runs):
                own.append(run_pipe(base + args_, env))
                low.append(run_pipe(floor, env))
            ms, floor_ms = statistics.median(own) * 1000, statistics.median(low) * 1000
            ratio = ms / floor_ms
            goal = "met" if ratio <= GOAL else "**not met**"
            print(f"| {name} | {args.count} | {ms:.1f} | {floor_ms:.1f} | {ratio:.2f}x | {GOAL}x: {goal} |")


if __name__ == "__main__":
    main()
