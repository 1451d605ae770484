"""Hours as certificates and emails state them in the seven languages, and
two figures that disagree, which are a guess (issue 20's blind measure).
Every text here is made up for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.hours import hours_from_text, points_from_text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Carga horária: 1h30", "1.5"),
        ("Aantal uren: 6", "6"),
        ("Contact hours: 2.5", "2.5"),
        ("Anzahl Stunden: 8", "8"),
        ("Nombre d'heures : 7", "7"),
        ("Número de horas: 4", "4"),
        ("Numero di ore: 3", "3"),
        ("Stunden: 8", "8"),
        ("Heures : 7", "7"),
        ("Credits earned: 2", "2"),
        ("Crediti: 2", "2"),
        ("CPE-Punkte: 2", "2"),
        ("Durée : 1 h 30", "1.5"),
        ("Umfang: 2 Std. 30 Min.", "2.5"),
        ("Duración: 1h30", "1.5"),
        ("Totaal: 12 uur", "12"),
        ("Gesamt: 16 Stunden", "16"),
        ("Sessions attended: 4 (total 4 h 15 min)", "4.25"),
        ("Le 2 décembre 2025, de 14 h à 15 h (heure de Paris)", "1"),
        ("Horário: 14h às 15h30", "1.5"),
        ("Webinar 2-3 pm ET", "1"),
        ("Dienstag, 14–15 Uhr", "1"),
        # German certificates count clock hours apart from teaching units of 45 minutes
        ("teilgenommen hat. Umfang: 9 Zeitstunden (12 UE à 45 Min.)", "9"),
        # a day's time range with lunch in it, and the training hours it is accredited for
        ("Horario: 9:00 – 17:30 (almuerzo incluido)\nFormación acreditada: 6,5 horas", "6.5"),
        ("Attend both days of the workshop held October 28–29, 2025 (14 contact hours)", "14"),
        ("realizado das 10h às 11h30, com duração de 1 hora e 30 minutos.", "1.5"),
        ("Dauer: 2 Stunden und 15 Minuten", "2.25"),
        ("Duración del curso: 1:30 h\nPuntuación: 95/100", "1.5"),
        ("Studieduur: 2,5 uur · Behaalde score: 18 van 20 vragen", "2.5"),
        ("Learning time  3h 00m\nCompleted on  27 March 2026", "3"),
        ("Length 6.5 total hours", "6.5"),
        ("L'evento ha previsto 6,5 ore di formazione effettiva (pausa pranzo esclusa)", "6.5"),
        ("Completed Time in lesson Score\nTime in lesson: 1 hr 15 min", "1.25"),
        (
            "Lehrgangsumfang: 24 Unterrichtsstunden à 45 Minuten\nUnterrichtszeiten: täglich 08:30 – 15:30 Uhr",
            "18",
        ),
        (
            "im Ausmaß von 8 Unterrichtseinheiten (1 UE = 45 Minuten) teilgenommen.\nUhrzeit: 09:00 – 15:30 Uhr",
            "6",
        ),
        ("Completion Date: 17-SEP-2026\nDuration (hh:mm): 03:30\nScore: 92.00", "3.5"),
        ("Duración en horas: 20\nÁrea temática del curso", "20"),
        (
            "For your CPD records: 6 hours of structured learning (09:30 – 17:00, excluding breaks and lunch).",
            "6",
        ),
        ("Orario: 9:00–17:00 (pausa pranzo 13:00–14:00)\nDurata complessiva: 14 ore", "14"),
        ("PLN-140 Workflow 2.00 Completed\nTotal learning hours (path): 42.50", "42.5"),
        # the length a day's time range is said to make, breaks left out
        (
            "le 22 septembre 2026, de 9 h 30 à 17 h 00,\nsoit 6 heures de sessions (hors pauses et déjeuner).",
            "6",
        ),
    ],
)
def test_stated_hours_in_the_seven_languages_are_found(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


def test_a_daily_time_range_beside_a_stated_total_gives_the_total():
    text = "Van 10 t/m 12 maart 2025, dagelijks 09:00–13:00\nTotaal: 12 uur"
    assert hours_from_text(text)[:2] == (Decimal("12"), "found")


@pytest.mark.parametrize(
    "text",
    [
        "Daily 09:00–13:00, about 12 hours of content",
        "Each day 9:00 AM - 1:00 PM (a 12 hour course)",
    ],
)
def test_a_time_range_that_another_figure_contradicts_is_a_guess(text):
    field = hours_from_text(text)
    assert field.confidence == "guessed"


def test_a_clock_time_inside_a_range_is_no_length():
    # "14 h" in "de 14 h à 15 h" is when it starts, not 14 hours
    assert hours_from_text("de 14 h à 15 h")[:2] == (Decimal("1"), "found")


@pytest.mark.parametrize(
    "text, hours",
    [
        ("Schedule: daily 9:00 AM - 1:00 PM\nTotal course hours: 12", "12"),
        ("Horario: 9:00 - 13:00\nTotal de horas: 12", "12"),
        ("Tijd: 9.00 - 13.00 uur\nTotaal aantal uren: 12", "12"),
        ("Orario: 9:00 - 13:00\nTotale ore: 12", "12"),
        ("9:00 AM - 1:00 PM each day, a total of 12 hours", "12"),
        ("de 9 h à 13 h\nDurée totale : 21 heures", "21"),
        ("09:00 - 13:00 Uhr\nGesamtdauer: 16 Stunden", "16"),
        ("das 9h às 13h\nCarga horária total: 6 horas", "6"),
    ],
)
def test_a_labelled_total_in_the_seven_languages_wins_over_a_time_range(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


def test_one_daily_time_range_of_an_event_of_several_days_is_a_guess():
    field = hours_from_text("13th-15th October 2025\ndaily 9:00 AM - 1:00 PM", several_days=True)
    assert field[:2] == (Decimal("4"), "guessed")
    assert hours_from_text("13 October 2025\n9:00 AM - 11:00 AM")[:2] == (Decimal("2"), "found")
    # four hours in one range may hold a break: guessed (one session runs up to three)
    assert hours_from_text("13 October 2025\n9:00 AM - 1:00 PM")[:2] == (Decimal("4"), "guessed")


@pytest.mark.parametrize(
    "text, hours, confidence",
    [
        ("Der Workshop umfasste acht Stunden.", "8", "guessed"),
        ("Schulungsdauer: 6 Stunden (09:00 - 16:00 Uhr, inkl. Mittagspause)", "6", "found"),
        ("con una duración de cuatro horas.", "4", "found"),
        ("svoltosi il 6 novembre 2025, della durata di un'ora.", "1", "found"),
        ("La formation a duré sept heures.", "7", "guessed"),
        ("De training duurde zes uur.", "6", "guessed"),
        ("O curso teve duração de duas horas.", "2", "found"),
    ],
)
def test_hours_spelled_out_in_the_seven_languages(text, hours, confidence):
    assert hours_from_text(text)[:2] == (Decimal(hours), confidence)


@pytest.mark.parametrize(
    "text",
    [
        "Le rappel arrive 24 heures avant le début.",
        "Recibirá un recordatorio 24 horas antes.",
        "Sie erhalten 24 Stunden vorher eine Erinnerung.",
        "Riceverai un promemoria 24 ore prima.",
        "Você receberá um lembrete com 24 horas de antecedência.",
    ],
)
def test_a_reminder_before_the_event_is_no_duration_in_any_language(text):
    assert hours_from_text(text).value is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("durata: un'ora e mezza", "1.5"),
        ("Duración: dos horas y media", "2.5"),
        ("Durée : une heure et demie", "1.5"),
        ("Duração: uma hora e meia", "1.5"),
        ("Dauer: zwei Stunden", "2"),
    ],
)
def test_a_half_hour_spelled_out_is_added(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Carga horária: 60 minutos", "1"),
        ("Durée : quatorze heures, soit deux journées", "14"),
        ("Duration: eighteen hours", "18"),
        ("Dauer: sechzehn Stunden", "16"),
    ],
)
def test_minutes_after_an_hours_label_and_the_hours_of_longer_courses_spelled_out(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


@pytest.mark.parametrize(
    "line",
    [
        "OnePoints toegekend 10",
        "OnePoints vergeben: 10",
        "OnePoints attribués : 10",
        "OnePoints atribuídos: 10",
    ],
)
def test_onepoints_awarded_in_the_seven_languages(line):
    from onepoints_cli.domain.scan.hours import points_from_text

    assert points_from_text(f"Auteur Sam Taylor\n{line}\nWoorden 1.850")[:2] == (Decimal(10), "found")


def test_a_total_named_in_words_beats_a_daily_schedule():
    text = "Dates: 17th–19th February 2026\nDaily schedule: 09:30–16:30 GMT\nTotal learning time: 18 hours"
    assert hours_from_text(text, several_days=True)[:2] == (Decimal(18), "found")


@pytest.mark.parametrize(
    ("text", "hours", "confidence"),
    [
        ("Webinar, 1:00 PM – 2:30 PM ET", "1.5", "found"),  # one session: its length
        ("Workshop day, 09:30 – 16:00", "6.5", "guessed"),  # a day, lunch within: maybe not what counts
        ("Totale sessietijd: 4 uur 15 minuten", "4.25", "found"),
    ],
)
def test_a_long_time_range_is_guessed_and_a_total_keeps_its_minutes(text, hours, confidence):
    assert hours_from_text(text)[:2] == (Decimal(hours), confidence)


def test_the_time_spent_wins_over_cpe_credits_of_a_50_minute_hour():
    text = "Program length  75 minutes\nCPE credits  1.5\nCPE credits are based on a 50-minute hour."
    assert hours_from_text(text)[:2] == (Decimal("1.25"), "guessed")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Duration: 2 hours\nCPE credits: 3", "2"),  # two stated figures that disagree
        ("Duration: 2 hours\nSchedule: 14:00–15:00", "2"),  # a time range shorter than the figure
    ],
)
def test_a_stated_figure_another_contradicts_is_a_guess(text, hours):
    field = hours_from_text(text)
    assert field[:2] == (Decimal(hours), "guessed")
    assert field.note is not None and field.note.caveat == "other-figures"


def test_a_time_range_longer_than_the_stated_hours_is_the_breaks_and_contradicts_nothing():
    assert hours_from_text("Dauer: 6 Stunden (09:00 - 16:00 Uhr, inkl. Mittagspause)")[:2] == (
        Decimal("6"),
        "found",
    )


def test_an_articles_reading_time_is_no_length():
    assert (
        hours_from_text("Article ID: OSP-2026-0412 · Word count: 2,150 · Reading time: 9 minutes")[1]
        == "missing"
    )


def test_an_approximate_duration_is_stated_and_a_countdown_is_none():
    text = "Duration: approx. 45 minutes, including live Q&A\nCountdown: 14 days 03 hours 12 minutes"
    assert hours_from_text(text)[:2] == (Decimal("0.75"), "found")


def test_a_courses_length_outweighs_the_cpe_credit_it_recommends_and_attendance_time_does_not():
    course = (
        "Course completed on Oct 12, 2026 at 09:41PM UTC • 1 hour 12 minutes\nRecommended CPE credit: 1.4."
    )
    assert hours_from_text(course)[:2] == (Decimal("1.2"), "guessed")
    attended = "Webinar date: July 22, 2025\nAttendance: 58 minutes\nCPE credits: 1.0"
    assert hours_from_text(attended)[:2] == (Decimal("1.0"), "found")


def test_points_another_platform_gives_are_no_onepoints():
    assert points_from_text("Points earned (Degreed) 412\nDegreed points are not OnePoints  1 / 2")[0] is None
    assert points_from_text("OnePoints awarded: 10")[0] == Decimal("10")


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Author Certificate\nPoints: 8\n(article, 1,500+ words, peer reviewed)", "8"),
        ("Published online on 15 October 2026\nPoints awarded: 8\nManuscript received", "8"),
        ("Contribution type Long-form article\nContributor points awarded 6\nPoints are credited", "6"),
        # another platform's points, a CPE point, a score: the line opens with something else
        ("Skill points earned: 20 (Account Reconciliations - Level 2)", None),
        ("CPE points: 2", None),
        ("Points: 18/20", None),
        ("Points 45 of 50", None),
        ("Points: 91%", None),
    ],
)
def test_points_a_line_labels_without_onepoints_are_only_guessed(text, points):
    field = points_from_text(text)
    assert field.value == (Decimal(points) if points else None)
    assert field.confidence == ("guessed" if points else "missing")


def test_labelled_points_give_way_to_onepoints():
    field = points_from_text("Points: 8\nOnePoints awarded: 10")
    assert (field.value, field.confidence) == (Decimal("10"), "found")


def test_an_articles_average_reading_time_is_no_length():
    assert hours_from_text("Tempo médio de leitura: 7 min.")[1] == "missing"


def test_hours_a_fee_helped_fund_are_no_length():
    assert hours_from_text("Your order helped fund 2 hours of learning.")[1] != "found"


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Pontuação OnePoints atribuída ao autor: 10 pontos.", "10"),
        (
            "In line with the programme, a published article earns 10\nOnePoints; they appear within 30 days.",
            "10",
        ),
        # a table's cell over the word is no figure of points: "2,150" words, then "OnePoints" under it
        ("Word count\n2,150\nOnePoints awarded", None),
    ],
)
def test_points_worded_after_a_label_or_wrapped_before_the_word_are_read(text, points):
    field = points_from_text(text)
    assert field.value == (Decimal(points) if points else None)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Temps de formation attesté : 6 h 30 (hors pauses)", "6.5"),
        ("Training time: 3 hr 15 min", "3.25"),
        # the length of other activities the message suggests is not this one's
        ("Credit hours: 2.5\nKeep going: 3 more activities in the\npath (approx. 6 hours).", "2.5"),
    ],
)
def test_training_time_is_stated_and_other_activities_lengths_are_not(text, hours):
    assert hours_from_text(text).value == Decimal(hours)


@pytest.mark.parametrize(
    "text", ["three sessions of 13:00-17:00 each, 12 hours total", "drei Termine, 12 Stunden insgesamt"]
)
def test_a_total_written_after_its_figure_wins_over_each_sessions_range(text):
    assert hours_from_text(text)[:2] == (Decimal(12), "found")


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Total hours of attendance  12.0", "12"), ("Total de horas de formación: 6", "6")],
)
def test_a_total_of_what_the_hours_are_is_still_a_total(text, hours):
    assert hours_from_text(text)[:2] == (Decimal(hours), "found")


def test_a_whole_length_with_a_preposition_beats_each_modules_hours():
    text = "con una\nduración total de 12 horas lectivas.\nMódulo Horas\n1. Eliminaciones 3 h\n2. Minoritarios 3 h"
    assert hours_from_text(text)[:2] == (Decimal(12), "found")


def test_credits_said_to_be_worth_50_minutes_are_read_but_guessed():
    """16.5 credits of 50 minutes are 13.75 clock hours: which one counts is the holder's call."""
    assert hours_from_text("CPE CREDITS EARNED: 16.5\n1 CPE credit = 50 minutes.")[:2] == (
        Decimal("16.5"),
        "guessed",
    )


