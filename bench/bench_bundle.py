#!/usr/bin/env python3
"""Benchmark: onepoints' bundle writer against `zip -r -6` on the same evidence.

Not a test. Creates about --total-mib MiB (default 1024) of mixed evidence in a
temporary folder: half compressible text-like files (CSV rows, HTML table
rows, e-mail-ish prose, with random values) and half incompressible files
(os.urandom bytes named .pdf / .jpg, as real PDFs and photos nearly are), with
sizes spread log-uniformly from 100 KB to 20 MB. Then, --rounds times, it runs
in turn (the order alternating each round):

  onepoints   check_sources + write_zip, in a child Python process
  zip -r -6   `zip -r -6 -q out.zip evidence` on the same folder

and prints a markdown table of the median wall time, the ratio to zip, and
the peak resident memory of each run: getrusage(RUSAGE_CHILDREN).ru_maxrss,
read by a small launcher process that starts the tool and times it (see
LAUNCHER for why not straight from this script). The goal (issue 19): onepoints <= 0.8x
the time of zip, under 64 MiB.

write_zip computes every file's SHA-256 from the very chunks it writes into
the zip (each file is read once), and compares it with the recorded hash, so
the integrity check is part of the time measured. It also fsyncs the bundle
before moving it into place, which zip does not do. The folder is removed at
the end, whatever happens (unless --keep).

Usage (from the repository root):
    python bench/bench_bundle.py [--total-mib 1024] [--rounds 3] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import pathlib
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

REPO = pathlib.Path(__file__).resolve().parent.parent
SRC = REPO / "src"

MIN_SIZE = 100_000
MAX_SIZE = 20_000_000
BLOCK = 256 * 1024
CHUNK = 1 << 20

# Runs in the child: what `onepoints bundle` does once the ledger is read.
CHILD = r"""
import json, pathlib, sys
from onepoints_cli.domain.bundle_members import FileMember
from onepoints_cli.storage.zip_writer import check_sources, write_zip
spec = json.loads(pathlib.Path(sys.argv[1]).read_text())
members = [
    FileMember(m["arcname"], pathlib.Path(m["source"]), m["size"], m["sha256"], m["arcname"])
    for m in spec["members"]
]
check_sources(members, readable=False)  # as `onepoints bundle` does: stat only, one open per file
print(write_zip(pathlib.Path(spec["target"]), members))
"""

WORDS = (
    "the certificate onestream architect exam passed points activity evidence training "
    "session hours completed renewal partner consolidation reporting workflow cube "
    "dimension member formula finance close planning data integration attendance "
    "webinar conference chapter module score result attached please find regards"
).split()
NAMES = ["Ana García", "Björn Öst", "Chen Wei", "Dana Smith", "Émile Roy", "Farah Khan", "Gus Lee"]
STATUS = ["passed", "pending", "failed", "attended", "completed"]


# --------------------------------------------------------------------------
# Evidence generation
# --------------------------------------------------------------------------


def text_blocks(rng: random.Random, kind: str, count: int) -> list[bytes]:
    """count blocks of BLOCK bytes of one kind of text, each different."""
    blocks = []
    for _ in range(count):
        lines: list[str] = []
        size = 0
        while size < BLOCK:
            date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if kind == "csv":
                line = (
                    f"{rng.randrange(10**6)},{rng.choice(NAMES)},{date},"
                    f"{rng.random() * 1000:.2f},{rng.choice(STATUS)}\n"
                )
            elif kind == "html":
                line = (
                    f'<tr class="row-{rng.randrange(4)}"><td>{rng.choice(NAMES)}</td>'
                    f"<td>{date}</td><td>{rng.randrange(100)}.{rng.randrange(10)}</td>"
                    f"<td>{rng.choice(STATUS)}</td></tr>\n"
                )
            else:
                line = " ".join(rng.choices(WORDS, k=rng.randint(6, 16))).capitalize() + ".\n"
            lines.append(line)
            size += len(line.encode())
        blocks.append("".join(lines).encode()[:BLOCK])
    return blocks


def sizes_adding_up_to(rng: random.Random, total: int) -> list[int]:
    """Log-uniform sizes in [MIN_SIZE, MAX_SIZE] adding up to total."""
    sizes: list[int] = []
    lo, hi = math.log(MIN_SIZE), math.log(MAX_SIZE)
    left = total
    while left > 0:
        size = min(int(math.exp(rng.uniform(lo, hi))), left)
        sizes.append(size)
        left -= size
    return sizes


#: The mix of evidence, by share of the bytes: certificates are mostly PDFs
#: whose streams deflate well, then photos and screenshots, then PDFs of
#: scanned images (already compressed), then text (e-mails, CSV, HTML).
MIX = [("pdf-text", 0.40), ("jpg", 0.20), ("png", 0.15), ("pdf-image", 0.10), ("text", 0.15)]


def make_evidence(root: pathlib.Path, total_bytes: int, seed: int) -> list[dict]:
    """Write the evidence under root/evidence; return the members' records."""
    rng = random.Random(seed)
    blocks = {kind: text_blocks(rng, kind, 32) for kind in ("csv", "html", "eml")}
    plan: list[tuple[str, int]] = []
    for kind, share in MIX:
        for size in sizes_adding_up_to(rng, int(total_bytes * share)):
            plan.append((kind, size))
    rng.shuffle(plan)

    records = []
    for i, (kind, size) in enumerate(plan):
        folder = root / "evidence" / f"{i % 24 + 1:02d}-2025-activity"
        folder.mkdir(parents=True, exist_ok=True)
        text_kind = rng.choice(["csv", "html", "eml"]) if kind in ("text", "pdf-text") else None
        ext = {"pdf-text": ".pdf", "pdf-image": ".pdf", "jpg": ".jpg", "png": ".png"}.get(
            kind, f".{text_kind}"
        )
        path = folder / f"file-{i:04d}{ext}"
        hasher = hashlib.sha256()
        with open(path, "wb") as f:
            left = size
            while left:
                if text_kind is not None:
                    chunk = rng.choice(blocks[text_kind])[: min(BLOCK, left)]
                else:
                    chunk = os.urandom(min(CHUNK, left))
                f.write(chunk)
                hasher.update(chunk)
                left -= len(chunk)
        records.append(
            {
                "arcname": path.relative_to(root).as_posix(),
                "source": str(path),
                "size": size,
                "sha256": hasher.hexdigest(),
                "kind": kind,
            }
        )
    return records


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


