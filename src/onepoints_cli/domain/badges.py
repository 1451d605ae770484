"""Open Badges metadata baked into a badge file, read offline.

Credly (where OneStream issues its credentials) lets the earner download a
badge image with the award "baked" into it: a PNG text chunk or an SVG element
holding the Open Badges assertion (2.0) or credential (3.0), as JSON or as a
signed JWS. This module reads that metadata with the standard library only,
never touches the network and never verifies signatures: `signed` tells the
caller to say so.

Every file comes from outside, so every problem, however odd the bytes, ends
as a OnePointsError naming the file; nothing here may raise anything else.
Sizes are capped: the file before it is read, the metadata as it inflates.

Formats: Open Badges Baking 2.0 and 3.0 (PNG iTXt `openbadges` /
`openbadgecredential`, SVG `<openbadges:assertion>` / `<openbadges:credential>`),
the 1.0 PNG tEXt chunk holding only a URL, and a plain assertion/credential JSON.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from ..errors import OnePointsError
from .rules import (
    CERTIFICATION_NAME_MARKERS,
    MAX_BADGE_FILE_BYTES,
    MAX_BADGE_METADATA_BYTES,
    MAX_SVG_ENTITY_CHARS,
    MAX_SVG_ENTITY_EXPANSION,
)

MAX_FILE_BYTES = MAX_BADGE_FILE_BYTES
MAX_METADATA_BYTES = MAX_BADGE_METADATA_BYTES
MAX_ENTITY_CHARS = MAX_SVG_ENTITY_CHARS
MAX_ENTITY_EXPANSION = MAX_SVG_ENTITY_EXPANSION

OB1 = "Open Badges 1.x"
OB2 = "Open Badges 2.0"
OB3 = "Open Badges 3.0"

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG chunk lengths are at most 2**31 - 1 by the PNG specification.
_PNG_MAX_CHUNK = 2**31 - 1

#: PNG iTXt keywords, best first: a file may carry both a 3.0 credential and
#: a 2.0 assertion of the same award, and the 3.0 one says more.
_PNG_KEYWORDS = {b"openbadgecredential": OB3, b"openbadges": OB2}

#: SVG elements as expat reports them ("namespace-URI local-name"): matched
#: by namespace, since the prefix is the author's choice.
_SVG_ELEMENTS = {
    "https://purl.imsglobal.org/ob/v3p0 credential": OB3,
    "http://openbadges.org assertion": OB2,
}

_JWS = re.compile(r"[A-Za-z0-9_-]+=*\.[A-Za-z0-9_-]+=*\.[A-Za-z0-9_=-]*")
_URL = re.compile(r"https?://\S+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_CONTENT_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*([{<])")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

#: Field names tried in order; the first present one wins.
_ISSUED_KEYS = ("issuedOn", "validFrom", "issuanceDate")
_EXPIRES_KEYS = ("expires", "validUntil", "expirationDate")

#: Types of Open Badges documents that describe a badge but award nothing.
_NOT_AN_AWARD = {"BadgeClass", "Achievement", "Issuer", "Profile"}
_OB3_TYPES = {"OpenBadgeCredential", "AchievementCredential"}

_REDOWNLOAD = "Download the badge image again from the issuer (at Credly, from the badge's page)."


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
    micro-credential, which OnePoints cannot extend (see rules.py [CR])."""
    return any(marker in name for marker in CERTIFICATION_NAME_MARKERS)


def parse_badge(data: bytes, source: str) -> BadgeInfo:
    """The Open Badges metadata of a PNG, SVG or JSON badge file's bytes; `source` names it in messages."""
    if data.startswith(_PNG_SIGNATURE):
        return _parse_png(data, source)
    if not data.strip():
        raise OnePointsError(f"{source} is empty: it is not a badge file. {_REDOWNLOAD}")
    start = _CONTENT_START.match(data)
    if start and start.group(1) == b"{":
        return _parse_json_file(data, source)
    if start and start.group(1) == b"<":
        return _parse_svg(data, source)
    if data.startswith(b"\x89PNG"):
        # The classic damage of a PNG sent through a text-mode transfer.
        raise OnePointsError(
            f"{source} is a damaged PNG: its signature bytes were altered "
            f"(was it copied as text?). {_REDOWNLOAD}"
        )
    raise OnePointsError(
        f"{source} is not a badge file onepoints can read: expected a PNG or SVG "
        f"badge image, or an Open Badges JSON file. {_REDOWNLOAD}"
    )


