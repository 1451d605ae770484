"""The second blind scan corpus (tests/fixtures/scan_blind2) holds together:
every document has its truth and every truth its document, in the format of
the main corpus. No accuracy is asserted here: the set measures the reader
blind (see its README); measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind2`."""

from __future__ import annotations

from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND2 = REPO / "tests" / "fixtures" / "scan_blind2"


def test_the_blind2_corpus_holds_together():
    assert corpus_problems(BLIND2) == []


def test_the_blind2_corpus_has_its_size():
    entries = truths(BLIND2)
    assert sum(e["evidence"] for e in entries) == 25
    assert sum(not e["evidence"] for e in entries) == 4
