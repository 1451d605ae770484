"""The twenty-third blind scan corpus (tests/fixtures/scan_blind23: a mixed
Downloads folder of PDFs, emails, invitations, saved web pages, plain text and
Outlook .msg files) holds together: every document has its truth and every
truth its document, in the format of the main corpus, with built-in kinds
only. No accuracy is asserted here: the set was written blind, for the lead
to measure the reader once with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind23`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND23 = REPO / "tests" / "fixtures" / "scan_blind23"
FORMATS = ("pdf", "eml", "ics", "html", "txt", "msg")


def test_the_blind23_corpus_holds_together():
    assert corpus_problems(BLIND23) == []


def test_the_blind23_corpus_has_its_size():
    entries = truths(BLIND23)
    assert sum(e["evidence"] for e in entries) == 23
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind23_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND23) if e["evidence"]}
    assert used == builtin


def test_the_blind23_corpus_holds_at_least_three_documents_of_each_format():
    formats = Counter(e["type"] for e in truths(BLIND23))
    assert {kind: formats[kind] >= 3 for kind in FORMATS} == dict.fromkeys(FORMATS, True)


def test_the_blind23_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND23) if e.get("unreadable")] == []


def test_the_blind23_readme_lists_every_document():
    readme = (BLIND23 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND23))
