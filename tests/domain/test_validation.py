"""domain/validation.py: what a ledger must hold, and the amounts and texts the user types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.ledger_faults import Entry, LedgerFault, UnknownActivityRefs, UnknownCertRef
from onepoints_cli.domain.models import Bundle, Extension, Ledger
from onepoints_cli.domain.problems import BadAmount
from onepoints_cli.domain.validation import ledger_problems, parse_amount, points_text
from tests.support.builders import SHA, activity, cert

DAY = dt.date(2025, 6, 1)


def bundle(activities: tuple[int, ...], cert_id: str = "oca") -> Bundle:
    return Bundle(1, cert_id, DAY, DAY, activities, Decimal(40), "/bundles/b.zip", SHA)


def extension(activities: tuple[int, ...], cert_id: str = "oca") -> Extension:
    return Extension(1, cert_id, DAY, dt.date(2027, 3, 31), dt.date(2029, 3, 31), activities)


def problems(**records) -> list[LedgerFault]:
    ledger = Ledger(
        next_activity_id=3, certifications=(cert(),), activities=(activity(1), activity(2)), **records
    )
    return list(ledger_problems(ledger))


def test_a_sound_ledger_has_no_problem():
    assert problems(bundles=(bundle((1, 2)),), extensions=(extension((1,)),)) == []


@pytest.mark.parametrize("section", ["bundles", "extensions"])
def test_an_unknown_certification_is_named(section):
    record = bundle((1,), "ocp") if section == "bundles" else extension((1,), "ocp")
    assert problems(**{section: (record,)}) == [UnknownCertRef(Entry(section, 0, 1), "ocp")]


def test_an_extension_must_name_activities_that_exist_a_bundle_need_not():
    # A bundle is history: the activities it held may be removed later.
    assert problems(bundles=(bundle((1, 9)),)) == []
    assert problems(extensions=(extension((1, 9)),)) == [UnknownActivityRefs(Entry("extensions", 0, 1), (9,))]


@pytest.mark.parametrize(
    ("text", "value"), [("3", Decimal(3)), ("2.5", Decimal("2.5")), (" 14 ", Decimal(14))]
)
def test_amounts_typed_by_the_user(text, value):
    assert parse_amount(text, "--points") == value


def test_an_amount_that_is_not_a_number_is_refused():
    with pytest.raises(BadAmount) as refused:
        parse_amount("one", "--hours")
    assert refused.value == BadAmount("--hours", "one", "not_a_number")


def test_points_are_shown_without_a_needless_decimal():
    assert points_text(Decimal("14.0")) == "14" and points_text(Decimal("2.50")) == "2.5"
