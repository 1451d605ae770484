"""The sixty-second blind scan corpus (tests/fixtures/scan_blind62, PDF certificates, letters and
transcripts) holds together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. It was written blind and not run by its
author; measure it with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind62`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND62 = REPO / "tests" / "fixtures" / "scan_blind62"


def test_the_blind62_corpus_holds_together():
    assert corpus_problems(BLIND62) == []


def test_the_blind62_corpus_has_its_size():
    entries = truths(BLIND62)
    assert sum(e["evidence"] for e in entries) == 14
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind62_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND62) if e["evidence"]}
    assert used == builtin


def test_the_blind62_corpus_is_pdfs_from_five_producers():
    entries = truths(BLIND62)
    assert Counter(e["type"] for e in entries) == {"pdf": 18}
    producers = {e["producer"].split("/")[0] for e in entries}
    assert producers == {"reportlab", "fpdf2", "chromium", "libreoffice", "ghostscript"}


def test_the_blind62_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND62) if e.get("unreadable")] == []


def test_the_blind62_readme_lists_every_document():
    readme = (BLIND62 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND62))
