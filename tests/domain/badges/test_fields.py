"""domain/badges/fields.py: what an Open Badges document says, read through parse_badge's JSON path."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onepoints_cli.domain.badges import OB1, OB2, OB3, is_certification, parse_badge
from onepoints_cli.domain.badges.problems import BadBadgeDate, NotAnAssertion, NotAnAward

ACHIEVEMENT = "https://www.credly.com/org/onestream/badge/oca"


def _ob3(**changes) -> dict:
    doc = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "id": "https://credly.example/credential/123",
        "name": "Ann Example",  # the credential document's name: at Credly, the earner
        "issuer": {"name": "OneStream Software"},
        "validFrom": "2025-03-31T12:00:00Z",
        "validUntil": "2027-03-31T12:00:00Z",
        "credentialSubject": {"achievement": {"id": ACHIEVEMENT, "name": "OneStream Certified Associate"}},
    }
    doc.update(changes)
    return doc


def _parse(doc: dict):
    return parse_badge(json.dumps(doc).encode(), "badge.json")


def test_an_ob3_credential_names_the_achievement_not_the_earner():
    info = _parse(_ob3())
    assert (info.spec, info.name, info.issuer, info.badge_url) == (
        OB3,
        "OneStream Certified Associate",
        "OneStream Software",
        ACHIEVEMENT,
    )
    assert (info.issued, info.expires) == (dt.date(2025, 3, 31), dt.date(2027, 3, 31))
    assert info.missing == () and info.signed is False


def test_an_embedded_proof_marks_the_badge_signed():
    assert _parse(_ob3(proof={"type": "Ed25519Signature2020"})).signed is True


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2027-03-31T23:30:00-05:00", dt.date(2027, 4, 1)),  # the UTC date: already the next day there
        ("2027-03-31T00:30:00+02:00", dt.date(2027, 3, 30)),
        ("2027-03-31t12:00:00z", dt.date(2027, 3, 31)),  # RFC 3339 allows lower case
        ("2027-03-31", dt.date(2027, 3, 31)),
        (1806451200, dt.date(2027, 3, 31)),  # Unix seconds: 2027-03-31T00:00:00Z
        (1806451199, dt.date(2027, 3, 30)),  # one second before
        ("1806451200", dt.date(2027, 3, 31)),
    ],
)
def test_dates_are_read_as_utc_days(value, day):
    assert _parse(_ob3(validUntil=value)).expires == day


@pytest.mark.parametrize("value", ["31/03/2027", "soon", True, [2027]])
def test_an_unreadable_date_is_refused_naming_it(value):
    with pytest.raises(BadBadgeDate) as refused:
        _parse(_ob3(validUntil=value))
    assert refused.value == BadBadgeDate(refused.value.source, "expires", None, repr(value))


def test_a_missing_expiry_is_listed_as_missing():
    doc = _ob3()
    del doc["validUntil"]
    info = _parse(doc)
    assert info.expires is None and info.missing == ("expires",)


def test_an_ob2_assertion_with_the_badge_as_a_url():
    doc = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "badge": "https://api.credly.example/badge_class/abc",
        "issuedOn": "2025-03-31T10:00:00Z",
    }
    info = _parse(doc)
    assert (info.spec, info.badge_url, info.name, info.issued) == (
        OB2,
        "https://api.credly.example/badge_class/abc",
        None,
        dt.date(2025, 3, 31),
    )
    assert info.missing == ("name", "expires", "issuer")


def test_an_ob1_assertion_without_a_context():
    info = _parse(
        {
            "badge": {"name": " OneStream Certified Lead ", "issuer": {"name": "OneStream"}},
            "expires": "2027-01-01",
        }
    )
    assert (info.spec, info.name, info.expires) == (OB1, "OneStream Certified Lead", dt.date(2027, 1, 1))


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ({"type": "BadgeClass", "name": "x"}, NotAnAward),
        ({"hello": "world"}, NotAnAssertion),
    ],
)
def test_json_that_awards_nothing_is_refused(doc, problem):
    with pytest.raises(problem) as refused:
        _parse(doc)
    if problem is NotAnAward:
        assert refused.value.types == ("BadgeClass",)


@pytest.mark.parametrize(
    ("name", "certification"),
    [
        ("OneStream Certified Associate", True),
        ("ONESTREAM CERTIFIED ASSOCIATE", True),
        ("OneStream Certi fied\u00a0Associate", True),
        ("OneStream Certification: Lead Architect", True),
        ("Ｃｅｒｔｉｆｉｅｄ", True),  # full-width letters, NFKC
        ("OneStream Workflow Essentials", False),
        ("Certify yourself", False),
    ],
)
def test_is_certification(name, certification):
    assert is_certification(name) is certification
