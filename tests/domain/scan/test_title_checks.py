"""The confidence gates on a title: a title the reader cannot be sure of is
kept but guessed. Every text here is made up, in the seven languages."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.records import Field, Note
from onepoints_cli.domain.scan.title_checks import (
    corroborated,
    dangling_end,
    form_words,
    gated_title,
    names_one,
    second_person,
)
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.titles import pick_title


@pytest.mark.parametrize(
    "title",
    [
        "Your certificate for Cube Views",
        "Você concluiu o curso Modelagem",
        "Vous avez terminé la formation Clôture",
        "Was Sie über Konsolidierung wissen müssen",
        "Tu registro para Presupuestos",
        "Jouw deelname aan Kasstroom",
        "Il tuo attestato Consolidamento",
        "Cube Views completed",
        "Kurs Datenintegration abgeschlossen",
        "Cursus Kasstroom voltooid",
    ],
)
def test_a_title_that_speaks_to_you_or_holds_a_completion_verb_is_doubted(title):
    assert second_person(title) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Cube Views Deep Dive",
        "Was sie sagen: Konsolidierung",
        "Planification budgétaire avancée",
        "Flussi di cassa",
    ],
)
def test_a_plain_title_passes_the_second_person_gate(title):
    assert second_person(title) is None


@pytest.mark.parametrize(
    "subject, title",
    [
        ("Parabéns! Você concluiu o curso Modelagem de dimensões", "Modelagem de dimensões"),
        ("Vous avez terminé la formation Clôture rapide", "Clôture rapide"),
        ("Has completado el curso Presupuestos base cero", "Presupuestos base cero"),
        ("Hai completato il corso Flussi di cassa", "Flussi di cassa"),
        ("Sie haben den Kurs Datenintegration erfolgreich abgeschlossen", "Datenintegration"),
        ("U heeft de cursus Kasstroom automatiseren voltooid", "Kasstroom automatiseren"),
        ("Congratulations! You completed the course Cube Views", "Cube Views"),
    ],
)
def test_the_lead_you_completed_the_course_is_no_part_of_the_title(subject, title):
    assert strip_title(subject) == title


@pytest.mark.parametrize(
    "title",
    [
        "Allocazioni dei costi con",
        "Planning and",
        "Reporting for the",
        "Konsolidierung mit",
        "Clôture de",
        "Presupuestos y",
        "Kasstroom van",
        "Modelagem de dimensões no",
    ],
)
def test_a_title_ending_in_a_preposition_article_or_conjunction_was_cut(title):
    assert dangling_end(title) is not None


@pytest.mark.parametrize("title", ["Allocazioni dei costi con le Business Rules", "Planning and Forecasting"])
def test_a_whole_title_does_not_dangle(title):
    assert dangling_end(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "Format: eLearningDuration: 1 hr 30 minCompleted",
        "Cube Views Dauer: 2 Stunden",
        "Durée : 1 h 30",
        "Release highlights (45 min)",
        "Consolidation 6 CPE credits",
        "Budget 2 hours",
    ],
)
def test_a_title_with_a_label_a_duration_or_a_figure_with_its_unit_is_doubted(title):
    assert form_words(title) is not None


@pytest.mark.parametrize(
    "title",
    ["OneStream : Planification budgétaire", "Extensibility in OneStream: Relational Blending", "IFRS 16"],
)
def test_a_title_with_a_colon_of_its_own_is_no_form(title):
    assert form_words(title) is None


def test_a_gate_turns_found_into_guessed_with_its_reason_and_keeps_the_value():
    field = gated_title(Field("Allocazioni dei costi con", "found", Note("largest-lines")))
    assert field.value == "Allocazioni dei costi con"
    assert field.confidence == "guessed"
    assert field.note == Note("largest-lines", caveat="dangling-end")


def test_a_guessed_title_stays_as_it_is():
    field = Field("Your certificate", "guessed", "the email's subject")
    assert gated_title(field) == field


def test_a_labelled_title_that_is_a_form_line_is_guessed_not_found():
    field = pick_title(None, None, "Session: Format: eLearningDuration: 1 hr 30 min\n10 June 2025", "x.html")
    assert field.confidence == "guessed"


@pytest.mark.parametrize(
    "heading, usable",
    [
        ("What's New in Release 8.4 for Administrators", True),
        ("Course completed", False),
        ("Certificate of Completion", False),
        ("Webinar", False),
        ("Your learning", False),
    ],
)
def test_a_pages_heading_is_a_title_only_when_it_names_one(heading, usable):
    assert names_one(heading) is usable


# --- a title is found only where two places of the file name it whole --------------


@pytest.mark.parametrize(
    ("title", "subject", "text", "whole"),
    [
        ("Cube Views", "Registered: Cube Views", "Hello,\nCube Views\non May 3", True),  # subject and a line
        (
            "Cube Views",
            None,
            "Cube Views\nYou attended Cube Views on May 3, 2025.",
            True,
        ),  # heading and sentence
        ("Cube Views", None, "Cube Views\nSee you.", False),  # once
        # a longer title in both places: this one stops too early
        (
            "Workflow Profiles",
            "Workflow Profiles, Official Reflows",
            "Workflow Profiles, Official Reflows",
            False,
        ),
        ("Flash Reporting", None, "Flash Reporting and more\nFlash Reporting tools", False),  # never whole
        ("Splash 2025", "Invitation: Splash 2025 @ Tue Mar 4", "Splash 2025\n", True),
        ("Cube Views", None, "„Cube Views“ opens\n„Cube Views“", True),
        ("Cube Views", None, "Cube Views, held on May 3\nCube Views", True),
        ("Views", None, "CubeViews\nOverviews", False),  # inside a longer word
    ],
)
def test_corroborated_counts_whole_mentions_only(title, subject, text, whole):
    assert corroborated(title, subject, text) is whole
