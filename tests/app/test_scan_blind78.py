"""The seventy-eighth blind scan corpus (tests/fixtures/scan_blind78, emails and invitations) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. The set measured the reader blind once (12 of 16 all right, 1
wrong "found", 0 of 4 non-evidence proposed: its README); its misses were then fixed as classes, so
it is seen, and what the fixes reached is kept: no field marked "found" is wrong, every document
that is not evidence is skipped, at least 12 of 16 evidence documents all right. Measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind78`."""

from __future__ import annotations

from collections import Counter

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, holder, measured, truths

BLIND78 = REPO / "tests" / "fixtures" / "scan_blind78"
#: Evidence documents with all four fields right (12 of 16). Lower only with the reason.
ALL_RIGHT_FLOOR = 12


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind78_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND78)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


def test_the_blind78_corpus_holds_together():
    assert corpus_problems(BLIND78) == []


def test_the_blind78_corpus_has_its_size():
    entries = truths(BLIND78)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind78_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND78) if e["evidence"]}
    assert used == builtin


def test_the_blind78_corpus_is_emails_and_invitations():
    types = Counter(e["type"] for e in truths(BLIND78))
    assert types == {"eml": 10, "msg": 2, "ics": 8}


def test_the_blind78_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND78) if e.get("unreadable")] == []


def test_the_blind78_readme_names_its_holder():
    assert holder(BLIND78) == "Rosalind Achterberg"


def test_the_blind78_readme_lists_every_document():
    readme = (BLIND78 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND78))
