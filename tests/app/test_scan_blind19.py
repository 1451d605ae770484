"""The nineteenth blind scan corpus (tests/fixtures/scan_blind19: emails and
invitations) holds together: every document has its truth and every truth its
document, in the format of the main corpus, with built-in kinds only. Its
author never ran the reader on it; no accuracy is asserted here. Measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind19`."""

from __future__ import annotations

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND19 = REPO / "tests" / "fixtures" / "scan_blind19"


def test_the_blind19_corpus_holds_together():
    assert corpus_problems(BLIND19) == []


def test_the_blind19_corpus_has_its_size():
    entries = truths(BLIND19)
    assert sum(e["evidence"] for e in entries) == 20
    assert sum(not e["evidence"] for e in entries) == 5


def test_the_blind19_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND19) if e["evidence"]}
    assert used == builtin


def test_the_blind19_corpus_is_mostly_emails_and_invitations():
    types = [e["type"] for e in truths(BLIND19)]
    assert sum(t in ("eml", "msg", "ics") for t in types) >= 20


def test_the_blind19_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND19) if e.get("unreadable")] == []


def test_the_blind19_readme_lists_every_document():
    readme = (BLIND19 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND19))
