"""The seventy-seventh blind scan corpus (tests/fixtures/scan_blind77, PDF certificates, letters and
transcripts) holds together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. The set has not yet been measured: measure it
once, blind, with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind77` before any of its misses is fixed, and write the result in its
README."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND77 = REPO / "tests" / "fixtures" / "scan_blind77"


def test_the_blind77_corpus_holds_together():
    assert corpus_problems(BLIND77) == []


def test_the_blind77_corpus_has_its_size():
    entries = truths(BLIND77)
    assert sum(e["evidence"] for e in entries) == 14
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind77_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND77) if e["evidence"]}
    assert used == builtin


def test_the_blind77_corpus_is_pdfs_only():
    types = Counter(e["type"] for e in truths(BLIND77))
    assert types == {"pdf": 18}


def test_the_blind77_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND77) if e.get("unreadable")] == []


def test_the_blind77_readme_lists_every_document():
    readme = (BLIND77 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND77))
