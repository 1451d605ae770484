"""Evidence paths compared by the rule of the platform running (domain/path_keys.py)."""

from __future__ import annotations

import os

from ..domain.path_keys import name_key as _name_key
from ..domain.path_keys import path_key as _path_key

#: Windows compares paths without regard to case; POSIX does not.
CASE_BLIND = os.name == "nt"


def path_key(path: str) -> str:
    return _path_key(path, windows=CASE_BLIND)


def name_key(path: str) -> str:
    return _name_key(path, windows=CASE_BLIND)
