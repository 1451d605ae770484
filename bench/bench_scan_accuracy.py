"""How right `onepoints scan` is on the corpus of real documents, and how fast on 2,000 files.

Usage (from the repo, in the project's virtual environment):

    python bench/bench_scan_accuracy.py [--corpus FOLDER] [--files 2000] [--runs 3] [--no-speed] [--details FILE]

The corpus is tests/fixtures/scan_corpus by default (documents made by Chromium,
LibreOffice, reportlab, fpdf2, Ghostscript, qpdf, the email package, icalendar
and msgforge; truth.json says what each one truly states; its README.md how
they are made). --corpus measures another folder laid out the same way
(documents/ and truth.json), e.g. the held-out set tests/fixtures/scan_heldout
that the reader was not written against. The installed `onepoints scan --json`
reads the whole folder once, with a fresh data folder and the holder in America/New_York (TZ: an
invitation written in UTC is read in the holder's zone); a set whose README names its holder
(`Holder: First Last`) is read with that holder_name in config.toml.

A field is right by the rules of tests/support/scan_corpus.py (the title:
equal after NFKC, case folding, dashes, quotes and whitespace made uniform, the
punctuation around it and a leading "OneStream " dropped, to the truth's title
or one of its `also` variants). A field is a *wrong found* when the reader
marks it "found" and it is not right: the silent errors that end up in a case.
An evidence document the reader skips counts as wrong on every field (none of
them found). Documents that no reader can read (a PDF that needs a password, an
image without text; truth "unreadable") are left out of the accuracy and
checked for being reported with the expected reason instead.

Speed: the corpus copied (each copy made a distinct file, so that none is
skipped as a duplicate) up to --files files, scanned --runs times; the median,
and its ratio to `python -c "import typer"` (the floor) in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_startup import compile_package, onepoints_command  # noqa: E402

from tests.support.scan_corpus import (  # noqa: E402
    CORPUS,
    FIELDS,
    corpus_problems,
    field_right,
    holder,
    reader_amount,
    truths,
)

HOLDER_ZONE = "America/New_York"


def scan_json(folder: Path, home: Path) -> tuple[dict[str, Any], float]:
    env = dict(os.environ, ONEPOINTS_HOME=str(home), TZ=HOLDER_ZONE)
    start = time.perf_counter()
    done = subprocess.run(
        [*onepoints_command(), "scan", str(folder), "--json"], env=env, capture_output=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"onepoints scan failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return json.loads(done.stdout), elapsed


def judge(report: dict[str, Any], corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """One result per document: its truth, what the reader said, and each field's verdict."""
    proposals = {Path(p["file"]).name: p for p in report["proposals"]}
    skipped = {Path(s["file"]).name: s for s in report["skipped"]}
    results = []
    for truth in truths(corpus):
        name = truth["file"]
        proposal, skip = proposals.get(name), skipped.get(name)
        result: dict[str, Any] = {"truth": truth, "proposed": proposal is not None,
                                  "skipped": skip["reason"] if skip else None, "fields": {}}  # fmt: skip
        if truth["evidence"] and not truth.get("unreadable"):
            for field in FIELDS:
                if proposal is None:
                    value, confidence = None, None
                elif field == "hours":
                    value, confidence = reader_amount(proposal, truth)
                else:
                    value, confidence = proposal[field]["value"], proposal[field]["confidence"]
                right = proposal is not None and field_right(field, value, truth, confidence)
                result["fields"][field] = {"value": value, "confidence": confidence, "right": right,
                                           "wrong_found": confidence == "found" and not right}  # fmt: skip
        results.append(result)
    return results


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def _truth_text(truth: dict[str, Any], field: str) -> str:
    if field == "hours":
        return f"{truth['points']} points" if "points" in truth else str(truth.get("hours"))
    if field == "date" and "ambiguous" in truth:
        return "ambiguous: " + " or ".join(truth["ambiguous"])
    return str(truth[field])


