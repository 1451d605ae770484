"""How fast `onepoints scan` reads a Downloads folder, against `python -c "import typer"`.

Usage (from the repo, in the project's virtual environment):

    python bench/bench_scan.py [--runs 11] [--files 2000] [--evidence 100]

The folder is made with the test suite's own fixtures (tests/support/scan_fixtures.py):
--evidence files that are evidence (a third each certificates, Tech Talk emails
with their invitation, Splash invitations), and, for the rest of --files, what
a Downloads folder holds besides: PDFs that are not OneStream's (invoices; they
must be parsed to know it), files named .pdf that are not PDFs (rejected by
their first bytes), and files that are no evidence by their name (photos,
archives, documents). Each figure is the median of --runs runs, alternated with
the floor; stdout on a pipe. `scan --add` is timed once per run on a fresh data
folder, as it is run once in real life.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_startup import compile_package, onepoints_command  # noqa: E402

from tests.support.scan_fixtures import ics_bytes, pdf_bytes, tech_talk_email  # noqa: E402


def make_downloads(folder: Path, files: int, evidence: int) -> None:
    rng = random.Random(13)
    for number in range(evidence):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=number)
        title = f"Course {number}"
        if number % 3 == 0:
            lines = ["Certificate of Completion", "has successfully completed", f"OneStream Navigator: {title}",
                     "CPE credits: 8", f"Date: {day:%B} {day.day}, {day.year}"]  # fmt: skip
            (folder / f"certificate-{number}.pdf").write_bytes(pdf_bytes(lines))
        elif number % 3 == 1:
            start = dt.datetime(day.year, day.month, day.day, 15, tzinfo=dt.UTC)
            invitation = ics_bytes(f"OneStream Tech Talk: {title}", start, start + dt.timedelta(hours=1))
            (folder / f"techtalk-{number}.eml").write_bytes(tech_talk_email(title, invitation=invitation))
        else:
            start = dt.datetime(day.year, day.month, day.day, 9)
            (folder / f"splash-{number}.ics").write_bytes(
                ics_bytes(f"Splash: {title}", start, start + dt.timedelta(hours=7))
            )
    others = files - evidence
    foreign_pdfs, fake_pdfs = others // 20, others // 20
    for number in range(foreign_pdfs):
        (folder / f"invoice-{number}.pdf").write_bytes(pdf_bytes([f"Invoice {number}", "Total: 42 EUR"]))
    for number in range(fake_pdfs):
        (folder / f"download-{number}.pdf").write_bytes(b"<html>not a pdf</html>")
    for number in range(others - foreign_pdfs - fake_pdfs):
        suffix = (".jpg", ".zip", ".docx", ".xlsx", ".png", ".txt", ".dmg")[number % 7]
        (folder / f"file-{number}{suffix}").write_bytes(rng.randbytes(rng.randrange(1_000, 50_000)))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--evidence", type=int, default=100)
    args = parser.parse_args()
    compile_package()  # as pip install does (see bench_startup.py)
    cli, floor = onepoints_command(), [sys.executable, "-c", "import typer"]
    rows: dict[str, list[float]] = {"floor": [], "scan": [], "scan --json": [], "scan --add": []}
    with tempfile.TemporaryDirectory() as scratch:
        downloads = Path(scratch) / "Downloads"
        downloads.mkdir()
        make_downloads(downloads, args.files, args.evidence)
        env = dict(os.environ, ONEPOINTS_HOME=str(Path(scratch) / "home"))
        scan = cli + ["scan", str(downloads)]
        timed(scan, env), timed(floor, env)  # warm the file cache and .pyc files
        for run in range(args.runs):
            rows["floor"].append(timed(floor, env))
            rows["scan"].append(timed(scan, env))
            rows["scan --json"].append(timed(scan + ["--json"], env))
            fresh = dict(env, ONEPOINTS_HOME=str(Path(scratch) / f"home-{run}"))
            rows["scan --add"].append(timed(scan + ["--add"], fresh))
    floor_s = statistics.median(rows["floor"])
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.files} files "
          f"({args.evidence} evidence), median of {args.runs} runs each\n")  # fmt: skip
    print("| command | median ms | floor ms | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name in ("scan", "scan --json", "scan --add"):
        ours = statistics.median(rows[name])
        print(f"| onepoints {name} | {ours * 1000:.0f} | {floor_s * 1000:.1f} | {ours / floor_s:.1f}x |")


if __name__ == "__main__":
    main()
