"""What `cert import` tells the user besides the refusals, as values
(render/badge_notes.py words them)."""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple

#: A field of a certification that a badge or an option gives.
Field = Literal["name", "expires", "earned"]


class MatchedByName(NamedTuple):
    """The badge updated `cert_id`, found by its name (added by hand or from another download)."""

    cert_id: str


class FromOptions(NamedTuple):
    """The fields the options gave, and what the badge said of those it contradicted."""

    given: tuple[Field, ...]
    overridden: tuple[tuple[Field, object], ...]


class KeptFields(NamedTuple):
    """Fields neither the badge nor an option gave, kept from `cert_id`."""

    cert_id: str
    kept: tuple[Field, ...]


class ExpiryEarlier(NamedTuple):
    """The import moved the expiry earlier (the file may predate an extension)."""

    cert_id: str
    old: date
    new: date


class Changed(NamedTuple):
    """(field, old value, new value) of each field the import changed."""

    changes: tuple[tuple[str, object, object], ...]


class ForeignIssuer(NamedTuple):
    issuer: str


class SignatureNotChecked(NamedTuple):
    """The badge is signed; the signature needs the network to check."""


Note = (
    MatchedByName | FromOptions | KeptFields | ExpiryEarlier | Changed | ForeignIssuer | SignatureNotChecked
)
