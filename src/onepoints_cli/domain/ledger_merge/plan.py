"""A merge as it is shown and saved: which copy, against which version, with what outcome."""

from __future__ import annotations

from pathlib import PurePath
from typing import NamedTuple

from ..models import Ledger
from .three_way import Merge


class BaseVersion(NamedTuple):
    """The saved version both sides were made from, as `onepoints history` lists it."""

    version: int
    time: str
    command: str


class MergePlan(NamedTuple):
    copy: PurePath
    #: The sync service whose naming the copy follows; None for any other file.
    service: str | None
    #: None: no saved version fits, so the merge runs against an empty ledger.
    base: BaseVersion | None
    ours: Ledger
    result: Merge


class Applied(NamedTuple):
    plan: MergePlan
    before: Ledger
    after: Ledger
    #: The copy's new name (renamed beside itself, never deleted).
    kept_as: PurePath

    @property
    def written(self) -> bool:
        return self.after != self.before
