"""An accepted extension case: the bundle's activities are used for good."""

from __future__ import annotations

from datetime import date

from .dates import add_months
from .errors import OnePointsError
from .lookup import find_cert
from .records import Bundle, Extension, Ledger, replace
from .rules import EXTENSION_MONTHS
from .window import used_activity_ids


def find_bundle(ledger: Ledger, cert_id: str, bundle_id: int | None) -> Bundle:
    """The bundle named, or the newest one of the certification."""
    bundles = [b for b in ledger.bundles if b.cert == cert_id]
    if bundle_id is not None:
        for bundle in bundles:
            if bundle.id == bundle_id:
                return bundle
        raise OnePointsError(f"No bundle {bundle_id} for certification {cert_id!r}. See `onepoints bundles`.")
    if not bundles:
        raise OnePointsError(
            f"No bundle was built for {cert_id!r} yet: run `onepoints bundle --cert {cert_id}` first."
        )
    return max(bundles, key=lambda b: b.id)


def record_extension(
    ledger: Ledger,
    cert_id: str,
    bundle_id: int | None,
    new_expiry: date | None,
    case: str | None,
    recorded: date,
) -> tuple[Ledger, Extension]:
    """Mark the bundle's activities used and move the certification's expiry."""
    cert = find_cert(ledger, cert_id)
    bundle = find_bundle(ledger, cert.id, bundle_id)
    known = {a.id for a in ledger.activities}
    gone = [i for i in bundle.activities if i not in known]
    if gone:
        raise OnePointsError(f"Bundle {bundle.id} names activities that were removed since: {gone}.")
    already = sorted(set(bundle.activities) & used_activity_ids(ledger))
    if already:
        raise OnePointsError(
            f"Activities {already} of bundle {bundle.id} were already used by an accepted extension; "
            "they cannot count twice."
        )
    target = new_expiry or add_months(cert.expires, EXTENSION_MONTHS)
    if target <= cert.expires:
        raise OnePointsError(f"The new expiry ({target}) must be after the current one ({cert.expires}).")
    extension = Extension(
        id=max((e.id for e in ledger.extensions), default=0) + 1,
        cert=cert.id,
        recorded=recorded,
        previous_expiry=cert.expires,
        new_expiry=target,
        activities=bundle.activities,
        bundle=bundle.id,
        case=case or None,
    )
    certs = tuple(replace(c, expires=target) if c.id == cert.id else c for c in ledger.certifications)
    return replace(ledger, certifications=certs, extensions=ledger.extensions + (extension,)), extension
