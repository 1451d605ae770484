#!/usr/bin/env python3
"""Benchmark: `onepoints import` of 5,000 to 50,000 CSV rows (issue 9).

Not a test. For each size it writes a CSV of that many rows (no evidence
files, so the figure is the import itself), then --runs times runs, in turn,
the floor (`python -c "import typer"`) and `onepoints import FILE` into a
fresh, empty data folder, and prints a markdown table of the medians, the
ratio to the floor, and the time per 1,000 rows. Linear work keeps the last
column flat; the quadratic step this replaced made it grow with the size
(50,000 rows: 14 s before, about 2 s after).

Usage (from the repository root):
    python bench/bench_import.py [--runs 3] [--sizes 5000,10000,25000,50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = [sys.executable, "-c", "import typer"]


def write_csv(path: Path, rows: int) -> None:
    lines = ["date,title,kind,hours,points,evidence,note"]
    kinds = ("course", "webinar", "splash", "tech-talk")
    for number in range(rows):
        day = f"{2023 + number % 3}-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
        lines.append(f"{day},Activity {number},{kinds[number % 4]},{number % 8 + 1},,,note {number}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="5000,10000,25000,50000")
    args = parser.parse_args()
    print("| rows | median ms | floor ms | ratio | ms per 1000 rows |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        for rows in (int(s) for s in args.sizes.split(",")):
            source = Path(folder) / f"rows-{rows}.csv"
            write_csv(source, rows)
            floors, imports = [], []
            for run in range(args.runs):
                home = Path(folder) / f"home-{rows}-{run}"
                env = {**os.environ, "ONEPOINTS_HOME": str(home)}
                floors.append(timed(FLOOR, env))
                imports.append(timed([sys.executable, "-m", "onepoints_cli", "import", str(source)], env))
            took, floor = statistics.median(imports) * 1000, statistics.median(floors) * 1000
            print(f"| {rows} | {took:.0f} | {floor:.0f} | {took / floor:.1f}x | {took / rows * 1000:.0f} |")


if __name__ == "__main__":
    main()
