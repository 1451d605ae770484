"""Finding a certification or an activity by id, or the problem that it is absent."""

from __future__ import annotations

from ..models import Activity, Certification, Ledger
from .problems import NoSuchActivity, NoSuchCert


def find_cert(ledger: Ledger, cert_id: str) -> Certification:
    for cert in ledger.certifications:
        if cert.id == cert_id:
            return cert
    raise NoSuchCert(cert_id, tuple(c.id for c in ledger.certifications))


def find_activity(ledger: Ledger, activity_id: int) -> Activity:
    for activity in ledger.activities:
        if activity.id == activity_id:
            return activity
    raise NoSuchActivity(activity_id)
