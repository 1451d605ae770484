"""Classes of misses the blind41 to blind43 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.titles import pick_title


def _email(subject: str, body: str) -> Proposal | Skip:
    return propose(Source("m.eml", "0" * 64, "email", body, subject=subject))


def _pdf(text: str) -> Proposal | Skip:
    return propose(Source("c.pdf", "0" * 64, "pdf", text))


# --- Titles -----------------------------------------------------------------------------------


def test_a_quoted_line_after_co_presenting_is_the_title_whole_not_the_paragraph_under_it():
    text = (
        "Certificate of Appreciation\nPresented to\nAlex Morgan\n"
        "in recognition of co-presenting the OneStream Tech Talk\n“Journal Templates Without Tears”\n"
        "together with Kim Example (Fabrikam), and for sharing your expertise with\n120 live attendees.\n"
    )
    assert pick_title(None, None, text, "c.pdf").value == "Journal Templates Without Tears"


def test_the_quoted_title_an_authors_letter_introduces_stops_at_its_closing_quote():
    text = (
        "Dear Alex,\nthank you for your contribution to OneStream Press. Your article\n"
        "“Ten Lessons from a Shared-Services Close” was published on\nOneStream Press on May 4, 2026.\n"
    )
    assert pick_title(None, None, text, "letter.pdf", ()).value == "Ten Lessons from a Shared-Services Close"


@pytest.mark.parametrize(
    "subject_line",
    ["Re: Author acknowledgement – article no. OSP-2026-0099", "Re: Acknowledgment – article no. 12"],
)
def test_a_letters_acknowledgement_and_reference_is_its_business_not_the_title(subject_line):
    text = f"OneStream Press\nMay 9, 2026\n{subject_line}\nDear Alex,\nYour article “Closing in Four Days” was published."
    field = pick_title(None, None, text, "letter.pdf", ())
    assert field.value == "Closing in Four Days"


@pytest.mark.parametrize("subject", ["Thank you for joining us, Sam", "Thanks for joining us!"])
def test_a_thanks_that_names_no_activity_leaves_no_title(subject):
    assert strip_title(subject) == ""


def test_us_gaap_in_capitals_is_a_title_not_a_pronoun():
    assert strip_title("US GAAP Reporting in OneStream") == "US GAAP Reporting in OneStream"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Bevestiging sprekersrol – webinar ‘Budgetteren in vijf stappen’", "Budgetteren in vijf stappen"),
        ("Webinar „Konsolidierung kompakt“", "Konsolidierung kompakt"),
        ("Tech Talk “Dashboards in Release 9”", "Dashboards in Release 9"),
    ],
)
def test_the_kind_then_a_quoted_title_gives_the_quoted_title(subject, title):
    assert strip_title(subject) == title


def test_a_title_the_subject_quotes_beside_its_vague_words_is_taken():
    result = _email(
        "Lembrete: o seu webinar «Tesouraria com OneStream: 3 boas práticas» começa amanhã",
        "Olá Sam,\no seu webinar começa amanhã às 10:00 (Lisboa).\nAté amanhã!\n",
    )
    assert isinstance(result, Proposal)
    assert result.title.value == "Tesouraria com OneStream: 3 boas práticas"


@pytest.mark.parametrize(
    ("summary", "title"),
    [
        ("OneStream Administrator-Schulung (Teil 1 von 2)", "OneStream Administrator-Schulung"),
        ("Planning Bootcamp – Part 2 of 3", "Planning Bootcamp"),
        ("Formation OneStream (Partie 1 sur 2)", "Formation OneStream"),
        ("Release 9 Deep Dive (Day 1/2)", "Release 9 Deep Dive"),
    ],
)
def test_which_sitting_of_a_course_is_taken_off_its_title(summary, title):
    assert strip_title(summary) == title


def test_a_title_counting_its_own_items_keeps_them():
    assert strip_title("Tech Talk: 2 of 3 Ways to Close Faster") == "Tech Talk: 2 of 3 Ways to Close Faster"


# --- Kinds ------------------------------------------------------------------------------------


def test_co_presenting_a_tech_talk_hosts_it():
    text = "Certificate of Appreciation\nin recognition of co-presenting the OneStream Tech Talk\n“Journal Templates”"
    result = _pdf(text)
    assert isinstance(result, Proposal)
    assert (result.kind.value, result.kind.confidence) == ("webinar-host", "guessed")


def test_attending_a_tech_talk_does_not_host_it():
    result = _pdf(
        "Certificate of Attendance\nAlex Morgan attended the OneStream Tech Talk\n“Journal Templates”"
    )
    assert isinstance(result, Proposal) and result.kind.value == "tech-talk"


# --- Hours ------------------------------------------------------------------------------------


def test_the_lengths_of_courses_a_page_recommends_are_not_this_ones():
    text = (
        "You completed OneStream Planning Essentials\nCourse · 1h 24m\n"
        "Earn CPE credit: this course qualifies for 1.6 NASBA CPE credits.\n"
        "Learners who completed this course also watched\nExcel Power Query · 58m\nModeling Basics · 2h 12m\n"
    )
    field = hours_from_text(text, "OneStream Planning Essentials")
    assert (field.value, field.confidence) == (Decimal("1.4"), "guessed")


def test_a_reception_at_a_two_day_splash_workshop_is_no_count_of_its_hours():
    event = Event(
        summary="Splash Workshop: Consolidation Deep Dive",
        start=dt.date(2026, 10, 27),
        length=None,  # all day
        description="Your registration is confirmed.\nTwo full days. Evening reception on Oct 27 from 6:00 to 8:00 PM.",
        days=2,
    )
    result = propose(Source("w.ics", "0" * 64, "ics", "", event=event))
    assert isinstance(result, Proposal)
    assert result.kind.value == "splash" and result.hours.value is None


# --- Not evidence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Examination Score Report\nCandidate Alex Morgan\nExam OneStream Certified Associate\n"
            "Exam date 27 October 2026\nScore 742 (passing score 700)\nResult PASS",
            "exam-score",
        ),
        (
            "Expense Report ER-2231\nEmployee: Alex Morgan\nProject: OneStream implementation\n"
            "10/12/2026 Airfare OneStream build workshop at client 412.60\nTotal reimbursable: 412.60 USD",
            "expense",
        ),
        (
            "Spesenabrechnung 2026-10\nOneStream Projekt Fabrikam\n12.10.2026 Bahn 89,00 EUR",
            "expense",
        ),
    ],
)
def test_an_exam_score_report_or_an_expense_report_is_not_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_a_registration_forwarded_for_an_expense_report_is_still_evidence():
    body = (
        "FYI, for my expense report.\n\nYou're registered for OneStream WAVE 2026, September 21, 2026, "
        "Las Vegas.\nYour confirmation number is W26-1182."
    )
    assert isinstance(_email("Fwd: Registration confirmed – WAVE 2026", body), Proposal)


def test_a_payment_that_failed_holds_no_seat():
    body = (
        "We couldn't process your payment\nYour card ending in 4417 was declined for your registration to\n"
        "OneStream Close Masterclass (Tuesday, November 10, 2026 · 9:00 AM – 3:00 PM EST)."
    )
    result = _email("Action needed: payment failed for OneStream Close Masterclass", body)
    assert isinstance(result, Skip) and result.reason == Reason("pending")


def test_a_meetings_chat_as_zoom_saves_it_is_not_evidence():
    chat = (
        "09:02:11 From  Alex Kim  to  Everyone:\n\tmorning all\n"
        "09:15:03 From  Alex Kim  to  Everyone:\n\tThere's a OneStream Tech Talk on Thursday at 2pm, anyone going?\n"
        "09:15:40 From  Kim Lee  to  Everyone:\n\tnot this time\n"
        "09:16:02 From  Sam Taylor  to  Everyone:\n\tmaybe\n"
    )
    result = propose(Source("meeting_saved_chat.txt", "0" * 64, "text", chat))
    assert isinstance(result, Skip) and result.reason == Reason("chat")


@pytest.mark.parametrize(
    "summary", ["Splash Workshop: Allocations", "Splash on Tour Paris", "Splash Academy Day"]
)
def test_splashs_own_side_events_name_onestream(summary):
    event = Event(
        summary=summary,
        start=dt.datetime(2026, 10, 27, 9),
        length=dt.timedelta(hours=3),
        description="Your registration is confirmed.",
    )
    assert isinstance(propose(Source("s.ics", "0" * 64, "ics", "", event=event)), Proposal)
