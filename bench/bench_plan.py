"""How fast `plan` and `timeline` run on 1,000 activities and 3 certifications.

Usage (from the repo, in the project's virtual environment):

    python bench/bench_plan.py [--runs 21] [--count 1000]

The floor is `python -c "import typer"`, alternated with each measured command
in the same loop; figures are medians. The ledger is bench/make_ledger.py's,
with a third certification, written through the real write path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import compile_package, onepoints_command, run_pipe  # noqa: E402
from make_ledger import make_ledger  # noqa: E402

from onepoints_cli.domain.models import Certification  # noqa: E402
from onepoints_cli.storage.ledger import store  # noqa: E402
from onepoints_cli.storage.paths import Paths  # noqa: E402

AS_OF = "2026-11-24"


def write_ledger(folder: Path, count: int) -> None:
    ledger = make_ledger(count)
    third = Certification("ocp", "OneStream Certified Professional", date(2027, 9, 30))
    ledger = ledger._replace(certifications=ledger.certifications + (third,))
    store.modify(Paths(folder, folder), lambda snapshot: (ledger, None))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    floor = [sys.executable, "-c", "import typer"]
    commands = {
        "plan": ["plan", "--as-of", AS_OF],
        "plan --json": ["plan", "--as-of", AS_OF, "--json"],
        "timeline": ["timeline", "--from", AS_OF, "--width", "100"],
        "timeline --json": ["timeline", "--from", AS_OF, "--json"],
    }
    with tempfile.TemporaryDirectory() as home:
        write_ledger(Path(home), args.count)
        env = {**os.environ, "ONEPOINTS_HOME": home}
        compile_package()  # as pip install does (see bench_startup.py)
        base = onepoints_command()
        for args_ in commands.values():
            subprocess.run(
                base + args_, env=env, check=True, stdout=subprocess.DEVNULL
            )  # warm the disk cache
        print("| command | activities | median ms | floor ms | ratio | goal |")
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        for name, args_ in commands.items():
            own, low = [], []
            for _ in range(args.runs):
                own.append(run_pipe(base + args_, env))
                low.append(run_pipe(floor, env))
            ms, floor_ms = statistics.median(own) * 1000, statistics.median(low) * 1000
            ratio = ms / floor_ms
            goal = "met" if ratio <= 2 else "**not met**"
            print(f"| {name} | {args.count} | {ms:.1f} | {floor_ms:.1f} | {ratio:.2f}x | 2x: {goal} |")


if __name__ == "__main__":
    main()
