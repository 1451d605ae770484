"""Colour in real processes: forced on a pipe, off for TERM=dumb and NO_COLOR on a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_output_encodings import _run, _run_on_pty

ESC = b"\x1b["


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    done = _run(
        home, "cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31", "--id", "oca"
    )
    assert done.returncode == 0, done.stderr
    return home


@pytest.mark.parametrize(
    ("env", "coloured"),
    [
        ({}, False),
        ({"FORCE_COLOR": "1"}, True),
        ({"CLICOLOR_FORCE": "1"}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ],
)
def test_on_a_pipe(ledger: Path, env: dict[str, str], coloured: bool) -> None:
    done = _run(ledger, "status", **env)
    assert done.returncode == 0
    assert (ESC in done.stdout) is coloured
    failed = _run(ledger, "show", "99", **env)
    assert failed.returncode == 1 and (ESC in failed.stderr) is coloured


@pytest.mark.parametrize(
    ("env", "coloured"),
    [({"TERM": "xterm"}, True), ({"TERM": "dumb"}, False), ({"TERM": "xterm", "NO_COLOR": "1"}, False)],
)
def test_on_a_terminal(ledger: Path, env: dict[str, str], coloured: bool) -> None:
    code, shown = _run_on_pty(ledger, "status", PYTHONIOENCODING="utf-8", **env)
    assert code == 0
    assert (ESC in shown) is coloured
