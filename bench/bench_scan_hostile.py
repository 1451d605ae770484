"""How long `onepoints scan` takes, and how much memory, on hostile files under
the size cap (issue 20: found by fuzzing), against `python -c "import typer"`.

Usage (from the repo, in the project's virtual environment):

    python bench/bench_scan_hostile.py [--runs 3]

The shapes, as tests/storage/test_scan_bounds.py makes them: a calendar of
300,000 events; 200,000 occurrences of one event; an email repeating
`04/03/2025 ` 300,000 times; an 18 MB email; an 18 MB text file and an HTML
page of 200,000 tables; a 430 KB PDF of 10 MB of drawing instructions. Each is scanned alone, --runs times: the median time
and its ratio to the floor, and the peak resident memory (ru_maxrss of the
child) against the 200 MB the issue allows.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_startup import compile_package, onepoints_command  # noqa: E402

from tests.support.scan_fixtures import dense_pdf_bytes  # noqa: E402

LIMIT_MB = 200


def shapes(folder: Path) -> list[Path]:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n"
    first = (
        "BEGIN:VEVENT\r\nUID:one\r\nSUMMARY:OneStream Tech Talk\r\nDTSTART:20250304T150000Z\r\nEND:VEVENT\r\n"
    )
    export = (
        head
        + first
        + "".join(
            f"BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART:20250304T150000Z\r\nEND:VEVENT\r\n" for n in range(300_000)
        )
    )
    series = head + first * 200_000
    mail = "From: events@onestream.example\nSubject: OneStream webinar\nContent-Type: text/plain\n\n"
    files = {
        "export.ics": export + "END:VCALENDAR\r\n",
        "series.ics": series + "END:VCALENDAR\r\n",
        "dates.eml": mail + "04/03/2025 " * 300_000,
        "huge.eml": mail
        + ("OneStream webinar 04/03/2025 Duration: 1 hour 13:00 - 14:00 " * 300_000)[:18_000_000],
        "huge.txt": ("OneStream webinar 04/03/2025 Duration: 1 hour 13:00 - 14:00 " * 300_000)[:18_000_000],
        "tables.html": "<html><body>"
        + "<table><tr><td>CPE</td><td>Date</td></tr><tr><td>1</td><td>04/03/2025</td></tr></table>" * 200_000,
    }
    (folder / "dense.pdf").write_bytes(dense_pdf_bytes(200_000))
    paths = [folder / "dense.pdf"]
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


#: Runs the command as its own child and prints that child's peak memory (KiB):
#: ru_maxrss of RUSAGE_CHILDREN is the largest of all children ever waited for.
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True, check=True);"
    " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak resident MB) of one run of a child process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *command], env=env, capture_output=True, check=True)
    took = time.perf_counter() - start
    return took, int(done.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, ONEPOINTS_HOME=str(Path(work) / "home"))
        floor = statistics.median(
            timed([sys.executable, "-c", "import typer"], env)[0] for _ in range(args.runs)
        )
        print(f"floor (python -c 'import typer'): {floor * 1000:.0f} ms")
        print(f"{'file':<12} {'bytes':>10} {'seconds':>8} {'x floor':>8} {'peak MB':>8}")
        for path in shapes(Path(work)):
            runs = [timed([*onepoints_command(), "scan", str(path)], env) for _ in range(args.runs)]
            took = statistics.median(t for t, _ in runs)
            peak = max(p for _, p in runs)
            flag = "" if peak < LIMIT_MB and took < 2 else "  OVER"
            print(
                f"{path.name:<12} {path.stat().st_size:>10} {took:>8.2f} {took / floor:>8.1f} {peak:>8.0f}{flag}"
            )


if __name__ == "__main__":
    main()
