"""The forty-first blind scan corpus (tests/fixtures/scan_blind41, PDF certificates, letters and
transcripts) holds together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. It was written blind and has not been
measured by its author; measure with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind41`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND41 = REPO / "tests" / "fixtures" / "scan_blind41"


def test_the_blind41_corpus_holds_together():
    assert corpus_problems(BLIND41) == []


def test_the_blind41_corpus_has_its_size():
    entries = truths(BLIND41)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind41_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND41) if e["evidence"]}
    assert used == builtin


def test_the_blind41_corpus_is_pdfs_only():
    types = Counter(e["type"] for e in truths(BLIND41))
    assert types == {"pdf": 20}


def test_the_blind41_corpus_comes_from_at_least_five_producers():
    families = {e["producer"].split("/")[0] for e in truths(BLIND41)}
    assert families >= {"reportlab", "fpdf2", "libreoffice", "chromium", "ghostscript", "qpdf"}


def test_the_blind41_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND41) if e.get("unreadable")] == []


def test_the_blind41_readme_lists_every_document():
    readme = (BLIND41 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND41))
