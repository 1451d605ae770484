"""Classes of misses the blind74 to blind76 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.headings import heading
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_words import strip_title


@pytest.mark.parametrize(
    "summary",
    [
        "Bijgewerkt: Cube Views voor controllers",
        "Aktualisiert: Cube Views voor controllers",
        "Mis à jour : Cube Views voor controllers",
        "Updated: Cube Views voor controllers",
    ],
)
def test_an_updated_invitations_mark_is_no_title(summary):
    assert strip_title(summary) == "Cube Views voor controllers"


def test_a_letters_subject_that_only_thanks_is_no_title():
    text = (
        "Madrid, 2 de octubre de 2026\nAsunto: agradecimiento por su participación como ponente\n"
        "queremos agradecerle su participación como ponente en nuestro webinar «Tesorería con OneStream»,\n"
        "celebrado el jueves 24 de septiembre de 2026.\n"
    )
    lines = tuple(Line(line, 10.0) for line in text.splitlines())
    result = propose(Source("c.pdf", "0" * 64, "pdf", text, lines=lines))
    assert isinstance(result, Proposal)
    assert result.title.value == "Tesorería con OneStream"


def test_the_holders_days_inside_a_labelled_conference_range_leave_its_first_day_guessed():
    text = (
        "Attendees of WAVE 2026, held October 5–7, 2026 in San Diego.\n"
        "Attendance confirmed\nTuesday, October 6, 2026 and Wednesday, October 7, 2026\n"
    )
    field = pick_date(text)
    assert (field.value, field.confidence) == (dt.date(2026, 10, 5), "guessed")


def test_colleagues_deciding_whether_to_register_is_no_registration():
    body = (
        "Priya, I'd hold off. Nobody from the team has registered yet; the early-bird rate ends October 9.\n"
        "Team - OneStream's academy runs Advanced Consolidations in Boston, November 9-10, 2026.\n"
        "I haven't registered anybody yet; seats are limited.\n"
    )
    result = propose(
        Source("m.eml", "0" * 64, "email", body, subject="RE: OneStream class in Boston - worth it?")
    )
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def test_a_thank_you_for_hosting_with_an_unsubscribe_footer_is_no_digest():
    body = (
        "September 3, 2026\nDear Ingrid,\nthank you for hosting our webinar “OneStream for Project-Based\n"
        "Businesses” on Thursday, August 27, 2026. The recording is available through November 30, 2026.\n"
        "To unsubscribe from event mailings, reply STOP.\n"
    )
    result = propose(Source("t.eml", "0" * 64, "email", body, subject="Thank you"))
    assert isinstance(result, Proposal) and result.kind.value == "webinar-host"


@pytest.mark.parametrize("issuer", ["NORTHBEAM ADVISORY", "Fabrikam Consulting", "Contoso Partners"])
def test_a_firms_name_at_the_top_of_a_letter_is_no_heading(issuer):
    lines = (
        Line(issuer, 20.0),
        Line("thank you for hosting our OneStream webinar", 10.0),
        Line("on Thursday, August 27, 2026, sixty minutes", 10.0),
        Line("with 131 live attendees.", 10.0),
    )
    assert heading(lines) is None


_PRINTED_HISTORY = (
    "Learning History\nSkillmast Home Catalog My Learning Transcript Help\n"
    "Title Type Status Completion Date Hours\n"
    "Information Security Awareness Online Completed 08/11/2026 0.75\n"
    "Anti-Bribery Online Completed 09/02/2026 0.50\n"
    "OneStream Cube Views Essentials Instructor-Led Completed 10/14/2026 7.00\n"
    "Presenting with Impact Workshop Completed 10/29/2026 4.00\n"
)


def test_a_learning_history_whose_site_names_its_catalog_is_no_catalogue():
    result = propose(Source("h.txt", "0" * 64, "text", _PRINTED_HISTORY))
    assert isinstance(result, Proposal)


def test_a_learning_history_printed_to_pdf_marks_nothing_found():
    lines = tuple(Line(line, 10.0) for line in _PRINTED_HISTORY.splitlines())
    result = propose(Source("h.pdf", "0" * 64, "pdf", _PRINTED_HISTORY, lines=lines))
    assert isinstance(result, Proposal)
    assert "found" not in {result.title.confidence, result.date.confidence, result.hours.confidence}


def test_a_saved_history_items_day_is_its_latest_and_complete_is_a_status():
    text = (
        "Transcript\nCourse Name\nStatus\nCredits\n"
        "Anti-Bribery 2026\nOnline Course\nComplete\n08/03/2026\n08/05/2026\n0.50\n"
        "OneStream Webinar: Intercompany Eliminations\nWebinar\nComplete\n09/28/2026\n10/22/2026\n1.00\n"
    )
    result = propose(Source("t.html", "0" * 64, "html", text, subject="Transcript"))
    assert isinstance(result, Proposal)
    assert (result.title.value, result.date.value) == (
        "OneStream Webinar: Intercompany Eliminations",
        dt.date(2026, 10, 22),
    )


def test_an_invitation_stays_an_invitation():
    event = Event("Bijgewerkt: OneStream webinar", dt.date(2026, 11, 5), dt.timedelta(hours=1), "Teams")
    result = propose(Source("u.ics", "0" * 64, "ics", "Bijgewerkt: OneStream webinar\nTeams", event=event))
    assert isinstance(result, Proposal)


def test_the_years_transcript_under_a_completed_item_is_not_its_length():
    text = (
        "Title: OneStream Workflow and Data Integration (ILT)\nStatus: Completed\nTraining hours: 7.00\n\n"
        "Your transcript (2026)\nLearning items completed: 6\nTotal training hours: 38.50\n"
    )
    assert hours_from_text(text).value == Decimal("7")


def test_a_pathways_own_summary_is_its_length():
    text = "Pathway: OneStream for Finance\nItems completed: 6 of 7\nLearning time: 3h 00m\n"
    assert hours_from_text(text).value == Decimal("3")
