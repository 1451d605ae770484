"""domain/models.py: the ledger's records as immutable values, and `replace`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain import rules
from onepoints_cli.domain.models import SCHEMA_VERSION, Activity, Ledger, Settings, replace
from tests.support.builders import activity, cert


def test_replace_makes_a_changed_copy_of_the_same_type_and_leaves_the_record():
    original = activity(1)
    changed = replace(original, title="New", points=Decimal(3))
    assert type(changed) is Activity
    assert (changed.title, changed.points) == ("New", Decimal(3))
    assert (original.title, original.points) == ("Activity 1", Decimal(1))
    assert changed[2:4] == original[2:4]  # date and kind untouched


def test_replace_refuses_a_field_the_record_does_not_have():
    with pytest.raises(ValueError, match="pointz"):
        replace(activity(1), pointz=Decimal(3))


def test_records_cannot_be_changed_in_place():
    record = cert()
    with pytest.raises(AttributeError):
        record.expires = dt.date(2030, 1, 1)  # type: ignore[misc]


def test_an_empty_ledger_and_default_settings():
    ledger = Ledger()
    assert ledger.schema_version == SCHEMA_VERSION
    assert ledger.next_activity_id == 1
    assert (
        ledger.certifications
        == ledger.activities
        == ledger.bundles
        == ledger.extensions
        == ledger.exams
        == ()
    )
    settings = Settings()
    assert (settings.lead_days, settings.warn_days, settings.history_keep) == (
        rules.DEFAULT_LEAD_DAYS,
        rules.DEFAULT_WARN_DAYS,
        rules.DEFAULT_HISTORY_KEEP,
    )
    assert settings.copy_evidence is False and settings.kinds == {}


@given(title=st.text(max_size=10), points=st.decimals(min_value=0, max_value=100, places=2))
def test_replace_then_replace_back_is_the_original(title, points):
    original = activity(1)
    there = replace(original, title=title, points=points)
    assert replace(there, title=original.title, points=original.points) == original
