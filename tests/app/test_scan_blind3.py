"""The third blind scan corpus (tests/fixtures/scan_blind3) holds together:
every document has its truth and every truth its document, in the format of
the main corpus, with built-in kinds only. The set measured the reader blind
once (23 of 40 all right, 7 wrong "found": see its README); since it was used
to fix the reader (issue 20's confidence gates) it is seen, and what the
fixes reached is kept: no field marked "found" is wrong, every document that
is not evidence is skipped, every one of its 40 evidence documents has all
four fields right. Measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind3`."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, measured, truths

BLIND3 = REPO / "tests" / "fixtures" / "scan_blind3"
#: Evidence documents with all four fields right after the fixes (40 of 40).
#: Lower only with the reason.
ALL_RIGHT_FLOOR = 40


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind3_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND3)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


def test_the_blind3_corpus_holds_together():
    assert corpus_problems(BLIND3) == []


def test_the_blind3_corpus_has_its_size():
    entries = truths(BLIND3)
    assert sum(e["evidence"] for e in entries) == 41
    assert sum(not e["evidence"] for e in entries) == 6


def test_the_blind3_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND3) if e["evidence"]}
    assert used == builtin


def test_the_blind3_corpus_says_which_document_no_reader_can_read():
    unreadable = {e["file"]: e["unreadable"] for e in truths(BLIND3) if e.get("unreadable")}
    assert unreadable == {"Speaker_certificate_protected.pdf": "encrypted"}
