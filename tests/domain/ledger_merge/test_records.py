"""domain/ledger_merge/records.py: the ledger's sections as a merge sees them, by key."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.ledger_merge.records import (
    NUMBERED,
    SECTIONS,
    by_key,
    differing,
    differing_keys,
    key_of,
    shared_keys,
)
from onepoints_cli.domain.models import ExamAttempt, Ledger, replace
from tests.support.builders import activity, cert

DAY = dt.date(2026, 1, 5)


def test_sections_are_every_tuple_field_of_a_ledger_and_numbered_ones_a_subset():
    tuple_fields = [f for f in Ledger._fields if isinstance(getattr(Ledger(), f), tuple)]
    assert list(SECTIONS) == tuple_fields
    assert set(NUMBERED) <= set(SECTIONS)


def test_keys_are_ids_or_exam_and_day():
    assert key_of(activity(3)) == 3
    assert key_of(cert(id="oca")) == "oca"
    assert key_of(ExamAttempt("OS-201", DAY, "pass")) == ("OS-201", DAY)


def test_differing_keys_name_added_removed_and_changed_records():
    a = Ledger(certifications=(cert(),), activities=(activity(1), activity(2)))
    b = Ledger(
        certifications=(replace(cert(), expires=dt.date(2030, 1, 1)),),
        activities=(activity(2), activity(3)),
        exams=(ExamAttempt("OS-201", DAY, "pass"),),
    )
    assert sorted(differing_keys(a, b), key=str) == sorted(
        [("certifications", "oca"), ("activities", 1), ("activities", 3), ("exams", ("OS-201", DAY))], key=str
    )
    assert differing(a, b) == 4
    assert shared_keys(a, b) == 2  # oca (changed) and activity 2
    assert by_key(b, "exams") == {("OS-201", DAY): b.exams[0]}


@given(st.sets(st.integers(1, 8)), st.sets(st.integers(1, 8)))
def test_differing_and_shared_count_by_key(left, right):
    a = Ledger(activities=tuple(activity(i) for i in sorted(left)))
    b = Ledger(activities=tuple(activity(i) for i in sorted(right)))
    assert differing(a, b) == len(left ^ right) == differing(b, a)
    assert shared_keys(a, b) == len(left & right)
    assert differing(a, a) == 0
