"""The held-out scan corpus (tests/fixtures/scan_heldout) holds together: every
document has its truth and every truth its document, in the format of the
main corpus. Its accuracy is measured, not asserted, by
`python bench/bench_scan_accuracy.py --corpus tests/fixtures/scan_heldout`:
the set is there to show how the reader does on documents it was not written
against."""

from __future__ import annotations

from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

HELDOUT = REPO / "tests" / "fixtures" / "scan_heldout"


def test_the_heldout_corpus_holds_together():
    assert corpus_problems(HELDOUT) == []


def test_the_heldout_corpus_has_its_size():
    entries = truths(HELDOUT)
    assert sum(e["evidence"] for e in entries) >= 30
    assert sum(not e["evidence"] for e in entries) >= 5


def test_a_truth_of_another_corpus_is_not_this_one(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "stray.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "truth.json").write_text("[]", encoding="utf-8")
    assert corpus_problems(tmp_path) == ["stray.pdf: no truth"]
