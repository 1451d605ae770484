"""The sentence before a title on a certificate or a letter: how long the course ran,
its kind with a qualifier, a moderator's or a reviewer's thanks, a participation
with its kind, a quoted title wrapped once. Every text here is made up."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.title_sentences import after_completed
from onepoints_cli.domain.scan.titles import pick_title


@pytest.mark.parametrize(
    "lead",
    [
        "has completed the two-day virtual course",
        "has completed a 3-day workshop",
        "attended the half-day session",
        "ha frequentato il corso di formazione",
        "a suivi la formation OneStream",
    ],
)
def test_a_kind_with_how_long_or_what_sort_leaves_the_title_to_the_next_line(lead):
    text = f"Certificate\nAlex Morgan\n{lead}\nBudgeting with Driver Models\nNovember 3, 2026\n"
    assert after_completed(text, ()) == ("Budgeting with Driver Models", True)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("for moderating the live webinar", "Allocation Rules in OneStream: 4 Patterns That Work"),
        ("for co-presenting the session", "Allocation Rules in OneStream: 4 Patterns That Work"),
        ("thank you for serving as technical reviewer of", "The Planning Handbook, Third Edition"),
    ],
)
def test_a_moderator_or_a_reviewer_is_thanked_for_the_title_on_the_next_line(lead, title):
    text = f"Dear Alex,\n{lead}\n{title}\non Monday, October 5, 2026.\n"
    assert after_completed(text, ()) == (title, True)


@pytest.mark.parametrize(
    "line",
    [
        "Sessions attended: 5",
        "Completed: 12 March 2026",
        "Sessions attended: 5 Learning hours recorded: 4.5",  # two labels, each with a figure
    ],
)
def test_a_label_and_its_figure_is_still_no_title(line):
    text = f"Sam attended\n{line}\n"
    assert after_completed(text, ()) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierbij bevestigen wij je deelname aan het webinar:",
        "Nous confirmons votre participation à la formation :",
        "Wir bestätigen Ihre Teilnahme am Webinar:",
    ],
)
def test_a_participation_with_its_kind_introduces_the_title(sentence):
    text = f"Beste Sam,\n{sentence}\nConsolidatie zonder handwerk: 8 tips\nDatum: 20 oktober 2026\n"
    field = pick_title(None, "Bevestiging inschrijving webinar", text, "bevestiging.msg")
    assert field.value == "Consolidatie zonder handwerk: 8 tips"
    assert field.note is not None and field.note.kind == "introduced"


def test_a_quoted_title_on_lines_of_its_own_wrapped_once_is_joined():
    text = (
        "ATTESTATO DI PARTECIPAZIONE\nSi attesta che Sam Taylor ha partecipato al Tech Talk\nOneStream\n"
        "«Regole di allocazione in OneStream: dalle Finance Rules ai\nDriver»\n"
        "tenutosi a Torino il 3 ottobre 2026.\n"
    )
    field = pick_title(None, None, text, "attestato.pdf")
    assert field.value == "Regole di allocazione in OneStream: dalle Finance Rules ai Driver"


def test_a_quoted_paragraph_of_three_lines_is_no_title():
    text = "Note\n«Lorem ipsum dolor sit amet\nconsectetur adipiscing elit\nsed do eiusmod tempor»\n"
    assert pick_title(None, None, text, "note.pdf").note.kind != "quoted"  # type: ignore[union-attr]