# --- PNG -----------------------------------------------------------------------


def _parse_png(data: bytes, source: str) -> BadgeInfo:
    """Find the badge chunk; metadata may sit before or after the image data."""
    found: dict[bytes, str] = {}
    for chunk_type, body in _png_chunks(data, source):
        if chunk_type not in (b"iTXt", b"tEXt"):
            continue
        keyword, _, rest = body.partition(b"\0")
        # The Baking spec allows one badge chunk; if a tool left two, keep the first.
        if chunk_type == b"iTXt" and keyword in _PNG_KEYWORDS and keyword not in found:
            found[keyword] = _itxt_text(rest, source)
        elif chunk_type == b"tEXt" and keyword == b"openbadges" and b"tEXt" not in found:
            found[b"tEXt"] = _latin1_text(rest, source)
    for keyword, spec in _PNG_KEYWORDS.items():
        if keyword in found:
            return _read_payload(found[keyword], source, spec)
    if b"tEXt" in found:
        # Open Badges 1.0 baked only the hosted assertion's URL, in a tEXt chunk.
        return _read_payload(found[b"tEXt"], source, OB1)
    raise OnePointsError(
        f"{source} is a PNG image without Open Badges metadata (no 'openbadges' or "
        f"'openbadgecredential' chunk): it is a plain picture, not a baked badge. {_REDOWNLOAD}"
    )


def _png_chunks(data: bytes, source: str) -> Iterator[tuple[bytes, bytes]]:
    """Each chunk's type and data, checked, up to and including IEND."""
    position = len(_PNG_SIGNATURE)
    while True:
        if position + 8 > len(data):
            raise _damaged_png(source, "the file ends before its last chunk (IEND): it is truncated")
        length, chunk_type = struct.unpack_from(">I4s", data, position)
        name = chunk_type.decode("latin-1")
        if not chunk_type.isalpha():
            raise _damaged_png(source, f"there is no valid chunk at byte {position}")
        end = position + 8 + length
        if length > _PNG_MAX_CHUNK or end + 4 > len(data):
            raise _damaged_png(
                source,
                f"its {name} chunk at byte {position} claims {length} bytes, "
                f"past the end of the file ({len(data)} bytes): it is truncated or corrupt",
            )
        body = data[position + 8 : end]
        (crc,) = struct.unpack_from(">I", data, end)
        if zlib.crc32(chunk_type + body) != crc:
            raise _damaged_png(
                source, f"the checksum (CRC) of its {name} chunk at byte {position} does not match"
            )
        yield chunk_type, body
        if chunk_type == b"IEND":
            return
        position = end + 4


def _damaged_png(source: str, problem: str) -> OnePointsError:
    return OnePointsError(f"{source} is a damaged PNG: {problem}. {_REDOWNLOAD}")


