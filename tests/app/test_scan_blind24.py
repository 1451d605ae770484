"""The twenty-fourth blind scan corpus (tests/fixtures/scan_blind24, PDF
certificates and transcripts) holds together: every document has its truth
and every truth its document, in the format of the main corpus, with built-in
kinds only. No accuracy is asserted here: the set is written to be measured
blind (its README), with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind24`."""

from __future__ import annotations

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND24 = REPO / "tests" / "fixtures" / "scan_blind24"


def test_the_blind24_corpus_holds_together():
    assert corpus_problems(BLIND24) == []


def test_the_blind24_corpus_has_its_size():
    entries = truths(BLIND24)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 3


def test_the_blind24_corpus_is_pdf_only():
    assert {e["type"] for e in truths(BLIND24)} == {"pdf"}
    assert all((BLIND24 / "documents" / e["file"]).read_bytes().startswith(b"%PDF-") for e in truths(BLIND24))


def test_the_blind24_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND24) if e["evidence"]}
    assert used == builtin


def test_the_blind24_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND24) if e.get("unreadable")] == []


def test_the_blind24_non_evidence_documents_say_why():
    assert all(e["reason"] for e in truths(BLIND24) if not e["evidence"])


def test_the_blind24_readme_lists_every_document():
    readme = (BLIND24 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND24))
