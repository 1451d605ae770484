"""The twenty-second blind scan corpus (tests/fixtures/scan_blind22, emails
and invitations) holds together: every document has its truth and every truth
its document, in the format of the main corpus, with built-in kinds only. It
measures the reader blind; no accuracy is asserted here (its README says how
to measure it:
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind22`)."""

from __future__ import annotations

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND22 = REPO / "tests" / "fixtures" / "scan_blind22"


def test_the_blind22_corpus_holds_together():
    assert corpus_problems(BLIND22) == []


def test_the_blind22_corpus_has_its_size():
    entries = truths(BLIND22)
    assert sum(e["evidence"] for e in entries) == 23
    assert sum(not e["evidence"] for e in entries) == 6


def test_the_blind22_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND22) if e["evidence"]}
    assert used == builtin


def test_the_blind22_corpus_is_emails_and_invitations():
    types = {e["type"] for e in truths(BLIND22)}
    assert types <= {"eml", "ics", "msg", "html", "txt"}
    assert {"eml", "ics"} <= types


def test_the_blind22_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND22) if e.get("unreadable")] == []


def test_the_blind22_readme_lists_every_document():
    readme = (BLIND22 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND22))
