"""Conflict copies of ledger.toml in the data folder (domain/conflict_copies.py tells them
by name): one listing of the folder, read-only."""

from __future__ import annotations

import os

from ..domain.conflict_copies import ConflictCopy, conflict_copies
from .paths import Paths


def find(paths: Paths) -> list[ConflictCopy]:
    """The conflict copies beside the ledger; none when the folder cannot be listed
    (absent: nothing was ever written; unreadable: the ledger's own read says so)."""
    try:
        names = os.listdir(paths.data_dir)
    except OSError:
        return []
    return conflict_copies(names, paths.ledger.name)
