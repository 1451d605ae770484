"""The baked metadata itself: JSON, a signed JWS, or (Open Badges 1.0) only a URL."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from ...errors import OnePointsError
from .fields import _REDOWNLOAD, BadgeInfo, _from_document, _make_info

_JWS = re.compile(r"[A-Za-z0-9_-]+=*\.[A-Za-z0-9_-]+=*\.[A-Za-z0-9_=-]*")
_URL = re.compile(r"https?://\S+")


def _parse_json_file(data: bytes, source: str) -> BadgeInfo:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise OnePointsError(
            f"{source} is not valid UTF-8 text (bad byte at offset {error.start}), "
            "so it is not an Open Badges JSON file."
        ) from None
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
    raise OnePointsError(
        f"{source}: the baked badge metadata is neither JSON, a signed badge (JWS) nor a "
        f"URL, so onepoints cannot read it. {_REDOWNLOAD}"
    )


def _load_json(text: str, source: str, what: str = "badge metadata") -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise OnePointsError(
            f"{source}: the {what} is not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno}). The file is corrupt. {_REDOWNLOAD}"
        ) from None
    except (ValueError, RecursionError):
        # Absurd nesting or a number too long to convert: not a real badge.
        raise OnePointsError(f"{source}: the {what} is JSON onepoints cannot read. {_REDOWNLOAD}") from None
    if not isinstance(document, dict):
        raise OnePointsError(
            f"{source}: the {what} is JSON but not an object, so it is not an Open Badges "
            f"assertion or credential. {_REDOWNLOAD}"
        )
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
        raise OnePointsError(
            f"{source}: the signed badge (JWS) has a payload that is not base64url-encoded "
            f"UTF-8 text. The file is corrupt. {_REDOWNLOAD}"
        ) from None
    claims = _load_json(text, source, "signed badge's payload")
    credential = claims.get("vc")
    if isinstance(credential, dict):
        return _from_document(credential, source, signed=True, claims=claims)
    return _from_document(claims, source, signed=True, claims=claims)
