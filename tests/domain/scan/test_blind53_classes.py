"""Classes of misses the blind53 to blind55 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Proposal, Source
from onepoints_cli.domain.scan.title_sentences import after_completed


def _page(name: str, text: str) -> Proposal:
    result = propose(Source(f"{name}.html", "0" * 64, "html", text, subject=name))
    assert isinstance(result, Proposal)
    return result


_DAY_GRID = "\n".join(str(day) for day in range(1, 31))


@pytest.mark.parametrize("view", ["Work week", "Week", "Month", "Arbeitswoche", "Semaine de travail"])
def test_a_calendar_pages_view_is_not_the_events_days(view):
    text = (
        f"Today November 16–20, 2026   {view}\nContoso Webinar: Intercompany Matching in OneStream\n"
        "Thu 11/19/2026 12:00 PM - 1:00 PM\n"
    )
    assert pick_date(text).value == dt.date(2026, 11, 19)


def test_a_range_that_is_an_events_days_still_counts():
    assert pick_date("Splash Europe, November 16–18, 2026, Lisbon\n").value == dt.date(2026, 11, 16)


@pytest.mark.parametrize("name", ["Calendar - Alex Martin - Outlook", "Mail - Alex Martin - Outlook"])
def test_a_page_saved_from_outlook_on_the_web_takes_its_events_line_under_a_grid_of_days(name):
    text = (
        f"{name}\nNew event\nNovember 2026\n{_DAY_GRID}\nMy calendars\n"
        "Contoso Finance Webinar: Intercompany Matching in OneStream\n"
        "Thu 11/19/2026 12:00 PM - 1:00 PM\nMicrosoft Teams Meeting\n"
    )
    assert _page(name, text).title.value == "Intercompany Matching in OneStream"


def _title(fmt: str, text: str, subject: str | None = None) -> str:
    result = propose(Source(f"x.{fmt}", "0" * 64, fmt, text, subject=subject))
    assert isinstance(result, Proposal)
    return result.title.value


@pytest.mark.parametrize(
    ("label", "figure"),
    [
        ("Anrechenbare Zeit: 6,5 Zeitstunden", "6.5"),
        ("Creditable hours: 3", "3"),
        ("Heures admissibles : 7 h", "7"),
    ],
)
def test_the_time_a_body_recognises_is_the_hours(label, figure):
    text = f"Webinar OneStream Tagesworkshop\nUhrzeit: 09:00 – 17:00 Uhr\n{label} (ohne Mittagspause)\n"
    assert str(hours_from_text(text).value) == figure


@pytest.mark.parametrize(
    "sentence",
    [
        "Certificamos que Alex Martin concluiu com aproveitamento o curso Planejamento de Caixa no OneStream, realizado",
        "Certificamos que Alex Martin concluiu o curso Planejamento de Caixa no OneStream, realizado",
    ],
)
def test_a_sentence_after_com_aproveitamento_names_the_course(sentence):
    found = after_completed(f"{sentence} em São Paulo no dia 3 de novembro de 2026.\n", ())
    assert found is not None and found[0] == "Planejamento de Caixa no OneStream"


def test_a_kind_in_small_letters_stays_before_its_description():
    found = after_completed(
        "ha frequentato il corso di formazione\nOneStream – Modelli di costo\nDate 10 novembre 2026\n", ()
    )
    assert found is not None and found[0] == "OneStream – Modelli di costo"


def test_a_title_line_of_its_own_stops_where_it_says_where_and_when():
    text = (
        "attestons que Alex Martin a participé à la conférence\n"
        "OneStream Wave Lyon 2026, qui s'est tenue le jeudi 1er octobre 2026 au Centre\n"
    )
    found = after_completed(text, ())
    assert found is not None and found[0] == "OneStream Wave Lyon 2026"


def test_a_line_ending_on_a_preposition_goes_on_over_a_label_shaped_line():
    text = "concluiu o curso Orçamento Base Zero no\nOneStream: do Driver ao Relatório, realizado em 2026.\n"
    found = after_completed(text, ())
    assert found is not None and found[0] == "Orçamento Base Zero no OneStream: do Driver ao Relatório"


def test_a_labels_colon_over_its_value_in_an_email():
    body = (
        "The following training has been marked complete.\nTraining Title:\nOneStream Planning Fundamentals\n"
        "Training Type:\nSession\nSession:\nPLN-101 · 10/30/2026 8:00 AM – 4:30 PM\n"
        "Training Title:: Training Type:\nSession: Session:\n"
    )
    assert _title("email", body, subject="Training Completed") == "OneStream Planning Fundamentals"
