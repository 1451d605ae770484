"""domain/badges/certification.py: a certification added or updated from a badge's metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from onepoints_cli.domain.badges import OB2, OB3, BadgeInfo
from onepoints_cli.domain.badges.certification import import_badge
from onepoints_cli.domain.badges.notes import (
    Changed,
    ExpiryEarlier,
    ForeignIssuer,
    FromOptions,
    KeptFields,
    MatchedByName,
    SignatureNotChecked,
)
from onepoints_cli.domain.badges.problems import (
    BadgeImportedAs,
    BadgeLacksFields,
    BadgeNamesMicro,
    SeveralNamed,
)
from onepoints_cli.domain.models import Certification, Ledger, replace

URL = "https://www.credly.com/org/onestream/badge/oca"
NAME = "OneStream Certified Associate"
ISSUED = dt.date(2025, 3, 31)
EXPIRES = dt.date(2027, 3, 31)


def _info(**changes) -> BadgeInfo:
    base = BadgeInfo(
        name=NAME,
        issued=ISSUED,
        expires=EXPIRES,
        issuer="OneStream Software",
        badge_url=URL,
        spec=OB3,
        signed=False,
        missing=(),
    )
    return dataclasses.replace(base, **changes)


def _imported() -> Certification:
    return Certification("oca", NAME, EXPIRES, ISSUED, False, URL)


def test_a_new_badge_adds_a_certification_with_an_id_made_from_its_name():
    ledger, saved, created, notes = import_badge(Ledger(), _info())
    assert created is True
    assert saved == _imported()
    assert ledger.certifications == (saved,)
    assert notes == []


def test_a_badge_without_certified_in_its_name_is_a_micro_credential():
    _, saved, _, _ = import_badge(Ledger(), _info(name="OneStream Workflow Essentials"))
    assert saved.micro is True


def test_options_override_the_file_and_are_noted():
    _, saved, _, notes = import_badge(
        Ledger(), _info(), cert_id="mine", expires=dt.date(2027, 6, 30), earned=ISSUED
    )
    assert (saved.id, saved.expires, saved.earned) == ("mine", dt.date(2027, 6, 30), ISSUED)
    # Only the option that differs from the file is named as overriding it.
    assert notes == [FromOptions(("expires", "earned"), (("expires", dt.date(2027, 3, 31)),))]


def test_a_renewed_badge_updates_the_certification_imported_from_the_same_url():
    ledger = Ledger(certifications=(_imported(),))
    later = dt.date(2029, 3, 31)
    ledger, saved, created, notes = import_badge(ledger, _info(expires=later, name="Renamed Certified X"))
    assert created is False
    assert ledger.certifications == (replace(_imported(), expires=later, name="Renamed Certified X"),)
    assert notes == [
        Changed(
            (("name", NAME, "Renamed Certified X"), ("expires", dt.date(2027, 3, 31), dt.date(2029, 3, 31)))
        )
    ]


def test_reimporting_the_same_badge_changes_nothing_and_says_nothing():
    ledger = Ledger(certifications=(_imported(),))
    updated, saved, created, notes = import_badge(ledger, _info())
    assert (updated, created, notes) == (ledger, False, [])


def test_a_badge_whose_expiry_is_earlier_is_applied_with_a_note():
    ledger = Ledger(certifications=(replace(_imported(), expires=dt.date(2029, 3, 31)),))
    _, saved, _, notes = import_badge(ledger, _info())
    assert saved.expires == EXPIRES
    assert notes[0] == ExpiryEarlier("oca", dt.date(2029, 3, 31), dt.date(2027, 3, 31))


def test_a_certification_added_by_hand_is_matched_by_its_name_ignoring_case_and_spaces():
    by_hand = Certification("assoc", "onestream  certified associate", EXPIRES)
    ledger, saved, created, notes = import_badge(Ledger(certifications=(by_hand,)), _info())
    assert created is False and saved.id == "assoc"
    assert saved.badge_url == URL and saved.name == NAME
    assert notes[0] == MatchedByName("assoc")


def test_two_certifications_of_the_name_need_an_id():
    twins = (Certification("a", NAME, EXPIRES), Certification("b", NAME.upper(), EXPIRES))
    with pytest.raises(SeveralNamed) as refused:
        import_badge(Ledger(certifications=twins), _info())
    assert refused.value == SeveralNamed(NAME, ("a", "b"))
    ledger, saved, _, _ = import_badge(Ledger(certifications=twins), _info(), cert_id="b")
    assert saved.id == "b" and ledger.certifications[0] == twins[0]


def test_a_badge_imported_as_one_certification_is_refused_for_another_id():
    ledger = Ledger(certifications=(_imported(), Certification("other", "Other Certified", EXPIRES)))
    with pytest.raises(BadgeImportedAs) as refused:
        import_badge(ledger, _info(), cert_id="other")
    assert refused.value == BadgeImportedAs(URL, "oca")


def test_a_url_now_naming_a_micro_credential_is_refused_unless_the_id_is_given():
    ledger = Ledger(certifications=(_imported(),))
    micro = _info(name="Workflow Essentials")
    with pytest.raises(BadgeNamesMicro) as refused:
        import_badge(ledger, micro)
    assert (refused.value.cert_id, refused.value.badge_name) == ("oca", "Workflow Essentials")
    _, saved, _, _ = import_badge(ledger, micro, cert_id="oca")
    assert saved.micro is True


def test_an_old_download_without_the_fields_keeps_the_recorded_ones():
    ledger = Ledger(certifications=(_imported(),))
    bare = _info(name=None, issued=None, expires=None, spec=OB2, missing=("name", "issued", "expires"))
    updated, saved, _, notes = import_badge(ledger, bare)
    assert saved == _imported()
    assert notes == [KeptFields("oca", ("name", "expires"))]


@pytest.mark.parametrize(
    ("missing", "spec"),
    [({"name": None, "expires": None}, OB2), ({"expires": None}, OB3), ({"name": None}, OB3)],
)
def test_a_new_certification_without_name_or_expiry_names_what_is_missing(missing, spec):
    with pytest.raises(BadgeLacksFields) as error:
        import_badge(Ledger(), _info(spec=spec, **missing))
    assert error.value == BadgeLacksFields(spec, tuple(missing), URL)


def test_a_foreign_issuer_and_a_signature_are_noted():
    _, _, _, notes = import_badge(Ledger(), _info(issuer="Acme Badges", signed=True))
    assert notes == [ForeignIssuer("Acme Badges"), SignatureNotChecked()]
