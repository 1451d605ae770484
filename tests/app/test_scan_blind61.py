"""The sixty-first blind scan corpus (tests/fixtures/scan_blind61, a mixed Downloads folder) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. The set measured the reader blind once (8 of 14 all right, 2
wrong "found", 1 of 4 non-evidence proposed: its README); its misses were then fixed as classes,
so it is seen, and what the fixes reached is kept: no field marked "found" is wrong, every
document that is not evidence is skipped, at least 12 of 14 evidence documents all right.
Measure with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind61`."""

from __future__ import annotations

from collections import Counter

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, measured, truths

BLIND61 = REPO / "tests" / "fixtures" / "scan_blind61"
#: Evidence documents with all four fields right (12 of 14). Lower only with the reason.
ALL_RIGHT_FLOOR = 12


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind61_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND61)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


def test_the_blind61_corpus_holds_together():
    assert corpus_problems(BLIND61) == []


def test_the_blind61_corpus_has_its_size():
    entries = truths(BLIND61)
    assert sum(e["evidence"] for e in entries) == 14
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind61_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND61) if e["evidence"]}
    assert used == builtin


def test_the_blind61_corpus_mixes_the_formats_of_a_downloads_folder():
    types = Counter(e["type"] for e in truths(BLIND61))
    assert types == {"pdf": 4, "eml": 4, "msg": 1, "ics": 3, "html": 3, "txt": 3}


def test_the_blind61_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND61) if e.get("unreadable")] == []


def test_the_blind61_readme_lists_every_document():
    readme = (BLIND61 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND61))
