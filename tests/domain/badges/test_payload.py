"""domain/badges/payload.py: baked metadata as JSON, a signed JWS (never verified) or a URL."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onepoints_cli.domain.badges import OB2, OB3, parse_badge
from onepoints_cli.domain.badges.problems import (
    BadgeJsonNotObject,
    InvalidBadgeJson,
    JwsPayloadNotText,
    MetadataNotUtf8,
    UnreadableMetadata,
)
from tests.support.badge_factory import b64url, itxt, jws, ob3_credential, png

URL = "https://www.credly.com/org/onestream/badge/oca"


def _baked(text: str) -> bytes:
    return png(itxt("openbadges", text))


def test_a_json_file_with_a_byte_order_mark_is_read():
    data = (
        "\ufeff".encode()
        + json.dumps(ob3_credential("OneStream Certified Associate", {"name": "OneStream"})).encode()
    )
    assert parse_badge(data, "b.json").name == "OneStream Certified Associate"


def test_a_jws_is_read_without_verifying_and_marked_signed():
    token = jws(ob3_credential("OneStream Certified Associate", {"name": "OneStream"}))
    info = parse_badge(_baked(token), "b.png")
    assert (info.spec, info.name, info.signed) == (OB3, "OneStream Certified Associate", True)


def test_a_vc_jwt_takes_the_credential_and_its_dates_from_the_claims():
    credential = ob3_credential("OneStream Certified Associate", {"name": "OneStream"})
    credential.pop("validFrom", None)
    credential.pop("validUntil", None)
    # nbf 2025-03-31T00:00:00Z, exp 2027-03-31T00:00:00Z
    token = jws({"vc": credential, "nbf": 1743379200, "exp": 1806451200})
    info = parse_badge(_baked(token), "b.png")
    assert (info.issued, info.expires) == (dt.date(2025, 3, 31), dt.date(2027, 3, 31))


def test_a_baked_url_is_what_there_is():
    info = parse_badge(_baked(f"  {URL}\n"), "b.png")
    assert (info.spec, info.badge_url, info.missing) == (OB2, URL, ("name", "issued", "expires", "issuer"))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("just words", UnreadableMetadata("b.png")),
        ('{"badge": ', InvalidBadgeJson("b.png", "metadata", "Expecting value", 1, 10)),
        ("[1, 2]", UnreadableMetadata("b.png")),  # a list is not even tried as a document
        ("a.!!!.b", UnreadableMetadata("b.png")),
        (f"{b64url(b'{}')}.{b64url(b'[1]')}.sig", BadgeJsonNotObject("b.png", "jws_payload")),
        (f"{b64url(b'{}')}.{b64url(bytes([0xFF, 0xFE]))}.sig", JwsPayloadNotText("b.png")),
    ],
)
def test_unreadable_metadata_is_a_clear_error(text, problem):
    with pytest.raises(type(problem)) as refused:
        parse_badge(_baked(text), "b.png")
    assert refused.value == problem


def test_a_json_file_that_is_not_utf8_names_the_byte():
    with pytest.raises(MetadataNotUtf8) as refused:
        parse_badge(b'{"\xff": 1}', "b.json")
    assert refused.value == MetadataNotUtf8("b.json", 2, json_file=True)
