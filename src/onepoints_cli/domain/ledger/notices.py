"""What `add`, `attach` and `evidence replace` warn or tell about, as values:
render/confirmations.py words each."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .duplicates import EvidenceElsewhere


class BeforeProgram(NamedTuple):
    """The activity's day is before the program starts: it will never count."""

    day: date


class Planned(NamedTuple):
    """The activity's day is after today: it counts from that day on."""

    day: date


class NoEvidenceYet(NamedTuple):
    """The activity was logged with no evidence file."""

    activity_id: int


class LinkFollowed(NamedTuple):
    """An evidence file given as a link: the record names the file it points to."""

    link: str
    target: str


#: A warning of `add` or `attach`.
AddWarning = EvidenceElsewhere | BeforeProgram | Planned | NoEvidenceYet
