"""The fifty-third blind scan corpus (tests/fixtures/scan_blind53, PDF certificates, letters and
transcripts) holds together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. The set has not measured the reader yet
(its author did not run it: blindness), so this test does not run the reader; measure it blind
once with `python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind53`
and record the result in its README before fixing anything."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND53 = REPO / "tests" / "fixtures" / "scan_blind53"


def test_the_blind53_corpus_holds_together():
    assert corpus_problems(BLIND53) == []


def test_the_blind53_corpus_has_its_size():
    entries = truths(BLIND53)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind53_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND53) if e["evidence"]}
    assert used == builtin


def test_the_blind53_corpus_is_pdfs_from_five_producers():
    entries = truths(BLIND53)
    assert Counter(e["type"] for e in entries) == {"pdf": 20}
    producers = Counter(e["producer"].split()[0] for e in entries)
    assert producers == {"fpdf2": 6, "reportlab": 5, "chromium": 4, "LibreOffice": 4, "Ghostscript": 1}


def test_the_blind53_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND53) if e.get("unreadable")] == []


def test_the_blind53_readme_lists_every_document():
    readme = (BLIND53 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND53))
