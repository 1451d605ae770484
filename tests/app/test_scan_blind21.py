"""The twenty-first blind scan corpus (tests/fixtures/scan_blind21: PDF
certificates and transcripts from reportlab, fpdf2, Chromium, LibreOffice,
Ghostscript and qpdf) holds together: every document has its truth and every
truth its document, in the format of the main corpus, with built-in kinds
only. No accuracy is asserted here: the set was written blind, for the lead
to measure the reader once with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind21`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND21 = REPO / "tests" / "fixtures" / "scan_blind21"


def test_the_blind21_corpus_holds_together():
    assert corpus_problems(BLIND21) == []


def test_the_blind21_corpus_has_its_size():
    entries = truths(BLIND21)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 3


def test_the_blind21_corpus_is_pdfs_only():
    assert {e["type"] for e in truths(BLIND21)} == {"pdf"}
    assert all((BLIND21 / "documents" / e["file"]).read_bytes().startswith(b"%PDF-") for e in truths(BLIND21))


def test_the_blind21_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND21) if e["evidence"]}
    assert used == builtin


def test_the_blind21_corpus_comes_from_at_least_four_producers():
    families = Counter(e["producer"].split("/")[0] for e in truths(BLIND21))
    assert set(families) == {"reportlab", "fpdf2", "chromium", "libreoffice", "ghostscript", "qpdf"}


def test_the_blind21_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND21) if e.get("unreadable")] == []


def test_the_blind21_readme_lists_every_document():
    readme = (BLIND21 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND21))
