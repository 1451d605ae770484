"""`scan` with holder_name in config.toml: a certificate made out to a colleague is
listed as skipped with whose it is, the holder's own is proposed; without
holder_name both are proposed, as before."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support.scan_fixtures import CERTIFICATE_LINES, pdf_bytes, write

COLLEAGUES = tuple("Priya Raman" if line == "Sam Taylor" else line for line in CERTIFICATE_LINES)


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    write(folder, "mine.pdf", pdf_bytes())
    write(folder, "certificate (1).pdf", pdf_bytes(COLLEAGUES))
    return folder


def holder_name(name: str) -> None:
    home = Path(os.environ["ONEPOINTS_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(f'holder_name = "{name}"\n', encoding="utf-8")


def test_a_colleagues_certificate_is_skipped_with_whose_it_is(cli, downloads):
    holder_name("Samantha Taylor")
    result = cli("scan", downloads, "--verbose")
    assert result.exit_code == 0
    assert "mine.pdf" in result.stdout and "certificate (1).pdf" not in result.stdout
    assert (
        f"Skipped {downloads / 'certificate (1).pdf'}: someone else's: it names Priya Raman, not"
        " holder_name (config.toml); if it is yours, add it with `onepoints add --from FILE`"
    ) in result.stderr
    data = json.loads(cli("scan", downloads, "--json").stdout)
    assert [Path(p["file"]).name for p in data["proposals"]] == ["mine.pdf"]
    assert [(Path(s["file"]).name, s["reason"]) for s in data["skipped"]] == [
        (
            "certificate (1).pdf",
            "someone else's: it names Priya Raman, not holder_name (config.toml);"
            " if it is yours, add it with `onepoints add --from FILE`",
        )
    ]


def test_without_holder_name_both_certificates_are_proposed(cli, downloads):
    data = json.loads(cli("scan", downloads, "--json").stdout)
    assert sorted(Path(p["file"]).name for p in data["proposals"]) == ["certificate (1).pdf", "mine.pdf"]
    assert data["skipped"] == []


def test_add_from_still_reads_a_file_scan_took_for_someone_elses(cli, downloads):
    holder_name("Samantha Taylor")
    result = cli("add", "--from", downloads / "certificate (1).pdf", "--kind", "course")
    assert result.exit_code == 0, result.stderr
    assert "OneStream Navigator: Finance Rules and Calculations" in cli("list").stdout
