"""Conflict copies of ledger.toml told by name (domain/conflict_copies.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.conflict_copies import conflict_copies


@pytest.mark.parametrize(
    ("name", "service"),
    [
        ("ledger-LAPTOP-7H2K.toml", "OneDrive"),
        ("ledger-DESKTOP-AB12CD3-2.toml", "OneDrive"),
        ("ledger-PC.toml", "OneDrive"),
        ("ledger (conflicted copy 2026-12-01).toml", "Dropbox or Nextcloud"),
        ("ledger (Sam's conflicted copy 2026-12-01).toml", "Dropbox or Nextcloud"),
        ("ledger (Sam Taylor's conflicted copy 2026-12-01 (1)).toml", "Dropbox or Nextcloud"),
        ("ledger (conflicted copy 2026-12-01 123456).toml", "Dropbox or Nextcloud"),  # Nextcloud
        ("Ledger (Conflicted Copy 2026-12-01).toml", "Dropbox or Nextcloud"),  # a case-blind folder
        ("ledger (1).toml", "Google Drive"),
        ("ledger (12).toml", "Google Drive"),
        ("ledger 2.toml", "iCloud Drive"),
        ("ledger.sync-conflict-20261201-123456-ABCDEFG.toml", "Syncthing"),
        ("ledger.sync-conflict-20261201-123456.toml", "Syncthing"),  # Syncthing before 1.0
    ],
)
def test_each_services_names(name: str, service: str) -> None:
    assert [(c.name, c.service) for c in conflict_copies([name])] == [(name, service)]


@pytest.mark.parametrize(
    "name",
    [
        "ledger.toml",
        "ledger.toml.bak",
        "ledger.lock",
        "ledger.cache.json",
        "ledger-backup.toml",  # a holder's own copy: lower case, not a computer's name
        "ledger-LAPTOP-7H2K.toml.bak",
        "ledger (notes).toml",
        "ledger.sync-conflict-2026-123456.toml",
        "ledger-THIS-NAME-IS-FAR-TOO-LONG.toml",
        "config (1).toml",
        "other 2.toml",
        "ledger (1).toml.tmp",
    ],
)
def test_other_names_are_not_conflict_copies(name: str) -> None:
    assert conflict_copies([name]) == []


def test_sorted_and_only_the_copies() -> None:
    names = ["ledger.toml", "ledger 2.toml", "evidence", "ledger (1).toml", "history"]
    assert [c.name for c in conflict_copies(names)] == ["ledger (1).toml", "ledger 2.toml"]


@given(st.text(st.characters(blacklist_characters="/\x00"), max_size=20))
def test_a_name_without_the_ledgers_stem_never_matches(name: str) -> None:
    if not name.lower().startswith("ledger"):
        assert conflict_copies([name]) == []
