"""The bundle's summary.html (the reviewer's index) and summary.md's escaping, from a real bundle."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.support.report_ledger import AS_OF, HOSTILE, MD_LINK, Page, make_ledger


@pytest.fixture
def bundle(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_ledger(cli, tmp_path / "downloads")
    monkeypatch.chdir(tmp_path)
    result = cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--out", "first.zip")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "first.zip"


def test_links_open_the_extracted_evidence_and_hashes_are_the_manifests(bundle, tmp_path):
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(folder)
    text = (folder / "summary.html").read_text(encoding="utf-8")
    page = Page(text)
    assert page.problems == []
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    links = page.hrefs()
    targets = [folder / unquote(h) for h in links]
    assert all(t.is_file() for t in targets), links
    assert {t.relative_to(folder).as_posix() for t in targets} == {f["path"] for f in manifest["files"]}
    for f in manifest["files"]:
        assert f["sha256"] in text
    assert any(" " in f["path"] and "#" in f["path"] for f in manifest["files"])  # the odd names are there


def test_user_text_is_text(bundle):
    with zipfile.ZipFile(bundle) as zf:
        text = zf.read("summary.html").decode()
    page = Page(text)
    assert "<script" not in text.lower()
    assert page.event_handlers() == []
    assert HOSTILE in "".join(page.text)
    facts = " ".join(" ".join(page.text).split())
    assert "Total 41.5 OnePoints in 3 activities" in facts
    assert "activities dated 2024-11-25 to 2026-11-24" in facts


def test_same_ledger_same_bytes(cli, bundle, tmp_path):
    result = cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--out", "second.zip", "--share")
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(bundle) as one, zipfile.ZipFile(tmp_path / "second.zip") as two:
        assert one.read("summary.html") == two.read("summary.html")


def test_summary_md_shows_a_link_title_as_text(bundle):
    with zipfile.ZipFile(bundle) as zf:
        md = zf.read("summary.md").decode()
    markdown_it = pytest.importorskip("markdown_it")  # comes with rich
    rendered = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    assert "<a " not in rendered
    assert "<script" not in rendered
    assert MD_LINK in rendered  # the title reads as typed
    # GitHub's autolinks need "://" or "www." unescaped; neither is left in user text.
    assert "http://evil" not in md
