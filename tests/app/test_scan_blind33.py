"""The thirty-third blind scan corpus (tests/fixtures/scan_blind33), PDF
certificates, letters and transcripts only, holds together: every document has
its truth and every truth its document, in the format of the main corpus, with
built-in kinds only, and the producers and languages its README promises.
Coherence only: its author measured nothing (blindness); the lead measures it
with `python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind33`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND33 = REPO / "tests" / "fixtures" / "scan_blind33"


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
