"""Where the files live: ONEPOINTS_HOME holds both, else the platform's folders."""

from __future__ import annotations

import sys

import pytest

from onepoints_cli.storage.paths import Paths, resolve_paths


def test_onepoints_home_holds_both_files(tmp_path):
    paths = resolve_paths({"ONEPOINTS_HOME": str(tmp_path / "h")})
    assert paths == Paths(tmp_path / "h", tmp_path / "h")
    assert paths.ledger == tmp_path / "h" / "ledger.toml" and paths.config == tmp_path / "h" / "config.toml"
    assert {paths.lock.name, paths.cache.name, paths.backup.name} == {
        "ledger.lock",
        "ledger.cache.json",
        "ledger.toml.bak",
    }


def test_a_relative_home_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_paths({"ONEPOINTS_HOME": "data"}).data_dir == tmp_path / "data"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_without_onepoints_home_the_platform_folders_are_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    paths = resolve_paths({})
    assert paths == Paths(tmp_path / "xdg-data" / "onepoints", tmp_path / "xdg-config" / "onepoints")
