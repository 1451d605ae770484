"""No --out may land on onepoints' own files, by any spelling of their path."""

from __future__ import annotations

import os

import pytest

from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage.own_files import refuse_own_file
from onepoints_cli.storage.paths import Paths
from tests.support.worded import refused


@pytest.fixture
def paths(tmp_path) -> Paths:
    home = tmp_path / "home"
    (home / "history").mkdir(parents=True)
    for name in ("ledger.toml", "ledger.lock", "ledger.cache.json", "config.toml", "history/000001.json"):
        (home / name).write_bytes(b"x")
    return Paths(home, home)


@pytest.mark.parametrize(
    "name",
    ["ledger.toml", "ledger.toml.bak", "ledger.lock", "ledger.cache.json", "config.toml", "history/x.zip"],
)
def test_own_files_are_refused(paths, name):
    with refused("own files"):
        refuse_own_file(paths.data_dir / name, paths)


def test_links_to_own_files_are_refused_and_other_files_are_not(paths, tmp_path):
    (tmp_path / "soft.csv").symlink_to(paths.ledger)
    os.link(paths.data_dir / "history" / "000001.json", tmp_path / "hard.csv")
    for target in (
        tmp_path / "soft.csv",
        tmp_path / "hard.csv",
        paths.data_dir / ".." / "home" / "ledger.toml",
    ):
        with pytest.raises(OnePointsError):
            refuse_own_file(target, paths)
    refuse_own_file(tmp_path / "export.csv", paths)  # not one of them: no error
