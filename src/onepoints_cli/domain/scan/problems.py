"""Scan's problems, as values: render/problems/scan.py words them."""

from ..problems import Problem
from .records import Note, Reason


class FromFileUnread(Problem):
    """`add --from FILE`: the file gives no fields, for `reason`."""

    path: str
    reason: Reason


class FieldNotInFile(Problem):
    """`add --from FILE`: the file does not state `name` (title, date, kind, hours)
    clearly, and no option gives it."""

    path: str
    name: str
    note: Note | None