def test_a_sessions_time_range_outweighs_cpe_credits_that_disagree():
    text = "Thank you for attending on October 29, 2025 (2:00 PM - 3:00 PM ET).\nCPE credits: 1.2 (Field of study: Accounting)"
    field = hours_from_text(text)
    assert (field.value, field.confidence, field.note.caveat) == (Decimal(1), "guessed", "other-figures")
    agree = "Webinar, 1:00 PM - 2:30 PM ET.\nCPE credits: 1.5"
    assert hours_from_text(agree)[:2] == (Decimal("1.5"), "found")
    day = "Workshop 9:00 - 17:00.\nCPE credits: 7"  # a day with breaks: no session's length
    assert hours_from_text(day).value == Decimal(7)


@pytest.mark.parametrize(
    "text",
    [
        "Les articles partagés dans les 48 heures sont mis en avant.",
        "Please reply within the next 24 hours.",
    ],
)
def test_within_some_hours_is_no_duration(text):
    assert hours_from_text(text).value is None


def test_onepoints_awarded_over_its_figure_are_points():
    from onepoints_cli.domain.scan.layout import stacked_pairs

    text = "Temps de lecture\n12 min\nOnePoints attribués\n8\n"
    assert "OnePoints attribués: 8" in stacked_pairs(text)
    assert points_from_text("\n".join(stacked_pairs(text))).value == Decimal(8)


