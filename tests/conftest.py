"""Shared fixtures: every test gets its own empty ONEPOINTS_HOME, never the real one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onepoints_cli.cli import app
from onepoints_cli.domain.models import Activity, Certification, Evidence
from onepoints_cli.storage.paths import Paths

SHA = "0" * 64


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


def activity(
    id: int = 1,
    day: dt.date = dt.date(2025, 1, 1),
    points: str = "1",
    evidence: bool = True,
    kind: str = "course",
) -> Activity:
    return Activity(
        id=id,
        title=f"Activity {id}",
        date=day,
        kind=kind,
        points=Decimal(points),
        evidence=(Evidence(f"/evidence/{id}.pdf", 10, SHA),) if evidence else (),
    )


def cert(expires: dt.date = dt.date(2027, 3, 31), id: str = "oca", micro: bool = False) -> Certification:
    return Certification(id=id, name="OneStream Certified Associate", expires=expires, micro=micro)
