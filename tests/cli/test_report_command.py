"""`onepoints report` through the real CLI: the page's numbers are status's and timeline's,
user text stays text, evidence links open the files, and nothing lands in the data folder."""

from __future__ import annotations

import json
import os
import shutil
import webbrowser
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.support.files import every_file
from tests.support.report_ledger import AS_OF, HOSTILE, Page, make_ledger


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def ledger(cli, tmp_path: Path, work: Path) -> dict[str, Path]:
    return make_ledger(cli, tmp_path / "downloads")


def report(cli, *args: str) -> Page:
    result = cli("report", "--as-of", AS_OF, "--out", "-", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return Page(result.stdout)


def test_the_page_is_whole_and_balanced(cli, ledger):
    page = report(cli)
    assert page.problems == []
    assert [t for t, _ in page.tags][:1] == ["html"]
    assert any(t == "svg" for t, _ in page.tags)


def test_card_numbers_are_status_json(cli, ledger):
    page = report(cli)
    status = json.loads(cli("status", "--as-of", AS_OF, "--json").stdout)
    assert len(status["certifications"]) == 2
    for cert in status["certifications"]:
        shown = page.values(cert["id"])
        for key in ("balance", "balance_with_evidence", "balance_at_deadline", "planned"):
            assert Decimal(shown[key]) == Decimal(str(cert[key])), key
        for key in ("deadline", "expires", "state"):
            assert shown[key] == cert[key], key
    text = " ".join(" ".join(page.text).split())
    for cert in status["certifications"]:
        assert cert["next_step"] in text
        for warning in cert["warnings"]:
            assert warning in text


def test_chart_table_is_timeline_json(cli, ledger):
    page = report(cli)
    timeline = json.loads(cli("timeline", "--from", AS_OF, "--json").stdout)
    expected = [(row["date"], Decimal(str(row["balance"]))) for row in timeline["series"]]
    assert [(day, Decimal(b)) for day, b in page.series()] == expected
    assert len(expected) == 3  # the start, points ageing out, a planned arrival: the test sees steps


def test_hostile_title_is_text(cli, ledger):
    result = cli("report", "--as-of", AS_OF, "--out", "-")
    page = Page(result.stdout)
    assert "<script" not in result.stdout.lower()
    assert page.event_handlers() == []
    assert [t for t, _ in page.tags if t == "script"] == []
    assert HOSTILE in "".join(page.text)  # shown, as text


def test_evidence_links_are_file_uris_that_name_the_files(cli, ledger):
    page = report(cli)
    links = [h for h in page.hrefs() if h.startswith("file:")]
    opened = {Path(unquote(urlparse(h).path)) for h in links}
    assert opened == set(ledger.values())
    assert all(" " not in h and "#" not in h[len("file:") :] for h in links)


def test_default_file_in_the_current_folder_and_nothing_in_the_data_folder(cli, ledger, work, onepoints_home):
    before = every_file(onepoints_home)
    result = cli("report", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    written = work / f"onepoints-report-{AS_OF}.html"
    assert result.stdout == ""
    assert result.stderr == f"Wrote the report to {written}.\n"
    assert Page(written.read_text(encoding="utf-8")).problems == []
    assert every_file(onepoints_home) == before


def test_refuses_to_write_in_the_data_folder(cli, ledger, onepoints_home, monkeypatch):
    monkeypatch.chdir(onepoints_home)
    before = every_file(onepoints_home)
    result = cli("report", "--as-of", AS_OF)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "data folder" in result.stderr
    assert every_file(onepoints_home) == before


def test_refuses_the_ledger_as_out(cli, ledger, onepoints_home):
    before = every_file(onepoints_home)
    result = cli("report", "--as-of", AS_OF, "--out", onepoints_home / "ledger.toml")
    assert result.exit_code == 1
    assert "own files" in result.stderr
    assert every_file(onepoints_home) == before


def test_open_starts_the_browser_on_the_file(cli, ledger, work, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    result = cli("report", "--as-of", AS_OF, "--out", "r.html", "--open")
    assert result.exit_code == 0, result.stderr
    assert opened == [(work / "r.html").as_uri()]


def test_open_without_a_browser_says_where_the_file_is(cli, ledger, work, monkeypatch):
    monkeypatch.setattr(webbrowser, "open", lambda url: False)
    result = cli("report", "--as-of", AS_OF, "--out", "r.html", "--open")
    assert result.exit_code == 0
    assert f"open {work / 'r.html'} yourself" in result.stderr


def test_open_with_stdout_is_a_usage_error(cli, ledger):
    result = cli("report", "--as-of", AS_OF, "--out", "-", "--open")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--open needs a file" in result.stderr


def test_empty_ledger_gives_a_page_that_says_so(cli, work):
    result = cli("report", "--as-of", AS_OF, "--out", "-")
    assert result.exit_code == 0, result.stderr
    page = Page(result.stdout)
    assert page.problems == []
    assert "No certification is tracked yet" in " ".join(page.text)


def test_relative_evidence_paths_link_to_the_ledger_folder(cli, tmp_path, monkeypatch, work):
    """examples/ledger.toml records its evidence relative to its folder: the links open those files."""
    from tests.support.paths import REPO

    home = tmp_path / "examples"
    shutil.copytree(REPO / "examples", home)
    monkeypatch.setenv("ONEPOINTS_HOME", str(home))
    page = report(cli)
    opened = [Path(unquote(urlparse(h).path)) for h in page.hrefs() if h.startswith("file:")]
    assert len(opened) == 13
    assert all(p.is_file() and p.parent == home / "evidence" for p in opened)


@pytest.mark.parametrize(
    ("recorded", "shown"),
    [
        ("evidence/a b.pdf", "{home}/evidence/a b.pdf"),
        ("/elsewhere/c.pdf", "/elsewhere/c.pdf"),
        (r"C:\Users\ada\cert #1.pdf", r"C:\Users\ada\cert #1.pdf"),
    ],
)
def test_located(recorded, shown, tmp_path):
    from onepoints_cli.cli.report import _located

    assert _located(recorded, tmp_path) == shown.format(home=tmp_path)


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
def test_never_replaces_what_is_not_a_regular_file(cli, ledger, work, kind):
    target = work / "out.html"
    kept = work / "kept.html"
    kept.write_text("mine")
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(kept)
    result = cli("report", "--as-of", AS_OF, "--out", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    # The one --out rule (storage/outfile.py): a FIFO is never a target; an existing file,
    # even behind a link, is replaced only with --force.
    expected = "is not a regular file" if kind == "fifo" else "already exists; use --force"
    assert expected in result.stderr
    assert target.is_fifo() if kind == "fifo" else target.is_symlink()
    assert kept.read_text() == "mine"


def test_plan_is_plan_json(cli, ledger):
    page = report(cli)
    plan = json.loads(cli("plan", "--as-of", AS_OF, "--json").stdout)
    expected = {c["id"]: [a["id"] for a in c["activities"]] for c in plan["certifications"]}
    assert page.plan() == expected
    assert any(expected.values())
    text = " ".join(" ".join(page.text).split())
    assert f"{plan['served']} of 2 certifications reach 40 points" in text
