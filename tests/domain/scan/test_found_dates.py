"""Dates in the forms the seven languages write them (issue 20's blind measure)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.scan.found_dates import find_dates, pick_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Datum: 03.11.2025", dt.date(2025, 11, 3)),
        ("2025/10/07", dt.date(2025, 10, 7)),
        ("Start: 2025-10-07T14:00:00Z", dt.date(2025, 10, 7)),
        ("1er décembre 2025", dt.date(2025, 12, 1)),
        ("1º de outubro de 2025", dt.date(2025, 10, 1)),
        ("dal 13 al 15 maggio 2025", dt.date(2025, 5, 13)),
        ("13.–15. Mai 2025", dt.date(2025, 5, 13)),
        ("Van 10 t/m 12 maart 2025", dt.date(2025, 3, 10)),
        ("du 30 septembre au 2 octobre 2025", dt.date(2025, 9, 30)),
        ("30 de septiembre al 2 de octubre de 2025", dt.date(2025, 9, 30)),
        ("on October 6th, 2025", dt.date(2025, 10, 6)),
    ],
)
def test_a_date_in_the_seven_languages_is_found(text, day):
    assert pick_date(text)[:2] == (day, "found")


def test_a_cross_month_range_counts_its_days():
    field = pick_date("30 septembre – 2 octobre 2025")
    assert field.value == dt.date(2025, 9, 30) and field.note.days == 3


@pytest.mark.parametrize(
    ("text", "day"), [("07-10-2025", None), ("07-10-2025 and 13-10-2025", dt.date(2025, 10, 7))]
)
def test_a_dashed_numeric_date_is_ambiguous_unless_another_settles_it(text, day):
    field = pick_date(text)
    assert field.value == day
    assert field.confidence == ("ambiguous" if day is None else "guessed")


@pytest.mark.parametrize(
    ("text", "day", "confidence"),
    [
        ("Ausgestellt am 05.11.2025\nDatum: 03.11.2025", dt.date(2025, 11, 3), "found"),
        ("Issued: June 5, 2025. The webinar on June 3, 2025", dt.date(2025, 6, 3), "found"),
        ("Fait à Paris, le 5 décembre 2025. Le webinaire du 3 décembre 2025", dt.date(2025, 12, 3), "found"),
        # the feminine and other forms of "issued" and "generated": the other day, unlabelled, is guessed
        ("jeudi 2 octobre 2025, 10h30\nDélivrée le 3 octobre 2025", dt.date(2025, 10, 2), "guessed"),
        ("woensdag 3 december 2025\nGegenereerd op 4 december 2025", dt.date(2025, 12, 3), "guessed"),
        ("el 4 de noviembre de 2025\nEmitida el 6 de noviembre de 2025", dt.date(2025, 11, 4), "found"),
        # the issue date and one unlabelled date: the other is likelier the activity's, but not proven
        ("Issue date: 5 June 2025\n3 June 2025", dt.date(2025, 6, 3), "guessed"),
    ],
)
def test_the_day_a_document_was_issued_is_no_label_of_the_activitys_date(text, day, confidence):
    assert pick_date(text)[:2] == (day, confidence)


@pytest.mark.parametrize(
    "deadline",
    [
        "Anmeldeschluss: 1. Juni 2025",
        "Date limite d'inscription : 1 juin 2025",
        "Fecha límite de reserva: 1 de junio de 2025",
        "Inschrijven uiterlijk 1 juni 2025",
        "Iscrizioni entro il 1 giugno 2025",
        "Prazo de inscrição: 1 de junho de 2025",
        "Registration closes on 1 June 2025",
        # a step before the activity: the day of the registration, of an acceptance
        "We received your registration on 1 June 2025.",
        "Your article was accepted on 1 June 2025 and will be published soon.",
        "Order #884512 · Placed on 1 June 2025 · A copy has been sent to you",
        "You received this email because you RSVP’d on Crowdcast on 1 June 2025.",
        "Booked on 1 June 2025, 04:12 PM. Please carry a photo ID.",
        "Save the date: Splash 2026, 1 June 2025.",
        "Die nächste Folge findet am 1. Juni 2025 statt.",
        "Ihr Messeticket (Nr. 2026-448812) gilt vom 1. Juni 2025.",
        "Registration Date\n1 June 2025",  # a table as text: its label on the line above
    ],
)
def test_a_deadline_in_any_language_is_never_the_activitys_date(deadline):
    assert pick_date(f"{deadline}\nThe webinar: 3 June 2025").value == dt.date(2025, 6, 3)
    assert pick_date(deadline).value is None


def test_a_title_word_close_is_no_deadline():
    field = pick_date("thanks for registering for our webinar Close Faster on 4 June 2025.")
    assert field[:2] == (dt.date(2025, 6, 4), "found")


@pytest.mark.parametrize(
    "rows",
    [
        "Completed: 2025-09-02\nCompleted: 2025-09-03\nCompleted: 2025-09-04\nPath completed: 2025-11-18",
        "Abgeschlossen am 2. September 2025\nAbgeschlossen am 3. September 2025\nAbgeschlossen am 4. September 2025",
        "Concluído em 02/09/2025\nConcluído em 13/09/2025\nConcluído em 24/09/2025",
    ],
)
def test_one_of_three_different_labelled_dates_is_a_guess_the_latest(rows):
    field = pick_date(f"Learner transcript\n{rows}")
    assert field.confidence == "guessed"
    assert field.value == max(hit.day for hit in find_dates(rows))


def test_two_labelled_dates_that_agree_are_found():
    field = pick_date("Date: 2 September 2025\nCompleted on 2 September 2025\nPrinted 2025-09-20")
    assert field[:2] == (dt.date(2025, 9, 2), "found")


@pytest.mark.parametrize(
    ("text", "day", "confidence"),
    [
        # the day the holder signed up is no activity's date, in the seven languages
        (
            "Fecha de inscripción: 28/10/2025\nFecha de finalización: 06/11/2025",
            dt.date(2025, 11, 6),
            "found",
        ),
        ("Enrolled on: 2025-10-28\nCompleted: 2025-11-06", dt.date(2025, 11, 6), "found"),
        ("Anmeldedatum: 28.10.2025\nAbgeschlossen am 06.11.2025", dt.date(2025, 11, 6), "found"),
        ("Data di iscrizione: 28/10/2025\nData: 06/11/2025", dt.date(2025, 11, 6), "found"),
        # a label among other days is a strong hint, not proof
        ("Date: 2025-07-07\nWhen: 23-24 September 2025", dt.date(2025, 7, 7), "guessed"),
        ("Date: 2025-07-07\nsee you on 2025-09-23", dt.date(2025, 7, 7), "guessed"),
        ("Date: 2025-07-07", dt.date(2025, 7, 7), "found"),
    ],
)
def test_a_date_is_found_only_when_no_other_day_of_the_file_competes(text, day, confidence):
    assert pick_date(text)[:2] == (day, confidence)


@pytest.mark.parametrize(
    ("text", "day", "confidence"),
    [
        # an event of two days, said with "and" in the seven languages
        ("Dates : les 9 et 10 décembre 2025", dt.date(2025, 12, 9), "found"),
        ("celebrado los días 21 y 22 de octubre de 2025", dt.date(2025, 10, 21), "found"),
        ("am 9 und 10. Dezember 2025", dt.date(2025, 12, 9), "found"),
        ("il 9 e 10 dicembre 2025", dt.date(2025, 12, 9), "found"),
        # a letter's place and date ending its line is not the activity's; by its shape only, so guessed
        ("Zeitraum 24.–25. November 2025\nMünchen, den 26.11.2025", dt.date(2025, 11, 24), "guessed"),
        ("op 16 september 2025 gepubliceerd\nUtrecht, 18 september 2025", dt.date(2025, 9, 16), "guessed"),
        # a weekday before a date is no place
        ("Thursday, 15 May 2025\nsee you", dt.date(2025, 5, 15), "found"),
    ],
)
def test_two_day_events_and_letter_dates(text, day, confidence):
    assert pick_date(text)[:2] == (day, confidence)


def test_two_whole_dates_written_as_one_range_are_its_first_day_and_its_days():
    hits = find_dates("Date & time: Mon, Oct 13, 2025 8:00 AM – Thu, Oct 16, 2025 1:00 PM (GMT-07:00)")
    assert [(hit.day, hit.days) for hit in hits] == [(dt.date(2025, 10, 13), 4)]
    assert pick_date("Date & time: Mon, Oct 13, 2025 8:00 AM – Thu, Oct 16, 2025 1:00 PM").value == dt.date(
        2025, 10, 13
    )
    # two dates of a listing, each with its own words, are two days
    listing = find_dates("Sept. 18, 2025 — Modern Budgeting Register\nOct 2, 2025 — Scenario Modeling")
    assert [hit.days for hit in listing] == [1, 1]


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        ("celebrada los días 6, 7 y 8 de octubre de 2026, con una duración", dt.date(2026, 10, 6), 3),
        ("les 13, 14 et 15 mai 2025", dt.date(2025, 5, 13), 3),
        ("Room 12, 3 June 2025", dt.date(2025, 6, 3), 1),  # a number before the day is no list of days
    ],
)
def test_a_list_of_days_is_the_first_and_its_count(text, day, days):
    assert [(hit.day, hit.days) for hit in find_dates(text)] == [(day, days)]


def test_a_day_said_only_as_the_documents_issue_date_is_a_guess():
    assert pick_date("Certificate of Attendance\nIssued June 1, 2026.")[:2] == (
        dt.date(2026, 6, 1),
        "guessed",
    )


def test_a_range_whose_dash_a_pdf_lost_is_still_a_range():
    assert pick_date("for attending Splash 2026, May 18   21, 2026. Issued June 1, 2026.")[:2] == (
        dt.date(2026, 5, 18),
        "found",
    )


def test_the_day_of_a_registration_said_at_length_is_no_events():
    text = "Thursday, March 12\n6:30 PM - 8:00 PM\nYou received this email because you registered for an event on Luma on March 2, 2026."
    assert pick_date(text, 2026)[:2] == (dt.date(2026, 3, 12), "guessed")


@pytest.mark.parametrize("born", ["geboren am 04.03.1988", "geb. 04.03.1988", "né le 04.03.1988"])
def test_a_birthday_said_any_way_is_no_activitys_day(born):
    assert pick_date(f"Herr Florian Pichler\n{born}\n")[0] is None


def test_a_birthday_is_no_activitys_day():
    text = "Herr\nLukas Brenner\ngeboren am 04.03.1988 in Darmstadt\nhat vom 12. bis 14. Oktober 2026 an dem Lehrgang"
    assert pick_date(text)[:2] == (dt.date(2026, 10, 12), "found")


def test_a_numeric_range_joins_once_another_date_settles_its_form():
    text = "Event Dates\nTuesday 10/11/2026 - Wednesday 11/11/2026\nRegistration Date\n18/08/2026"
    joined = [hit for hit in find_dates(text) if hit.days > 1]
    assert [(hit.day, hit.days) for hit in joined] == [(dt.date(2026, 11, 10), 2)]


def test_a_forms_year_month_day_boxes_are_a_date_and_a_range():
    text = "Periodo de ejecución: De Año / Mes / Día a Año / Mes / Día\n2026 / 08 / 10   a   2026 / 08 / 14"
    assert [(hit.day, hit.days) for hit in find_dates(text)] == [(dt.date(2026, 8, 10), 5)]


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        # a weekday before each day of a range, in French and Italian
        ("Dates : du jeudi 8 au vendredi 9 octobre 2026", dt.date(2026, 10, 8), 2),
        ("martedì 20 e mercoledì 21 ottobre 2026", dt.date(2026, 10, 20), 2),
        # Italian elides "alle": "dal 9 all'11 giugno"
        ("svoltosi dal 9 all'11 giugno 2026", dt.date(2026, 6, 9), 3),
        # Czech and Slovak space their dotted dates
        ("Date: 12. 11. 2026", dt.date(2026, 11, 12), 1),
    ],
)
def test_ranges_with_weekdays_and_spaced_dotted_dates_are_read(text, day, days):
    field = pick_date(text)
    assert field.value == day and field.note.days == days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "when" in Italian labels the event; the registration day is another day's
        (
            "Registrazione effettuata il 6 novembre 2026.\nquando: mercoledì 18 novembre 2026",
            dt.date(2026, 11, 18),
        ),
        # an order's day is no event's, whatever its number says
        ("Commande n° 88412093 du 01/09/2026\nMardi 17 novembre 2026, de 9h à 18h", dt.date(2026, 11, 17)),
        # a printed email's header block: the day it was sent
        (
            "Von: Events <events@example.com>\nGesendet: Montag, 12. Januar 2026 09:03\nAn: Anna\n"
            "Donnerstag, 22. Januar 2026, 14:00 – 15:00",
            dt.date(2026, 1, 22),
        ),
    ],
)
def test_a_registration_an_order_or_a_message_header_does_not_date_the_activity(text, day):
    assert pick_date(text).value == day


def test_a_forms_date_beside_its_topic_is_no_message_header():
    """'Onderwerp:' (topic, or subject) beside 'Datum:' is a certificate's form: no sender, no recipient."""
    text = "Onderwerp: Kasstroomoverzicht\nDatum: donderdag 2 oktober 2025\nTijd: 15.00 – 16.00 uur"
    assert pick_date(text)[:2] == (dt.date(2025, 10, 2), "found")


