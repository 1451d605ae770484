"""Finding a certification or an activity by id, with a helpful message when absent."""

from __future__ import annotations

from ...errors import OnePointsError
from ..models import Activity, Certification, Ledger


def find_cert(ledger: Ledger, cert_id: str) -> Certification:
    for cert in ledger.certifications:
        if cert.id == cert_id:
            return cert
    known = ", ".join(c.id for c in ledger.certifications) or "none yet"
    raise OnePointsError(f"No certification with id {cert_id!r}. Known ids: {known}.")


def find_activity(ledger: Ledger, activity_id: int) -> Activity:
    for activity in ledger.activities:
        if activity.id == activity_id:
            return activity
    raise OnePointsError(f"No activity with id {activity_id}. See `onepoints list`.")
