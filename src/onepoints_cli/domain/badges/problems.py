"""What reading a badge file or importing its certification can run into, as
values (render/problems/badges.py words them). Each file problem names the
file as `source`."""

from __future__ import annotations

from typing import Literal

from ..problems import Problem

# --- the file ------------------------------------------------------------------------


class BadgeFileProblem(Problem):
    """A badge file that cannot be read; what to do is to download it again."""

    source: str


class EmptyBadgeFile(BadgeFileProblem):
    pass


class NotABadgeFile(BadgeFileProblem):
    """Neither a PNG, an SVG nor JSON."""


class NoBadgeMetadata(BadgeFileProblem):
    """A plain PNG or SVG image: no Open Badges chunk or element."""

    image: Literal["png", "svg"]


class DamagedPng(BadgeFileProblem):
    fault: Literal[
        "signature", "truncated", "itxt_short", "itxt_malformed", "inflate_failed", "inflate_short"
    ]


class NoValidChunk(BadgeFileProblem):
    position: int


class ChunkPastEnd(BadgeFileProblem):
    """A chunk claiming `length` bytes past the end of a file of `size` bytes."""

    chunk: str
    position: int
    length: int
    size: int


class ChunkChecksum(BadgeFileProblem):
    chunk: str
    position: int


class UnknownCompression(BadgeFileProblem):
    flag: int
    method: int


class MetadataNotUtf8(BadgeFileProblem):
    """Baked metadata (`json_file`: the whole JSON file) that is not UTF-8, at byte `offset`."""

    offset: int
    json_file: bool


class MetadataTooLarge(BadgeFileProblem):
    limit: int


class UnsafeEntity(BadgeFileProblem):
    """An SVG declaring an XML entity that could be unsafe; `limit` for a long or expanding one."""

    name: str
    kind: Literal["external", "nested", "long", "expanding"]
    limit: int


class MalformedSvg(BadgeFileProblem):
    """expat's `reason`, at `line`."""

    reason: str
    line: int


class UnknownXmlEncoding(BadgeFileProblem):
    reason: str


class EmptyBadgeElement(BadgeFileProblem):
    pass


class UnreadableMetadata(BadgeFileProblem):
    """Baked text that is neither JSON, a JWS nor a URL."""


MetadataPart = Literal["metadata", "jws_payload"]


class InvalidBadgeJson(BadgeFileProblem):
    part: MetadataPart
    reason: str
    line: int
    column: int


class UnreadableBadgeJson(BadgeFileProblem):
    """JSON nested absurdly deep, or a number too long to convert."""

    part: MetadataPart


class BadgeJsonNotObject(BadgeFileProblem):
    part: MetadataPart


class JwsPayloadNotText(BadgeFileProblem):
    pass


class NotAnAward(BadgeFileProblem):
    """A badge class or achievement (`types`), not an award of it."""

    types: tuple[str, ...]


class NotAnAssertion(BadgeFileProblem):
    """JSON with neither 'badge' nor 'credentialSubject'."""


class BadBadgeDate(BadgeFileProblem):
    """A date the badge gives (`claim`: the JWT claim it came from) that is no date; `shown`: its repr."""

    which: Literal["issued", "expires"]
    claim: str | None
    shown: str


# --- the certification it imports ------------------------------------------------------


class BadgeNamesMicro(Problem):
    """The badge URL of certification `cert_id` now naming a micro-credential."""

    cert_id: str
    cert_name: str
    badge_name: str


class BadgeImportedAs(Problem):
    """--id names another certification than the one the badge was imported as."""

    badge_url: str | None
    cert_id: str


class SeveralNamed(Problem):
    name: str
    ids: tuple[str, ...]


class BadgeLacksFields(Problem):
    """A new certification the badge gives no name or expiry for (`spec`: its Open Badges version)."""

    spec: str
    missing: tuple[Literal["name", "expires"], ...]
    badge_url: str | None
