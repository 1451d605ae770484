"""Recording an accepted extension case in the ledger."""

from __future__ import annotations

from datetime import date

from ..domain.extension_cases import extension_cert, record_extension
from ..domain.models import Extension
from ..storage import ledger_store
from ..storage.paths import Paths


def extend_certification(
    paths: Paths,
    cert_id: str | None,
    bundle_id: int | None,
    new_expiry: date | None,
    case: str | None,
    *,
    recorded: date,
    share: bool = False,
) -> Extension:
    """Mark the bundle's activities used and move the expiry; returns the extension."""

    def change(snapshot):
        cert = extension_cert(snapshot.ledger, cert_id, bundle_id)
        return record_extension(snapshot.ledger, cert, bundle_id, new_expiry, case, recorded, share=share)

    return ledger_store.modify(paths, change)