@pytest.mark.parametrize(
    "stamp",
    [
        "Fri, Nov 13, 2026 at 8:02 AM",  # Gmail's stamp, a line of its own in a print
        "Alex Morgan <alex@example.com>   Fri, Nov 13, 2026 at 8:02 AM",  # the sender's line
    ],
)
def test_a_printed_mails_stamp_does_not_date_the_activity(stamp):
    text = (
        f"{stamp}\nOneStream Webinar: Intelligent Cash Forecasting\nWednesday, November 11, 2026, 10:00 AM ET"
    )
    assert pick_date(text).value == dt.date(2026, 11, 11)


def test_an_events_day_and_time_on_a_labelled_line_stays_the_events():
    assert pick_date("When: Thursday, Nov 19, 2026 at 11:00 AM ET")[:2] == (dt.date(2026, 11, 19), "found")


def test_in_order_to_is_no_order():
    assert pick_date("In order to join on 12 May 2026, click the link.")[:2] == (
        dt.date(2026, 5, 12),
        "found",
    )
    assert pick_date("Order #4471 of 01 April 2026\nWebinar: 12 May 2026").value == dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Data: 10/11/2026 (terça-feira)", dt.date(2026, 11, 10)),  # 11 October 2026 is a Sunday
        ("Sunday 10/11/2026", dt.date(2026, 10, 11)),
        ("Tuesday, 10/11/2026", dt.date(2026, 11, 10)),
        ("Tue 10/11/2026", dt.date(2026, 11, 10)),
        ("mardi 10/11/2026", dt.date(2026, 11, 10)),
        ("10/11/2026, dinsdag", dt.date(2026, 11, 10)),
        ("10-11-2026 (martes)", dt.date(2026, 11, 10)),
    ],
)
def test_an_ambiguous_date_is_settled_by_the_weekday_written_beside_it(text, day):
    assert pick_date(text)[:2] == (day, "found")


