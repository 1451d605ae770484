"""What a badge file says about one award (BadgeInfo), and the fields read from an
Open Badges document (2.0 assertion or 3.0 credential).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from ..rules import (
    CERTIFICATION_NAME_MARKERS,
    MAX_BADGE_FILE_BYTES,
    MAX_BADGE_METADATA_BYTES,
    MAX_SVG_ENTITY_CHARS,
    MAX_SVG_ENTITY_EXPANSION,
)
from .problems import BadBadgeDate, NotAnAssertion, NotAnAward

OB1 = "Open Badges 1.x"
OB2 = "Open Badges 2.0"
OB3 = "Open Badges 3.0"

MAX_FILE_BYTES = MAX_BADGE_FILE_BYTES
MAX_METADATA_BYTES = MAX_BADGE_METADATA_BYTES
MAX_ENTITY_CHARS = MAX_SVG_ENTITY_CHARS
MAX_ENTITY_EXPANSION = MAX_SVG_ENTITY_EXPANSION

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

#: Field names tried in order; the first present one wins.
_ISSUED_KEYS = ("issuedOn", "validFrom", "issuanceDate")
_EXPIRES_KEYS = ("expires", "validUntil", "expirationDate")

#: Types of Open Badges documents that describe a badge but award nothing.
_NOT_AN_AWARD = {"BadgeClass", "Achievement", "Issuer", "Profile"}
_OB3_TYPES = {"OpenBadgeCredential", "AchievementCredential"}


@dataclass(frozen=True, slots=True)
class BadgeInfo:
    """What a badge file says about one award. None where the file is silent."""

    name: str | None
    issued: dt.date | None
    expires: dt.date | None
    issuer: str | None
    #: The badge class / achievement URL when the file names it (the same for
    #: every award of that badge, so a renewed badge matches its certification),
    #: otherwise the assertion or credential id.
    badge_url: str | None
    spec: str
    #: Carries a signature (a JWS, or an embedded `proof`) that was NOT verified.
    signed: bool
    #: Names of the fields above that the file does not give, e.g. ("name", "expires").
    missing: tuple[str, ...]


def is_certification(name: str) -> bool:
    """True for a OneStream Certification; any other credential is a
    micro-credential, which OnePoints cannot extend (see rules.py [CR]).

    Case and spacing aside (NFKC, casefold, whitespace removed): a badge named
    "ONESTREAM CERTIFIED ASSOCIATE" or "OneStream Certi fied\u00a0Associate"
    is one too.
    """
    squeezed = "".join(unicodedata.normalize("NFKC", name).casefold().split())
    return any("".join(marker.casefold().split()) in squeezed for marker in CERTIFICATION_NAME_MARKERS)


# --- Fields ------------------------------------------------------------------------


def _from_document(
    document: dict[str, Any], source: str, *, signed: bool, claims: dict[str, Any] | None = None
) -> BadgeInfo:
    spec = _spec_of(document, source)
    if spec == OB3:
        name, issuer, badge_url = _ob3_fields(document)
    else:
        name, issuer, badge_url = _ob2_fields(document)
    issued = _first_date(document, _ISSUED_KEYS, "issued", source)
    expires = _first_date(document, _EXPIRES_KEYS, "expires", source)
    # JWT claims stand in for dates the credential itself leaves out.
    if claims is not None:
        issued = issued or _first_date(claims, ("nbf",), "issued", source, claim=True)
        expires = expires or _first_date(claims, ("exp",), "expires", source, claim=True)
    signed = signed or "proof" in document
    return _make_info(name, issued, expires, issuer, badge_url, spec, signed=signed)


def _spec_of(document: dict[str, Any], source: str) -> str:
    """Which Open Badges version a document is, from its shape and @context."""
    types = set(_strings(document.get("type")))
    contexts = " ".join(_strings(document.get("@context")))
    if "credentialSubject" in document or types & _OB3_TYPES or "/ob/v3p0" in contexts:
        return OB3
    if types & _NOT_AN_AWARD:
        raise NotAnAward(source, tuple(sorted(types & _NOT_AN_AWARD)))
    if "badge" not in document:
        raise NotAnAssertion(source)
    if "openbadges/v2" in contexts:
        return OB2
    # 1.0 assertions had no @context; 1.1 used the v1 one.
    if not contexts or "openbadges/v1" in contexts:
        return OB1
    return OB2


def _ob3_fields(credential: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Name, issuer and URL of a 3.0 credential. The top-level `name` names the
    credential document and at Credly may be the earner's own name, so the
    badge's name is the achievement's only."""
    subject = _object(credential.get("credentialSubject"))
    achievement = _object(subject.get("achievement"))
    issuer = _object(credential.get("issuer"))
    badge_url = _text(achievement.get("id")) or _text(credential.get("id"))
    return _text(achievement.get("name")), _text(issuer.get("name")), badge_url


def _ob2_fields(assertion: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Name, issuer and URL of a 2.0/1.x assertion: the badge class is either
    embedded (name and issuer known) or only its URL (Credly's case)."""
    badge = assertion.get("badge")
    if isinstance(badge, dict):
        issuer = _object(badge.get("issuer"))
        name, issuer_name, badge_url = (
            _text(badge.get("name")),
            _text(issuer.get("name")),
            _text(badge.get("id")),
        )
    else:
        name, issuer_name, badge_url = None, None, _text(badge)
    verify = _object(assertion.get("verify"))
    badge_url = badge_url or _text(assertion.get("id")) or _text(verify.get("url"))
    return name, issuer_name, badge_url


def _first_date(
    document: dict[str, Any],
    keys: tuple[str, ...],
    which: Literal["issued", "expires"],
    source: str,
    *,
    claim: bool = False,
) -> dt.date | None:
    """The first of `keys` the document gives, as a date; `claim`: the keys are JWT claims."""
    for key in keys:
        value = document.get(key)
        if value is not None and value != "":
            return _to_date(value, which, key if claim else None, source)
    return None


def _to_date(value: Any, which: Literal["issued", "expires"], claim: str | None, source: str) -> dt.date:
    """The UTC date of an ISO 8601 date or timestamp, or of Unix seconds."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return (_EPOCH + dt.timedelta(seconds=value)).date()
        if isinstance(value, str):
            text = value.strip()
            if _NUMBER.fullmatch(text):
                return (_EPOCH + dt.timedelta(seconds=float(text))).date()
            # RFC 3339 allows a lower-case t and z, fromisoformat does not.
            moment = dt.datetime.fromisoformat(text.upper())
            if moment.tzinfo is not None:
                moment = moment.astimezone(dt.UTC)
            return moment.date()
    except (ValueError, OverflowError):
        pass
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    raise BadBadgeDate(source, which, claim, shown)


def _make_info(
    name: str | None,
    issued: dt.date | None,
    expires: dt.date | None,
    issuer: str | None,
    badge_url: str | None,
    spec: str,
    *,
    signed: bool,
) -> BadgeInfo:
    fields = {"name": name, "issued": issued, "expires": expires, "issuer": issuer, "badge_url": badge_url}
    missing = tuple(key for key, value in fields.items() if value is None)
    return BadgeInfo(name, issued, expires, issuer, badge_url, spec, signed, missing)


def _text(value: Any) -> str | None:
    """A non-blank string, stripped; anything else (a number, an object) is no text."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _object(value: Any) -> dict[str, Any]:
    """An embedded object, or the first of a list of them (a VC may have
    several subjects); {} for a URL or anything else."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> list[str]:
    """`type` and `@context` are a string or a list of them (and objects)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []
