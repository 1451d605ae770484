"""Honest confidence: the rules that keep a wrong title, kind or figure from
being shown as found, and the documents that are not evidence. Every text
here is made up for the test (none is copied from a corpus document)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_kinds import guess_kind
from onepoints_cli.domain.scan.headings import heading
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.layout import paired_lines
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.titles import pick_title


def _row(y: float, *cells: tuple[float, str], size: float = 11) -> Line:
    return Line(" ".join(text for _, text in cells), size, cells, y)


def test_a_form_pairs_each_label_with_the_value_beside_it_and_its_wrapped_line():
    lines = (
        _row(700, (60, "Learning Record"), size=13),
        _row(680, (60, "Module name"), (250, "Cash Planning Basics for")),
        _row(668, (250, "Treasury Teams")),
        _row(655, (60, "Finished Date"), (250, "2024-11-05")),
        _row(640, (60, "Credit hours"), (250, "2.5")),
    )
    pairs = paired_lines(lines)
    assert pairs[:3] == [
        "Module name: Cash Planning Basics for Treasury Teams",
        "Finished Date: 2024-11-05",
        "Credit hours: 2.5",
    ]


def test_a_header_row_over_names_is_no_form():
    lines = (_row(700, (60, "Panel"), (250, "Moderator")), _row(685, (60, "Budget Talk"), (250, "Ada Byron")))
    assert not [pair for pair in paired_lines(lines) if pair.startswith("Panel: Moderator")]


def test_a_total_row_wins_over_the_first_row_of_a_credits_table():
    lines = (
        _row(500, (60, "Subject area"), (230, "CPE credits")),
        _row(480, (60, "Auditing"), (230, "0.5")),
        _row(460, (60, "Taxes"), (230, "1.5")),
        _row(440, (60, "Total"), (230, "2.0")),
    )
    text = "\n".join(line.text for line in lines) + "\n" + "\n".join(paired_lines(lines))
    assert hours_from_text(text)[:2] == (Decimal("2"), "found")


@pytest.mark.parametrize(
    "big",
    [
        "PARTICIPATION RECORD",
        "Attendance Certificate",
        "Certificate of Completion – CPE",
        "Course Transcript",
    ],
)
def test_a_heading_that_names_the_document_type_is_no_title(big):
    lines = (
        _row(700, (60, big), size=22),
        _row(650, (60, "Ada Byron"), size=11),
        _row(630, (60, "x"), size=11),
    )
    assert heading(lines) is None


def test_the_words_after_completed_date_are_no_title():
    text = "Completed Date 2024-03-03\nIssued to Ada Byron"
    assert pick_title(None, None, text, "record.pdf").confidence == "guessed"


def test_an_earning_criteria_sentence_is_no_title_and_the_badge_name_is():
    text = "Acme has issued you a new badge:\nLedger Basics Explorer\nCriteria: completed 4.5 hours of self-study"
    assert pick_title(None, None, text, "b.eml")[:2] == ("Ledger Basics Explorer", "guessed")
    assert hours_from_text(text)[:2] == (Decimal("4.5"), "found")
    assert pick_title(None, None, "Criteria: completed 4.5 hours of self-study.", "b.eml").value != (
        "4.5 hours of self-study"
    )


def test_a_title_wrapped_in_a_sentence_is_joined_or_guessed():
    joined = (
        "We confirm that you completed Rolling Forecasts for\nRetail Planners (virtual), held 2-3 May 2024."
    )
    assert pick_title(None, None, joined, "l.pdf")[:2] == ("Rolling Forecasts for Retail Planners", "guessed")
    graded = "Ada has completed the course Rolling Forecasts\nfor Retail Planners with a grade of 88%."
    assert pick_title(None, None, graded, "l.pdf")[:2] == ("Rolling Forecasts for Retail Planners", "guessed")
    unknown = "Ada completed Rolling Forecasts\nfor Retail Planners and many other things"
    assert pick_title(None, None, unknown, "l.pdf").confidence == "guessed"


def test_a_table_row_is_not_the_title_of_a_page_with_its_own_heading():
    lines = (
        _row(720, (60, "Summit North 2026 — Your Agenda"), size=20),
        _row(690, (60, "Day"), (150, "Time"), (250, "Session")),
        _row(670, (60, "Mon 2 Mar"), (150, "09:00–10:00"), (250, "Opening: Ten Ideas")),
        _row(650, (60, "Tue 3 Mar"), (150, "11:00–12:00"), (250, "Close and Report")),
    )
    text = "\n".join(line.text for line in lines) + "\n" + "\n".join(paired_lines(lines))
    title = pick_title(None, None, text, "a.pdf", lines)
    assert title[:2] == ("Summit North 2026", "guessed")


@pytest.mark.parametrize("quoted", ["„Planung mit Treibern“", "« Planification agile »", "‚Kurz‘"])
def test_opening_quotes_are_stripped_like_closing_ones(quoted):
    assert strip_title(quoted)[0].isalpha() and strip_title(quoted)[-1].isalpha()


def test_presenting_a_webinar_is_hosting_and_group_internet_based_is_a_webinar():
    hosted = guess_kind("Driver Trees", "In recognition of presenting the OneStream webinar\nDriver Trees")
    assert hosted.value == "webinar-host"
    for text in (
        "in grateful recognition of serving as presenter of the member webinar",
        "in grateful recognition of presenting the session\nat our partner webinar Finance Live",
    ):
        assert guess_kind("Month-End in Five Days", text).value == "webinar-host"
    nasba = guess_kind(
        "Lease Accounting Update", "Certificate of Completion\nDelivery method: Group Internet Based"
    )
    assert (nasba.value, nasba.confidence) == ("webinar", "guessed")


@pytest.mark.parametrize(
    "subject",
    [
        "Absage: OneStream Tech Talk Budgets",
        "Annulé : OneStream webinar Budgets",
        "Cancelación: OneStream webinar Budgets",
        "Geannuleerd: OneStream webinar Budgets",
        "Annullato: OneStream webinar Budgets",
        "Cancelado: OneStream webinar Budgets",
        "Canceled: OneStream webinar Budgets",
    ],
)
def test_a_cancellation_in_any_language_is_not_evidence(subject):
    result = propose(Source("c.eml", "0" * 64, "email", "See you another time. 4 May 2025", subject=subject))
    assert isinstance(result, Skip) and result.reason == Reason("cancelled")


def test_another_organisers_event_with_onestream_as_a_guest_is_not_evidence():
    body = "Thanks for registering for Acme Summit, 3 June 2025.\nPanel (guest speaker from OneStream)."
    result = propose(Source("r.eml", "0" * 64, "email", body, subject="You're registered: Acme Summit"))
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")
    certificate = (
        "Certificate of Completion\nBudget Drivers\n3 June 2025\nCPE credits: 1\nSponsor: OneStream Software"
    )
    assert isinstance(propose(Source("c.pdf", "0" * 64, "pdf", certificate)), Proposal)


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Total contact hours: 12", "12"), ("You completed 3.5 hours of instructor-led training.", "3.5")],
)
def test_stated_hours_are_found(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


def test_a_line_naming_a_onestream_webinar_is_a_title_whole():
    text = "Booking confirmed | Portal\nYou're booked!\nOneStream Webinar: Cash Flow Drivers Explained\nDate: 3/4/2026"
    assert pick_title(None, None, text, "Booking confirmed.html")[:2] == (
        "OneStream Webinar: Cash Flow Drivers Explained",
        "found",
    )


def test_a_heading_naming_only_the_issuer_and_the_document_does_not_contradict_a_labelled_title():
    lines = (
        _row(740, (72, "OneStream University – Learning Transcript"), size=16),
        _row(700, (72, "Learning path: Close Basics"), size=11),
        _row(680, (72, "Status: done"), size=11),
    )
    text = "\n".join(line.text for line in lines)
    assert pick_title(None, None, text, "t.pdf", lines)[:2] == ("Close Basics", "found")


@pytest.mark.parametrize(("chair", "kind"), [(True, "webinar-host"), (False, "webinar")])
def test_an_invitation_that_makes_you_its_chair_is_hosting(chair, kind):
    event = Event(
        "OneStream Webinar: Tax Provision", dt.date(2025, 12, 9), dt.timedelta(hours=1), chair=chair
    )
    result = propose(Source("w.ics", "0" * 64, "ics", "", event=event))
    assert isinstance(result, Proposal)
    assert result.kind[:2] == (kind, "found")


@pytest.mark.parametrize(
    ("body", "hours", "note"),
    [
        # a conference day, doors to close: no count of the sessions attended
        (
            "Your ticket for OneStream WAVE Nordics 2026.\n14 October 2026, 08:30 - 17:00.",
            None,
            "conference-day",
        ),
        # an agenda of several sessions: which ones the holder attends is not known
        (
            "Your Splash 2026 agenda, 14 October 2026:\n09:00 - 10:00 Keynote\n11:00 - 12:30 Consolidation lab",
            None,
            "conference-day",
        ),
        # a Splash workshop's own time range is still its length
        (
            "Your seat for the Splash 2026 workshop is confirmed.\n14 October 2026, 13:00 - 16:00.",
            "3",
            "time-range",
        ),
        # a course's day stays its hours: the rule is a conference's
        (
            "Your seat for the OneStream course is confirmed.\n14 October 2026, 09:00 - 17:00.",
            "8",
            "time-range",
        ),
    ],
)
def test_a_conference_days_opening_hours_are_left_to_the_holder(body, hours, note):
    result = propose(Source("t.eml", "0" * 64, "email", body, subject="Ticket"))
    assert isinstance(result, Proposal)
    assert result.hours.value == (Decimal(hours) if hours else None)
    assert result.hours.note is not None and result.hours.note.kind == note


def _cells(y: float, *cells: tuple[float, str]) -> Line:
    return Line("  ".join(text for _, text in cells), 8, cells, y)


def test_a_cpe_transcripts_onestream_row_gives_the_title_day_and_credits_all_guessed():
    columns = (40.0, 100.0, 300.0, 420.0)
    lines = (
        Line("Calloway Brandt LLP", 15, ((40.0, "Calloway Brandt LLP"),), 570),
        _cells(528, (40.0, "Run date: 12/01/2026 07:14 ET")),
        _cells(450, *zip(columns, ("Completed", "Course title", "Delivery method", "CPE"), strict=True)),
        _cells(
            433,
            *zip(columns, ("06/18/2026", "Independence and Ethics Update", "Self Study", "2.0"), strict=True),
        ),
        _cells(
            419,
            *zip(columns, ("07/09/2026", "Revenue Recognition Deep Dive", "Group Live", "8.0"), strict=True),
        ),
        _cells(
            363,
            *zip(
                columns,
                ("10/14/2026", "OneStream Platform: Consolidation for", "Group Live", "4.0"),
                strict=True,
            ),
        ),
        _cells(353, (100.0, "Auditors (Virtual Classroom)")),
        _cells(
            339, *zip(columns, ("11/05/2026", "SOX 404 Controls Refresher", "Self Study", "1.5"), strict=True)
        ),
        _cells(30, (40.0, "CPE credits are based on a 50-minute hour. Page 1 of 1")),
    )
    text = "\n".join(line.text for line in lines)
    result = propose(Source("t.pdf", "0" * 64, "pdf", text, lines=lines))
    assert isinstance(result, Proposal)
    assert result.title[:2] == ("OneStream Platform: Consolidation for Auditors", "guessed")
    assert result.date[:2] == (dt.date(2026, 10, 14), "guessed")
    assert result.hours[:2] == (Decimal(4), "guessed")


@pytest.mark.parametrize(
    ("text", "hours", "confidence"),
    [
        ("Durata complessiva: 3 ore e 30 minuti (inclusa una pausa caffè di 15 minuti).", "3.5", "found"),
        # "a 50-minute hour" is no length of 50 minutes; credits of 50 minutes are not clock hours either
        ("CPE credits: 1.0\nCPE credits are based on a 50-minute hour.", "1", "guessed"),
        ("CPE credits: 1.0", "1", "found"),
    ],
)
def test_a_whole_length_keeps_its_minutes_and_a_credits_worth_is_no_length(text, hours, confidence):
    assert hours_from_text(text)[:2] == (Decimal(hours), confidence)