@pytest.mark.parametrize(
    "text",
    [
        "Monday 10/11/2026",  # neither reading is a Monday: still asked
        "10/11/2026",
        "Marketing 10/11/2026",
        "On Tuesday we call. Date: 10/11/2026",  # a weekday in another sentence
    ],
)
def test_a_weekday_that_fits_no_reading_or_another_date_settles_nothing(text):
    hits = [hit for hit in find_dates(text) if hit.text == "10/11/2026"]
    assert hits and hits[-1].day is None and len(hits[-1].readings) == 2


def test_a_weekday_settled_date_tells_the_form_of_the_others():
    assert pick_date("Tuesday 10/11/2026; slides by 03/11/2026")[:2] == (dt.date(2026, 11, 10), "found")
    later = [hit for hit in find_dates("Tuesday 10/11/2026; see 03/04/2026") if hit.text == "03/04/2026"]
    assert later[0].day == dt.date(2026, 4, 3)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_written_weekday_always_gives_its_own_reading(day):
    """Whatever the day, "<its weekday> dd/mm/yyyy" reads as that day or stays asked, never the other."""
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day.weekday()]
    hit = find_dates(f"{weekday} {day.day:02d}/{day.month:02d}/{day.year}")[0]
    other = dt.date(day.year, day.day, day.month) if day.day <= 12 and day.day != day.month else None
    same_weekday = other is not None and other.weekday() == day.weekday()
    assert hit.day == (None if same_weekday else day)


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        ("held in Warsaw on 12-13.11.2026. Duration: 16 hours.", dt.date(2026, 11, 12), 2),
        ("am 12.–13.11.2026 in Köln", dt.date(2026, 11, 12), 2),
        ("1-3.12.2026", dt.date(2026, 12, 1), 3),
        ("Időpont / Date: 2026. 11. 24–25.", dt.date(2026, 11, 24), 2),
        ("Kelt: 2026. 11. 27.", dt.date(2026, 11, 27), 1),
    ],
)
def test_a_dotted_day_range_and_hungarys_year_first_dates(text, day, days):
    field = pick_date(text)
    assert (field.value, field.confidence, field.note.days) == (day, "found", days)


