"""Shared fixtures: every test gets its own empty ONEPOINTS_HOME, never the real one.

Record builders (activity, cert, SHA), the badge factory and the fixture paths are in
tests/support/; import them from there: `from tests.support.builders import activity`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from onepoints_cli.cli import app
from onepoints_cli.storage.paths import Paths


@pytest.fixture(autouse=True)
def onepoints_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "onepoints-home"
    monkeypatch.setenv("ONEPOINTS_HOME", str(home))
    # Also move the platform folders, in case a test unsets ONEPOINTS_HOME.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home


@pytest.fixture
def home_paths(onepoints_home: Path) -> Paths:
    return Paths(onepoints_home, onepoints_home)


class Cli:
    """Runs the real Typer app in-process; stdout and stderr kept apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None):
        result = self.runner.invoke(app, [str(a) for a in args], input=input)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception  # a traceback would have reached the user
        return result


@pytest.fixture
def cli() -> Cli:
    return Cli()


@pytest.fixture
def evidence_file(tmp_path: Path):
    """Makes small real evidence files."""
    folder = tmp_path / "downloads"
    folder.mkdir()

    def make(name: str = "certificate.pdf", content: bytes = b"%PDF-1.4 certificate") -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make
