"""The thirtieth blind scan corpus (tests/fixtures/scan_blind30), PDF
certificates and transcripts only, holds together: every document has its
truth and every truth its document, in the format of the main corpus, with
built-in kinds only, and the producers its README promises. Coherence only:
its author measured nothing (blindness); the lead measures it with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind30`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND30 = REPO / "tests" / "fixtures" / "scan_blind30"


def test_the_blind30_corpus_holds_together():
    assert corpus_problems(BLIND30) == []


def test_the_blind30_corpus_has_its_size():
    entries = truths(BLIND30)
    assert sum(e["evidence"] for e in entries) == 20
    assert sum(not e["evidence"] for e in entries) == 5


def test_the_blind30_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND30) if e["evidence"]}
    assert used == builtin


def test_the_blind30_corpus_is_pdfs_from_every_producer_it_names():
    entries = truths(BLIND30)
    assert Counter(e["type"] for e in entries) == {"pdf": 25}
    families = Counter(e["producer"].split("/")[0] for e in entries)
    assert families == {
        "reportlab": 5,
        "fpdf2": 5,
        "libreoffice": 6,
        "chromium": 5,
        "ghostscript": 2,
        "qpdf": 2,
    }


def test_the_blind30_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND30) if e.get("unreadable")] == []


def test_the_blind30_readme_lists_every_document():
    readme = (BLIND30 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND30))