def test_hours_of_live_content_are_stated_hours():
    text = "participated live on September 9, 2026 (broadcast 10:00 AM – 4:30 PM ET).\nHOURS OF LIVE CONTENT: 5.5"
    assert hours_from_text(text)[:2] == (Decimal("5.5"), "found")


def test_a_total_of_some_instructor_led_hours_is_the_total():
    text = "over two days, October 8–9, 2026 (9:00 AM – 5:00 PM each day),\nfor a total of 16 instructor-led hours, with 4 labs"
    assert hours_from_text(text)[:2] == (Decimal(16), "found")


@pytest.mark.parametrize(
    "text",
    [
        "Duração da sessão: 45 minutos, seguidos de 15 minutos de perguntas e respostas.",
        "Duration: 45 minutes, followed by 15 minutes of Q&A.",
    ],
)
def test_minutes_said_to_follow_a_duration_are_part_of_the_session(text):
    field = hours_from_text(text)
    assert (field.value, field.confidence) == (Decimal(1), "guessed")


def test_sessions_times_hours_is_no_count_of_hours_and_hours_in_all_is_the_total():
    text = "held on 22-23 September 2026\nTraining time: 2 x 6.5 hours (13 hours in all, lunch not counted)"
    assert hours_from_text(text)[:2] == (Decimal(13), "found")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("per un totale di dieci (10) ore di formazione", "10"),
        ("comprising eight (8) contact hours of instruction,", "8"),
        ("a durée de sept (7) heures de formation", "7"),
    ],
)
def test_a_number_written_out_then_as_a_figure_in_brackets_is_read_once(text, hours):
    field = hours_from_text(f"Attestato\n{text}\n")
    assert (field.value, field.confidence) == (Decimal(hours), "found")


def test_a_word_and_another_figure_in_brackets_is_not_rewritten():
    # "twelve (8)": the two disagree, so neither is taken for the other
    assert hours_from_text("Course twelve (8) contact hours").value != Decimal("12")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("au Pavillon Exemple, 75015 Paris, soit 10\nheures de formation au total (ateliers).", "10"),
        ("the course ran for a total of 12\nhours of live instruction.", "12"),
    ],
)
def test_a_sentence_wrapped_between_its_figure_and_the_unit_is_read(text, hours):
    assert hours_from_text(text).value == Decimal(hours)


def test_a_cell_figure_over_the_word_hours_is_no_wrapped_sentence():
    # "IFRS 16" on the line before "hours ..." is a figure of the title line, not a length
    assert hours_from_text("IFRS 16\nhours of CPE are not awarded for this event").value != Decimal("16")


@pytest.mark.parametrize(
    "text", ["(3 Tage, insgesamt 21 Unterrichtsstunden)", "un total de 21 horas lectivas", "21 Lektionen"]
)
def test_teaching_hours_with_no_length_given_are_a_guess(text):
    field = hours_from_text(text)
    assert (field.value, field.confidence) == (Decimal("21"), "guessed")
