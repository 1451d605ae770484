"""Scan's problems, as values: render/problems/scan.py words them."""

from ..problems import Problem
from .records import Reason


class FromFileUnread(Problem):
    """`add --from FILE`: the file gives no fields, for `reason`."""

    path: str
    reason: Reason
