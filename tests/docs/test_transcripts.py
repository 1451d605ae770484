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


def test_the_reader_finds_commands_outputs_setup_and_the_day(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "Intro\n\n"
        "<!-- today: 2026-01-05 -->\n"
        "<!-- run: printf 'x' > made.txt -->\n\n"
        "- In a list item:\n\n"
        "  ```console\n"
        "  $ cat made.txt \\\n"
        "      made.txt\n"
        "  xx\n"
        "  $ onepoints status --json --as-of 2026-01-06\n"
        "  ```\n\n"
        "```sh\n$ not run\n```\n"
    )
    found = steps(page)
    assert [s.today for s in found if s.today] == ["2026-01-05"]
    assert [s.hidden for s in found if s.hidden] == ["printf 'x' > made.txt"]
    commands = [s.command for s in found if s.command]
    assert [(c.line, c.text, c.expected, c.indent) for c in commands] == [
        (9, "cat made.txt \\\n    made.txt", ["xx"], "  "),
        (12, "onepoints status --json --as-of 2026-01-06", [], "  "),
    ]
    folder = tmp_path / "home"
    folder.mkdir()
    printed = [lines for _, lines in play(page, folder)]
    assert printed[0] == ["xx"]  # bash ran the line, in the page's folder, after the hidden one
    assert printed[1]  # the in-process command printed something, and raised nothing


def test_a_drifted_output_is_caught(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("```console\n$ onepoints kinds --json\n[]\n```\n")
    folder = tmp_path / "home"
    folder.mkdir()
    ((command, printed),) = play(page, folder)
    assert printed != command.expected and printed[0] == "{"
