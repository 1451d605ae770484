"""A mail program's stamp, the day a message was sent, told from an event's day."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.mail_stamps import mail_stamp


def _at(line: str, date: str) -> bool:
    start = line.index(date)
    return mail_stamp(line, start, start + len(date))


@pytest.mark.parametrize(
    ("line", "date", "stamp"),
    [
        ("Fri, Nov 13, 2026 at 8:02 AM", "Nov 13, 2026", True),
        ("Alex Morgan <alex@example.com>   Fri, Nov 13, 2026 at 8:02 AM", "Nov 13, 2026", True),
        ("When: Thursday, Nov 19, 2026 at 11:00 AM ET", "Nov 19, 2026", False),
        ("Webinar on Nov 19, 2026 at 11:00 AM", "Nov 19, 2026", False),
    ],
)
def test_a_stamp_alone_or_beside_an_address_is_a_sent_day(line, date, stamp):
    assert _at(line, date) is stamp


@pytest.mark.parametrize(
    ("line", "date", "stamp"),
    [
        ("12/7/26, 3:51 AM My Certificates", "12/7/26", True),  # Chromium's print header
        ("10 Mar 2026, 09:00 CET", "10 Mar 2026", False),  # an event's start and time
        ("Start: 12/7/26, 3:51 PM Webinar", "12/7/26", False),  # a label before it
    ],
)
def test_a_browsers_print_header_is_the_day_it_printed(line, date, stamp):
    assert _at(line, date) is stamp
