"""A title in running text: after the words that say it was attended or completed, on the line
a letter or a page introduces, and its wrapped lines joined only where a title goes on."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.title_sentences import after_completed, continued, introduced, one_line, worded


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sam Taylor attended Cube View Basics on 4 May 2025.", "Cube View Basics"),
        ("Congratulations! You completed the course Planning Essentials.", "Planning Essentials"),
        ("a assisté au webinaire :\nClôture IFRS 17\norganisé le 13 mars 2026", "Clôture IFRS 17"),
        (
            "Si attesta che Chiara Neri ha seguito il webinar\nChiusura veloce del mese\nin data 21/10/2026",
            "Chiusura veloce del mese",
        ),
        (
            "Luca Neri ha frequentato il corso\nConsolidamento avanzato\nDurata 3 ore",
            "Consolidamento avanzato",
        ),
    ],
)
def test_the_title_after_the_words_that_say_it_was_attended(text, title):
    found = after_completed(text, ())
    assert found is not None and found[0] == title


def test_what_was_earned_is_no_title():
    assert after_completed("You completed 6.0 hours of instructor-led training.", ()) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hola, Sam:\n\nTu artículo\n\n    Cierre contable en cinco días\n\nse publicó el 9 de septiembre.\n",
            "Cierre contable en cinco días",
        ),
        (
            "You're registered!\nOneStream Live: Planning for Tariffs\nTuesday, January 13, 2026\n",
            "OneStream Live: Planning for Tariffs",
        ),
    ],
)
def test_the_line_an_introduction_stands_over(text, title):
    assert introduced(text, ()) == title


def test_an_introduction_over_another_introduction_is_skipped_to_the_title():
    text = "You're all set, Sam!\nHere is your ticket for\nOneStream Splash 2025\nDate & time\n"
    assert introduced(text, ()) == "OneStream Splash 2025"


def test_a_wrapped_title_goes_on_only_into_a_line_a_title_can_end_with():
    assert continued("OneStream Planning Budgets and", "x\nForecasts (ILT), held online\n") == (
        "OneStream Planning Budgets and Forecasts",
        True,
    )
    assert continued("Tech Talk: Journal Templates", "x\nTuesday, 11 February 2025\n") == (
        "Tech Talk: Journal Templates",
        True,
    )


def test_a_title_is_one_line_of_words():
    assert one_line("  Cube\nViews \t Basics ") == "Cube Views Basics"
    assert worded("Cube Views") and not worded("2025-05-30") and not worded("May 30")


def test_a_kind_alone_under_youre_registered_gives_the_line_below_it():
    text = (
        "You're registered!\n\nOneStream Tech Talk\nHybrid Planning: Combining Driver-Based and Top-Down Plans\n\n"
        "Thursday, September 15, 2022\n"
    )
    assert introduced(text, ()) == "Hybrid Planning: Combining Driver-Based and Top-Down Plans"
    # a confirmation line that strips to a kind is no kind alone: its next line is the site's menu
    page = "You're in!\n\n\nRegistration confirmed | OneStream Webinar\nHome Agenda Speakers Log in\n"
    assert introduced(page, ()) != "Home Agenda Speakers Log in"


def test_the_line_after_for_the_following_course_is_the_title():
    text = (
        "vielen Dank für Ihre Anmeldung – Sie sind für die folgende Schulung fest eingeplant:\n\n"
        "OneStream Schulung: Workflow-Profile und Zertifizierung\nTermin: Dienstag, 10. November 2026\n"
    )
    assert introduced(text, ()) == "OneStream Schulung: Workflow-Profile und Zertifizierung"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hi Ana, your registration for the session below is confirmed.\nCash Flow Matching in Practice\nDate: 3 March",
            "Cash Flow Matching in Practice",
        ),
        (
            "Hallo Ana, deine Anmeldung für die untenstehende Schulung ist bestätigt.\nKonsolidierung kompakt für Einsteiger\n",
            "Konsolidierung kompakt für Einsteiger",
        ),
        (
            "Bonjour, votre inscription à la session ci-dessous est enregistrée.\n\nClôture rapide avec OneStream\n",
            "Clôture rapide avec OneStream",
        ),
        (
            "Hoi Sam, je aanmelding voor de onderstaande sessie is gelukt.\nBudgetteren met Cube Views\n",
            "Budgetteren met Cube Views",
        ),
        (
            "Olá, sua inscrição no evento abaixo foi confirmada.\nOrçamento matricial na prática\n",
            "Orçamento matricial na prática",
        ),
    ],
)
def test_the_line_under_a_sentence_pointing_at_the_session_below(text, title):
    assert introduced(text, ()) == title


@pytest.mark.parametrize(
    "text",
    [
        "You are enrolled in the session below.\nSession: Lyon – May 2026\nStart date\n",  # when and where
        "Your seat for the event below is held.\nThank you for your registration\n",  # no name of it
        "See the session below.\nWe look forward to seeing you there.\n",  # a sentence
    ],
)
def test_what_stands_under_the_session_below_may_be_no_title(text):
    assert introduced(text, ()) is None


def test_this_course_points_back_at_the_title_above_it():
    text = "My Learning › Completed\nCourse complete\nPlanning Foundations: Cube Views in Depth\nWell done, you have completed this course.\nStatus\nComplete\n"
    assert after_completed(text, ()) == ("Planning Foundations: Cube Views in Depth", False)


@pytest.mark.parametrize(
    "above",
    [
        "Session: Tuesday, September 16, 2025 · 1:00 PM - 2:00 PM ET",  # a day and time
        "Status: Complete",  # a form's field
        "Well done!",  # a sentence
    ],
)
def test_what_stands_above_this_course_may_be_no_title(above):
    assert after_completed(f"{above}\nYou have completed this course.\nNext\n", ()) is None


def test_attended_live_points_back_at_nothing():
    text = "Session: Tuesday, September 16, 2025\nOur Planning Deep Dive Webinar\n236 attended live.\n"
    assert after_completed(text, ()) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Je bent ingeschreven voor het webinar", "Kostprijscalculatie met OneStream"),
        ("Sie sind angemeldet für das Webinar", "Konzernabschluss kompakt"),
        ("You're registered for the live session", "Cube Views in Depth"),
        ("Vous êtes inscrite à la formation", "Clôture accélérée"),
    ],
)
def test_a_registration_naming_its_kind_introduces_the_title_under_it(line, title):
    assert introduced(f"Bedankt!\n\n{line}\n\n{title}\n\nDatum: dinsdag 24 november 2026\n", ()) == title


def test_congratulations_on_completing_the_course_names_it():
    text = "Congratulations on completing the course Account Reconciliations: Matching Rules and\nAuto-Reconciliation. Your certificate is attached."
    assert after_completed(text, ())[0] == "Account Reconciliations: Matching Rules and Auto-Reconciliation"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ana attended the in-person meeting\nMidwest OneStream User Group – Fall Meetup\non Nov. 5",
            "Midwest OneStream User Group – Fall Meetup",
        ),
        (
            "Ana attended the Northern OneStream\nUser Group – Autumn Meeting 2026, held on 5 November.",
            "Northern OneStream User Group",
        ),
        ("41 members from 23 organisations attended.\nThe user group is run by volunteers.\n", None),
    ],
)
def test_a_meeting_named_after_attended_and_a_sentence_that_ends_there(text, title):
    found = after_completed(text, ())
    assert (found[0] if found else None) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Mme Léa Martin a suivi l'action : Workflows et contrôles dans OneStream (réf. OS-WF-2609)\n",
            "Workflows et contrôles dans OneStream",
        ),
        (
            "D.a María Pérez ha cursado el programa «Presupuestación con OneStream», impartido en aula virtual.",
            "Presupuestación con OneStream",
        ),
    ],
)
def test_the_kind_with_its_article_in_other_languages_goes_before_the_title(text, title):
    assert after_completed(text, ())[0] == title


def test_aanwezig_op_de_technische_sessie_introduces_the_title():
    text = "Hiermee verklaren wij dat\nJordan Avery\naanwezig was op de technische sessie\nMarketplace-oplossingen van OneStream\nop 1 oktober 2026"
    assert after_completed(text, ())[0] == "Marketplace-oplossingen van OneStream"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hiermit bestätigen wir Ihre Teilnahme am\nOneStream Tech Talk: Relationale Blends\nDatum:\n",
            "OneStream Tech Talk: Relationale Blends",
        ),
        (
            "Nous confirmons votre participation à la\nJournée utilisateurs OneStream\nle 3 mars\n",
            "Journée utilisateurs OneStream",
        ),
    ],
)
def test_your_participation_in_introduces_the_title(text, title):
    assert introduced(text, ()) == title


def test_an_unserem_seminar_then_the_title_then_the_verb():
    text = "dass Herr Sam Taylor\nam 12. und 13. Oktober 2026 an unserem Präsenzseminar\nOneStream Konsolidierung – Deep Dive\nteilgenommen hat."
    assert after_completed(text, ())[0] == "OneStream Konsolidierung – Deep Dive"
