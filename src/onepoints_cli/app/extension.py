"""Recording an accepted extension case in the ledger."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..domain.bundle.extension_cases import extension_cert, record_extension
from ..domain.models import Extension
from ..domain.points.bundle_check import BundleCheck, check_bundle
from ..storage.ledger import store as ledger_store
from ..storage.paths import Paths


class Recorded(NamedTuple):
    extension: Extension
    #: The bundle checked on the day the extension is recorded.
    check: BundleCheck | None
    #: The certification had expired before the day it was recorded.
    after_expiry: bool


def extend_certification(
    paths: Paths,
    cert_id: str | None,
    bundle_id: int | None,
    new_expiry: date | None,
    case: str | None,
    *,
    recorded: date,
    share: bool = False,
) -> Recorded:
    """Mark the bundle's activities used and move the expiry.

    A bundle out of date, or a certification already expired, is still recorded
    (the user says the case was accepted: a case submitted in time is valid);
    the result says so, for the command to warn."""

    def change(snapshot):
        ledger = snapshot.ledger
        cert = extension_cert(ledger, cert_id, bundle_id)
        new_ledger, ext = record_extension(ledger, cert, bundle_id, new_expiry, case, recorded, share=share)
        bundle = next((b for b in ledger.bundles if b.id == ext.bundle), None)
        check = None if bundle is None else check_bundle(ledger, bundle, recorded)
        return new_ledger, Recorded(ext, check, recorded > ext.previous_expiry)

    return ledger_store.modify(paths, change)
