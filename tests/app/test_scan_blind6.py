"""The sixth blind scan corpus (tests/fixtures/scan_blind6, PDF certificates
and transcripts) holds together: every document has its truth and every truth
its document, in the format of the main corpus, with built-in kinds only. The
set measured the reader blind once (10 of 20 all right, 3 wrong "found", 0 of
3 non-evidence proposed: its README); since its misses fixed the reader it is
seen, and what the fixes reached is kept: no field marked "found" is wrong,
every document that is not evidence is skipped, at least 20 of 20 evidence
documents all right. Measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind6`."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, measured, truths

BLIND6 = REPO / "tests" / "fixtures" / "scan_blind6"
#: Evidence documents with all four fields right (20 of 20). Lower only with the reason.
ALL_RIGHT_FLOOR = 20


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_blind6_set_finds_nothing_wrong():
    all_right, wrong_found, not_skipped = measured(BLIND6)
    assert wrong_found == []
    assert not_skipped == []
    assert all_right >= ALL_RIGHT_FLOOR


def test_the_blind6_corpus_holds_together():
    assert corpus_problems(BLIND6) == []


def test_the_blind6_corpus_has_its_size():
    entries = truths(BLIND6)
    assert sum(e["evidence"] for e in entries) == 20
    assert sum(not e["evidence"] for e in entries) == 3


def test_the_blind6_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND6) if e["evidence"]}
    assert used == builtin


def test_the_blind6_corpus_is_pdf_only_and_every_file_is_a_pdf():
    entries = truths(BLIND6)
    assert {e["type"] for e in entries} == {"pdf"}
    for entry in entries:
        assert (BLIND6 / "documents" / entry["file"]).read_bytes()[:5] == b"%PDF-", entry["file"]


def test_the_blind6_corpus_has_at_least_four_producers():
    producers = {e["producer"].split("/")[0] for e in truths(BLIND6)}
    assert len(producers) >= 4


def test_the_blind6_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND6) if e.get("unreadable")] == []


def test_the_blind6_readme_lists_every_document():
    readme = (BLIND6 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND6))
