"""The seventy-ninth blind scan corpus (tests/fixtures/scan_blind79, a mixed Downloads folder) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. The set has not yet been measured: measure it once, blind, with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind79` and write
the result in its README before any of its misses is fixed."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, holder, truths

BLIND79 = REPO / "tests" / "fixtures" / "scan_blind79"


def test_the_blind79_corpus_holds_together():
    assert corpus_problems(BLIND79) == []


def test_the_blind79_corpus_has_its_size():
    entries = truths(BLIND79)
    assert sum(e["evidence"] for e in entries) == 14
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind79_corpus_has_one_holder():
    assert holder(BLIND79) == "Helena Varga"


def test_the_blind79_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND79) if e["evidence"]}
    assert used == builtin


def test_the_blind79_corpus_mixes_the_formats_of_a_downloads_folder():
    types = Counter(e["type"] for e in truths(BLIND79))
    assert types == {"pdf": 5, "eml": 3, "msg": 1, "ics": 3, "html": 3, "txt": 3}


def test_the_blind79_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND79) if e.get("unreadable")] == []


def test_the_blind79_readme_lists_every_document():
    readme = (BLIND79 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND79))
