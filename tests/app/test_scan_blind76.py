"""The seventy-sixth blind scan corpus (tests/fixtures/scan_blind76, a mixed Downloads folder) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. The set has not yet been measured: its author wrote it blind
(its README says what was read) and ran neither the reader nor the accuracy bench on it. Measure
with `python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind76`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, holder, truths

BLIND76 = REPO / "tests" / "fixtures" / "scan_blind76"


def test_the_blind76_corpus_holds_together():
    assert corpus_problems(BLIND76) == []


def test_the_blind76_corpus_has_its_size():
    entries = truths(BLIND76)
    assert sum(e["evidence"] for e in entries) == 14
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind76_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND76) if e["evidence"]}
    assert used == builtin


def test_the_blind76_corpus_mixes_the_formats_of_a_downloads_folder():
    types = Counter(e["type"] for e in truths(BLIND76))
    assert types == {"pdf": 5, "eml": 4, "msg": 1, "ics": 3, "html": 3, "txt": 2}


def test_the_blind76_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND76) if e.get("unreadable")] == []


def test_the_blind76_corpus_names_its_holder():
    assert holder(BLIND76) == "Tobias Wrenfield"


def test_the_blind76_readme_lists_every_document():
    readme = (BLIND76 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND76))
