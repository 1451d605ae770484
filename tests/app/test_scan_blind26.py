"""The twenty-sixth blind scan corpus (tests/fixtures/scan_blind26, a mixed
Downloads folder) holds together: every document has its truth and every
truth its document, in the format of the main corpus, with built-in kinds
only. Coherence only: the set is blind, its accuracy is measured by the lead
with `python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind26`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND26 = REPO / "tests" / "fixtures" / "scan_blind26"


def test_the_blind26_corpus_holds_together():
    assert corpus_problems(BLIND26) == []


def test_the_blind26_corpus_has_its_size():
    entries = truths(BLIND26)
    assert sum(e["evidence"] for e in entries) == 18
    assert sum(not e["evidence"] for e in entries) == 7


def test_the_blind26_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND26) if e["evidence"]}
    assert used == builtin


def test_the_blind26_corpus_mixes_formats_as_a_downloads_folder():
    types = Counter(e["type"] for e in truths(BLIND26))
    assert {kind: types[kind] >= 3 for kind in ("pdf", "eml", "ics", "html", "txt")} == dict.fromkeys(
        ("pdf", "eml", "ics", "html", "txt"), True
    )


def test_the_blind26_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND26) if e.get("unreadable")] == []


def test_the_blind26_readme_lists_every_document():
    readme = (BLIND26 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND26))
