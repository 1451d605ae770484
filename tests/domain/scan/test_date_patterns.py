"""A value that says only when: a date or a range with at most weekdays around it."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.date_patterns import only_a_date


@pytest.mark.parametrize(
    ("value", "when"),
    [
        ("dinsdag 12 t/m donderdag 14 mei 2026", True),
        ("Tuesday, May 12, 2026", True),
        ("WAVE Italia 2026 – 20 ottobre 2026", False),  # an event's name with its day
        ("Cube Views Deep Dive", False),  # no date at all
    ],
)
def test_only_a_date(value, when):
    assert only_a_date(value) is when
