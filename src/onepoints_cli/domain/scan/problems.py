"""Scan's problems, as values: render/problems/scan.py words them."""

from decimal import Decimal

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


class FileAwardsPoints(Problem):
    """`add --from FILE` with neither --hours nor --points: the file awards `points`."""

    path: str
    points: Decimal


class NoSuchProposal(Problem):
    """`scan --add --only N`: no proposal has the numbers `unknown`; the scan made `made`."""

    unknown: tuple[int, ...]
    made: int


class ProposalIncomplete(Problem):
    """A proposal to add lacks `missing` ("date", "hours"); `chosen`: named by --only."""

    number: int
    path: str
    missing: tuple[str, ...]
    chosen: bool = False
