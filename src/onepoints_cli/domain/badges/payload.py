"""The baked metadata itself: JSON, a signed JWS, or (Open Badges 1.0) only a URL."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from .fields import BadgeInfo, _from_document, _make_info
from .problems import (
    BadgeJsonNotObject,
    InvalidBadgeJson,
    JwsPayloadNotText,
    MetadataNotUtf8,
    MetadataPart,
    UnreadableBadgeJson,
    UnreadableMetadata,
)

_JWS = re.compile(r"[A-Za-z0-9_-]+=*\.[A-Za-z0-9_-]+=*\.[A-Za-z0-9_=-]*")
_URL = re.compile(r"https?://\S+")


def _parse_json_file(data: bytes, source: str) -> BadgeInfo:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MetadataNotUtf8(source, error.start, json_file=True) from None
    return _from_document(_load_json(text, source), source, signed=False)


def _read_payload(text: str, source: str, spec_if_url: str) -> BadgeInfo:
    """Baked text: assertion/credential JSON, a compact JWS, or a hosted URL."""
    text = text.strip().lstrip("\ufeff")
    if text.startswith("{"):
        return _from_document(_load_json(text, source), source, signed=False)
    if _JWS.fullmatch(text):
        return _from_jws(text, source)
    if _URL.fullmatch(text):
        # Only the address of a hosted assertion: import what there is.
        return _make_info(None, None, None, None, text, spec_if_url, signed=False)
    raise UnreadableMetadata(source)


def _load_json(text: str, source: str, part: MetadataPart = "metadata") -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidBadgeJson(source, part, error.msg, error.lineno, error.colno) from None
    except (ValueError, RecursionError):
        # Absurd nesting or a number too long to convert: not a real badge.
        raise UnreadableBadgeJson(source, part) from None
    if not isinstance(document, dict):
        raise BadgeJsonNotObject(source, part)
    return document


def _from_jws(token: str, source: str) -> BadgeInfo:
    """A compact JWS: its payload is the assertion (2.0), the credential (3.0),
    or a JWT claim set with the credential under `vc` (VC-JWT). The signature
    is not checked: that needs the issuer's key, hence the network."""
    payload = token.split(".")[1].rstrip("=")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        raise JwsPayloadNotText(source) from None
    claims = _load_json(text, source, "jws_payload")
    credential = claims.get("vc")
    if isinstance(credential, dict):
        return _from_document(credential, source, signed=True, claims=claims)
    return _from_document(claims, source, signed=True, claims=claims)
