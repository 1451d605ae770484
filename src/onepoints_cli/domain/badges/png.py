"""Open Badges baked into a PNG: iTXt `openbadges` / `openbadgecredential`, or a 1.0 tEXt URL."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from .fields import MAX_METADATA_BYTES, OB1, OB2, OB3, BadgeInfo
from .payload import _read_payload
from .problems import (
    ChunkChecksum,
    ChunkPastEnd,
    DamagedPng,
    MetadataNotUtf8,
    MetadataTooLarge,
    NoBadgeMetadata,
    NoValidChunk,
    UnknownCompression,
)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG chunk lengths are at most 2**31 - 1 by the PNG specification.
_PNG_MAX_CHUNK = 2**31 - 1

#: PNG iTXt keywords, best first: a file may carry both a 3.0 credential and
#: a 2.0 assertion of the same award, and the 3.0 one says more.
_PNG_KEYWORDS = {b"openbadgecredential": OB3, b"openbadges": OB2}


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
    raise NoBadgeMetadata(source, "png")


def _png_chunks(data: bytes, source: str) -> Iterator[tuple[bytes, bytes]]:
    """Each chunk's type and data, checked, up to and including IEND."""
    position = len(_PNG_SIGNATURE)
    while True:
        if position + 8 > len(data):
            raise DamagedPng(source, "truncated")
        length, chunk_type = struct.unpack_from(">I4s", data, position)
        name = chunk_type.decode("latin-1")
        if not chunk_type.isalpha():
            raise NoValidChunk(source, position)
        end = position + 8 + length
        if length > _PNG_MAX_CHUNK or end + 4 > len(data):
            raise ChunkPastEnd(source, name, position, length, len(data))
        body = data[position + 8 : end]
        (crc,) = struct.unpack_from(">I", data, end)
        if zlib.crc32(chunk_type + body) != crc:
            raise ChunkChecksum(source, name, position)
        yield chunk_type, body
        if chunk_type == b"IEND":
            return
        position = end + 4


def _itxt_text(rest: bytes, source: str) -> str:
    """The text of an iTXt chunk after its keyword: flag, method, language,
    translated keyword, then the (maybe zlib-compressed) UTF-8 text."""
    if len(rest) < 2:
        raise DamagedPng(source, "itxt_short")
    compressed, method = rest[0], rest[1]
    _language, separator, rest = rest[2:].partition(b"\0")
    _translated, separator2, raw = rest.partition(b"\0")
    if not (separator and separator2):
        raise DamagedPng(source, "itxt_malformed")
    if compressed == 1 and method == 0:
        raw = _inflate(raw, source)
    elif compressed != 0:
        raise UnknownCompression(source, compressed, method)
    _check_size(len(raw), source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise MetadataNotUtf8(source, error.start, json_file=False) from None


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
        raise DamagedPng(source, "inflate_failed") from None
    _check_size(len(text), source)
    if not inflater.eof:
        raise DamagedPng(source, "inflate_short")
    return text


def _check_size(size: int, source: str) -> None:
    if size > MAX_METADATA_BYTES:
        raise MetadataTooLarge(source, MAX_METADATA_BYTES)