def _itxt_text(rest: bytes, source: str) -> str:
    """The text of an iTXt chunk after its keyword: flag, method, language,
    translated keyword, then the (maybe zlib-compressed) UTF-8 text."""
    if len(rest) < 2:
        raise _damaged_png(source, "its Open Badges iTXt chunk is cut short")
    compressed, method = rest[0], rest[1]
    _language, separator, rest = rest[2:].partition(b"\0")
    _translated, separator2, raw = rest.partition(b"\0")
    if not (separator and separator2):
        raise _damaged_png(source, "its Open Badges iTXt chunk is malformed (missing separators)")
    if compressed == 1 and method == 0:
        raw = _inflate(raw, source)
    elif compressed != 0:
        raise _damaged_png(
            source,
            f"its Open Badges iTXt chunk uses an unknown compression (flag {compressed}, method {method})",
        )
    _check_size(len(raw), source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise OnePointsError(
            f"{source}: the badge metadata is not valid UTF-8 text (bad byte at offset "
            f"{error.start}). The file is corrupt. {_REDOWNLOAD}"
        ) from None


def _latin1_text(rest: bytes, source: str) -> str:
    # tEXt is Latin-1 by definition, so any byte decodes.
    _check_size(len(rest), source)
    return rest.decode("latin-1")


def _inflate(compressed: bytes, source: str) -> bytes:
    """zlib data, inflated no further than the cap (one byte past it tells)."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(compressed, MAX_METADATA_BYTES + 1)
    except zlib.error:
        raise _damaged_png(source, "its compressed Open Badges chunk cannot be decompressed") from None
    _check_size(len(text), source)
    if not inflater.eof:
        raise _damaged_png(source, "its compressed Open Badges chunk is cut short")
    return text


def _check_size(size: int, source: str) -> None:
    if size > MAX_METADATA_BYTES:
        limit = MAX_METADATA_BYTES // (1024 * 1024)
        raise OnePointsError(
            f"{source}: the badge metadata is larger than {limit} MB, far more than any "
            "real badge holds; onepoints refuses it. Check that this is the badge file "
            "downloaded from the issuer."
        )


# --- SVG -----------------------------------------------------------------------


class _SvgBadgeFinder:
    """expat handlers collecting the first Open Badges element of an SVG.

    Safety: parameter entities are never parsed and no external entity is ever
    fetched (no ExternalEntityRefHandler). Entity references in text are not
    expanded (a DefaultHandler is set, so expat reports them as skipped).
    Expat still expands entities in attribute values, so declarations are
    allowed only when that is harmless: internal, short, referring to no
    other entity (which rules out the billion-laughs nesting), and unable to
    expand past MAX_ENTITY_EXPANSION however often the file repeats it.
    """

    def __init__(self, source: str, document_size: int) -> None:
        self.source = source
        self.most_references = document_size // 3
        self.spec: str | None = None
        self.verify: str | None = None
        self.parts: list[str] = []
        self.size = 0
        self.depth = 0  # > 0 while inside the badge element
        self.done = False

    def attach(self, parser: expat.XMLParserType) -> None:
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.EntityDeclHandler = self.entity_declared
        parser.DefaultHandler = _ignore
        parser.SkippedEntityHandler = _ignore
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters

    def entity_declared(self, name: str, is_parameter: int, value: str | None, *_: Any) -> None:
        if is_parameter or value is None:
            problem = "an external or parameter XML entity"
        elif "&" in value:
            problem = "an XML entity built from other entities (the 'billion laughs' pattern)"
        elif len(value) > MAX_ENTITY_CHARS:
            problem = f"an XML entity longer than {MAX_ENTITY_CHARS} characters"
        elif len(value) * self.most_references > MAX_ENTITY_EXPANSION:
            limit = MAX_ENTITY_EXPANSION // (1024 * 1024)
            problem = f"an XML entity that a file this large could expand past {limit} MB"
        else:
            return
        raise OnePointsError(
            f"{self.source} declares {problem}, '{name}'; onepoints refuses such files to stay "
            "safe. Use the PNG badge instead, or an SVG without entity declarations."
        )

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.depth:
            self.depth += 1
        elif not self.done and name in _SVG_ELEMENTS:
            self.spec = _SVG_ELEMENTS[name]
            self.verify = attributes.get("verify") or _namespaced(attributes, "verify")
            if self.verify is not None:
                _check_size(len(self.verify), self.source)
            self.depth = 1

    def end(self, _name: str) -> None:
        if self.depth:
            self.depth -= 1
            self.done = self.depth == 0

    def characters(self, text: str) -> None:
        if self.depth:
            self.size += len(text)
            _check_size(self.size, self.source)
            self.parts.append(text)


def _ignore(*_: Any) -> None:
    """Swallows what expat reports but the badge reader does not need."""


def _namespaced(attributes: dict[str, str], local: str) -> str | None:
    """An attribute by local name whatever its namespace (`openbadges:verify`)."""
    for key, value in attributes.items():
        if key.rpartition(" ")[2] == local:
            return value
    return None


def _parse_svg(data: bytes, source: str) -> BadgeInfo:
    finder = _SvgBadgeFinder(source, len(data))
    parser = expat.ParserCreate(namespace_separator=" ")
    finder.attach(parser)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise OnePointsError(
            f"{source} is not a well-formed SVG/XML file ({expat.ErrorString(error.code)}, "
            f"line {error.lineno}). {_REDOWNLOAD}"
        ) from None
    except LookupError as error:  # <?xml encoding="x-bogus"?>: expat asks Python for the codec
        raise OnePointsError(
            f"{source} declares a character encoding Python does not know ({error}). {_REDOWNLOAD}"
        ) from None
    if finder.spec is None:
        raise OnePointsError(
            f"{source} is an SVG image without Open Badges metadata (no openbadges:assertion "
            f"or openbadges:credential element): it is not a baked badge. {_REDOWNLOAD}"
        )
    # The element holds JSON (hosted or 3.0 credential) or is empty with the
    # JWS or hosted URL in its `verify` attribute.
    text = "".join(finder.parts).strip()
    payload = text or (finder.verify or "").strip()
    if not payload:
        raise OnePointsError(
            f"{source}: its Open Badges element is empty and has no verify attribute, "
            f"so there is nothing to import. {_REDOWNLOAD}"
        )
    return _read_payload(payload, source, finder.spec)


# --- JSON, JWS and URL payloads -------------------------------------------------------


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


# --- Fields ------------------------------------------------------------------------


def _from_document(
    document: dict[str, Any], source: str, *, signed: bool, claims: dict[str, Any] | None = None
) -> BadgeInfo:
    spec = _spec_of(document, source)
    if spec == OB3:
        name, issuer, badge_url = _ob3_fields(document)
    else:
        name, issuer, badge_url = _ob2_fields(document)
    issued = _first_date(document, _ISSUED_KEYS, "issue date", source)
    expires = _first_date(document, _EXPIRES_KEYS, "expiry date", source)
    # JWT claims stand in for dates the credential itself leaves out.
    if claims is not None:
        issued = issued or _first_date(claims, ("nbf",), "issue date (nbf)", source)
        expires = expires or _first_date(claims, ("exp",), "expiry date (exp)", source)
    signed = signed or "proof" in document
    return _make_info(name, issued, expires, issuer, badge_url, spec, signed=signed)


def _spec_of(document: dict[str, Any], source: str) -> str:
    """Which Open Badges version a document is, from its shape and @context."""
    types = set(_strings(document.get("type")))
    contexts = " ".join(_strings(document.get("@context")))
    if "credentialSubject" in document or types & _OB3_TYPES or "/ob/v3p0" in contexts:
        return OB3
    if types & _NOT_AN_AWARD:
        raise OnePointsError(
            f"{source} describes a badge ({'/'.join(sorted(types & _NOT_AN_AWARD))}) but is not "
            "an award of it to you: import the badge you earned, as downloaded from the issuer."
        )
    if "badge" not in document:
        raise OnePointsError(
            f"{source} holds JSON that is not an Open Badges assertion or credential "
            f"(it has neither 'badge' nor 'credentialSubject'). {_REDOWNLOAD}"
        )
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


def _first_date(document: dict[str, Any], keys: tuple[str, ...], what: str, source: str) -> dt.date | None:
    for key in keys:
        value = document.get(key)
        if value is not None and value != "":
            return _to_date(value, what, source)
    return None


def _to_date(value: Any, what: str, source: str) -> dt.date:
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
    raise OnePointsError(
        f"{source}: the badge's {what} {shown} is not a date onepoints can read (expected "
        "ISO 8601 such as 2025-03-31 or 2025-03-31T12:00:00Z, or Unix seconds)."
    )


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
