"""domain/badges/png.py: Open Badges baked into a PNG, read through parse_badge."""

from __future__ import annotations

import json
import zlib

import pytest

from onepoints_cli.domain.badges import MAX_METADATA_BYTES, OB1, OB2, OB3, parse_badge
from onepoints_cli.domain.badges.problems import (
    ChunkChecksum,
    ChunkPastEnd,
    DamagedPng,
    MetadataNotUtf8,
    MetadataTooLarge,
    NoBadgeMetadata,
    UnknownCompression,
)
from tests.support.badge_factory import chunk, itxt, ob3_credential, png, text_chunk

URL = "https://www.credly.com/org/onestream/badge/oca"


def _credential(name: str = "OneStream Certified Associate") -> str:
    return json.dumps(ob3_credential(name, {"name": "OneStream"}, validUntil="2027-03-31"))


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("after_idat", [False, True])
def test_an_itxt_credential_is_read_compressed_or_not_before_or_after_the_image(compressed, after_idat):
    info = parse_badge(
        png(itxt("openbadgecredential", _credential(), compressed=compressed), after_idat=after_idat), "b.png"
    )
    assert (info.spec, info.name, str(info.expires)) == (OB3, "OneStream Certified Associate", "2027-03-31")


def test_a_3_0_credential_wins_over_a_2_0_assertion_in_the_same_file():
    assertion = json.dumps({"@context": "https://w3id.org/openbadges/v2", "badge": URL})
    data = png(itxt("openbadges", assertion), itxt("openbadgecredential", _credential()))
    assert parse_badge(data, "b.png").spec == OB3
    assert parse_badge(png(itxt("openbadges", assertion)), "b.png").spec == OB2


def test_an_open_badges_1_0_text_chunk_holds_only_a_url():
    info = parse_badge(png(text_chunk("openbadges", URL)), "b.png")
    assert (info.spec, info.badge_url, info.name) == (OB1, URL, None)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (png(), NoBadgeMetadata("b.png", "png")),
        (png(itxt("openbadges", _credential()))[:-20], ChunkPastEnd),
        (png(chunk(b"iTXt", b"openbadgecredential\0\x00\x00\0\0{}", crc=0)), ChunkChecksum),
        (png(chunk(b"iTXt", b"openbadgecredential\0\x02\x00\0\0{}")), UnknownCompression("b.png", 2, 0)),
        (
            png(chunk(b"iTXt", b"openbadgecredential\0\x01\x00\0\0not zlib")),
            DamagedPng("b.png", "inflate_failed"),
        ),
        (png(chunk(b"iTXt", b"openbadgecredential\0\x00")), DamagedPng("b.png", "itxt_short")),
        (png(chunk(b"iTXt", b"openbadgecredential\0\x00\x00{}")), DamagedPng("b.png", "itxt_malformed")),
        (png(chunk(b"iTXt", b"openbadgecredential\0\x00\x00\0\0\xff{}")), MetadataNotUtf8("b.png", 0, False)),
    ],
    ids=[
        "no-metadata",
        "truncated",
        "bad-crc",
        "unknown-compression",
        "bad-zlib",
        "cut-short",
        "no-separators",
        "not-utf8",
    ],
)
def test_a_damaged_png_is_a_clear_error(data, problem):
    kind = problem if isinstance(problem, type) else type(problem)
    with pytest.raises(kind) as refused:
        parse_badge(data, "b.png")
    assert refused.value.source == "b.png"
    if not isinstance(problem, type):
        assert refused.value == problem


def test_a_compressed_chunk_inflating_past_the_cap_is_refused_without_inflating_it_all():
    bomb = zlib.compress(b" " * (MAX_METADATA_BYTES + 10), 9)
    data = png(chunk(b"iTXt", b"openbadgecredential\0\x01\x00\0\0" + bomb))
    with pytest.raises(MetadataTooLarge) as refused:
        parse_badge(data, "b.png")
    assert refused.value == MetadataTooLarge("b.png", MAX_METADATA_BYTES)


def test_a_png_signature_altered_as_text_is_named():
    data = png(itxt("openbadgecredential", _credential())).replace(b"\r\n", b"\n", 1)
    with pytest.raises(DamagedPng) as refused:
        parse_badge(data, "b.png")
    assert refused.value == DamagedPng("b.png", "signature")
