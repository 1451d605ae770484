"""Scanning reads: without --add it never writes, and the other commands never pay for its parsers."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.scan_fixtures import encrypted_pdf_bytes, ics_bytes, pdf_bytes, tech_talk_email

CONTENTS = [
    pdf_bytes(),
    pdf_bytes(text=False),
    encrypted_pdf_bytes(),
    tech_talk_email(invitation=ics_bytes()),
    ics_bytes(),
    ics_bytes(start=None, end=None),
    b"%PDF-1.4 damaged",
    b"",
]
NAMES = ["a.pdf", "b.eml", "c.ics", "d.PDF", "e.txt", "f", "g.ical", "h.msg", "i.html"]


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.dictionaries(
        st.sampled_from(NAMES), st.one_of(st.sampled_from(CONTENTS), st.binary(max_size=64)), max_size=6
    ),
    flags=st.lists(st.sampled_from(["--verbose", "--json", "--recursive", "--only=1"]), unique=True),
)
def test_scanning_never_writes_without_add(cli, onepoints_home, files, flags):
    with tempfile.TemporaryDirectory() as scratch:
        downloads = Path(scratch)
        for name, data in files.items():
            (downloads / name).write_bytes(data)
        if not onepoints_home.exists():
            (downloads / "kept.pdf").write_bytes(pdf_bytes(["OneStream", "1 hour", "2025-01-02"]))
            cli("add", "--from", downloads / "kept.pdf")
        data_before, downloads_before = tree(onepoints_home), tree(downloads)
        listing_before = sorted(os.listdir(onepoints_home))
        result = cli("scan", downloads, *flags)
        assert result.exit_code in (0, 1), result.stderr  # 1: --only=1 when there is no proposal 1
        assert tree(onepoints_home) == data_before and sorted(os.listdir(onepoints_home)) == listing_before
        assert tree(downloads) == downloads_before


def imported_modules(*arguments: str, home: Path) -> str:
    """The -X importtime report of a real `onepoints` process (stderr)."""
    env = {**os.environ, "ONEPOINTS_HOME": str(home)}
    code = "import sys; from onepoints_cli.cli import main; sys.argv = ['onepoints', *sys.argv[1:]]; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *arguments], env=env, capture_output=True, text=True
    )
    return done.stderr


def test_status_and_help_import_neither_pypdf_nor_icalendar(onepoints_home):
    for arguments in (["status"], ["--help"], ["add", "--help"]):
        report = imported_modules(*arguments, home=onepoints_home)
        assert "onepoints_cli.cli" in report  # the report is there at all
        assert "pypdf" not in report and "icalendar" not in report, arguments
        assert "olefile" not in report and "cryptography" not in report, arguments


def test_scan_imports_pypdf_only_when_it_meets_a_pdf(tmp_path, onepoints_home):
    (tmp_path / "invite.ics").write_bytes(ics_bytes())
    report = imported_modules("scan", str(tmp_path), home=onepoints_home)
    assert "icalendar" in report and "pypdf" not in report


def test_scan_imports_olefile_only_when_it_meets_an_outlook_msg(tmp_path, onepoints_home):
    from tests.support.scan_corpus import DOCUMENTS

    (tmp_path / "note.txt").write_bytes(b"OneStream Tech Talk\nMay 4, 2025")
    report = imported_modules("scan", str(tmp_path), home=onepoints_home)
    assert "onepoints_cli.storage.document_text" in report and "olefile" not in report
    (tmp_path / "mail.msg").write_bytes(next(DOCUMENTS.glob("*.msg")).read_bytes())
    assert "olefile" in imported_modules("scan", str(tmp_path), home=onepoints_home)
