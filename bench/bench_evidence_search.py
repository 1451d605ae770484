#!/usr/bin/env python3
"""Benchmark: `onepoints doctor --search DIR` over a folder of unrelated files.

Not a test. Makes a ledger with one activity whose certificate was moved
into a folder of --files (default 20,000) unrelated files, in nested
folders, with sizes spread from 1 byte to 200 KB (a few hundred of them of the
same size as the certificate, so the hashing path is exercised too). Then it
runs, alternately, the floor (`python -c "import typer"`) and the search,
--runs times, and prints the median wall times and their ratio.

Usage (from the repository root):
    python bench/bench_evidence_search.py [--files 20000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_tree(root: Path, files: int, cert_size: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(files):
        folder = root / f"project-{i % 40:02d}" / f"year-{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        size = cert_size if i % 64 == 0 else rng.randint(1, 200_000)
        (folder / f"file-{i:05d}.dat").write_bytes(os.urandom(size))


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    onepoints = shutil.which("onepoints")
    if onepoints is None:
        sys.exit("onepoints not found: pip install -e . first")
    work = Path(tempfile.mkdtemp(prefix="onepoints-search-bench-"))
    try:
        env = dict(os.environ, ONEPOINTS_HOME=str(work / "home"), HOME=str(work))
        cert = work / "Downloads" / "wave.pdf"
        cert.parent.mkdir()
        cert.write_bytes(b"%PDF-1.4 " + os.urandom(150_000))
        subprocess.run(
            [
                onepoints,
                "add",
                "WAVE",
                "--date",
                "2025-05-12",
                "--kind",
                "splash",
                "--points",
                "8",
                "--evidence",
                str(cert),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        docs = work / "Documents"
        t0 = time.perf_counter()
        make_tree(docs, args.files, cert.stat().st_size, args.seed)
        cert.rename(docs / "project-13" / "year-3" / "wave (renamed).pdf")
        print(f"Made {args.files} files in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        search = [onepoints, "doctor", "--search", str(docs)]
        floor = [sys.executable, "-c", "import typer"]
        subprocess.run(search, env=env, capture_output=True)  # warm the directory cache once
        ours, base = [], []
        for _ in range(args.runs):
            base.append(timed(floor, env))
            start = time.perf_counter()
            proc = subprocess.run(search, env=env, capture_output=True, text=True)
            ours.append(time.perf_counter() - start)
            assert "found 1 of 1 missing" in proc.stdout, proc.stdout
        hashed = [line for line in proc.stdout.splitlines() if line.startswith("Searched")][0]
        print(f"{hashed}")
        print()
        print("| command | median s | floor s (import typer) | ratio |")
        print("| --- | ---: | ---: | ---: |")
        m, f = statistics.median(ours), statistics.median(base)
        print(f"| doctor --search, {args.files} files | {m:.3f} | {f:.3f} | {m / f:.1f}x |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
