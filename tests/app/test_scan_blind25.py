"""The twenty-fifth blind scan corpus (tests/fixtures/scan_blind25: emails and
calendar invitations, with one saved web page and one plain-text log) holds
together: every document has its truth and every truth its document, in the
format of the main corpus, with built-in kinds only. No accuracy is asserted
here: the set was written blind, for the lead to measure the reader once with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind25`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND25 = REPO / "tests" / "fixtures" / "scan_blind25"


def test_the_blind25_corpus_holds_together():
    assert corpus_problems(BLIND25) == []


def test_the_blind25_corpus_has_its_size():
    entries = truths(BLIND25)
    assert sum(e["evidence"] for e in entries) == 22
    assert sum(not e["evidence"] for e in entries) == 5


def test_the_blind25_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND25) if e["evidence"]}
    assert used == builtin


def test_the_blind25_corpus_is_mostly_emails_and_invitations():
    formats = Counter(e["type"] for e in truths(BLIND25))
    assert formats["eml"] + formats["ics"] == 25
    assert formats["ics"] >= 5


def test_the_blind25_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND25) if e.get("unreadable")] == []


def test_the_blind25_readme_lists_every_document():
    readme = (BLIND25 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND25))