# Runs each measured command, from a fresh small interpreter: on Linux a child
# starts with the peak RSS of the process it was forked from (exec keeps the
# larger of the two), so forking the tools straight from this script would
# report at least this script's own peak. Here that floor is the launcher's
# own ~8 MiB (posix_spawn, no subprocess import). Prints "seconds max_rss_kib".
LAUNCHER = r"""
import os, resource, sys, time
start = time.perf_counter()
pid = os.posix_spawnp(
    sys.argv[1], sys.argv[1:], os.environ,
    file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)],
)
_, status = os.waitpid(pid, 0)
elapsed = time.perf_counter() - start
rc = os.waitstatus_to_exitcode(status)
if rc:
    sys.exit(rc)
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run_measured(cmd: list[str], *, cwd: pathlib.Path, env: dict | None = None) -> tuple[float, float]:
    """Run cmd; return (wall seconds, peak RSS MiB) of that one run."""
    os.sync()  # no dirty pages from the previous run to write back during this one
    proc = subprocess.run(
        [sys.executable, "-I", "-S", "-c", LAUNCHER, *cmd], cwd=cwd, env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}):\n{proc.stderr}")
    elapsed, max_rss = proc.stdout.split()
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    rss = int(max_rss) / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return float(elapsed), rss


def zip_version(zip_cmd: str) -> str:
    try:
        out = subprocess.run([zip_cmd, "-v"], capture_output=True, text=True).stdout
    except OSError:
        return "zip ?"
    for line in out.splitlines():
        if line.startswith("This is Zip"):  # "This is Zip 3.0 (July 5th 2008), by Info-ZIP."
            return line.removeprefix("This is ").split(" (")[0].split(",")[0]
    return "zip ?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--total-mib", type=int, default=1024, help="evidence to create (MiB)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each tool")
    parser.add_argument("--dir", default=None, help="where to create the temporary folder")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--zip", default="zip", help="the zip command")
    parser.add_argument("--keep", action="store_true", help="keep the folder (to look at it)")
    parser.add_argument("--no-verify", action="store_true", help="skip checking the bundle at the end")
    args = parser.parse_args()

    zip_cmd = shutil.which(args.zip)
    if zip_cmd is None:
        sys.exit(f"{args.zip!r} not found")

    work = pathlib.Path(tempfile.mkdtemp(prefix="onepoints-bench-", dir=args.dir))
    try:
        t0 = time.perf_counter()
        records = make_evidence(work, args.total_mib * 1024 * 1024, args.seed)
        total = sum(r["size"] for r in records)
        kinds = ", ".join(f"{sum(r['kind'] == k for r in records)} {k}" for k, _ in MIX)
        print(
            f"Created {len(records)} files ({kinds}),"
            f" {total / 2**20:.0f} MiB, in {time.perf_counter() - t0:.1f} s, under {work}",
            file=sys.stderr,
        )

        ours_zip = work / "onepoints.zip"
        spec = work / "members.json"
        spec.write_text(json.dumps({"target": str(ours_zip), "members": records}))
        env = dict(os.environ, PYTHONPATH=str(SRC))
        ours_cmd = [sys.executable, "-c", CHILD, str(spec)]
        theirs_cmd = [zip_cmd, "-r", "-6", "-q", "zip.zip", "evidence"]
        stored_cmd = [zip_cmd, "-r", "-6", "-n", ".jpg:.png", "-q", "zipn.zip", "evidence"]

        results: dict[str, list[tuple[float, float]]] = {"onepoints": [], "zip": [], "zip-n": []}
        for round_no in range(args.rounds):
            order = ["onepoints", "zip", "zip-n"] if round_no % 2 == 0 else ["zip-n", "zip", "onepoints"]
            for tool in order:
                if tool == "onepoints":
                    ours_zip.unlink(missing_ok=True)
                    res = run_measured(ours_cmd, cwd=work, env=env)
                elif tool == "zip":
                    (work / "zip.zip").unlink(missing_ok=True)  # zip -r would update it
                    res = run_measured(theirs_cmd, cwd=work)
                else:
                    (work / "zipn.zip").unlink(missing_ok=True)
                    res = run_measured(stored_cmd, cwd=work)
                results[tool].append(res)
                print(f"round {round_no + 1}: {tool:9} {res[0]:7.2f} s {res[1]:7.1f} MiB", file=sys.stderr)

        ours_size = ours_zip.stat().st_size
        theirs_size = (work / "zip.zip").stat().st_size
        if not args.no_verify:
            with zipfile.ZipFile(ours_zip) as zf:
                infos = zf.infolist()
                assert [i.filename for i in infos] == [r["arcname"] for r in records]
                assert [i.file_size for i in infos] == [r["size"] for r in records]
                bad = zf.testzip()
                assert bad is None, f"CRC error in {bad}"

        ours_t = statistics.median(t for t, _ in results["onepoints"])
        theirs_t = statistics.median(t for t, _ in results["zip"])
        ours_rss = max(r for _, r in results["onepoints"])
        theirs_rss = max(r for _, r in results["zip"])
        stored_t = statistics.median(t for t, _ in results["zip-n"])
        stored_rss = max(r for _, r in results["zip-n"])
        stored_size = (work / "zipn.zip").stat().st_size
        ratio = ours_t / stored_t

        print()
        print(
            f"{len(records)} files, {total / 2**20:.0f} MiB ({kinds}),"
            f" {args.rounds} rounds; {platform.python_implementation()} {platform.python_version()},"
            f" Info-ZIP {zip_version(zip_cmd)}, {os.cpu_count()} CPUs, {platform.system()}"
        )
        print()
        print(
            "| tool | median wall time (s) | ratio to zip -r -6 -n .jpg:.png | ratio to zip -r -6 |"
            " peak RSS (MiB) | zip size (MiB) |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        print(
            f"| onepoints write_zip (+ check_sources, SHA-256, fsync) | {ours_t:.2f} | {ratio:.2f} |"
            f" {ours_t / theirs_t:.2f} | {ours_rss:.1f} | {ours_size / 2**20:.1f} |"
        )
        print(
            f"| zip -r -6 -n .jpg:.png -q | {stored_t:.2f} | 1.00 | {stored_t / theirs_t:.2f} |"
            f" {stored_rss:.1f} | {stored_size / 2**20:.1f} |"
        )
        print(
            f"| zip -r -6 -q | {theirs_t:.2f} | {theirs_t / stored_t:.2f} | 1.00 |"
            f" {theirs_rss:.1f} | {theirs_size / 2**20:.1f} |"
        )
        print()
        print(
            "Hashing: write_zip feeds each 1 MiB chunk it reads to the zip entry and to"
            " SHA-256 together (one read per file), and compares the result with the"
            " recorded hash; that check is inside the time above."
        )
        if not args.no_verify:
            print("Checked: the bundle holds every file in order, with the right sizes and CRCs.")
        print(
            f"Goal time <= 0.8x zip -r -6 -n .jpg:.png: {'met' if ratio <= 0.8 else 'NOT met'} ({ratio:.2f}x)"
        )
        print(f"Goal peak RSS < 64 MiB: {'met' if ours_rss < 64 else 'NOT met'} ({ours_rss:.1f} MiB)")
    finally:
        if args.keep:
            print(f"Kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
