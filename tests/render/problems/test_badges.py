"""render/problems/badges.py: the exact words for problems reading a badge file and importing it."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.badges import OB2, OB3
from onepoints_cli.domain.badges.problems import (
    BadBadgeDate,
    BadgeImportedAs,
    BadgeJsonNotObject,
    BadgeLacksFields,
    BadgeNamesMicro,
    ChunkChecksum,
    ChunkPastEnd,
    DamagedPng,
    EmptyBadgeElement,
    EmptyBadgeFile,
    InvalidBadgeJson,
    JwsPayloadNotText,
    MalformedSvg,
    MetadataNotUtf8,
    MetadataTooLarge,
    NoBadgeMetadata,
    NotABadgeFile,
    NotAnAssertion,
    NotAnAward,
    NoValidChunk,
    SeveralNamed,
    UnknownCompression,
    UnknownXmlEncoding,
    UnreadableBadgeJson,
    UnreadableMetadata,
    UnsafeEntity,
)
from onepoints_cli.domain.problems import Problem
from onepoints_cli.render.problems import word

AGAIN = "Download the badge image again from the issuer (at Credly, from the badge's page)."
URL = "https://www.credly.com/org/onestream/badge/associate"
SAFE = "onepoints refuses such files to stay safe. Use the PNG badge instead, or an SVG without entity declarations."


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (EmptyBadgeFile("b.png"), f"b.png is empty: it is not a badge file. {AGAIN}"),
        (
            NotABadgeFile("b.txt"),
            "b.txt is not a badge file onepoints can read: expected a PNG or SVG badge image, or an Open "
            f"Badges JSON file. {AGAIN}",
        ),
        (
            NoBadgeMetadata("b.png", "png"),
            "b.png is a PNG image without Open Badges metadata (no 'openbadges' or 'openbadgecredential' "
            f"chunk): it is a plain picture, not a baked badge. {AGAIN}",
        ),
        (
            NoBadgeMetadata("b.svg", "svg"),
            "b.svg is an SVG image without Open Badges metadata (no openbadges:assertion or "
            f"openbadges:credential element): it is not a baked badge. {AGAIN}",
        ),
        (
            DamagedPng("b.png", "signature"),
            f"b.png is a damaged PNG: its signature bytes were altered (was it copied as text?). {AGAIN}",
        ),
        (
            DamagedPng("b.png", "truncated"),
            f"b.png is a damaged PNG: the file ends before its last chunk (IEND): it is truncated. {AGAIN}",
        ),
        (
            DamagedPng("b.png", "itxt_short"),
            f"b.png is a damaged PNG: its Open Badges iTXt chunk is cut short. {AGAIN}",
        ),
        (
            DamagedPng("b.png", "itxt_malformed"),
            f"b.png is a damaged PNG: its Open Badges iTXt chunk is malformed (missing separators). {AGAIN}",
        ),
        (
            DamagedPng("b.png", "inflate_failed"),
            f"b.png is a damaged PNG: its compressed Open Badges chunk cannot be decompressed. {AGAIN}",
        ),
        (
            DamagedPng("b.png", "inflate_short"),
            f"b.png is a damaged PNG: its compressed Open Badges chunk is cut short. {AGAIN}",
        ),
        (NoValidChunk("b.png", 33), f"b.png is a damaged PNG: there is no valid chunk at byte 33. {AGAIN}"),
        (
            ChunkPastEnd("b.png", "iTXt", 33, 500, 90),
            "b.png is a damaged PNG: its iTXt chunk at byte 33 claims 500 bytes, past the end of the file "
            f"(90 bytes): it is truncated or corrupt. {AGAIN}",
        ),
        (
            ChunkChecksum("b.png", "iTXt", 33),
            f"b.png is a damaged PNG: the checksum (CRC) of its iTXt chunk at byte 33 does not match. {AGAIN}",
        ),
        (
            UnknownCompression("b.png", 2, 0),
            "b.png is a damaged PNG: its Open Badges iTXt chunk uses an unknown compression (flag 2, method 0). "
            + AGAIN,
        ),
        (
            MetadataNotUtf8("b.png", 5, False),
            f"b.png: the badge metadata is not valid UTF-8 text (bad byte at offset 5). The file is corrupt. {AGAIN}",
        ),
        (
            MetadataNotUtf8("b.json", 2, True),
            "b.json is not valid UTF-8 text (bad byte at offset 2), so it is not an Open Badges JSON file.",
        ),
        (
            MetadataTooLarge("b.png", 4 * 1024 * 1024),
            "b.png: the badge metadata is larger than 4 MB, far more than any real badge holds; onepoints "
            "refuses it. Check that this is the badge file downloaded from the issuer.",
        ),
        (
            UnsafeEntity("b.svg", "xxe", "external", 0),
            f"b.svg declares an external or parameter XML entity, 'xxe'; {SAFE}",
        ),
        (
            UnsafeEntity("b.svg", "lol1", "nested", 0),
            f"b.svg declares an XML entity built from other entities (the 'billion laughs' pattern), 'lol1'; {SAFE}",
        ),
        (
            UnsafeEntity("b.svg", "big", "long", 4096),
            f"b.svg declares an XML entity longer than 4096 characters, 'big'; {SAFE}",
        ),
        (
            UnsafeEntity("b.svg", "big", "expanding", 16 * 1024 * 1024),
            f"b.svg declares an XML entity that a file this large could expand past 16 MB, 'big'; {SAFE}",
        ),
        (
            MalformedSvg("b.svg", "mismatched tag", 3),
            f"b.svg is not a well-formed SVG/XML file (mismatched tag, line 3). {AGAIN}",
        ),
        (
            UnknownXmlEncoding("b.svg", "unknown encoding: x-bogus"),
            f"b.svg declares a character encoding Python does not know (unknown encoding: x-bogus). {AGAIN}",
        ),
        (
            EmptyBadgeElement("b.svg"),
            "b.svg: its Open Badges element is empty and has no verify attribute, so there is nothing to "
            f"import. {AGAIN}",
        ),
        (
            UnreadableMetadata("b.png"),
            "b.png: the baked badge metadata is neither JSON, a signed badge (JWS) nor a URL, so onepoints "
            f"cannot read it. {AGAIN}",
        ),
        (
            InvalidBadgeJson("b.png", "metadata", "Expecting value", 1, 10),
            f"b.png: the badge metadata is not valid JSON (Expecting value at line 1, column 10). The file is "
            f"corrupt. {AGAIN}",
        ),
        (
            UnreadableBadgeJson("b.png", "jws_payload"),
            f"b.png: the signed badge's payload is JSON onepoints cannot read. {AGAIN}",
        ),
        (
            BadgeJsonNotObject("b.png", "jws_payload"),
            "b.png: the signed badge's payload is JSON but not an object, so it is not an Open Badges "
            f"assertion or credential. {AGAIN}",
        ),
        (
            JwsPayloadNotText("b.png"),
            "b.png: the signed badge (JWS) has a payload that is not base64url-encoded UTF-8 text. The file "
            f"is corrupt. {AGAIN}",
        ),
        (
            NotAnAward("b.json", ("Achievement", "BadgeClass")),
            "b.json describes a badge (Achievement/BadgeClass) but is not an award of it to you: import the "
            "badge you earned, as downloaded from the issuer.",
        ),
        (
            NotAnAssertion("b.json"),
            "b.json holds JSON that is not an Open Badges assertion or credential (it has neither 'badge' "
            f"nor 'credentialSubject'). {AGAIN}",
        ),
        (
            BadBadgeDate("d.json", "expires", None, "'soon'"),
            "d.json: the badge's expiry date 'soon' is not a date onepoints can read (expected ISO 8601 such "
            "as 2025-03-31 or 2025-03-31T12:00:00Z, or Unix seconds).",
        ),
        (
            BadBadgeDate("b.png", "issued", "nbf", "'x'"),
            "b.png: the badge's issue date (nbf) 'x' is not a date onepoints can read (expected ISO 8601 "
            "such as 2025-03-31 or 2025-03-31T12:00:00Z, or Unix seconds).",
        ),
        (
            BadgeNamesMicro("oca", "OneStream Certified Associate", "Workflow Essentials"),
            "This badge's URL is that of certification 'oca' (OneStream Certified Associate), but the badge "
            "names 'Workflow Essentials', a micro-credential. Nothing was changed. To update 'oca' with it "
            'anyway, import it with --id oca; to keep it a certification, give its name too: --name "...Certified...".',
        ),
        (
            BadgeImportedAs(URL, "oca"),
            f"This badge ({URL}) is already imported as certification 'oca': import it with --id oca, or "
            "without --id, to update that one.",
        ),
        (
            SeveralNamed("OCA", ("a", "b")),
            "Several certifications are named 'OCA' (a, b): say which one this badge is with --id.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            BadgeLacksFields(OB2, ("name", "expires"), URL),
            f"The badge file ({OB2}) does not give the certification's name and expiry date (it names only the "
            f'badge: {URL}); a certification needs a name and an expiry date. Give them: --name "OneStream '
            'Certified Associate" --expires YYYY-MM-DD (the expiry is in CertMetrics > Certifications > Status, '
            "or on the badge's Credly page). Or download the badge from Credly again in its Open Badges 3.0 "
            "version, which carries the name, and the expiry date when the badge has one.",
        ),
        (
            BadgeLacksFields(OB3, ("expires",), URL),
            f"The badge file ({OB3}) does not give the certification's expiry date; a certification needs a name "
            "and an expiry date. Give it: --expires YYYY-MM-DD (the expiry is in CertMetrics > Certifications > "
            "Status, or on the badge's Credly page). Open Badges 3.0 badges carry an expiry date only when the "
            "badge has one.",
        ),
        (
            BadgeLacksFields(OB3, ("name",), None),
            f"The badge file ({OB3}) does not give the certification's name; a certification needs a name and "
            'an expiry date. Give it: --name "OneStream Certified Associate". Open Badges 3.0 badges carry an '
            "expiry date only when the badge has one.",
        ),
    ],
)
def test_a_badge_without_name_or_expiry_names_the_options(problem: Problem, text: str) -> None:
    assert word(problem) == text
