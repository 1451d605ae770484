"""What reading a badge file or importing its certification can run into, as
values (render/problems/badges.py words them). Each file problem names the
file as `source`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..problems import Problem

# --- the file ------------------------------------------------------------------------


@dataclass(eq=False)
class BadgeFileProblem(Problem):
    """A badge file that cannot be read; what to do is to download it again."""

    source: str


@dataclass(eq=False)
class EmptyBadgeFile(BadgeFileProblem):
    pass


@dataclass(eq=False)
class NotABadgeFile(BadgeFileProblem):
    """Neither a PNG, an SVG nor JSON."""


@dataclass(eq=False)
class NoBadgeMetadata(BadgeFileProblem):
    """A plain PNG or SVG image: no Open Badges chunk or element."""

    image: Literal["png", "svg"]


@dataclass(eq=False)
class DamagedPng(BadgeFileProblem):
    fault: Literal[
        "signature", "truncated", "itxt_short", "itxt_malformed", "inflate_failed", "inflate_short"
    ]


@dataclass(eq=False)
class NoValidChunk(BadgeFileProblem):
    position: int


@dataclass(eq=False)
class ChunkPastEnd(BadgeFileProblem):
    """A chunk claiming `length` bytes past the end of a file of `size` bytes."""

    chunk: str
    position: int
    length: int
    size: int


@dataclass(eq=False)
class ChunkChecksum(BadgeFileProblem):
    chunk: str
    position: int


@dataclass(eq=False)
class UnknownCompression(BadgeFileProblem):
    flag: int
    method: int


@dataclass(eq=False)
class MetadataNotUtf8(BadgeFileProblem):
    """Baked metadata (`json_file`: the whole JSON file) that is not UTF-8, at byte `offset`."""

    offset: int
    json_file: bool


@dataclass(eq=False)
class MetadataTooLarge(BadgeFileProblem):
    limit: int


@dataclass(eq=False)
class UnsafeEntity(BadgeFileProblem):
    """An SVG declaring an XML entity that could be unsafe; `limit` for a long or expanding one."""

    name: str
    kind: Literal["external", "nested", "long", "expanding"]
    limit: int


@dataclass(eq=False)
class MalformedSvg(BadgeFileProblem):
    """expat's `reason`, at `line`."""

    reason: str
    line: int


@dataclass(eq=False)
class UnknownXmlEncoding(BadgeFileProblem):
    reason: str


@dataclass(eq=False)
class EmptyBadgeElement(BadgeFileProblem):
    pass


@dataclass(eq=False)
class UnreadableMetadata(BadgeFileProblem):
    """Baked text that is neither JSON, a JWS nor a URL."""


MetadataPart = Literal["metadata", "jws_payload"]


@dataclass(eq=False)
class InvalidBadgeJson(BadgeFileProblem):
    part: MetadataPart
    reason: str
    line: int
    column: int


@dataclass(eq=False)
class UnreadableBadgeJson(BadgeFileProblem):
    """JSON nested absurdly deep, or a number too long to convert."""

    part: MetadataPart


@dataclass(eq=False)
class BadgeJsonNotObject(BadgeFileProblem):
    part: MetadataPart


@dataclass(eq=False)
class JwsPayloadNotText(BadgeFileProblem):
    pass


@dataclass(eq=False)
class NotAnAward(BadgeFileProblem):
    """A badge class or achievement (`types`), not an award of it."""

    types: tuple[str, ...]


@dataclass(eq=False)
class NotAnAssertion(BadgeFileProblem):
    """JSON with neither 'badge' nor 'credentialSubject'."""


@dataclass(eq=False)
class BadBadgeDate(BadgeFileProblem):
    """A date the badge gives (`claim`: the JWT claim it came from) that is no date; `shown`: its repr."""

    which: Literal["issued", "expires"]
    claim: str | None
    shown: str


# --- the certification it imports ------------------------------------------------------


@dataclass(eq=False)
class BadgeNamesMicro(Problem):
    """The badge URL of certification `cert_id` now naming a micro-credential."""

    cert_id: str
    cert_name: str
    badge_name: str


@dataclass(eq=False)
class BadgeImportedAs(Problem):
    """--id names another certification than the one the badge was imported as."""

    badge_url: str | None
    cert_id: str


@dataclass(eq=False)
class SeveralNamed(Problem):
    name: str
    ids: tuple[str, ...]


@dataclass(eq=False)
class BadgeLacksFields(Problem):
    """A new certification the badge gives no name or expiry for (`spec`: its Open Badges version)."""

    spec: str
    missing: tuple[Literal["name", "expires"], ...]
    badge_url: str | None