def print_report(results: list[dict[str, Any]]) -> None:
    measured = [r for r in results if r["fields"]]
    all_right = [r for r in measured if all(f["right"] for f in r["fields"].values())]
    print(
        f"Evidence documents measured: {len(measured)}; all four fields right: {_percent(len(all_right), len(measured))}"
    )
    print()
    print(f"{'field':<8} {'right':>14} {'found':>6} {'wrong found':>12}")
    for field in FIELDS:
        verdicts = [r["fields"][field] for r in measured]
        right = sum(v["right"] for v in verdicts)
        found = sum(v["confidence"] == "found" for v in verdicts)
        wrong = sum(v["wrong_found"] for v in verdicts)
        print(f"{field:<8} {_percent(right, len(verdicts)):>14} {found:>6} {wrong:>12}")
    for key, label in (("producer", "producer"), ("type", "type")):
        print()
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in measured:
            groups[r["truth"][key]].append(r)
        print(
            f"{label:<22} {'docs':>4} {'all 4':>6} "
            + " ".join(f"{f:>6}" for f in FIELDS)
            + f" {'wrong found':>12}"
        )
        for name in sorted(groups):
            rows = groups[name]
            counts = [sum(r["fields"][f]["right"] for r in rows) for f in FIELDS]
            whole = sum(all(v["right"] for v in r["fields"].values()) for r in rows)
            wrong = sum(v["wrong_found"] for r in rows for v in r["fields"].values())
            print(
                f"{name:<22} {len(rows):>4} {whole:>6} "
                + " ".join(f"{c:>6}" for c in counts)
                + f" {wrong:>12}"
            )
    wrong_found = [(r, f, v) for r in measured for f, v in r["fields"].items() if v["wrong_found"]]
    print(f'\nWrong "found" fields: {len(wrong_found)}')
    for r, field, verdict in wrong_found:
        print(
            f"  {r['truth']['file']}: {field} {verdict['value']!r}, truly {_truth_text(r['truth'], field)!r}"
        )
    unread = [r for r in measured if not r["proposed"]]
    print(f"\nEvidence documents not proposed: {len(unread)}")
    for r in unread:
        print(f"  {r['truth']['file']}: {r['skipped'] or 'not listed'}")
    others = [r for r in results if not r["truth"]["evidence"]]
    proposed = [r for r in others if r["proposed"]]
    print(f"\nNon-evidence documents proposed: {len(proposed)} of {len(others)}")
    for r in proposed:
        print(f"  {r['truth']['file']} ({r['truth']['reason']})")
    unreadable = [r for r in results if r["truth"]["evidence"] and r["truth"].get("unreadable")]
    reported = [r for r in unreadable if r["skipped"] and r["truth"]["unreadable"] in r["skipped"].casefold()]
    print(f"\nUnreadable by design, reported with the expected reason: {len(reported)} of {len(unreadable)}")
    for r in unreadable:
        if r not in reported:
            print(
                f"  {r['truth']['file']}: wanted {r['truth']['unreadable']!r}, got {r['skipped'] or 'a proposal'!r}"
            )
    wrong_total = len(wrong_found)
    share = len(all_right) / len(measured) if measured else 0.0
    print("\nIssue 20's goals:")
    print(f"  all four fields right on >= 90% of evidence: {'yes' if share >= 0.9 else 'no'} ({share:.0%})")
    print(f"  no wrong found field: {'yes' if wrong_total == 0 else 'no'} ({wrong_total})")
    print(
        f"  every non-evidence document skipped: {'yes' if not proposed else 'no'} ({len(proposed)} proposed)"
    )


def distinct_copy(source: Path, target: Path, number: int) -> None:
    """A copy that differs from the original by a few bytes the formats allow."""
    data = source.read_bytes()
    mark = f"copy {number}".encode()
    suffix = source.suffix.lower()
    if suffix == ".pdf":
        data += b"\n%" + mark + b"\n"
    elif suffix in (".eml",):
        data = b"X-Bench: " + mark + b"\r\n" + data
    elif suffix in (".ics", ".ical"):
        data = data.replace(b"END:VCALENDAR", b"X-BENCH:" + mark + b"\r\nEND:VCALENDAR", 1)
    else:  # .msg, .txt, .html: trailing bytes
        data += b"\n" + mark + b"\n"
    target.write_bytes(data)


def speed(files: int, runs: int, documents: Path) -> None:
    compile_package()
    sources = sorted(p for p in documents.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as work:
        folder, home = Path(work) / "Downloads", Path(work) / "home"
        folder.mkdir()
        home.mkdir()
        for number in range(files):
            source = sources[number % len(sources)]
            distinct_copy(source, folder / f"{number:04d}-{source.name}", number)
        floor, times = [], []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import typer"], check=True)
            floor.append(time.perf_counter() - start)
            times.append(scan_json(folder, home)[1])
        took, base = statistics.median(times), statistics.median(floor)
        print(f"\nSpeed: {files} files (copies of the corpus) scanned in {took:.2f} s (median of {runs}),"
              f" {took / base:.0f} x the floor (`python -c 'import typer'`, {base * 1000:.0f} ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="a folder with documents/ and truth.json (default: tests/fixtures/scan_corpus)",
    )
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-speed", action="store_true", help="measure accuracy only")
    parser.add_argument("--details", type=Path, help="write every document's verdicts to this JSON file")
    args = parser.parse_args()
    if shutil.which("onepoints", path=str(Path(sys.executable).parent)) is None:
        print("note: no onepoints script beside this Python; using python -m onepoints_cli", file=sys.stderr)
    corpus = args.corpus.resolve()
    documents = corpus / "documents"
    if not (corpus / "truth.json").is_file() or not documents.is_dir():
        raise SystemExit(f"{args.corpus}: not a corpus (it needs documents/ and truth.json)")
    if problems := corpus_problems(corpus):
        raise SystemExit("The corpus does not hold together:\n  " + "\n  ".join(problems))
    with tempfile.TemporaryDirectory() as home:
        if name := holder(corpus):  # the README's `Holder:` line, as the holder's config.toml says it
            (Path(home) / "config.toml").write_text(f"holder_name = {json.dumps(name)}\n", encoding="utf-8")
        report, took = scan_json(documents, Path(home))
    results = judge(report, corpus)
    shown = documents.relative_to(HERE.parent) if documents.is_relative_to(HERE.parent) else documents
    print(f"Corpus: {len(results)} documents in {shown}, read in {took:.2f} s\n")
    print_report(results)
    if args.details:
        args.details.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str) + "\n")
    if not args.no_speed:
        speed(args.files, args.runs, documents)


if __name__ == "__main__":
    main()
