"""The sixty-ninth blind scan corpus (tests/fixtures/scan_blind69, emails and invitations) holds
together: every document has its truth and every truth its document, in the format of the main
corpus, with built-in kinds only. Written blind; not measured by its author. Measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind69`."""

from __future__ import annotations

from collections import Counter

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND69 = REPO / "tests" / "fixtures" / "scan_blind69"


def test_the_blind69_corpus_holds_together():
    assert corpus_problems(BLIND69) == []


def test_the_blind69_corpus_has_its_size():
    entries = truths(BLIND69)
    assert sum(e["evidence"] for e in entries) == 16
    assert sum(not e["evidence"] for e in entries) == 4


def test_the_blind69_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND69) if e["evidence"]}
    assert used == builtin


def test_the_blind69_corpus_holds_emails_and_invitations():
    types = Counter(e["type"] for e in truths(BLIND69))
    assert types == {"eml": 14, "msg": 1, "ics": 5}


def test_the_blind69_corpus_has_no_document_a_reader_cannot_read():
    assert [e["file"] for e in truths(BLIND69) if e.get("unreadable")] == []


def test_the_blind69_readme_lists_every_document():
    readme = (BLIND69 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND69))