@pytest.mark.parametrize("text", ["30-31.11.2026", "2026. 11. 24"])
def test_an_impossible_range_or_an_unfinished_hungarian_date_is_no_date(text):
    assert pick_date(text).value is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Date Completed:  10/21/26", dt.date(2026, 10, 21)),
        ("Fecha: 21/10/26", dt.date(2026, 10, 21)),
        ("Completed 10/21/2026", dt.date(2026, 10, 21)),
    ],
)
def test_a_two_digit_year_with_slashes_is_read(text, day):
    assert pick_date(text)[:2] == (day, "found")


@pytest.mark.parametrize("text", ["1/2/3", "page 12/12/12", "10/21/26/7", "Lessons 12/12", "ratio 3/4/50"])
def test_what_only_looks_like_a_two_digit_year_date_is_none(text):
    assert find_dates(text) == []


def test_a_two_digit_year_date_that_reads_two_ways_is_asked():
    assert pick_date("03/04/26").confidence == "ambiguous"


def test_a_range_of_two_whole_dates_with_times_and_zones_is_one_event():
    field = pick_date("When\nTue, Oct 13, 2026, 9:00 AM EDT – Wed, Oct 14, 2026, 1:00 PM EDT")
    assert (field.value, field.confidence, field.note.days) == (dt.date(2026, 10, 13), "found", 2)


