"""The report and the bundle's summary.html in a real browser: headless Chromium loads
them from file: URLs; the DOM it builds holds the chart and status's numbers, the
console stays silent, and the page's policy lets nothing be fetched.

A long step: each page costs Chromium about a second, so they run only with
ONEPOINTS_BROWSER=1, which `.ci/run` sets in a step of its own (and installs Debian's
package `chromium` for); skipped without Chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.render.report.markup import CONTENT_SECURITY_POLICY
from tests.support.report_ledger import AS_OF, HOSTILE, Page, make_ledger

CHROMIUM = (
    os.environ.get("ONEPOINTS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
)
pytestmark = [
    pytest.mark.skipif(
        os.environ.get("ONEPOINTS_BROWSER", "") in ("", "0"),
        reason="the browser tests are a long step: ONEPOINTS_BROWSER=1 (.ci/run sets it)",
    ),
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
]

#: No network, no first-run work, nothing from a previous profile.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
)


def browse(url: str, profile: Path) -> tuple[str, list[str]]:
    """The DOM Chromium builds from `url`, and what the page wrote to its console."""
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "chromium-profile"


@pytest.fixture
def work(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_ledger(cli, tmp_path / "downloads")
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_console_lines_are_seen(tmp_path, profile):
    """The check below can fail: a page that tries to fetch an image is caught."""
    page = tmp_path / "fetching.html"
    page.write_text(
        f'<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<title>t</title><img src="http://example.invalid/x.png" alt="">'
    )
    _, console = browse(page.as_uri(), profile)
    assert any("example.invalid" in line for line in console)


def test_report_renders_the_chart_and_status_numbers(cli, work, profile):
    result = cli("report", "--as-of", AS_OF, "--out", "report.html")
    assert result.exit_code == 0, result.stderr
    dom, console = browse((work / "report.html").as_uri(), profile)
    assert console == []
    page = Page(dom)
    assert page.problems == []
    svg = [a for tag, a in page.tags if tag == "svg" and "chart" in (a.get("class") or "")]
    assert len(svg) == 1
    assert {"chart-title", "chart-desc"} <= {a.get("id") for _, a in page.tags}
    policy = [a.get("content") for tag, a in page.tags if tag == "meta" and a.get("http-equiv")]
    assert policy == [CONTENT_SECURITY_POLICY]
    assert not [tag for tag, _ in page.tags if tag in ("script", "iframe", "object", "embed", "link")]
    status = json.loads(cli("status", "--as-of", AS_OF, "--json").stdout)
    for cert in status["certifications"]:
        shown = page.values(cert["id"])
        assert Decimal(shown["balance"]) == Decimal(str(cert["balance"]))
        assert Decimal(shown["balance_at_deadline"]) == Decimal(str(cert["balance_at_deadline"]))
        assert (shown["deadline"], shown["expires"], shown["state"]) == (
            cert["deadline"],
            cert["expires"],
            cert["state"],
        )
    timeline = json.loads(cli("timeline", "--from", AS_OF, "--json").stdout)
    expected = [(r["date"], Decimal(str(r["balance"]))) for r in timeline["series"]]
    assert [(day, Decimal(b)) for day, b in page.series()] == expected
    assert HOSTILE in "".join(page.text)


def test_summary_html_renders_from_the_extracted_zip(cli, work, tmp_path, profile):
    result = cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--out", "oca.zip")
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(work / "oca.zip") as zf:
        zf.extractall(folder)
    dom, console = browse((folder / "summary.html").as_uri(), profile)
    assert console == []
    page = Page(dom)
    assert page.problems == []
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    # The browser resolves each link against the page: every one is an extracted file.
    hrefs = page.hrefs()
    assert len(hrefs) == 2 * len(manifest["files"])  # in the activities table and in the files table
    assert HOSTILE in "".join(page.text)
    assert "<script" not in dom.lower().replace("&lt;script", "")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize(("paper", "points"), [("A4", "594.96 x 841.92"), ("letter", "612 x 792")])
def test_prints_whole_on_a4_and_letter(cli, work, profile, paper, points):
    """Printed (Chromium's print to PDF, the paper set as a printer would), every
    section and the last column of the widest table are on the pages."""
    result = cli("report", "--as-of", AS_OF, "--out", "-")
    page = work / f"{paper}.html"
    page.write_text(
        result.stdout.replace("@page { size: auto;", f"@page {{ size: {paper};"), encoding="utf-8"
    )
    pdf = work / f"{paper}.pdf"
    subprocess.run(
        [
            str(CHROMIUM),
            *FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
        ]
        + [page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert f"Page size:       {points} pts" in info
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    for heading in ("Certifications", "Balance over time", "Plan", "Activities"):
        assert heading in text
    assert "The chart as a table" not in text  # the fallback table is for the screen
    assert "plain.pdf" in text  # the evidence column, the rightmost of the widest table
