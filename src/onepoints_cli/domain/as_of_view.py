"""The ledger as it stood on a day: what `--as-of` reading commands see.

A reading command run `--as-of` a past day must not see what was done after
it: the bundles made for a later day (by their `as_of` day: a bundle built
today is made for today; one built `--as-of` a day is made for that day, the
day its selection counts on), the extensions recorded
later (by their `recorded` day: the certification keeps the expiry it had
then, and their activities are not used yet) and the exam results dated
later. Activities dated later stay: they are the planned ones.
"""

from __future__ import annotations

from datetime import date

from .models import Ledger, replace


def ledger_as_of(ledger: Ledger, day: date) -> Ledger:
    later = [e for e in ledger.extensions if e.recorded > day]
    if not later and all(b.as_of <= day for b in ledger.bundles) and all(x.date <= day for x in ledger.exams):
        return ledger  # the usual case: nothing to take away
    # The first later extension of a certification holds the expiry it had on `day`.
    expiry_then: dict[str, date] = {}
    for ext in sorted(later, key=lambda e: e.id):
        expiry_then.setdefault(ext.cert, ext.previous_expiry)
    certs = tuple(
        replace(c, expires=expiry_then[c.id]) if c.id in expiry_then else c for c in ledger.certifications
    )
    return replace(
        ledger,
        certifications=certs,
        bundles=tuple(b for b in ledger.bundles if b.as_of <= day),
        extensions=tuple(e for e in ledger.extensions if e.recorded <= day),
        exams=tuple(x for x in ledger.exams if x.date <= day),
    )