def test_a_label_above_a_weekday_and_its_date_labels_the_date():
    text = "You joined the session.\nWhen\nThursday, September 17, 2026 · 2:00 PM\nSession 4 is on October 1, 2026."
    assert pick_date(text).value == dt.date(2026, 9, 17)
    sentence = "Your registration has been approved.\n\nWednesday, 15 October 2025\n"
    assert [hit.other for hit in find_dates(sentence)] == [False]  # a sentence above is no label


def test_a_day_said_closed_is_no_activitys_day():
    text = "from Tuesday 20 October to\nThursday 22 October 2026.\nEarly-bird registration closed on 31 July 2026."
    assert pick_date(text).value == dt.date(2026, 10, 20)


def test_issued_with_a_place_between_is_the_documents_day():
    text = "les jeudi 8 et vendredi 9 octobre 2026, de 9 h à 12 h 30.\nDélivrée à Montréal le 2026-10-09."
    assert pick_date(text).value == dt.date(2026, 10, 8)


def test_termin_labels_the_day_and_anmeldung_am_is_the_registrations():
    text = "Termin: Dienstag, 17.11.2026, 10:00 – 11:30 Uhr\nAnmeldung am 02.11.2026 · Teilnehmer-ID 55-1092\nMünchen, den 18.11.2026"
    assert pick_date(text).value == dt.date(2026, 11, 17)


def test_a_session_slot_labels_the_speakers_day_inside_the_conference():
    text = "Session slot: Tuesday, 13 October 2026, 10:45–11:30\nConference dates: 12–15 October 2026"
    assert pick_date(text).value == dt.date(2026, 10, 13)
