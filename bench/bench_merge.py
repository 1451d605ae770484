"""How fast `merge --dry-run` reads a conflict copy against the history (goal: within 20x
of the floor, about one second, for 200 activities and the default 50 saved versions:
a merge is run once in a while, by hand, and reads every version).

Usage (from the repo, in the project's virtual environment):

    python bench/bench_merge.py [--runs 11] [--count 200] [--versions 50]

The floor is `python -c "import typer"`, alternated with the measured command in
the same loop; figures are medians. The ledger is bench/make_ledger.py's, saved
through the real write path once per version (an activity renamed each time); the
copy is the ledger as it was halfway, with one activity more, written as another
computer would. A merge parses every saved version once (the base is chosen
among them), so the time grows with history_keep, not with the command.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import compile_package, onepoints_command, run_pipe  # noqa: E402
from make_ledger import make_ledger  # noqa: E402

from onepoints_cli.domain.models import Activity  # noqa: E402
from onepoints_cli.storage.ledger import store  # noqa: E402
from onepoints_cli.storage.ledger.codec import ledger_bytes_for  # noqa: E402
from onepoints_cli.storage.paths import Paths  # noqa: E402

GOAL = 20.0
COPY = "ledger-LAPTOP-7H2K.toml"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--versions", type=int, default=50)
    args = parser.parse_args()
    floor = [sys.executable, "-c", "import typer"]
    with tempfile.TemporaryDirectory() as home:
        paths = Paths(Path(home), Path(home))
        ledger = make_ledger(args.count)
        store.modify(paths, lambda snapshot: (ledger, None))
        halfway = ledger
        for number in range(args.versions - 1):
            first = ledger.activities[0]._replace(title=f"Renamed {number}")
            ledger = ledger._replace(activities=(first, *ledger.activities[1:]))
            store.modify(paths, lambda snapshot, new=ledger: (new, None))
            if number == args.versions // 2:
                halfway = ledger
        extra = Activity(halfway.next_activity_id, "Splash 2025", date(2025, 5, 12), "course", Decimal(5))
        theirs = halfway._replace(activities=(*halfway.activities, extra), next_activity_id=extra.id + 1)
        (Path(home) / COPY).write_bytes(ledger_bytes_for(theirs))
        env = {**os.environ, "ONEPOINTS_HOME": home}
        command = [*onepoints_command(), "merge", COPY, "--dry-run"]
        compile_package()  # as pip install does (see bench_startup.py)
        run_pipe(command, env)  # warm the disk cache
        own, low = [], []
        for _ in range(args.runs):
            own.append(run_pipe(command, env))
            low.append(run_pipe(floor, env))
        ms, floor_ms = statistics.median(own) * 1000, statistics.median(low) * 1000
        ratio = ms / floor_ms
        goal = "met" if ratio <= GOAL else "**not met**"
        print("| command | activities | versions | median ms | floor ms | ratio | goal |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        row = [f"{args.count}", f"{args.versions}", f"{ms:.1f}", f"{floor_ms:.1f}", f"{ratio:.2f}x"]
        print(f"| merge --dry-run | {' | '.join(row)} | {GOAL:g}x: {goal} |")


if __name__ == "__main__":
    main()
