"""The twenty-seventh blind scan corpus (tests/fixtures/scan_blind27, PDF certificates and
transcripts) holds together: every document has its truth and every truth its document, in
the format of the main corpus, with built-in kinds only, made by the producers its README
names. Coherence only: the set was written blind to measure the reader, and its author never
ran the reader on it, so no accuracy is asserted here (the lead measures it with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind27`)."""

from __future__ import annotations

import pypdf

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND27 = REPO / "tests" / "fixtures" / "scan_blind27"


def test_the_blind27_corpus_holds_together():
    assert corpus_problems(BLIND27) == []


def test_the_blind27_corpus_has_its_size():
    entries = truths(BLIND27)
    assert sum(e["evidence"] for e in entries) == 18
    assert sum(not e["evidence"] for e in entries) == 3


def test_the_blind27_corpus_is_pdf_only():
    assert {e["type"] for e in truths(BLIND27)} == {"pdf"}
    assert all((BLIND27 / "documents" / e["file"]).read_bytes().startswith(b"%PDF-") for e in truths(BLIND27))


def test_the_blind27_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND27) if e["evidence"]}
    assert used == builtin


def test_the_blind27_corpus_comes_from_six_producers():
    families = {e["producer"].split("/")[0] for e in truths(BLIND27)}
    assert families == {"reportlab", "fpdf2", "chromium", "libreoffice", "ghostscript", "qpdf"}


def test_the_blind27_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND27) if e.get("unreadable")] == []


def test_the_blind27_non_evidence_documents_say_why():
    assert all(e["reason"] for e in truths(BLIND27) if not e["evidence"])


def test_the_blind27_press_document_awards_points_not_hours():
    press = [e for e in truths(BLIND27) if e["evidence"] and e["kind"] == "press"]
    assert [(e["points"], e["hours"]) for e in press] == [("10", None)]


def test_the_blind27_multi_day_events_are_dated_by_their_first_day():
    dates = {e["file"]: e["date"] for e in truths(BLIND27) if e["evidence"]}
    assert dates["Splash Europe 2026 - Certificate.pdf"] == "2026-10-06"
    assert dates["Certificado_WAVE_Chile_2026_FUENTES.pdf"] == "2026-10-20"
    assert dates["Tanusitvany_OS-ADM-2611_Szabo_Reka.pdf"] == "2026-11-24"


def test_the_blind27_encrypted_pdf_opens_without_a_password():
    """qpdf's owner password only: the file is encrypted, yet anyone may open it."""
    protected = BLIND27 / "documents" / "Speaker_Certificate_NordanEPM_2026-10-27_protected.pdf"
    reader = pypdf.PdfReader(protected)
    assert reader.is_encrypted
    assert reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED


def test_the_blind27_readme_lists_every_document():
    readme = (BLIND27 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND27))
