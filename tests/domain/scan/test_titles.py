"""Titles the way certificates and emails in the seven languages label or
quote them, and the values that are no title. Every text here is made up."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.headings import BOILERPLATE, heading
from onepoints_cli.domain.scan.layout import paired_lines
from onepoints_cli.domain.scan.records import Line
from onepoints_cli.domain.scan.title_sentences import after_completed
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.titles import pick_title


def _row(y: float, *cells: tuple[float, str], size: float = 11) -> Line:
    return Line("  ".join(text for _, text in cells), size, cells, y)


@pytest.mark.parametrize(
    "label",
    [
        "Course Title",
        "Session title",
        "Name of the course",
        "Intitulé ",
        "Titre de la formation ",
        "Kurstitel",
        "Kursname",
        "Veranstaltung",
        "Evenement",
        "Naam van de training",
        "Nombre del curso",
        "Título do webinar",
        "Nome del corso",
        "Titolo del webinar",
        "Formation ",
        "Sessione",
        "Topic",
        "Thema",
        "Onderwerp",
        "Tema",
        "Sujet ",
    ],
)
def test_a_title_label_in_any_of_the_seven_languages_gives_the_title(label):
    text = f"Attestation\n{label}: Cube Views Deep Dive\nDate: 3 June 2025"
    assert pick_title(None, None, text, "x.pdf")[:2] == ("Cube Views Deep Dive", "found")


@pytest.mark.parametrize("label", ["Name", "Nom", "Naam", "Nome"])
def test_a_bare_name_label_is_the_holders_not_a_title(label):
    field = pick_title(None, None, f"{label}: Sam Taylor\nDate: 3 June 2025", "cert.pdf")
    assert field.value != "Sam Taylor"


def test_a_label_cell_with_no_colon_is_paired_with_the_value_beside_it():
    lines = (
        _row(700, (120, "Titolo del webinar"), (250, "Consolidamento rapido")),
        _row(680, (160, "Data"), (320, "21 ottobre 2025")),
        _row(660, (60, "Date"), (300, "CPE Credits")),  # a header row: two labels, no value
    )
    assert paired_lines(lines) == ["Titolo del webinar: Consolidamento rapido", "Data: 21 ottobre 2025"]


@pytest.mark.parametrize(
    "big",
    [
        "Declaração de publicação",
        "Déclaration de participation",
        "Teilnahmenachweis",
        "Constancia de participación",
        "Attestato di partecipazione",
        "Speaker Recognition",
        "Erklärung der Teilnahme",
    ],
)
def test_a_heading_that_names_the_document_type_in_any_language_is_no_title(big):
    lines = (
        Line(big, 18, ((60, big),), 760),
        Line("body", 12, ((60, "This is to confirm the article"),), 740),
        Line("Month-end close made simple", 18, ((60, "Month-end close made simple"),), 720),
        Line("body", 12, ((60, "by Sam Taylor"),), 700),
    )
    assert heading(lines) == "Month-end close made simple"


@pytest.mark.parametrize(
    "sentence",
    [
        'Your certificate for "Reporting Essentials" is now available.',
        "Your article « Reporting Essentials » went live today.",
        "Ihr Zertifikat für „Reporting Essentials“ ist bereit.",
    ],
)
def test_a_title_quoted_in_a_sentence_is_the_title(sentence):
    text = f"{sentence}\nCompleted: 2025-05-30\nCredits: 3.0 CPE"
    field = pick_title(None, "Your certificate is available", text, "c.eml")
    assert field[:2] == ("Reporting Essentials", "guessed")  # named in one place only
    corroborated = pick_title(None, "Your certificate is available", f"Reporting Essentials\n{text}", "c.eml")
    assert corroborated[:2] == ("Reporting Essentials", "found")


@pytest.mark.parametrize("value", ["2025-05-30", "30/05/2025", "3.0", "May 30, 2025"])
def test_a_date_or_a_figure_after_completed_is_no_title(value):
    field = pick_title(None, "Your certificate is available", f"Hello,\nCompleted: {value}\n", "c.eml")
    assert field.value != value and field.confidence == "guessed"


def test_thanks_for_hosting_names_the_session():
    text = "Hi Sam,\nThank you for hosting Forecasting with ML for the OneStream community!\n"
    assert pick_title(None, "Your session recording is ready", text, "r.eml")[:2] == (
        "Forecasting with ML",
        "guessed",  # named in one place only
    )


def test_participated_in_the_webinar_then_its_title_on_the_next_line_in_italian():
    lines = (
        _row(760, (160, "Attestato di partecipazione"), size=18),
        _row(740, (140, "Si attesta che"), (230, "Sam Taylor"), (300, "ha partecipato al webinar")),
        _row(720, (120, "Titolo del webinar"), (250, "Consolidamento rapido")),
    )
    text = "\n".join([*(line.text for line in lines), *paired_lines(lines)])
    assert pick_title(None, None, text, "a.pdf", lines)[:2] == ("Consolidamento rapido", "found")


@pytest.mark.parametrize("subject", ["Certificado de Participação", "Webinar", "Teilnahmebescheinigung"])
def test_a_title_that_only_names_the_document_or_its_kind_is_guessed(subject):
    field = pick_title(None, subject, "Hello,\nsee the attached file.", "c.eml")
    assert field.confidence == "guessed"


@pytest.mark.parametrize(
    ("subject", "body", "title", "confidence"),
    [
        (
            "Anmeldebestätigung: OneStream Webinar Konsolidierung",
            "vielen Dank für Ihre Anmeldung zum Webinar „Konsolidierung kompakt“.",
            "Konsolidierung kompakt",
            "guessed",  # the subject and the text disagree
        ),
        (
            "Webinaire OneStream – Clôture rapide",
            "Votre inscription au webinaire « Clôture rapide » est confirmée.",
            "Clôture rapide",
            "found",
        ),
    ],
)
def test_a_title_quoted_in_the_text_wins_over_the_subject(subject, body, title, confidence):
    assert pick_title(None, subject, body, "m.eml")[:2] == (title, confidence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Certificamos que Sam Taylor concluiu o curso",
        "Si certifica che Sam Taylor ha partecipato al corso",
        "Certificamos que Sam Taylor completó el curso",
        "Nous certifions que Sam Taylor a terminé la formation",
    ],
)
def test_the_course_named_on_the_line_after_completed_in_four_languages(sentence):
    text = f"Certificado\n{sentence}\nFundamentos de Planejamento\nem 12 de agosto de 2025"
    assert pick_title(None, None, text, "c.pdf")[:2] == ("Fundamentos de Planejamento", "guessed")
    twice = f"{text}\nCurso: Fundamentos de Planejamento"  # the same title in a second place
    assert pick_title(None, None, twice, "c.pdf")[:2] == ("Fundamentos de Planejamento", "found")


@pytest.mark.parametrize(
    "title",
    [
        "OneStream Partner Enablement Day",
        "OneStream Finanzplanung für Fortgeschrittene",
        "Dossier: Doing Data",
    ],
)
def test_a_title_is_not_taken_for_a_document_heading_by_a_word_starting_with_da_or_for(title):
    field = pick_title(None, None, f"Title: {title}\nDate: 3 June 2025", "x.pdf")
    assert field[:2] == (title, "found")


@pytest.mark.parametrize(
    "intro",
    [
        "Hiermit bestätigen wir, dass",
        "Nous certifions que",
        "Se certifica que",
        "Hierbij verklaren wij dat",
        "Si certifica che",
        "Certificamos que",
    ],
)
def test_the_holders_name_after_a_certifying_phrase_in_any_language_is_no_heading(intro):
    lines = (
        Line("Zertifikat", 24, ((60, "Zertifikat"),), 760),
        Line(intro, 12, ((60, intro),), 740),
        Line("Sam Taylor", 22, ((60, "Sam Taylor"),), 720),
        Line("body", 12, ((60, "has attended"),), 700),
        Line("Finance Rules Advanced", 20, ((60, "Finance Rules Advanced"),), 680),
        Line("body", 12, ((60, "3 June 2025"),), 660),
    )
    assert heading(lines) == "Finance Rules Advanced"


@pytest.mark.parametrize("greeting", ["Bedankt voor uw presentatie!", "Congratulations!", "Vielen Dank!"])
def test_a_heading_that_only_greets_is_no_title_and_does_not_contradict_the_labelled_one(greeting):
    lines = (
        Line(greeting, 20, ((60, greeting),), 760),
        Line("Webinar: Slimmer rapporteren", 12, ((60, "Webinar: Slimmer rapporteren"),), 740),
        Line("Datum: 4 juni 2025", 12, ((60, "Datum: 4 juni 2025"),), 720),
    )
    text = "\n".join(line.text for line in lines)
    assert heading(lines) is None
    assert pick_title(None, None, text, "x.pdf", lines)[:2] == ("Slimmer rapporteren", "found")


def test_a_greeting_that_goes_on_to_the_title_is_still_read():
    lines = (
        Line(
            "Thank you for presenting: Eliminations Deep",
            18,
            ((60, "Thank you for presenting: Eliminations Deep"),),
            760,
        ),
        Line("Dive", 18, ((60, "Dive"),), 740),
        Line("body", 12, ((60, "Session: 16 September 2025"),), 720),
        Line("body", 12, ((60, "236 attended live"),), 700),
        Line("body", 12, ((60, "OneStream Community"),), 680),
    )
    assert heading(lines) == "Thank you for presenting: Eliminations Deep Dive"


def test_thanks_for_registering_for_our_webinar_gives_its_title():
    text = (
        "Hi Sam, thanks for registering for our webinar Close Faster on 4 June 2025. Here is the recording."
    )
    assert pick_title(None, "Your OneStream webinar recording", text, "r.eml")[:2] == (
        "Close Faster",
        "guessed",  # named in one place only
    )


@pytest.mark.parametrize(
    "lead, heading",
    [
        (
            "Sam Taylor attended the live session",
            ("Financial Signaling: Workflow", "Profiles, Official Reflows and", "Flash Reporting"),
        ),
        ("Sam Taylor ha partecipato al Tech Talk", ("Allocazioni dei costi con le Business Rules",)),
        ("Sam Taylor a suivi la formation", ("Clôture rapide, consolidation", "et reporting")),
    ],
)
def test_a_heading_after_attended_is_taken_whole_not_cut_at_a_comma_or_a_little_word(lead, heading):
    lines = (
        Line(lead, 12.0),
        *(Line(part, 25.0) for part in heading),
        Line("held on 2 October 2025", 12.0),
        Line("Efficient reconciliations start with a clear flow of data, from every source.", 12.0),
        Line("This certificate confirms the attendance of the holder named above.", 12.0),
    )
    field = pick_title(None, None, "\n".join(line.text for line in lines), "x.pdf", lines)
    assert field.value == " ".join(heading)
    assert field.confidence == "guessed"  # the page names it once: no second place says where it ends
    named = pick_title(" ".join(heading), None, "\n".join(line.text for line in lines), "x.pdf", lines)
    assert named[:2] == (" ".join(heading), "found")  # an invitation's summary is a title by itself


def test_a_quoted_title_wrapped_once_is_joined():
    text = (
        "Thank you for contributing to OneStream Press. Your article “What Planners\n"
        "Gain from Release 8.4” was published on 2025-06-30 and is now available."
    )
    assert pick_title(None, None, text, "letter.pdf")[:2] == (
        "What Planners Gain from Release 8.4",
        "guessed",
    )


@pytest.mark.parametrize(
    "sentence, confidence",
    [
        ("Sam completed Planning, Budgeting and Forecasting on May 3, 2025", "guessed"),
        ("Sam completed Planning – Advanced Topics for administrators", "guessed"),
        ("Sam a suivi Planification, budget et prévisions le 3 mai 2025", "guessed"),
        ("Sam attended Cube Views Deep Dive, held on May 3, 2025", "found"),
        ("Sam attended Cube Views, 3 June 2025", "found"),
        ("Sam attended Cube Views, on Tuesday", "found"),
    ],
)
def test_a_title_cut_where_its_line_goes_on_after_a_comma_or_a_dash_is_guessed(sentence, confidence):
    # The title stands on a line of its own too, so that only the gate on the cut decides.
    title = pick_title(None, None, sentence, "note.txt").value
    assert pick_title(None, None, f"{sentence}\n{title}", "note.txt").confidence == confidence


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a description after "joining" gives way to the sentence that names the lab
        (
            "Thank you for joining the pre-conference hands-on lab at Splash 2025. This letter confirms your\n"
            "attendance at\nSplash Hands-on Lab: Building Financial Rules\non October 20, 2025.",
            "Splash Hands-on Lab: Building Financial Rules",
        ),
        (
            "Partecipante: Sam Taylor\nArgomento: Rettifiche di consolidamento con i Journal\nData: 10/06/2025",
            "Rettifiche di consolidamento con i Journal",
        ),
        (
            "Learner Transcript\nCurriculum: OneStream Planning Specialist Learning Path\n# Title Type",
            "OneStream Planning Specialist Learning Path",
        ),
        (
            "Candidate: Sam Taylor\nExam: OneStream Certified Professional – Planning\nDate taken: 2025-06-10",
            "OneStream Certified Professional – Planning",
        ),
    ],
)
def test_labels_and_attendance_sentences_of_other_vendors(text, title):
    assert pick_title(None, None, text, "x.txt").value == title


def test_a_label_line_cut_in_cells_is_no_table_of_other_sessions():
    """'Evenement:' | title | ', the day, the place' on one line: the event's own label, not a
    row of a session table, so its value wins over a heading that names the page."""
    lines = (
        _row(760, (60, "Jouw sessieoverzicht"), size=15),
        _row(
            740,
            (60, "Evenement:"),
            (125, "Splash Benelux Day 2025"),
            (264, ", woensdag 3 december 2025, Utrecht"),
        ),
        _row(720, (70, "Sessie"), (238, "Tijd"), (322, "Status")),
        _row(700, (70, "Keynote: Finance in 2030"), (238, "09:30 – 10:15"), (322, "Ingecheckt")),
    )
    text = "\n".join(line.text for line in lines).replace("Evenement:  Splash", "Evenement: Splash")
    field = pick_title(None, None, text, "overzicht.pdf", lines)
    assert field.value == "Splash Benelux Day 2025"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hola, Sam:\n\nTu artículo\n\n    Cierre contable en cinco días: cómo lo logramos\n\nse publicó el 9 de "
            "septiembre de 2025 en OneStream Press.\n",
            "Cierre contable en cinco días: cómo lo logramos",
        ),
        (
            "Hello Sam,\nOneStream Software has awarded you a badge:\nAdvanced Financial Close Workshop\n"
            "Issued on: Nov 4, 2025\n",
            "Advanced Financial Close Workshop",
        ),
        (
            "Agradecemos o seu artigo, publicado em 14/07/2025 na OneStream Press:\n"
            "Planeamento de tesouraria a 13 semanas\nO artigo teve 1.240 leituras.\n",
            "Planeamento de tesouraria a 13 semanas",
        ),
    ],
)
def test_the_line_an_authors_letter_or_a_badge_introduces_is_the_title(text, title):
    field = pick_title(None, "Your article is published", text, "letter.eml")
    assert field[:2] == (title, "guessed")  # named in one place only
    assert field.note is not None and field.note.kind == "introduced"


@pytest.mark.parametrize(
    "text",
    [
        "Your article\nwent live today on the community site.\n",  # a sentence going on
        "OneStream Press\nEditorial calendar for the next quarter\n",  # a heading, not an introduction
    ],
)
def test_a_line_after_no_introduction_is_not_introduced(text):
    field = pick_title(None, None, text, "letter.eml")
    assert field.note is None or field.note.kind != "introduced"


def test_a_labelled_title_cut_after_a_preposition_goes_on_on_the_next_line():
    text = "Constancia de asistencia\nWebinar: Presupuesto de ventas por canal con\nOneStream\nFecha: martes 17/11/2026"
    field = pick_title(None, None, text, "constancia.pdf")
    assert field.value == "Presupuesto de ventas por canal con OneStream"
    whole = "Webinar: Presupuesto de ventas por canal\nFecha: martes 17/11/2026"
    assert pick_title(None, None, whole, "constancia.pdf").value == "Presupuesto de ventas por canal"


def test_a_printed_letters_subject_line_names_the_event_and_a_forwarded_header_does_not():
    letter = (
        "Paris, le 25 septembre 2026\nObjet : attestation de présence – WAVE France 2026\nMadame, Monsieur,"
    )
    lines = tuple(_row(700 - 20 * i, (60, line)) for i, line in enumerate(letter.split("\n")))
    assert pick_title(None, None, letter, "attestation.pdf", lines).value == "WAVE France 2026"
    forwarded = "Obrigado!\nDe: Beatriz\nAssunto: Obrigado por apresentar o webinar\nOlá Sam,"
    assert (
        pick_title(None, "RE: Obrigado por apresentar o webinar", forwarded, "re.eml").note.kind != "labelled"
    )


def test_a_subjects_title_takes_the_separator_the_message_writes_it_with():
    text = "Está registado.\nTech Talk: Reconciliações de contas com Transaction Matching\nterça-feira, 21 de outubro de 2025"
    subject = "Confirmação de registo: Tech Talk – Reconciliações de contas com Transaction Matching"
    assert (
        pick_title(None, subject, text, "c.msg").value
        == "Tech Talk: Reconciliações de contas com Transaction Matching"
    )
    alone = "Está registado.\nterça-feira, 21 de outubro de 2025"
    assert (
        pick_title(None, subject, alone, "c.msg").value
        == "Tech Talk – Reconciliações de contas com Transaction Matching"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "You're registered!\n\nRegistration confirmed | Goldcast\nYou're registered!\n"
            "OneStream Live: Planning for Tariff Volatility\nTuesday, January 13, 2026 12:00 PM – 12:45 PM EST\n",
            "OneStream Live: Planning for Tariff Volatility",
        ),
        (
            "You're all set, Sam!\nHere is your ticket for\nOneStream Splash 2025 – Customer Conference\nDate & time\n",
            "OneStream Splash 2025 – Customer Conference",
        ),
        (
            "¡Hola, Sam!\nYa estás registrado en:\nComunidad OneStream México: reunión Q4\nCuándo: jueves\n",
            "Comunidad OneStream México: reunión Q4",
        ),
    ],
)
def test_the_line_a_registration_page_or_ticket_sets_over_the_event_is_its_name(text, title):
    assert pick_title(None, None, text, "page.html").value == title


def test_a_topic_names_the_session_before_the_series_and_a_wrapped_value_is_taken_whole():
    text = (
        "Veranstaltung: OneStream Tech Talk (DACH-Reihe,\nFolge 14)\nThema: Smart Integration Connector: Daten aus\n"
        "SAP S/4HANA und Snowflake sicher\nanbinden\nDatum: Mittwoch, 21. Oktober 2026\n"
        "Thema: Smart Integration Connector: Daten aus SAP S/4HANA und Snowflake sicher anbinden"
    )
    field = pick_title(None, None, text, "bestaetigung.pdf")
    assert field.value == "Smart Integration Connector: Daten aus SAP S/4HANA und Snowflake sicher anbinden"


def test_a_subject_cut_short_goes_on_in_the_body_and_a_listing_line_does_not():
    subject = "Inscription confirmée : Tech Talk OneStream – Planification de la main-d'œuvre"
    text = "Votre inscription est confirmée :\nTech Talk OneStream – Planification de la main-d'œuvre avec les SPS\nDate : 20 janvier"
    assert (
        pick_title(None, subject, text, "i.eml").value
        == "Tech Talk OneStream – Planification de la main-d'œuvre avec les SPS"
    )
    listing = "Thanks for registering for WAVE 2025.\nWAVE 2025 | Virtual | June 17-18, 2025\n"
    assert pick_title(None, "You're registered for WAVE 2025", listing, "w.eml").value == "WAVE 2025"


def test_the_speakers_session_after_for_presenting_is_the_title():
    lines = (
        # the document's name in large type, hyphenated over three lines
        _row(790, (60, "SPEAKER"), size=30),
        _row(760, (60, "CERTIFI-"), size=30),
        _row(730, (60, "CATE"), size=30),
        _row(700, (60, "for presenting the session"), size=11),
        _row(680, (60, "Driver-Based Headcount Planning in"), size=20),
        _row(660, (60, "OneStream: Lessons from 3 Rollouts"), size=20),
        _row(640, (60, "in the Partner Webinar Series (episode 7)"), size=11),
        _row(620, (60, "Thursday, June 11, 2026"), size=11),
        _row(600, (60, "11:00 AM – 12:00 PM CDT"), size=11),
        _row(580, (60, "Live webinar on Microsoft Teams"), size=11),
        _row(560, (60, "Live attendees 143"), size=11),
        _row(540, (60, "Chicago, June 15, 2026 · Head of Alliances"), size=11),
    )
    text = "\n".join(line.text for line in lines)
    title = pick_title(None, None, text, "speaker.pdf", lines).value
    assert title == "Driver-Based Headcount Planning in OneStream: Lessons from 3 Rollouts"


def test_a_text_file_naming_the_live_webinar_on_the_next_line():
    text = 'Congratulations! You\'re registered for the live webinar\n"Transaction Matching 101: From Bank Statements"\nPresented by: OneStream\n'
    first, body = text.split("\n", 1)  # a text file's first line is read as its subject
    assert pick_title(None, first, body, "copy.txt").value == "Transaction Matching 101: From Bank Statements"


def test_a_saved_pages_file_name_is_its_title_bar_and_all():
    field = pick_title(
        None, None, "Agenda Speakers Sponsors\n", "Order Confirmation _ WAVE ANZ 2026 _ Accelevents.html"
    )
    assert field[:2] == ("WAVE ANZ 2026", "guessed")


def test_an_introduction_may_stand_over_blank_lines():
    text = 'Congratulations! You\'re registered for the live webinar\n\n\n"Transaction Matching 101"\n\nPresented by: X\n'
    first, body = text.split("\n", 1)
    assert pick_title(None, first, body, "copy.txt").value == "Transaction Matching 101"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "por completar satisfactoriamente el curso en línea\nConciliaciones bancarias automatizadas\n"
            "Fecha de finalización: 19/05/2026",
            "Conciliaciones bancarias automatizadas",
        ),
        # the day on the next line is no more of the title
        (
            "Sam Taylor attended\nTech Talk: Journal Templates\nTuesday, 11 February 2025\n",
            "Tech Talk: Journal Templates",
        ),
    ],
)
def test_the_title_on_the_line_after_the_words_that_say_it_was_attended(text, title):
    assert pick_title(None, None, text, "c.pdf").value == title


def test_a_count_of_courses_after_a_curriculum_is_no_part_of_its_title():
    assert (
        strip_title("OneStream Consolidation Specialist Curriculum (13 courses)")
        == "OneStream Consolidation Specialist Curriculum"
    )


def test_the_title_a_french_attestation_sets_in_larger_type_after_a_assiste_au():
    """A point larger than the body (12 on 11): not a heading, but the lines 'a assisté au webinaire :' announces."""
    lines = (
        _row(760, (60, "ATTESTATION DE PRÉSENCE"), size=16),
        _row(730, (60, "atteste que Jamie Okafor a assisté au webinaire :"), size=11),
        _row(710, (60, "Clôture IFRS 17 et Solvabilité II : automatiser les états réglementaires"), size=12),
        _row(695, (60, "avec OneStream"), size=12),
        _row(
            670,
            (60, "organisé le vendredi 13 mars 2026 de 11 h 00 à 12 h 15, soit une durée d'1 h 15."),
            size=10,
        ),
        _row(650, (60, "Attestation établie pour servir et valoir ce que de droit."), size=11),
        _row(630, (60, "Fait à Lyon, le 16 mars 2026"), size=11),
    )
    text = "\n".join(line.text for line in lines)
    title = pick_title(None, None, text, "attestation.pdf", lines).value
    assert title == "Clôture IFRS 17 et Solvabilité II : automatiser les états réglementaires avec OneStream"


def test_the_guest_list_line_introduces_the_event():
    text = "lu.ma\nYou're registered!\nHi Sam, you're on the guest list for\nOneStream Tech Talk: Eliminations\nThursday, March 12\n"
    assert pick_title(None, None, text, "luma.eml").value == "OneStream Tech Talk: Eliminations"


def test_a_quoted_line_of_its_own_is_the_title():
    text = (
        "Hallo Sam,\nherzlichen Glückwunsch: Ihr Beitrag ist seit heute auf OneStream Press veröffentlicht.\n"
        "„Zehn Lehren aus unserer Migration auf OneStream Release 9“\nhttps://press.onestream.example/de/zehn\n"
    )
    field = pick_title(None, "Ihr Beitrag ist online – OneStream Press", text, "beitrag.eml")
    assert field.value == "Zehn Lehren aus unserer Migration auf OneStream Release 9"


def test_a_file_repeating_a_title_label_reads_only_the_first_labels():
    """A label is tried for the title, and again for its whole value, at most MAX_SCAN_TITLE_LABELS
    times: a file of 10,000 "Title: 1" lines is not read line against line, and a label past
    those is not reached (a certificate has one or two)."""
    text = "Title: 1\n" * 10_000 + "Thema: Konsolidierung mit OneStream\n"
    assert pick_title(None, None, text, "t.pdf").value != "Konsolidierung mit OneStream"
    assert pick_title(
        None, None, "Title: 1\n" * 3 + "Thema: Konsolidierung mit OneStream\n", "t.pdf"
    ).value == ("Konsolidierung mit OneStream")


def test_the_event_after_partecipato_all_evento_is_the_title():
    text = "Si attesta che il dott. Marco Bellini ha\npartecipato all'evento\nOneStream Splash on Tour Milano 2026\nsvoltosi martedì 16 giugno 2026"
    assert pick_title(None, None, text, "attestato.pdf").value == "OneStream Splash on Tour Milano 2026"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "hat vom 12. bis 14. Oktober 2026 an dem Lehrgang\nKonzernkonsolidierung mit OneStream –\n"
            "Eliminierungen, Minderheiten und Währungsumrechnung\nteilgenommen.",
            "Konzernkonsolidierung mit OneStream – Eliminierungen, Minderheiten und Währungsumrechnung",
        ),
        (
            "Mme Élodie Garnier\na suivi l'action : « Rapprochements bancaires avec OneStream Account\n"
            "Reconciliations »\nqui s'est déroulée du 16/11/2026 au 17/11/2026",
            "Rapprochements bancaires avec OneStream Account Reconciliations",
        ),
    ],
)
def test_a_title_the_verb_or_the_quote_closes_lines_later(text, title):
    assert pick_title(None, None, text, "bescheinigung.pdf").value == title


def test_the_line_presenting_the_certificate_is_no_heading():
    lines = (
        _row(760, (60, "Certificate of Completion"), size=24),
        _row(730, (60, "This certificate is presented to"), size=16),
        _row(700, (60, "Kevin Walsh"), size=20),
        _row(680, (60, "for the completion of"), size=11),
        _row(660, (60, "OneStream Account Reconciliations for Accounting Teams"), size=14),
        _row(640, (60, "Date Completed: 09/22/2026"), size=11),
        _row(620, (60, "Contact Hours: 6.0"), size=11),
        _row(600, (60, "CEUs: 0.6"), size=11),
    )
    text = "\n".join(line.text for line in lines)
    assert (
        pick_title(None, None, text, "tovuti.pdf", lines).value
        == "OneStream Account Reconciliations for Accounting Teams"
    )


def test_a_name_after_a_salutation_is_the_holder_not_the_heading():
    lines = (
        _row(760, (60, "KURSBESTÄTIGUNG"), size=18),
        _row(730, (60, "Frau Nadine Keller-Huber"), size=16),
        _row(700, (60, "hat den Kurs"), size=11),
        _row(680, (60, "Cube Views und Dashboards in OneStream für Controller"), size=14),
        _row(660, (60, "am 03.11.2026 besucht."), size=11),
        _row(640, (60, "Dauer: 7 Stunden"), size=11),
        _row(620, (60, "Zürich, 05.11.2026"), size=11),
    )
    text = "\n".join(line.text for line in lines)
    assert (
        pick_title(None, None, text, "kurs.pdf", lines).value
        == "Cube Views und Dashboards in OneStream für Controller"
    )


def test_a_labels_value_that_is_itself_a_label_is_no_title():
    text = "Event\nOneStream Splash Asia-Pacific 2026\nEvent: Event Dates\nEvent: OneStream Splash Asia-Pacific 2026\n"
    assert pick_title(None, None, text, "c.eml").value == "OneStream Splash Asia-Pacific 2026"


def test_an_event_label_giving_only_a_date_and_an_agendas_session_rows_are_no_title():
    body = (
        "Evenement: dinsdag 12 t/m donderdag 14 mei 2026\n"
        "Sessie: Keynote: The Finance Platform\n10:15–11:00\n"
        "Sessie: Sensible ML in de praktijk\n14:00–14:45\n"
        "Sessie: Roadmap Release 9\n16:00–16:45\n"
    )
    field = pick_title(None, "Je persoonlijke agenda voor Splash EMEA 2026 📅", body, "a.eml")
    assert field.value == "Splash EMEA 2026"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Ihre persönliche Agenda für WAVE DACH 2026", "WAVE DACH 2026"),
        ("🎟️ Votre agenda personnel pour WAVE France 2026", "WAVE France 2026"),
        ("✅ You're in: Fabrikam Tech Talk #7", "Fabrikam Tech Talk #7"),
    ],
)
def test_an_agenda_in_other_languages_emoji_and_youre_in_are_stripped(subject, title):
    assert strip_title(subject) == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Splash 2026 – registered (conf. SPL26-40917)", "Splash 2026"),
        ("WAVE DACH 2026 (Ref. 4471)", "WAVE DACH 2026"),
        ("Planning (Advanced)", "Planning (Advanced)"),  # a title's own parenthesis stays
    ],
)
def test_the_holders_booking_after_an_events_name_is_taken_off(subject, title):
    assert strip_title(subject) == title


def test_a_table_row_ending_attended_does_not_make_the_next_row_or_figure_a_title():
    text = (
        "Sessions attended (badge scans)\n"
        "8:30 AM – 9:15 AM Opening Keynote attended\n"
        "9:30 AM – 10:20 AM Release 9 Roadmap attended\n"
        "Sessions attended: 5 Learning hours recorded: 4.5\n"
    )
    field = pick_title(None, None, text, "WAVE26_DayPass.pdf")
    assert "attended" not in field.value and not field.value.startswith(("(", "9:30", "5 "))


def test_a_bilingual_certificates_other_language_and_the_holders_part_are_no_title():
    text = (
        "Certificate of Attendance\nAttestation de participation\n"
        "attended the webinar / a assisté au webinaire\nStreamlining Intercompany Consolidation with OneStream\n"
    )
    named = after_completed(text, ())
    assert named is not None and named[0] == "Streamlining Intercompany Consolidation with OneStream"
    assert BOILERPLATE.match("Attestato di partecipazione in qualità di relatore")
    assert BOILERPLATE.match("Certificate of Participation as a speaker")


def test_german_verb_last_and_a_letters_subject_give_the_title():
    text = (
        "Hiermit bestätigen wir, dass\nFrau Dr. Johanna Lindqvist\n"
        "im Rahmen unserer Webinarreihe als Referentin den Vortrag\n"
        "Konsolidierung mit OneStream: Eliminierungen\ngehalten hat.\n"
    )
    named = after_completed(text, ())
    assert named is not None and named[0].startswith("Konsolidierung mit OneStream")
    assert strip_title("Continuing Professional Education – Splash EMEA 2026") == "Splash EMEA 2026"


def _cells(y: float, *texts: str) -> Line:
    return Line("  ".join(texts), 9.5, tuple((60.0 + 120 * i, text) for i, text in enumerate(texts)), y)


def test_a_session_row_of_a_table_of_several_is_no_title_but_a_certificates_one_row_is():
    several = (
        _cells(419, "Date", "Session", "Hours"),
        _cells(404, "13 Oct", "Keynote and Product Roadmap", "2.0"),
        _cells(389, "13 Oct", "Hands-on Lab: Machine Learning", "3.0"),
        _cells(374, "14 Oct", "Consolidation Deep Dive", "3.5"),
    )
    text = "\n".join(line.text for line in several) + "\nSession: Keynote and Product Roadmap\n"
    assert pick_title(None, None, text, "letter.pdf", several).value != "Keynote and Product Roadmap"
    one = several[:2]
    text = "\n".join(line.text for line in one) + "\nSession: Keynote and Product Roadmap\n"
    assert pick_title(None, None, text, "letter.pdf", one).value == "Keynote and Product Roadmap"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Microsoft Teams-Webinar: Sie sind als Referent eingeladen – Intercompany-Abstimmung mit OneStream",
            "Intercompany-Abstimmung mit OneStream",
        ),
        ("AI-Powered Finance webinar on March 18", "AI-Powered Finance"),
        ("Tech Talk: Journal Templates and Approvals", "Tech Talk: Journal Templates and Approvals"),
    ],
)
def test_a_channels_name_before_the_confirmation_and_a_when_tail_are_taken_off(subject, title):
    assert strip_title(subject) == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Panelist: OneStream Webinar – Planning for Healthcare Workforce",
            "OneStream Webinar – Planning for Healthcare Workforce",
        ),
        (
            "Mañana: OneStream Tech Talk – Conciliaciones de cuentas",
            "OneStream Tech Talk – Conciliaciones de cuentas",
        ),
        ("⏰ Starting in 1 hour: Close Faster with Task Manager", "Close Faster with Task Manager"),
        ("You're going! Ask the Experts: Workflow Design", "Ask the Experts: Workflow Design"),
    ],
)
def test_a_role_a_reminders_day_and_youre_going_are_taken_off(subject, title):
    assert strip_title(subject) == title


def test_a_session_row_of_an_agenda_with_start_and_end_columns_is_no_title():
    body = (
        "Hands-on Lab: Extending OneStream\nSessions you registered for\nSession\nStart\nEnd\n"
        "Welcome and environment check\n9:00 AM\n9:15 AM\nLab 1 – Installing\n9:15 AM\n10:30 AM\n"
        "Lab 2 – Building\n10:45 AM\n12:00 PM\nSession: Welcome and environment check\n"
    )
    assert pick_title(None, None, body, "page.html").value != "Welcome and environment check"


def test_a_title_quoted_after_presenting_wins_over_a_short_subject():
    body = 'A big thank you for presenting "Account Reconciliations at Scale with OneStream" in our webinar.'
    field = pick_title(None, "Account Reconciliations webinar", body, "m.eml")
    assert field.value == "Account Reconciliations at Scale with OneStream"


def test_an_issuers_name_and_a_sentence_are_no_heading():
    lines = (
        Line("LAKESHORE SOCIETY OF CPAs", 16, ((40.0, "LAKESHORE SOCIETY OF CPAs"),), 567),
        Line(
            "has successfully completed the following program",
            12,
            ((40.0, "has successfully completed the following program"),),
            398,
        ),
        Line("Accelerating the Close", 14, ((40.0, "Accelerating the Close"),), 360),
        Line("Field of Study: Accounting", 9, ((40.0, "Field of Study: Accounting"),), 314),
        Line(
            "Delivery Method: Group Internet Based",
            9,
            ((40.0, "Delivery Method: Group Internet Based"),),
            294,
        ),
        Line("Sponsor ID 109876", 9, ((40.0, "Sponsor ID 109876"),), 118),
    )
    assert heading(lines) == "Accelerating the Close"


def test_a_series_name_before_a_title_that_starts_with_a_confirming_word_stays():
    assert strip_title("Tech Talk: Confirming Intercompany Balances – Part 2") == (
        "Tech Talk: Confirming Intercompany Balances – Part 2"
    )


def test_a_forms_next_field_on_the_same_line_ends_the_labelled_title():
    text = "Program Title:  Cash Flow Reporting in OneStream  Date Completed:  10/21/26\nProgram Length:  120 minutes"
    assert pick_title(None, None, text, "c.pdf").value == "Cash Flow Reporting in OneStream"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Class", "Foundation Reporting – Virtual Instructor-Led"),
        ("Klasse", "Planung Grundlagen"),
        ("Clase", "Consolidación básica"),
    ],
)
def test_a_class_label_names_the_title(label, title):
    text = (
        f"Thank you, Sam! You are enrolled in the following class.\n\n{label}:        {title}\nTime:  9:00 AM"
    )
    assert pick_title(None, None, text, "confirmation.txt").value == title


def test_a_pasted_orders_first_line_naming_onestream_is_its_title():
    text = (
        "Billetto\n\nThanks for your order, Sam!\n\nYour tickets are attached to the confirmation email.\n\n"
        "OneStream User Group Oslo – Spring Meetup\nThu 5 Mar 2026 · 17:30 – 19:30 (CET)\n"
    )
    field = pick_title(None, None, text, "confirmation (2).txt")
    assert (field.value, field.confidence) == ("OneStream User Group Oslo – Spring Meetup", "guessed")
    dated = "Thanks for your order!\n\nOneStream Meetup Thu 5 Mar 2026 · 17:30\nWe moved to OneStream in 9 months.\n"
    assert (
        pick_title(None, None, dated, "order.txt").note.kind == "file-name"
    )  # a day or a sentence is no title


def test_a_letters_subject_naming_its_business_gives_way_to_the_quoted_article():
    text = (
        "Re: Article acceptance — submission ART-2026-0871\nDear Mr. Lindqvist,\n"
        "I am pleased to inform you that your article\n“7 Lessons from Automating Eliminations in OneStream”\n"
        "was accepted for publication in OneStream Press on October 30, 2026."
    )
    lines = (Line("Re: Article acceptance", 10, ((60.0, "Re: Article acceptance"),), 557),)
    assert (
        pick_title(None, None, text, "letter.pdf", lines).value
        == "7 Lessons from Automating Eliminations in OneStream"
    )


def test_a_session_quoted_after_a_comma_is_the_title():
    text = "Thank you for speaking at our meeting. Your session, “Reconciling 12 Entities in One Close,” ran from 12:00."
    assert pick_title(None, None, text, "thanks.pdf").value == "Reconciling 12 Entities in One Close"


def test_a_pages_heading_that_is_the_holders_name_is_no_title():
    text = (
        "Sam Taylor\nVERIFIED CERTIFICATE of ACHIEVEMENT\nThis is to certify that\nSam Taylor\n"
        "successfully completed and received a passing grade in\nFAB-OS201x: Planning with OneStream\n"
        "a course of study offered by Fabrikam University, an online learning initiative.\n"
    )
    field = pick_title(
        None, "Sam Taylor", text, "Verified Certificate _ LearnHub.html", subject_is="page-heading"
    )
    assert field.value == "FAB-OS201x: Planning with OneStream"


def test_a_chapter_quoted_and_a_letter_about_a_training_record():
    text = (
        "Certificate of Co-Authorship\nOneStream Press gratefully acknowledges\nJordan Avery\nas co-author of the chapter\n"
        "“Designing Extensible Dimensions”\nin the book OneStream Architecture Patterns."
    )
    lines = tuple(
        Line(t, s, ((60.0, t),), y)
        for t, s, y in [
            ("Certificate of Co-Authorship", 24, 700),
            *((f"line {n}", 10, 600 - 12 * n) for n in range(8)),
        ]
    )
    assert pick_title(None, None, text, "c.pdf", lines).value == "Designing Extensible Dimensions"
    letter = (
        "Re: Your training record — order 55-20931\nDear Jordan,\nWe are pleased to confirm that you attended our course "
        "OneStream Workflow\nAdministration on Thursday, September 24, 2026."
    )
    letter_lines = (Line("Re: Your training record", 10, ((60.0, "Re: Your training record"),), 557),)
    assert pick_title(None, None, letter, "l.pdf", letter_lines).value == "OneStream Workflow Administration"


def test_a_subject_the_body_writes_longer_after_a_dash_is_a_guess_of_the_longer():
    text = "Votre inscription est bien enregistrée :\n\nOneStream User Group Paris – Rencontre d'automne 2026\nMardi 24 novembre"
    field = pick_title(None, "TR: Invitation - OneStream User Group Paris", text, "m.eml")
    assert (field.value, field.confidence) == (
        "OneStream User Group Paris – Rencontre d'automne 2026",
        "guessed",
    )


def test_a_labelled_title_wrapped_in_its_own_size_is_joined_but_not_the_next_label():
    text = "Webinar:  Cash-Flow-Planung mit OneStream 9 – direkte und indirekte\nMethode\nTermin: Dienstag, 17.11.2026"
    lines = (
        Line(
            "Webinar:  Cash-Flow-Planung mit OneStream 9 – direkte und indirekte",
            13,
            ((31.0, "Webinar:  Cash-Flow-Planung mit OneStream 9 – direkte und indirekte"),),
            717,
        ),
        Line("Methode", 13, ((31.0, "Methode"),), 695),
        Line("Termin: Dienstag, 17.11.2026", 11, ((31.0, "Termin: Dienstag, 17.11.2026"),), 669),
    )
    assert pick_title(None, None, text, "z.pdf", lines).value.endswith("direkte und indirekte Methode")
    labelled = (lines[0], Line("Datum", 13, ((31.0, "Datum"),), 695), lines[2])
    assert pick_title(None, None, text.replace("Methode", "Datum"), "z.pdf", labelled).value.endswith(
        "indirekte"
    )
