"""A page's heading: its largest lines that are not the document's name, the
holder's name, a greeting, the issuer or a sentence."""

from __future__ import annotations

from onepoints_cli.domain.scan.headings import heading
from onepoints_cli.domain.scan.records import Line


def _line(text: str, size: float, y: float) -> Line:
    return Line(text, size, ((72.0, text),), y)


def test_the_heading_skips_a_name_printed_larger_than_the_course() -> None:
    lines = (
        _line("Certificate of Completion", 13, 460),
        _line("Jamie Okafor", 30, 410),
        _line("Course completed on Oct 12, 2026", 12, 370),
        _line("Learning OneStream Cube Views", 24, 320),
        _line("Top skills covered: Financial Reporting", 11, 290),
        _line("By continuing to learn, you have expanded your perspective", 9, 150),
        _line("Certificate ID: AbX3kPq9L2mN7rT0wYz4Hc1vE8sJ", 9, 90),
    )
    assert heading(lines) == "Learning OneStream Cube Views"
    # a page whose only large line is a name has no heading to give
    assert heading(lines[:3] + lines[4:]) is None


def test_a_heading_in_small_capitals_with_a_dropped_first_letter_is_still_the_documents_name() -> None:
    lines = (
        _line("C ERTIFICATE  OF  A PPRECIATION", 27, 471),
        _line("presented to", 12, 441),
        _line("Daniel Ortiz, CPA", 19.5, 402),
        _line("in grateful recognition of serving as presenter of the member webinar", 12, 366),
        _line("From Spreadsheets to OneStream", 16.5, 336),
        _line("Thursday, September 24, 2026", 11, 291),
        _line("Presenters earn 1.0 CPE credit for preparation and delivery", 11, 279),
        _line("412 registrants, 288 live attendees", 9.7, 247),
    )
    assert heading(lines) == "From Spreadsheets to OneStream"


def test_a_document_name_wrapped_over_two_lines_is_no_heading() -> None:
    lines = (
        _line("Attestato di partecipazione in qualità di", 21, 687),
        _line("relatore", 21, 651),
        _line("Si attesta che il Dott. Alessandro Ferri è intervenuto come relatore al webinar", 11.5, 589),
        _line("Chiusura contabile veloce con OneStream", 14, 555),
        _line("organizzato da Fabrikam Italia e trasmesso in diretta su Microsoft Teams", 11.5, 496),
        _line("giovedì 8 ottobre 2026, dalle 11:00 alle 12:00", 11.5, 465),
        _line("Milano, 12 ottobre 2026", 10, 381),
    )
    assert heading(lines) == "Chiusura contabile veloce con OneStream"


def test_the_issuers_company_name_and_a_single_achievement_word_are_no_heading() -> None:
    from onepoints_cli.domain.scan.headings import BOILERPLATE

    assert BOILERPLATE.match("OneStream Software LLC")
    assert BOILERPLATE.match("ACHIEVEMENT")
    assert not BOILERPLATE.match("OneStream Administrator Foundations")


def test_a_letter_spaced_document_name_with_an_apostrophe_is_no_heading() -> None:
    from onepoints_cli.domain.scan.headings import BOILERPLATE

    spaced = "A T T E S T A T I O N  D ' I N T E R V E N T I O N"
    lines = (
        _line(spaced, 18, 720),
        _line("Je soussignée, Claire Le Goff, atteste que", 11, 700),
        _line("Mme Alex Morgan est intervenue en qualité d'animatrice du webinaire", 11, 685),
        _line("Clôture mensuelle : réduire les délais", 14, 645),
        _line("organisé le mardi 13 octobre 2026 de 11 h 00 à 12 h 00", 11, 603),
        _line("La présente attestation est délivrée pour servir et valoir ce que de droit.", 11, 530),
    )
    assert not BOILERPLATE.match(spaced)  # the spacing alone hides it
    assert heading(lines) == "Clôture mensuelle : réduire les délais"


def test_a_heading_stacked_a_word_a_line_keeps_its_brand_first() -> None:
    lines = (
        _line("SPLASH", 26, 457),
        _line("APAC", 26, 423),
        _line("2026", 26, 389),
        _line("Singapore, 15 – 16 Sep 2026", 10, 329),
        _line("attended the conference held in Singapore.", 10, 300),
        *(_line(f"Day {day}: 7 hours", 10, 280 - 12 * day) for day in (1, 2, 3)),
    )
    assert heading(lines) == "SPLASH APAC 2026"
    alone = (_line("WEBINAR", 26, 457), _line("Close Faster", 26, 423), *lines[3:])
    assert heading(alone) == "Close Faster"  # a kind alone is no brand: it stays out


def test_a_letterhead_of_onestream_press_or_a_user_group_is_no_heading() -> None:
    body = tuple(_line(f"Body line {n} of the letter.", 11, 600 - 14 * n) for n in range(8))
    for letterhead in (
        "Great Lakes OneStream User Group",
        "OneStream Press",
        "Groupe d'utilisateurs OneStream",
    ):
        assert heading((_line(letterhead, 16, 705), *body)) is None
    meeting = (_line("Midwest OneStream User Group – Fall 2026 Meetup", 16, 705), *body)
    assert heading(meeting) == "Midwest OneStream User Group – Fall 2026 Meetup"


def test_congratulations_to_the_holder_by_name_is_no_heading() -> None:
    body = tuple(_line(f"Body line {n} of the certificate.", 10, 500 - 14 * n) for n in range(8))
    lines = (
        _line("Congratulations, Sam Taylor", 20, 700),
        _line("Cube Views for Financial Reporting", 16, 660),
        *body,
    )
    assert heading(lines) == "Cube Views for Financial Reporting"


def test_a_document_name_beside_a_dash_leaves_onestreams_event_or_no_heading() -> None:
    body = tuple(_line(f"Body line {n} of the certificate.", 10, 500 - 14 * n) for n in range(8))
    assert heading((_line("WAVE 2026 — Certificate of Attendance", 20, 700), *body)) == "WAVE 2026"
    assert heading((_line("Northwind Traders — Learning Transcript", 20, 700), *body)) is None
