"""The scan accuracy corpus (tests/fixtures/scan_corpus): its documents with
their truth, and the rules that say whether a value the reader gives is right.

bench/bench_scan_accuracy.py and the tests use the same rules:

- title: equal after `title_key` (Unicode NFKC, case folded, every dash a
  hyphen, curly quotes straight, runs of whitespace one space, the
  punctuation and spaces around it stripped, a leading "OneStream " dropped),
  to the truth's title or to one of its `also` variants;
- date: the same ISO day (a multi-day event's first day); for a document
  whose only date reads two ways (truth "ambiguous": its two readings, date
  null), the reader's date marked "ambiguous" and no day chosen;
- hours: the same amount (Decimal), or both missing; for a document that
  awards points (truth "points"), the reader's points if it gives them, else
  its hours (the built-in kinds earn one point an hour);
- kind: the same kind id.

A set whose README has a line `Holder: First Last` is read as that holder's
(holder_name in config.toml): a certificate made out to someone else is then
skipped. Sets whose authors made each certificate out to another name have
no such line and are read with no holder_name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Proposal, Reason, Skip
from onepoints_cli.storage.document_text import Unreadable, read_source
from onepoints_cli.storage.documents import read_candidate

from .paths import REPO

CORPUS = REPO / "tests" / "fixtures" / "scan_corpus"
DOCUMENTS = CORPUS / "documents"
TRUTH = CORPUS / "truth.json"

FIELDS = ("title", "date", "hours", "kind")

_DASHES = re.compile("[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
_EDGES = " .:;,-'\"|"


def truths(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every document's truth, in file name order (of this corpus by default;
    another folder laid out the same way, e.g. tests/fixtures/scan_heldout)."""
    return json.loads((corpus / "truth.json").read_text(encoding="utf-8"))


def holder(corpus: Path = CORPUS) -> str | None:
    """The holder a set's README names on a line `Holder: First Last`, else None."""
    readme = corpus / "README.md"
    found = (
        re.search(r"^Holder: (.+?)\s*$", readme.read_text(encoding="utf-8"), re.M)
        if readme.is_file()
        else None
    )
    return found.group(1) if found else None


def corpus_documents(evidence: bool | None = None) -> Iterator[tuple[Path, dict[str, Any]]]:
    """(path, truth) of each document; only evidence (True) or only the rest (False)."""
    for truth in truths():
        if evidence is None or truth["evidence"] is evidence:
            yield DOCUMENTS / truth["file"], truth


def title_key(text: str) -> str:
    key = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    key = _SPACES.sub(" ", _DASHES.sub("-", key)).strip(_EDGES)
    return key.removeprefix("onestream ").strip(_EDGES)


def title_right(value: Any, truth: dict[str, Any]) -> bool:
    if not isinstance(value, str):
        return False
    wanted = {title_key(t) for t in [truth["title"], *truth.get("also", [])]}
    return title_key(value) in wanted


def _amount(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def expected_amount(truth: dict[str, Any]) -> Decimal | None:
    """The points a document awards, else its hours (None: it states neither)."""
    return _amount(truth.get("points", truth.get("hours")))


def reader_amount(proposal: dict[str, Any], truth: dict[str, Any]) -> tuple[Any, str | None]:
    """(value, confidence) the reader gives for the truth's amount (see the module doc)."""
    points = proposal.get("points")
    field = (
        points
        if "points" in truth and isinstance(points, dict) and points.get("value") is not None
        else proposal["hours"]
    )
    return field.get("value"), field.get("confidence")


def field_right(name: str, value: Any, truth: dict[str, Any], confidence: str | None = None) -> bool:
    if name == "date" and "ambiguous" in truth:
        return confidence == "ambiguous" and value is None
    if name == "title":
        return title_right(value, truth)
    if name == "hours":
        wanted = expected_amount(truth)
        return _amount(value) == wanted if value is not None else wanted is None
    return value == truth[name]


def corpus_problems(corpus: Path = CORPUS) -> list[str]:
    """What does not hold together: a document with no truth, a truth with no
    document, evidence without its four fields (empty when the corpus is whole)."""
    known = {truth["file"] for truth in truths(corpus)}
    present = {path.name for path in (corpus / "documents").iterdir() if path.is_file()}
    problems = [f"{name}: no truth" for name in sorted(present - known)]
    problems += [f"{name}: in truth.json, not in documents/" for name in sorted(known - present)]
    for truth in truths(corpus):
        if truth["evidence"] and any(truth.get(key) is None for key in ("title", "kind")):
            problems.append(f"{truth['file']}: evidence without its title or kind")
        if truth["evidence"] and (truth.get("date") is None) == (not truth.get("ambiguous")):
            problems.append(
                f"{truth['file']}: evidence needs a date or its two readings (ambiguous), one of them"
            )
        if not truth["evidence"] and not truth.get("reason"):
            problems.append(f"{truth['file']}: not evidence, with no reason")
    return problems


def read_document(path, holder_name: str | None = None) -> Proposal | Skip:
    """What `scan` makes of one corpus file: a proposal, or why it was skipped."""
    raw = read_candidate(str(path), path)
    if isinstance(raw, Skip):
        return raw
    try:
        return propose(read_source(raw), holder=holder_name)
    except Unreadable as problem:
        return Skip(str(path), Reason("unreadable", text=str(problem)), problem=True)


def measured(corpus: Path) -> tuple[int, list[str], list[str]]:
    """How the reader does on a corpus: the evidence documents with all four
    fields right, the fields marked found that are wrong, and the documents
    that are not evidence but were proposed. Needs the holder_zone fixture."""
    from onepoints_cli.render.scan import proposal_data

    all_right, wrong_found, not_skipped = 0, [], []
    name = holder(corpus)
    for truth in truths(corpus):
        if truth.get("unreadable"):
            continue
        result = read_document(corpus / "documents" / truth["file"], name)
        if not truth["evidence"]:
            not_skipped += [truth["file"]] if isinstance(result, Proposal) else []
            continue
        if isinstance(result, Skip):
            continue
        data = proposal_data(1, result, None)
        right = True
        for field in FIELDS:
            value, confidence = (
                reader_amount(data, truth)
                if field == "hours"
                else (data[field]["value"], data[field]["confidence"])
            )
            value = value.isoformat() if hasattr(value, "isoformat") else value
            ok = field_right(field, value, truth, confidence)
            right = right and ok
            if confidence == "found" and not ok:
                wrong_found.append(f"{truth['file']}: {field} {value!r}")
        all_right += right
    return all_right, wrong_found, not_skipped
