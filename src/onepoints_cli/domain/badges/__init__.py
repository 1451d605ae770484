"""Open Badges metadata baked into a badge file, read offline.

Credly (where OneStream issues its credentials) lets the earner download a
badge image with the award "baked" into it: a PNG text chunk or an SVG element
holding the Open Badges assertion (2.0) or credential (3.0), as JSON or as a
signed JWS. This module reads that metadata with the standard library only,
never touches the network and never verifies signatures: `signed` tells the
caller to say so.

Every file comes from outside, so every problem, however odd the bytes, ends
as a problem naming the file (badges/problems.py); nothing here may raise anything else.
Sizes are capped: the file before it is read, the metadata as it inflates.

Formats: Open Badges Baking 2.0 and 3.0 (PNG iTXt `openbadges` /
`openbadgecredential`, SVG `<openbadges:assertion>` / `<openbadges:credential>`),
the 1.0 PNG tEXt chunk holding only a URL, and a plain assertion/credential JSON.
"""

from __future__ import annotations

import re

from .fields import (
    MAX_ENTITY_CHARS,
    MAX_ENTITY_EXPANSION,
    MAX_FILE_BYTES,
    MAX_METADATA_BYTES,
    OB1,
    OB2,
    OB3,
    BadgeInfo,
    is_certification,
)
from .payload import _parse_json_file
from .png import _PNG_SIGNATURE, _parse_png
from .problems import DamagedPng, EmptyBadgeFile, NotABadgeFile
from .svg import _parse_svg

__all__ = [
    "MAX_ENTITY_CHARS",
    "MAX_ENTITY_EXPANSION",
    "MAX_FILE_BYTES",
    "MAX_METADATA_BYTES",
    "OB1",
    "OB2",
    "OB3",
    "BadgeInfo",
    "is_certification",
    "parse_badge",
]

_CONTENT_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*([{<])")


def parse_badge(data: bytes, source: str) -> BadgeInfo:
    """The Open Badges metadata of a PNG, SVG or JSON badge file's bytes; `source` names it in messages."""
    if data.startswith(_PNG_SIGNATURE):
        return _parse_png(data, source)
    if not data.strip():
        raise EmptyBadgeFile(source)
    start = _CONTENT_START.match(data)
    if start and start.group(1) == b"{":
        return _parse_json_file(data, source)
    if start and start.group(1) == b"<":
        return _parse_svg(data, source)
    if data.startswith(b"\x89PNG"):
        # The classic damage of a PNG sent through a text-mode transfer.
        raise DamagedPng(source, "signature")
    raise NotABadgeFile(source)
