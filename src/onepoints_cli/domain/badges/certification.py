"""`cert import`: a certification from the metadata of a downloaded badge.

Pure: the badge file is read by domain/badges/, the ledger is changed here as a
value, and the caller saves it. Source: the Digital Credentials FAQ
(../shared/seeds/002_8a84237fe7cdd410.txt, rules.py [CR]): Credly badges carry
Open Badges metadata, the expiry date is in that metadata, and a credential
whose title has neither "Certified" nor "Certification" is a micro-credential,
which OnePoints cannot extend.

How a badge becomes a certification:

- What the user types wins: --name, --expires and --earned override the file.
- The certification it updates: with --id, the one with that id (none: a
  new one gets it). Without, the one imported before from the same badge
  (same badge URL: the badge class or achievement, the same for every award
  of the badge, so a renewed badge updates its certification), else the one
  with the same name (case and spacing ignored), since the 2.0 and 3.0
  downloads of one badge name it by different URLs and `cert add` records
  none; several with that name: refused, --id says which. Otherwise a new
  certification is added, its id made from the name as `cert add` makes it.
- A name and an expiry date are required (the ledger needs both). On an
  update, a field neither the file nor an option gives keeps its value: a
  Credly 2.0 download, which holds only the badge URL, re-imports as is.
  On a new certification, a missing field is an error that names the
  options to give it with and, for an older (1.x, 2.0) file, suggests the
  Open Badges 3.0 download, which carries the name. Re-importing a badge
  whose expiry is earlier than the recorded one applies it, with a note
  (the file may predate an extension).
- `earned` is the badge's issue date unless --earned says otherwise.
- Signatures are never verified (that needs the issuer's key, hence the
  network): a signed badge gets a note saying so.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from ..ledger.edits import add_cert, edit_cert
from ..ledger.lookup import find_cert
from ..models import Certification, Ledger
from . import BadgeInfo, is_certification
from .notes import (
    Changed,
    ExpiryEarlier,
    Field,
    ForeignIssuer,
    FromOptions,
    KeptFields,
    MatchedByName,
    Note,
    SignatureNotChecked,
)
from .problems import BadgeImportedAs, BadgeLacksFields, BadgeNamesMicro, SeveralNamed

_FIELDS: tuple[Field, ...] = ("name", "expires", "earned")


def import_badge(
    ledger: Ledger,
    info: BadgeInfo,
    *,
    cert_id: str | None = None,
    name: str | None = None,
    expires: date | None = None,
    earned: date | None = None,
) -> tuple[Ledger, Certification, bool, list[Note]]:
    """The ledger with the badge's certification added or updated.

    Returns (new ledger, the certification as saved, created?, notes for the user).
    Raises OnePointsError, before anything changes, when a name or expiry is
    missing or the badge is already another certification's.
    """
    options: dict[str, Any] = {"name": name, "expires": expires, "earned": earned}
    from_file: dict[str, Any] = {"name": info.name, "expires": info.expires, "earned": info.issued}
    fields: dict[str, Any] = {
        key: options[key] if options[key] is not None else from_file[key] for key in options
    }
    existing, matched_by = _match(ledger, info, cert_id, fields["name"])
    if existing is not None:
        for key in ("name", "expires", "earned"):
            if fields[key] is None:
                fields[key] = getattr(existing, key)
    _require(fields, info)
    micro = not is_certification(fields["name"])
    if existing is not None and matched_by == "badge" and micro and not existing.micro:
        # The same badge URL now naming a micro-credential is more likely a wrong file than a
        # demotion: the user says which, rather than the certification silently changing kind.
        raise BadgeNamesMicro(existing.id, existing.name, fields["name"])
    badge_url = info.badge_url or (existing.badge_url if existing else None)
    if existing is None:
        new = Certification(id=cert_id or "", badge_url=badge_url, micro=micro, **fields)
        ledger = add_cert(ledger, new)
        saved = ledger.certifications[-1]
    else:
        ledger = edit_cert(ledger, existing.id, badge_url=badge_url, micro=micro, **fields)
        saved = find_cert(ledger, existing.id)
    notes = _notes(info, options, from_file, existing, saved)
    if existing is not None and matched_by == "name":
        notes.insert(0, MatchedByName(existing.id))
    return ledger, saved, existing is None, notes


def _match(
    ledger: Ledger, info: BadgeInfo, cert_id: str | None, name: str | None
) -> tuple[Certification | None, str]:
    """The certification this badge updates (None for a new one), and what matched it."""
    same_badge = next(
        (c for c in ledger.certifications if info.badge_url and c.badge_url == info.badge_url), None
    )
    if cert_id is not None:
        by_id = next((c for c in ledger.certifications if c.id == cert_id), None)
        if same_badge is not None and same_badge is not by_id:
            raise BadgeImportedAs(info.badge_url, same_badge.id)
        return by_id, "id"
    if same_badge is not None or name is None:
        return same_badge, "badge"
    # The 2.0 and 3.0 downloads of one badge name it by different URLs: the name matches them.
    same_name = [c for c in ledger.certifications if _name_key(c.name) == _name_key(name)]
    if len(same_name) > 1:
        raise SeveralNamed(name, tuple(c.id for c in same_name))
    return (same_name[0] if same_name else None), "name"


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _require(fields: dict[str, Any], info: BadgeInfo) -> None:
    missing: tuple[Literal["name", "expires"], ...] = tuple(
        key for key in ("name", "expires") if fields[key] is None
    )
    if missing:
        raise BadgeLacksFields(info.spec, missing, info.badge_url)


def _notes(
    info: BadgeInfo,
    options: dict[str, Any],
    from_file: dict[str, Any],
    existing: Certification | None,
    saved: Certification,
) -> list[Note]:
    notes: list[Note] = []
    given: tuple[Field, ...] = tuple(key for key in _FIELDS if options[key] is not None)
    if given:
        overridden = tuple(
            (key, from_file[key])
            for key in given
            if from_file[key] is not None and from_file[key] != options[key]
        )
        notes.append(FromOptions(given, overridden))
    if existing is not None:
        kept: tuple[Field, ...] = tuple(
            key for key in ("name", "expires") if options[key] is None and from_file[key] is None
        )
        if kept:
            notes.append(KeptFields(existing.id, kept))
        if saved.expires < existing.expires:
            notes.append(ExpiryEarlier(saved.id, existing.expires, saved.expires))
        changes = _changes(existing, saved)
        if changes:  # no changes: the command says it was already up to date
            notes.append(Changed(changes))
    if info.issuer and "onestream" not in info.issuer.casefold():
        notes.append(ForeignIssuer(info.issuer))
    if info.signed:
        notes.append(SignatureNotChecked())
    return notes


def _changes(old: Certification, new: Certification) -> tuple[tuple[str, object, object], ...]:
    return tuple(
        (key, getattr(old, key), getattr(new, key))
        for key in ("name", "expires", "earned", "micro", "badge_url")
        if getattr(old, key) != getattr(new, key)
    )
