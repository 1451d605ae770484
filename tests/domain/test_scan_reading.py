"""The reader's rules for issue 20: hours, dates, titles, text clean-up, and
documents that are not evidence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.headings import heading
from onepoints_cli.domain.scan.hours import hours_from_text, points_from_text
from onepoints_cli.domain.scan.layout import paired_lines
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.text import normalise, without_quotes
from onepoints_cli.domain.scan.title_words import strip_title


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Time: 1:00 PM - 2:00 PM ET", "1"),
        ("17:00 – 18:30 CET", "1.5"),
        ("16:00–17:00", "1"),
        ("10am - 11:30am", "1.5"),
        ("11:00 - 1:00 PM", "2"),
        ("Duration: 1 hr 30 min", "1.5"),
        ("Credit hours: 4.0", "4"),
        ("Total hours: 6", "6"),
        ("Field of study: IFRS 16\nCPE credits: 1.0", "1"),
        ("CPE credits available: 24", "24"),
        ("Course A credit hours: 1.5\nCourse B credit hours: 2\nTotal credit hours: 3.5", "3.5"),
    ],
)
def test_stated_hours_are_found(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


@pytest.mark.parametrize(
    "text",
    [
        "The webinar begins in 1 hour",
        "We will remind you 2 hours before",
        "Dates: May 13-15, 2025",
        "Room 16",
    ],
)
def test_reminders_and_ranges_of_days_are_no_duration(text):
    assert hours_from_text(text).value is None


def test_a_number_in_the_title_is_no_duration():
    text = "OneStream webinar: 2 hours to a faster close\nThank you for attending."
    assert hours_from_text(text, "2 hours to a faster close").value is None
    assert hours_from_text(text).value == Decimal(2)  # without the title, it would be read


def test_onepoints_are_points_not_hours():
    assert points_from_text("OnePoints awarded: 10")[:2] == (Decimal(10), "found")
    assert points_from_text("You earned 5 OnePoints")[:2] == (Decimal(5), "found")
    assert points_from_text("Credit hours: 4").value is None


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        ("Date: May 13–15, 2025", dt.date(2025, 5, 13), 3),
        ("held 13th-15th October 2025 in Nashville", dt.date(2025, 10, 13), 3),
        ("Dates: September 18-21, 2025", dt.date(2025, 9, 18), 4),
        ("Tuesday, May 13 – Thursday, May 15, 2025", dt.date(2025, 5, 13), 3),
        ("Completion date: 10-Jun-2025", dt.date(2025, 6, 10), 1),
        ("am 14. Oktober 2025", dt.date(2025, 10, 14), 1),
        ("le 14 octobre 2025", dt.date(2025, 10, 14), 1),
        ("el 14 de octubre de 2025", dt.date(2025, 10, 14), 1),
        ("op 14 oktober 2025", dt.date(2025, 10, 14), 1),
        ("il 14 ottobre 2025", dt.date(2025, 10, 14), 1),
        ("em 14 de outubro de 2025", dt.date(2025, 10, 14), 1),
    ],
)
def test_dates_and_ranges_in_every_language(text, day, days):
    field = pick_date(text)
    assert field[:2] == (day, "found")
    assert field.note.days == days


def test_a_deadline_loses_to_the_event():
    text = "Event: May 13-15, 2025\nNext year: the hotel block closes on March 30, 2026."
    assert pick_date(text)[:2] == (dt.date(2025, 5, 13), "found")


def test_on_is_a_word_not_part_of_monday_or_registration():
    text = "Registration 12 January 2025 opened. Monday, 3 March 2025: the webinar"
    assert pick_date(text).confidence == "guessed"  # two dates, neither labelled


@pytest.mark.parametrize(
    ("text", "day", "confidence"),
    [
        ("03/04/2025, then 13/04/2025", dt.date(2025, 4, 3), "guessed"),  # day first, as 13/04 says
        ("03/04/2025 and 04/13/2025", dt.date(2025, 3, 4), "guessed"),  # month first
        ("03/04/2025 and 13.04.2025", None, "ambiguous"),  # another form settles nothing
        ("03/04/2025", None, "ambiguous"),
    ],
)
def test_an_ambiguous_date_is_settled_only_by_one_in_the_same_form(text, day, confidence):
    assert pick_date(text)[:2] == (day, confidence)


def test_forwarded_headers_are_skipped_and_quoted_lines_kept():
    text = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: OneStream <events@onestream.example>\n"
        "Date: Mon, Feb 3, 2025 at 9:00 AM\nSubject: Tech Talk\nTo: sam@example.com\n\n"
        "Join us on Thursday, February 20, 2025\n\nOn Fri, Feb 7, 2025 at 4:10 PM Dana wrote:\n> 1:00 PM - 2:00 PM ET"
    )
    kept = without_quotes(text)
    assert "Feb 3, 2025" not in kept and "Feb 7, 2025" not in kept
    assert "February 20, 2025" in kept and "\n1:00 PM - 2:00 PM ET" in kept


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (" Enrollment confirmation - Navigator: Cube Views", "Navigator: Cube Views"),
        ("Course completed: Financial Close", "Financial Close"),
        ("Congratulations! You completed Financial Reporting", "Financial Reporting"),
        ("Anmeldebestätigung: OneStream Webinar Planung", "OneStream Webinar Planung"),
        ("Inschrijvingsbevestiging: Tech Talk – Consolidatie", "Tech Talk – Consolidatie"),
        ("Confirmación de registro: Webinar Cierre", "Webinar Cierre"),
        ("OneStream Webinar: Planning Confirmation", "OneStream Webinar: Planning"),
        ("Thank you for presenting: Intercompany Deep Dive", "Intercompany Deep Dive"),
        ("You're registered: OneStream Tech Talk: Member Formulas", "OneStream Tech Talk: Member Formulas"),
        ("RE: AW: Einladung: Splash 2025", "Splash 2025"),
        ("OneStream Tech Talk: Cube Views", "OneStream Tech Talk: Cube Views"),
    ],
)
def test_subject_phrases_are_removed(subject, title):
    assert strip_title(subject) == title


def test_letter_spacing_ligatures_and_unmapped_glyphs():
    assert normalise("O N E S T R E A M  T E C H  T A L K") == "ONESTREAM TECH TALK"
    assert normalise("ofﬁcial ﬁnance") == "official finance"
    assert normalise("Sam a\ue03cended the webinar") == "Sam attended the webinar"
    assert normalise("a I b") == "a I b"  # single letters in a sentence stay


def test_a_value_under_its_label_and_the_largest_lines():
    lines = (
        Line("Certificate of Completion", 30, ((64, "Certificate of Completion"),), 760),
        Line("This certifies that", 12, ((64, "This certifies that"),), 720),
        Line("Sam Taylor", 26, ((64, "Sam Taylor"),), 690),
        Line("Planning Fundamentals and", 24, ((64, "Planning Fundamentals and"),), 650),
        Line("Driver-Based Forecasting", 24, ((64, "Driver-Based Forecasting"),), 622),
        Line("Date CPE Credits", 12, ((76, "Date"), (315, "CPE Credits")), 580),
        Line("March 4, 2025 1.5", 12, ((76, "March 4, 2025"), (315, "1.5")), 564),
        Line("Body text", 12, ((64, "Body text"),), 520),  # far under the row: not its value
    )
    assert paired_lines(lines) == ["Date: March 4, 2025", "CPE Credits: 1.5"]
    assert heading(lines) == "Planning Fundamentals and Driver-Based Forecasting"
    wrapped = (
        Line("Course Hours", 11, ((90, "Course"), (378, "Hours")), 600),
        Line("OneStream Analytic", 11, ((90, "OneStream Analytic"),), 585),
        Line("Blend: Hands-on", 11, ((90, "Blend: Hands-on"),), 572),
        Line("4.0", 11, ((378, "4.0"),), 578),
        Line("Instructor: M. Okafor", 11, ((90, "Instructor: M. Okafor"),), 540),
    )
    assert paired_lines(wrapped) == ["Course: OneStream Analytic Blend: Hands-on", "Hours: 4.0"]


def _email(text: str, subject: str = "OneStream webinar", event: Event | None = None) -> Source:
    return Source(
        "x.eml", "0" * 64, "email", text, subject=subject, sender="events@onestream.example", event=event
    )


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (_email("The webinar on May 4, 2025 has been cancelled."), Reason("cancelled")),
        (_email("x", subject="Canceled: OneStream Tech Talk"), Reason("cancelled")),
        (
            _email("x", event=Event("Tech Talk", dt.date(2025, 5, 4), None, cancelled=True)),
            Reason("cancelled"),
        ),
        (
            _email("Upcoming events\nMay 4, 2025 Tech Talk\nMay 11, 2025 Webinar\nMay 18, 2025 Splash"),
            Reason("digest", 3),
        ),
        (_email("Invoice 2025-17\nAmount due: $500", subject="OneStream invoice"), Reason("invoice")),
        (_email("x", event=Event("Tech Talk", dt.date(2025, 5, 4), None, events=3)), Reason("calendar", 3)),
        (
            _email("x", event=Event("Hotel reservation deadline for Splash", dt.date(2025, 5, 4), None)),
            Reason("deadline"),
        ),
        (
            _email(
                "x",
                subject="Weekly sync",
                event=Event("OneStream project weekly sync", dt.date(2025, 5, 4), None),
            ),
            Reason("meeting"),
        ),
    ],
)
def test_documents_that_are_not_evidence_are_skipped_with_the_reason(source, reason):
    result = propose(source)
    assert isinstance(result, Skip) and result.reason == reason and not result.problem


def test_another_vendor_naming_onestream_in_passing_is_skipped():
    text = (
        "Hi Sam,\nJoin Acme for our webinar.\nMay 4, 2025\n\nOur customers use Anaplan and OneStream alike."
    )
    source = Source(
        "a.eml", "0" * 64, "email", text, subject="Webinar invitation", sender="events@acme.example"
    )
    assert isinstance(propose(source), Skip)
    assert isinstance(propose(source._replace(subject="OneStream webinar invitation")), Proposal)


def test_a_transcripts_total_in_words_and_a_date_without_its_year():
    assert hours_from_text("Module 1 1.5 hours\nModule 2 2 hours\nTotal: 24.0 hours")[:2] == (
        Decimal(24),
        "found",
    )
    assert pick_date("Splash 2025\nSeptember 18-21 | Las Vegas")[:2] == (dt.date(2025, 9, 18), "guessed")
    assert pick_date("Join us September 18-21", year=2025)[:2] == (dt.date(2025, 9, 18), "guessed")
    assert pick_date("Join us September 18-21").value is None  # no year anywhere: not guessed


def test_outlooks_forward_after_its_rule_is_skipped_even_without_an_address():
    text = (
        "FYI\n\n"
        + "_" * 32
        + "\nFrom: OneStream Events\nSent: Monday, March 3, 2025 9:00 AM\nTo: Sam\n\nOn March 18, 2025"
    )
    kept = without_quotes(text)
    assert "March 3, 2025" not in kept and "March 18, 2025" in kept


def test_a_subject_about_the_message_gives_way_to_the_course_the_body_names():
    from onepoints_cli.domain.scan.titles import pick_title

    body = "Congratulations! You completed Cube View Basics.\nCompleted on May 4, 2025"
    assert pick_title(None, "Your certificate is ready", body, "x.eml")[:2] == ("Cube View Basics", "guessed")
    assert pick_title(None, "Your certificate is ready", "Hello", "x.eml")[:2] == (
        "Your certificate is ready", "guessed")  # fmt: skip


@pytest.mark.parametrize(
    "block",
    [
        # Gmail in Italian: the English mark, Italian header words
        "---------- Forwarded message ---------\nDa: OneStream Eventi <eventi@example.com>\n"
        "Date: lun 7 lug 2025 alle ore 10:15\nSubject: Iscrizione confermata\nTo: <sam@example.com>",
        "---------- Messaggio inoltrato ---------\nDa: OneStream <e@example.com>\nData: 7 luglio 2025\nOggetto: Iscrizione",
        # Outlook in Portuguese, replying: a From line after a blank line
        "\nDe: Beatriz Nogueira <beatriz@example.com>\nEnviada em: sexta-feira, 7 de julho de 2025 11:05\n"
        "Para: Sam Taylor <sam@example.com>\nAssunto: Obrigado",
        "-----Mensaje original-----\nDe: OneStream <e@example.com>\nEnviado: lunes, 7 de julio de 2025\nAsunto: Gracias",
        "Le lun. 7 juil. 2025 à 10:15, OneStream <e@example.com> a écrit :",
        "Em seg., 7 de jul. de 2025 às 10:15, OneStream <e@example.com> escreveu:",
    ],
)
def test_forwarded_and_quoted_headers_in_the_seven_languages_are_dropped(block):
    text = f"Thanks, see below.\n{block}\n\nWhen: 23 September 2025"
    kept = without_quotes(text)
    assert (
        "2025-07-07" not in kept and "7 lug" not in kept and "7 de jul" not in kept and "7 juil" not in kept
    )
    assert "luglio" not in kept and "julho" not in kept and "julio" not in kept
    assert "When: 23 September 2025" in kept
