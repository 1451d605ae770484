"""The thirty-third blind scan corpus (tests/fixtures/scan_blind33, PDF certificates, letters and
transcripts) holds together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. The set measured the reader blind once (10
of 20 all right, 3 wrong "found", 4 of 5 non-evidence proposed: its README); its misses were
then fixed as classes, so it is seen, and what the fixes reached is kept: no field marked
"found" is wrong, every document that is not evidence is skipped, at least 18 of 20 evidence
documents all right. Measure with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind33`."""

from __future__ import annotations

from collections import Counter

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, measured, truths

BLIND33 = REPO / "tests" / "fixtures" / "scan_blind33"
#: Evidence documents with all four fields right (18 of 20). Lower only with the reason.
ALL_RIGHT_FLOOR = 18


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind33_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND33)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


def test_the_blind33_corpus_holds_together():
    assert corpus_problems(BLIND33) == []


def test_the_blind33_corpus_has_its_size():
    entries = truths(BLIND33)
    assert sum(e["evidence"] for e in entries) == 20
    assert sum(not e["evidence"] for e in entries) == 5


def test_the_blind33_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND33) if e["evidence"]}
    assert used == builtin


def test_the_blind33_corpus_is_pdfs_from_every_producer_it_names():
    entries = truths(BLIND33)
    assert Counter(e["type"] for e in entries) == {"pdf": 25}
    families = Counter(e["producer"].split("/")[0] for e in entries)
    assert families == {
        "reportlab": 5,
        "fpdf2": 5,
        "libreoffice": 5,
        "chromium": 4,
        "ghostscript": 3,
        "qpdf": 3,
    }


def test_the_blind33_corpus_awards_points_only_for_its_press_letter():
    awarding = [e["file"] for e in truths(BLIND33) if "points" in e]
    assert awarding == ["OSP_Acceptance_Letter_ART-2026-0871.pdf"]


def test_the_blind33_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND33) if e.get("unreadable")] == []


def test_the_blind33_readme_lists_every_document():
    readme = (BLIND33 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND33))
