"""The fourth blind scan corpus (tests/fixtures/scan_blind4) holds together:
every document has its truth and every truth its document, in the format of
the main corpus, with built-in kinds only. No accuracy is asserted here: the
set measures the reader blind (see its README); measure with
`python bench/bench_scan_accuracy.py --no-speed --corpus tests/fixtures/scan_blind4`."""

from __future__ import annotations

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from tests.support.paths import REPO
from tests.support.scan_corpus import corpus_problems, truths

BLIND4 = REPO / "tests" / "fixtures" / "scan_blind4"


def test_the_blind4_corpus_holds_together():
    assert corpus_problems(BLIND4) == []


def test_the_blind4_corpus_has_its_size():
    entries = truths(BLIND4)
    assert sum(e["evidence"] for e in entries) == 42
    assert sum(not e["evidence"] for e in entries) == 7


def test_the_blind4_corpus_uses_every_builtin_kind_and_no_other():
    builtin = {kind_id for kind_id, _ in BUILTIN_KINDS}
    used = {e["kind"] for e in truths(BLIND4) if e["evidence"]}
    assert used == builtin


def test_the_blind4_corpus_says_which_document_no_reader_can_read():
    unreadable = {e["file"]: e["unreadable"] for e in truths(BLIND4) if e.get("unreadable")}
    assert unreadable == {"Splash_workshop_certificate_locked.pdf": "encrypted"}


def test_the_blind4_readme_lists_every_document():
    readme = (BLIND4 / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{e['file']}` |" in readme for e in truths(BLIND4))
