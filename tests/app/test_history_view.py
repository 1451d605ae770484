"""app/history_view.py: the history as it stood on a day (`history --as-of`)."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.app.history_view import written_on, written_until
from onepoints_cli.storage.ledger.history_files import Entry
from onepoints_cli.storage.ledger.versions import Version

DAY = dt.date(2026, 3, 2)


def _v(version: int, time: str | None) -> Version:
    return Version(Entry(version, time, "onepoints add", "add", 0, None, (), None), None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("time", "day"),
    [
        ("2026-03-02T23:59:59+14:00", DAY),  # the writer's own calendar day, not UTC's
        ("2026-03-02T00:00:00-12:00", DAY),
        ("2026-03-02", DAY),
        ("", None),
        ("garbage time", None),
        (None, None),
    ],
)
def test_written_on_is_the_writers_day(time, day):
    assert written_on(_v(1, time)) == day


@pytest.mark.parametrize(
    ("last_time", "kept"),
    [
        ("2026-03-02T23:59:59+01:00", [1, 2, 3]),  # written on the day itself: kept
        ("2026-03-03T00:00:00+01:00", [1, 2]),  # the day after: not
    ],
)
def test_written_until_keeps_versions_up_to_the_day(last_time, kept):
    found = [_v(1, "2026-03-01T10:00:00+01:00"), _v(2, "2026-03-02T09:00:00+01:00"), _v(3, last_time)]
    assert [v.entry.version for v in written_until(found, DAY)] == kept


def test_a_version_whose_time_does_not_read_is_kept():
    found = [_v(1, "2026-03-01T10:00:00+00:00"), _v(2, "unreadable"), _v(3, "2026-03-01T11:00:00+00:00")]
    assert [v.entry.version for v in written_until(found, DAY)] == [1, 2, 3]


def test_a_clock_set_back_cannot_bring_a_later_version_in():
    found = [
        _v(1, "2026-03-01T10:00:00+00:00"),
        _v(2, "2026-03-05T10:00:00+00:00"),
        _v(3, "2026-03-01T12:00:00+00:00"),
    ]
    assert [v.entry.version for v in written_until(found, DAY)] == [1]


def test_nothing_before_the_first_version():
    assert written_until([_v(1, "2026-03-03T00:00:00+00:00")], DAY) == []
    assert written_until([], DAY) == []
