"""The seventy-ninth blind scan corpus (tests/fixtures/scan_blind79, a mixed Downloads folder) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. The set measured the reader blind once (7 of 14 all right, 3 wrong
"found", 2 of 4 non-evidence proposed: its README); its misses were then fixed as classes, so it is
seen, and what the fixes reached is kept: no field marked "found" is wrong, every document that is
not evidence is skipped, at least 7 of 14 evidence documents all right. Measure with `python
bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind79`."""

from __future__ import annotations

from collections import Counter

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, holder, measured, truths

BLIND79 = REPO / "tests" / "fixtures" / "scan_blind79"
#: Evidence documents with all four fields right (7 of 14). Lower only with the reason.
ALL_RIGHT_FLOOR = 7


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind79_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND79)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


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
