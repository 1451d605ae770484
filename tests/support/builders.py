"""Small records for the tests: an activity, a certification, a fake SHA-256."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onepoints_cli.domain.models import Activity, Certification, Evidence

#: A well-formed SHA-256 for evidence records whose file is never read.
SHA = "0" * 64


def activity(
    id: int = 1,
    day: dt.date = dt.date(2025, 1, 1),
    points: str = "1",
    evidence: bool = True,
    kind: str = "course",
) -> Activity:
    return Activity(
        id=id,
        title=f"Activity {id}",
        date=day,
        kind=kind,
        points=Decimal(points),
        evidence=(Evidence(f"/evidence/{id}.pdf", 10, SHA),) if evidence else (),
    )


def cert(expires: dt.date = dt.date(2027, 3, 31), id: str = "oca", micro: bool = False) -> Certification:
    return Certification(id=id, name="OneStream Certified Associate", expires=expires, micro=micro)
