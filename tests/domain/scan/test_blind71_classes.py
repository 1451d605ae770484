"""Classes of misses the blind71 to blind73 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.found_kinds import guess_kind
from onepoints_cli.domain.scan.headings import heading
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.transcript_rows import onestream_record


def _email(subject: str, body: str) -> Proposal | Skip:
    return propose(Source("m.eml", "0" * 64, "email", body, subject=subject))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "How was the webinar?",
            'Hi Ana,\nHow was "Close Faster with OneStream"?\n1 2 3 4 5\nRate it: https://x.example/s',
        ),
        ("Quick question", "How was the session? Rate it below.\nOneStream Tech Talk: Cube Views\n"),
    ],
)
def test_a_request_to_rate_an_event_is_a_survey(subject, body):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason("survey")


@pytest.mark.parametrize("label", ["Recording length: 57:48", "Video length: 57:48", "Videodauer: 57:48"])
def test_a_recordings_length_is_no_length_of_the_activity(label):
    text = f"Thank you for attending the OneStream webinar (11:00 AM - 12:00 PM EDT).\n{label}\n"
    assert hours_from_text(text).value == Decimal("1")


def test_a_sessions_duration_is_still_read():
    assert hours_from_text("Duration: 1:30\n").value == Decimal("1.5")


@pytest.mark.parametrize(
    "sentence",
    [
        "You're a presenter for this webinar.",
        "You are one of the speakers of this webinar.",
        "you're a co-presenter of this webinar",
    ],
)
def test_being_told_you_are_a_presenter_is_hosting(sentence):
    event = Event("Lease Accounting in OneStream", dt.date(2026, 11, 5), dt.timedelta(hours=1), sentence)
    result = propose(Source("p.ics", "0" * 64, "ics", sentence, event=event))
    assert isinstance(result, Proposal) and result.kind.value == "webinar-host"


@pytest.mark.parametrize("firm", ["Ipê Consultoria em Gestão Ltda.", "TEJO ANALYTICS, LDA.", "Contoso plc"])
def test_a_firm_at_the_top_of_a_certificate_is_no_title(firm):
    lines = (
        Line(firm, 20.0),
        Line("Certificado", 14.0),
        Line("participou no webinar sobre OneStream em 8 de outubro de 2026.", 10.0),
        Line("Contoso, Lda. · Av. da Liberdade 110 · Lisboa", 8.0),
    )
    assert heading(lines) is None


def test_a_title_that_only_names_a_user_group_firm_word_is_still_a_title():
    lines = (Line("Attendee ID SPA-26-55812 Splash Americas 2026", 20.0), Line("verification", 10.0))
    assert heading(lines) == "Attendee ID SPA-26-55812 Splash Americas 2026"


def test_one_day_of_a_conference_named_alone_is_the_sessions_day_guessed():
    text = "Hands-on lab\nBuilding Dashboards\n11 NOV 2026 · 4 HRS\nSplash 2026 · November 10-12, 2026\n"
    field = pick_date(text)
    assert (field.value, field.confidence) == (dt.date(2026, 11, 11), "guessed")


def test_a_table_of_each_day_of_the_conference_leaves_its_first_day():
    text = "WAVE 2026, November 3–4, 2026.\nDay Hours\nTue 11/3/2026 7.0\nWed 11/4/2026 5.5\n"
    assert pick_date(text).value == dt.date(2026, 11, 3)


@pytest.mark.parametrize("summary", ["Block: OneStream prep", "Hold: WAVE travel", "Block : Splash labs"])
def test_the_holders_calendar_block_is_their_own_hold(summary):
    description = "Self-study, no calls. OneStream admin guide ch. 4-6."
    event = Event(summary, dt.date(2026, 11, 20), dt.timedelta(hours=3), description)
    result = propose(Source("b.ics", "0" * 64, "ics", f"{summary}\n{description}", event=event))
    assert isinstance(result, Skip) and result.reason == Reason("hold")


@pytest.mark.parametrize(
    "issuer", ["WINGTIP ACADEMY", "Fjordline Consulting AS", "Nordvik Data AB", "Tammi Oy"]
)
def test_a_line_that_is_only_an_issuers_name_is_no_heading(issuer):
    lines = (
        Line(issuer, 20.0),
        Line("Task Scheduler and Data Management Jobs", 16.0),
        Line("This certifies that the holder", 10.0),
        Line("completed on 4 November 2026 in OneStream", 10.0),
        Line("the course of four hours, online.", 10.0),
    )
    assert heading(lines) == "Task Scheduler and Data Management Jobs"


@pytest.mark.parametrize("title", ["Splash Academy 2026", "Hands-on lab AS a service in OneStream"])
def test_a_heading_that_names_onestreams_events_or_goes_on_is_kept(title):
    assert heading((Line(title, 20.0), Line("completed on 4 November 2026", 10.0))) == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Attestato di partecipazione – Pianificazione finanziaria – Livello 2",
            "Pianificazione finanziaria – Livello 2",
        ),
        (
            "Constancia de participación: Presupuestación con People Planning",
            "Presupuestación con People Planning",
        ),
        ("Bewijs van deelname - Rolling forecast in OneStream", "Rolling forecast in OneStream"),
    ],
)
def test_the_documents_name_before_a_title_in_other_languages_is_no_title(subject, title):
    assert strip_title(subject) == title


@pytest.mark.parametrize(
    "text",
    [
        "Learner Transcript\nOneStream Cash Flow Reporting  Completed  11/12/2026  3.0",
        "Certificate of Attendance\nCPD hours: 6\nIntercompany Reconciliations with OneStream",
        "Weiterbildungsnachweis\nKonsolidierung mit OneStream, 8 Stunden",
    ],
)
def test_a_learning_record_that_names_no_kind_is_most_likely_a_course(text):
    field = guess_kind("Cash Flow Reporting", text)
    assert (field.value, field.confidence) == ("course", "guessed")


def test_a_user_group_meeting_with_cpd_hours_stays_a_gathering():
    text = "Autumn meeting of the OneStream user group\nCPD hours: 3\n"
    assert guess_kind("Autumn meeting", text).value == "other"


_HISTORY = """Learning history
Course
Status
Hours
Excel for Finance: Power Query
Kyle Brennan
Completed
2026/09/02
4.5 total hours
View certificate
OneStream for Developers: Business Rules
Ana Ferreira
Completed
2026/10/19
{hours}
View certificate
Presentation Skills for Consultants
Renee Okafor
Completed
2026/11/09
2 total hours
"""


@pytest.mark.parametrize("hours", ["6.5 total hours", "6.50"])
def test_a_saved_learning_history_gives_the_onestream_items_own_fields_guessed(hours):
    result = propose(
        Source("h.html", "0" * 64, "html", _HISTORY.format(hours=hours), subject="Learning history")
    )
    assert isinstance(result, Proposal)
    assert (result.title.value, result.date.value, result.hours.value) == (
        "OneStream for Developers: Business Rules",
        dt.date(2026, 10, 19),
        Decimal("6.5"),
    )
    assert {result.title.confidence, result.date.confidence, result.hours.confidence} == {"guessed"}


def test_a_history_with_two_onestream_items_picks_neither():
    text = _HISTORY.format(hours="6.5 total hours").replace(
        "Presentation Skills for Consultants", "OneStream Cube Views"
    )
    assert onestream_record(text, re.compile(r"^Completed$", re.M)) is None
