"""Hours as certificates and emails state them in the seven languages, and
two figures that disagree, which are a guess (issue 20's blind measure).
Every text here is made up for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.hours import hours_from_text


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
        "Daily 09:00–13:00, 12 hours in all",
        "Each day 9:00 AM - 1:00 PM (a 12 hour course)",
    ],
)
def test_a_time_range_that_another_figure_contradicts_is_a_guess(text):
    field = hours_from_text(text)
    assert field.confidence == "guessed"


def test_a_clock_time_inside_a_range_is_no_length():
    # "14 h" in "de 14 h à 15 h" is when it starts, not 14 hours
    assert hours_from_text("de 14 h à 15 h")[:2] == (Decimal("1"), "found")
