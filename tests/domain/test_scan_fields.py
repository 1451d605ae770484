"""Hours, kind and title from the words of the evidence, and the proposal they make."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.rules import MAX_SCAN_EVENT_HOURS
from onepoints_cli.domain.scan.found_kinds import guess_kind
from onepoints_cli.domain.scan.hours import hours_from_length, hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Proposal, Skip, Source
from onepoints_cli.domain.scan.titles import pick_title


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Duration: 1 hour", "1"),
        ("Duration: 90 minutes", "1.5"),
        ("Duration: 01:30", "1.5"),
        ("8 CPE credits", "8"),
        ("CPE: 8", "8"),
        ("CPE credits: 8\nabout 2 hours of reading", "8"),  # the certificate's award wins
        ("Duration: one hour", "1"),
    ],
)
def test_hours_are_read(text, hours):
    field = hours_from_text(text)
    assert (field.value, field.confidence) == (Decimal(hours), "found")


@pytest.mark.parametrize(
    ("text", "hours"),
    [("a 1.5 hours session", "1.5"), ("1,5 hours", "1.5"), ("45 minutes", "0.75"), ("1 hr 30 min", "1.5")],
)
def test_hours_without_a_label_are_a_guess(text, hours):
    """A loose figure may be anything ("2 hours of reading"): shown, marked guessed."""
    field = hours_from_text(text)
    assert (field.value, field.confidence) == (Decimal(hours), "guessed")


def test_no_hours_and_disagreeing_hours():
    assert hours_from_text("Thank you for registering").confidence == "missing"
    assert hours_from_text("0 hours").confidence == "missing"  # not a valid amount
    field = hours_from_text("a 2 hours morning and a 3 hours afternoon")
    assert (field.value, field.confidence) == (Decimal(2), "guessed")


@pytest.mark.parametrize(
    ("length", "hours"),
    [(dt.timedelta(hours=1), Decimal(1)), (dt.timedelta(minutes=50), Decimal("0.83")),
     (dt.timedelta(hours=MAX_SCAN_EVENT_HOURS), Decimal(MAX_SCAN_EVENT_HOURS))],
)  # fmt: skip
def test_an_event_length_is_hours(length, hours):
    assert hours_from_length(length).value == hours


def test_an_event_too_long_or_without_end_has_no_hours():
    too_long = dt.timedelta(hours=MAX_SCAN_EVENT_HOURS, minutes=1)
    assert hours_from_length(too_long).value is None
    assert hours_from_length(None).value is None


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("OneStream Tech Talk: Cube Views", "", "tech-talk"),
        ("OneStream TechTalk webinar", "", "tech-talk"),
        ("Splash 2025: Planning workshop", "", "splash"),
        ("OneStream WAVE 2025", "", "wave"),
        ("Hybrid planning", "Join our webinar", "webinar"),
        ("Finance Rules", "Certificate of Completion ... OneStream Navigator", "course"),
        ("Intro", "instructor-led training", "course"),
    ],
)
def test_kinds_from_words(title, text, kind):
    assert guess_kind(title, text)[:2] == (kind, "found")


def test_an_unnamed_kind_is_other_and_guessed_and_a_lower_case_wave_is_a_word():
    assert guess_kind("Meet-up", "the next wave of features").value == "other"
    assert guess_kind("Meet-up", "").confidence == "guessed"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Thank you for registering for OneStream Tech Talk: Cube Views", "OneStream Tech Talk: Cube Views"),
        ("Fwd: Registration confirmed: OneStream Webinar - Planning", "OneStream Webinar - Planning"),
        ("Invitation: Splash 2025 @ Tue Mar 4, 2025 10am - 11am (EST) (sam@example.com)", "Splash 2025"),
        ("You're registered for WAVE 2025", "WAVE 2025"),
    ],
)
def test_titles_from_subjects(subject, title):
    # From the subject alone, where the title ends is not proven: guessed until the text names it too.
    assert pick_title(None, subject, "", "x.eml")[:2] == (title, "guessed")
    assert pick_title(None, subject, f"Hello Sam,\n{title}\nSee you there.", "x.eml")[:2] == (title, "found")


def test_titles_from_a_certificate_and_from_the_file_name():
    text = "This certifies that\nSam\nhas successfully completed\nOneStream Navigator: Cube Views.\nDate"
    assert pick_title(None, None, text, "c.pdf").value == "OneStream Navigator: Cube Views"
    assert pick_title(None, None, "nothing", "dl/Tech_Talk  notes.pdf")[:2] == ("Tech Talk notes", "guessed")
    assert pick_title("Line\nbreak\x1b[31m", None, "", "x").value == "Line break [31m"


def test_a_file_without_onestream_is_skipped():
    result = propose(Source("a.pdf", "0" * 64, "pdf", "Invoice for March 4, 2025, 2 hours"))
    assert isinstance(result, Skip) and not result.problem


def test_an_email_with_an_invitation_takes_its_event():
    event = Event("OneStream Tech Talk: Cube Views", dt.date(2025, 3, 18), dt.timedelta(hours=1))
    source = Source(
        "t.eml",
        "0" * 64,
        "email",
        "remind you 2 hours before",
        subject="Thanks",
        sent=dt.date(2025, 3, 1),
        event=event,
    )
    proposal = propose(source)
    assert isinstance(proposal, Proposal) and proposal.complete
    assert (proposal.title.value, proposal.date.value, proposal.hours.value, proposal.kind.value) == (
        "OneStream Tech Talk: Cube Views", dt.date(2025, 3, 18), Decimal(1), "tech-talk")  # fmt: skip


def test_an_email_without_a_date_in_it_guesses_the_day_it_was_sent():
    source = Source(
        "w.eml", "0" * 64, "email", "OneStream webinar, 1 hour", subject="Webinar", sent=dt.date(2025, 3, 1)
    )
    proposal = propose(source)
    assert proposal.date[:2] == (dt.date(2025, 3, 1), "guessed")
    ambiguous = propose(source._replace(text="OneStream webinar on 04/03/2025, 1 hour"))
    assert ambiguous.date.confidence == "ambiguous" and not ambiguous.complete


def test_a_webinar_the_holder_presented_is_webinar_host():
    text = "Thank you for presenting the webinar Consolidation tips (2 hours)."
    assert guess_kind("Consolidation tips", text).value == "webinar-host"
    assert guess_kind("Webinar", "Speaker: Jane Doe, OneStream").value == "webinar"  # someone else spoke


def test_the_kinds_config_adds_are_recognised():
    own = (("user-group", "OneStream user group session"),)
    assert guess_kind("Panel", "the Dallas user group met", own).value == "user-group"
    assert guess_kind("A OneStream user group session", "", own).value == "user-group"
    assert guess_kind("Panel", "nothing", own).value == "other"


def test_an_attendance_certificate_names_what_was_attended():
    text = "Certificate of Attendance\nThis certifies that Sam Taylor\nattended: Splash 2023: Financial Close workshop\non 2023-05-16"
    assert pick_title(None, None, text, "x.pdf")[:2] == ("Splash 2023: Financial Close workshop", "guessed")
    assert (
        pick_title(None, "Speaker confirmation: Consolidation tips", "", "x.eml").value
        == "Consolidation tips"
    )
