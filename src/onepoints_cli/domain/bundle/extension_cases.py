"""An accepted extension case: the bundle's activities are used for good."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..dates import add_months
from ..ledger.lookup import find_cert
from ..models import Bundle, Extension, Ledger, replace
from ..rules import EXTENSION_MONTHS
from .problems import BundleActivitiesGone, ExpiryNotLater, NoBundleYet, NoSuchBundle, UsedByOthers, UsedTwice
from .selection import pick_cert


def find_bundle(ledger: Ledger, cert_id: str, bundle_id: int | None) -> Bundle:
    """The bundle named, or the newest one of the certification."""
    bundles = [b for b in ledger.bundles if b.cert == cert_id]
    if bundle_id is not None:
        for bundle in bundles:
            if bundle.id == bundle_id:
                return bundle
        raise NoSuchBundle(bundle_id, cert_id)
    if not bundles:
        raise NoBundleYet(cert_id)
    # The newest still open; when every one was extended, the newest, which record_extension refuses.
    return max(_open_bundles(ledger, bundles) or bundles, key=lambda b: b.id)


def _open_bundles(ledger: Ledger, bundles: Iterable[Bundle]) -> list[Bundle]:
    extended = {e.bundle for e in ledger.extensions}
    return [b for b in bundles if b.id not in extended]


def extension_cert(ledger: Ledger, cert_id: str | None, bundle_id: int | None) -> str:
    """The certification to extend: --cert, else the one --bundle was built for,
    else the one of the only open bundle, else the only one that can be extended."""
    if cert_id is None and bundle_id is not None:
        for bundle in ledger.bundles:
            if bundle.id == bundle_id:
                return bundle.cert
        raise NoSuchBundle(bundle_id, None)
    if cert_id is None:
        waiting = {b.cert for b in _open_bundles(ledger, ledger.bundles)}
        if len(waiting) == 1:
            return waiting.pop()
    return pick_cert(ledger, cert_id).id


def record_extension(
    ledger: Ledger,
    cert_id: str,
    bundle_id: int | None,
    new_expiry: date | None,
    case: str | None,
    recorded: date,
    *,
    share: bool = False,
) -> tuple[Ledger, Extension]:
    """Mark the bundle's activities used and move the certification's expiry.

    An activity extends one certification (docs/rules.md): one already used by
    another certification's extension is accepted only when the bundle shared
    it on purpose (`bundle --share`) or the user says the case was accepted so
    (`share`); for the same certification, never."""
    cert = find_cert(ledger, cert_id)
    bundle = find_bundle(ledger, cert.id, bundle_id)
    known = {a.id for a in ledger.activities}
    gone = [i for i in bundle.activities if i not in known]
    if gone:
        raise BundleActivitiesGone(bundle.id, tuple(gone))
    shared_with = _check_not_used(ledger, cert.id, bundle, share)
    target = new_expiry or add_months(cert.expires, EXTENSION_MONTHS)
    if target <= cert.expires:
        raise ExpiryNotLater(target, cert.expires)
    extension = Extension(
        id=max((e.id for e in ledger.extensions), default=0) + 1,
        cert=cert.id,
        recorded=recorded,
        previous_expiry=cert.expires,
        new_expiry=target,
        activities=bundle.activities,
        bundle=bundle.id,
        case=case or None,
        shared_with=shared_with,
    )
    certs = tuple(replace(c, expires=target) if c.id == cert.id else c for c in ledger.certifications)
    return replace(ledger, certifications=certs, extensions=ledger.extensions + (extension,)), extension


def _check_not_used(ledger: Ledger, cert_id: str, bundle: Bundle, share: bool) -> tuple[str, ...]:
    """The other certifications whose extensions used some of the bundle's activities, when allowed."""
    mine = set(bundle.activities)
    users: dict[int, set[str]] = {}
    for ext in ledger.extensions:
        for i in mine.intersection(ext.activities):
            users.setdefault(i, set()).add(ext.cert)
    if not users:
        return ()
    twice = sorted(i for i, certs in users.items() if cert_id in certs)
    if twice:
        raise UsedTwice(bundle.id, cert_id, tuple(twice))
    others = sorted(set().union(*users.values()))
    if share or set(others) <= set(bundle.shared_with):
        return tuple(others)
    raise UsedByOthers(bundle.id, cert_id, tuple(sorted(users)), tuple(others))
