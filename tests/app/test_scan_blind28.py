"""The twenty-eighth blind scan corpus (tests/fixtures/scan_blind28: emails and
invitations) holds together: every document has its truth and every truth its
document, in the format of the main corpus, with built-in kinds only. No
accuracy is asserted here: the set was written blind and is measured by the
lead with `python bench/bench_scan_accuracy.py --no-speed --corpus
tests/fixtures/scan_blind28` (its README)."""

from __future__ import annotations

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND28 = REPO / "tests" / "fixtures" / "scan_blind28"


def test_the_blind28_corpus_holds_together():
    assert corpus_problems(BLIND28) == []


def test_the_blind28_corpus_has_its_size():
    entries = truths(BLIND28)
    assert sum(e["evidence"] for e in entries) == 19
    assert sum(not e["evidence"] for e in entries) == 6


def test_the_blind28_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND28) if e["evidence"]}
    assert used == builtin


def test_the_blind28_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND28) if e.get("unreadable")] == []


def test_the_blind28_corpus_is_emails_and_invitations_and_saved_pages():
    assert {e["type"] for e in truths(BLIND28)} == {"eml", "ics", "html", "txt"}


def test_the_blind28_readme_lists_every_document():
    readme = (BLIND28 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND28))
