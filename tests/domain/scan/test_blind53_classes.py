"""Classes of misses the blind53 to blind55 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Proposal, Source


def _page(name: str, text: str) -> Proposal:
    result = propose(Source(f"{name}.html", "0" * 64, "html", text, subject=name))
    assert isinstance(result, Proposal)
    return result


_DAY_GRID = "\n".join(str(day) for day in range(1, 31))


@pytest.mark.parametrize("view", ["Work week", "Week", "Month", "Arbeitswoche", "Semaine de travail"])
def test_a_calendar_pages_view_is_not_the_events_days(view):
    text = (
        f"Today November 16–20, 2026   {view}\nContoso Webinar: Intercompany Matching in OneStream\n"
        "Thu 11/19/2026 12:00 PM - 1:00 PM\n"
    )
    assert pick_date(text).value == dt.date(2026, 11, 19)


def test_a_range_that_is_an_events_days_still_counts():
    assert pick_date("Splash Europe, November 16–18, 2026, Lisbon\n").value == dt.date(2026, 11, 16)


@pytest.mark.parametrize("name", ["Calendar - Alex Martin - Outlook", "Mail - Alex Martin - Outlook"])
def test_a_page_saved_from_outlook_on_the_web_takes_its_events_line_under_a_grid_of_days(name):
    text = (
        f"{name}\nNew event\nNovember 2026\n{_DAY_GRID}\nMy calendars\n"
        "Contoso Finance Webinar: Intercompany Matching in OneStream\n"
        "Thu 11/19/2026 12:00 PM - 1:00 PM\nMicrosoft Teams Meeting\n"
    )
    assert _page(name, text).title.value == "Intercompany Matching in OneStream"
