"""Every console transcript of README.md and docs/*.md, run against the real command:
the docs show exactly what onepoints prints. The format, and how a page fixes the
day and sets up its files: tests/docs/transcripts.py."""

from __future__ import annotations

import pytest

from tests.support.paths import REPO

from .transcripts import PAGES, PLACEHOLDER, play, steps


def _pages_with_transcripts():
    return [page for page in PAGES if any(step.command for step in steps(page))]


@pytest.mark.parametrize("page", _pages_with_transcripts(), ids=lambda page: str(page.relative_to(REPO)))
def test_every_transcript_prints_what_the_page_shows(page, tmp_path, monkeypatch):
    folder = tmp_path / "home"
    folder.mkdir()
    differences = []
    for command, printed in play(page, folder):
        if printed != command.expected:
            differences.append(
                f"{page.name}:{command.line}: $ {command.text}\n"
                + "--- the page shows\n"
                + "\n".join(command.expected)
                + "\n--- onepoints printed\n"
                + "\n".join(printed)
            )
    assert not differences, f"({PLACEHOLDER} is the page's folder)\n\n" + "\n\n".join(differences)


def test_the_readme_has_transcripts():
    assert any(step.command for step in steps(REPO / "README.md"))
