"""Classes of misses the blind53 to blind55 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.layout import paired_lines
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_sentences import after_completed, introduced
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.transcript_rows import hours_column


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


def _pdf(text: str) -> Proposal | Skip:
    return propose(Source("c.pdf", "0" * 64, "pdf", text))


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Duración: 1 hora y media", "1.5"),
        ("Durée : 1 heure et demie", "1.5"),
        ("Dauer: 2 Stunden und eine halbe", "2.5"),
    ],
)
def test_an_hour_and_a_half_in_figures_is_not_one_hour(text, hours):
    # "1 hora y media" was read as 1 hour, marked found
    assert str(hours_from_text(f"Webinar OneStream\n{text}\n").value) == hours


def test_a_certificate_for_having_taken_part_in_a_webinar_with_a_satisfaction_score_is_evidence():
    text = (
        "CONSTANCIA DE PARTICIPACIÓN\nSe otorga la presente constancia a:\nALEX MARTIN\n"
        "por haber participado en el webinar gratuito «Cierre mensual con\nOneStream: 4 pasos», organizado por Fabrikam.\n"
        "Fecha: jueves, 15/10/2026\nDuración: 1 hora y media\nEncuesta de satisfacción: 4,7/5\n"
    )
    result = _pdf(text)
    assert isinstance(result, Proposal)
    assert result.title.value == "Cierre mensual con OneStream: 4 pasos"
    assert result.hours.value == Decimal("1.5")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Confirmation de désinscription",
            "Votre adresse a bien été retirée de la liste « Événements OneStream ».\n"
            "Les e-mails liés à une inscription en cours (votre formation du 5 octobre) ne sont pas concernés.",
        ),
        ("You have been unsubscribed", "You will no longer receive OneStream webinar invitations."),
    ],
)
def test_a_confirmation_of_leaving_a_mailing_list_is_not_evidence(subject, body):
    result = propose(Source("m.eml", "0" * 64, "email", body, subject=subject))
    assert isinstance(result, Skip) and result.reason == Reason("subscription")


def test_a_tickets_footer_link_to_unsubscribe_keeps_the_ticket():
    body = (
        "Votre billet pour OneStream Wave Lyon 2026\nMardi 13 octobre 2026, 9h00 – 17h30\n"
        "Billet n° 4471\nSe désinscrire : lien de désinscription de nos communications.\n"
    )
    assert isinstance(propose(Source("m.eml", "0" * 64, "email", body, subject="Votre billet")), Proposal)


def test_an_account_executives_licence_review_call_is_not_evidence():
    text = (
        "Hi Alex,\nLet's use 30 minutes to review your current OneStream licences (80 named users),\n"
        "the renewal on 01/31/2027 and what the roadmap brings. I will also share the early-bird offer for Splash 2027.\n"
    )
    assert isinstance(propose(Source("m.txt", "0" * 64, "text", text)), Skip)


def test_a_printed_agenda_named_on_its_first_line_is_not_evidence():
    text = (
        "Contoso Finance Summit 2026 · Agenda\nPrinted agenda, version 3. Sessions may change.\nTuesday, October 20, 2026\n"
        "8:00 AM Registration\n9:00 AM Opening keynote\n10:30 AM OneStream Consolidation Deep Dive\n1:00 PM Hands-on lab\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("agenda")


def test_you_have_been_enrolled_in_comes_off_a_subject():
    assert strip_title("You have been enrolled in Building Cube Views") == "Building Cube Views"


def test_training_hours_over_their_figure_beat_the_sessions_time_range():
    text = "Session:\nPLN-101 · 10/30/2026 8:00 AM – 4:30 PM\nTraining Hours:\n7.50\nStatus:\nCompleted\n"
    assert hours_from_text(text).value == Decimal("7.5")


@pytest.mark.parametrize("line", ["CPD hours: 3.0 (structured / verifiable)", "CPD hours 3.0", "3 CPD hours"])
def test_cpd_hours_as_the_british_write_them(line):
    assert hours_from_text(
        f"Time 09:30 – 13:00 (BST), including a 30-minute break\n{line}\n"
    ).value == Decimal("3")


def test_cpd_units_named_as_an_example_are_not_the_hours():
    text = "Umfang\n11,5 Stunden\nDie Bestätigung kann für Nachweise (z. B. 8 CPD-Einheiten nach Kammerrichtlinie) dienen.\n"
    assert hours_from_text(text).value != Decimal("8")


def test_an_event_label_whose_title_opens_like_a_weekday_is_the_title():
    text = (
        "CPD Certificate of Attendance\nThe delegate named below attended the following continuing\n"
        "professional development event in full.\nDelegate: Alex Martin\n"
        "Event: Month-End Close Automation with OneStream (Module 2)\nDate: 14/10/2026\n"
    )
    assert _title("pdf", text) == "Month-End Close Automation with OneStream (Module 2)"


def test_a_workshops_quoted_name_beats_the_subject_that_names_the_workshop():
    body = 'Tot morgen! We zien je bij de Splash Benelux workshop\n"Cube Views in de praktijk".\nWanneer: woensdag 18 november 2026'
    assert _title("email", body, subject="Tot morgen! Splash Benelux workshop") == "Cube Views in de praktijk"


def test_a_letters_re_line_that_names_the_letter_is_not_the_title():
    text = (
        "OneStream Press\nNovember 9, 2026\nRe: Publication confirmation, reference OSP-2026-0101\nDear Alex,\n"
        "We are pleased to confirm that your article\n“Seven Close Habits Worth Automating”\n"
        "was published on OneStream Press on November 5, 2026.\n"
    )
    assert _title("pdf", text) != "Publication confirmation, reference OSP-2026-0101"


def test_teaching_hours_beside_clock_hours_give_the_clocks():
    text = "con una duración de 24\nhoras pedagógicas (18 horas cronológicas), asistencia de 100 %"
    assert hours_from_text(text).value == Decimal("18")


def test_a_tables_hours_column_of_one_row_a_day_is_summed_as_a_guess():
    cells = [
        ((90.0, "Day"), (190.0, "Date"), (500.0, "Hours")),
        ((84.0, "Day 1"), (123.0, "Tuesday 17 November 2026"), (504.0, "6.0")),
        ((84.0, "Day 2"), (123.0, "Wednesday 18 November 2026"), (504.0, "5.5")),
        ((88.0, "Issued 20 November 2026"),),
    ]
    lines = tuple(Line("  ".join(text for _, text in row), 10.0, row) for row in cells)
    text = "Certificate of Attendance\nfor attending\nOneStream WAVE 2026 London\n" + "\n".join(
        line.text for line in lines
    )
    text += "\nHours: 6.0\n"
    result = propose(Source("c.pdf", "0" * 64, "pdf", text, lines=lines))
    assert isinstance(result, Proposal)
    assert (result.hours.value, result.hours.confidence) == (Decimal("11.5"), "guessed")


@pytest.mark.parametrize(
    "summary",
    ["Tech Talk: Extensibility Rules in practice", "Virtual classroom: OneStream Reporting Fundamentals"],
)
def test_an_invitation_that_opens_with_its_kind_is_its_title_as_a_guess(summary):
    event = Event(summary, dt.date(2026, 10, 28), dt.timedelta(hours=1), "Join on Teams. OneStream session.")
    result = propose(Source("invite.ics", "0" * 64, "ics", summary, event=event))
    assert isinstance(result, Proposal)
    assert (result.title.value, result.title.confidence) == (summary, "guessed")


def test_a_forum_reply_to_a_thread_the_holder_follows_is_not_evidence():
    body = (
        "Priya replied to a thread you follow in Splash & Events:\nSplash 2026: where are the slides?\n"
        "The slides from Tuesday's sessions (November 10) are in the event app.\n"
        "You are receiving this because you follow this thread.\nOneStream Software LLC"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="[OneStream Community] Priya replied"))
    assert isinstance(result, Skip) and result.reason == Reason("community")


def test_a_we_miss_you_mail_with_courses_picked_is_marketing():
    body = (
        "We miss you, Alex!\nHere are three OneStream courses we picked for you:\n"
        "OneStream Cash Flow Statement Design – 6 hours, self-paced\n"
        "Come back before November 20 and get 20% off with code COMEBACK20.\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="We miss you, Alex!"))
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def test_an_enrolment_form_to_sign_is_a_blank_template():
    text = (
        "Northwind Training GmbH · Enrolment Form / Anmeldeformular\nPlease return signed by 2 November 2026\n"
        "Course OneStream Reporting & Dashboards (3 days)\nDates 16–18 November 2026\nDuration 21 hours\n"
        "Participant name\nDate: ____________________ Signature: ______________________________\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("template")


def test_a_signed_registration_confirmation_is_no_blank_form():
    text = (
        "Registration confirmation\nCourse: OneStream Reporting & Dashboards\nDates: 16–18 November 2026\n"
        "Duration: 21 hours\nYour registration form was received and signed. See you there.\n"
    )
    assert isinstance(_pdf(text), Proposal)


def test_a_vague_reply_subject_leaves_the_title_to_the_bodys_onestream_line():
    body = (
        "Hi Alex,\nYes, you're all set, your seat is confirmed:\n\n"
        "    Splash Workshop: Building Driver-Based Forecasts in OneStream\n    Tuesday, November 10, 2026\n"
    )
    assert (
        _title("email", body, subject="Re: your registration")
        == "Building Driver-Based Forecasts in OneStream"
    )


def test_the_bodys_longer_quote_of_the_subjects_quoted_title_wins():
    body = (
        "Votre attestation de participation au webinaire « Clôture rapide avec OneStream » est disponible.\n"
    )
    subject = "Votre attestation est disponible - Webinaire « Clôture rapide »"
    assert _title("email", body, subject=subject) == "Clôture rapide avec OneStream"


def test_a_guest_column_published_names_its_title_on_the_next_line():
    text = (
        "Dear Alex,\nThank you for your contribution. Your guest column\n"
        "Closing in Three Days was published in the October issue of\nOneStream Press on October 20, 2026.\n"
    )
    found = after_completed(text, ())
    assert found is not None and found[0] == "Closing in Three Days"


def test_a_breadcrumb_and_a_cheer_are_not_the_completed_course():
    text = (
        "My Learning › Completed › Completion\n✔ COMPLETED\nCongratulations, Alex!\n"
        "You have successfully completed\nOneStream: Cube Views for Reporting\nCompleted: 02 Nov 2026\n"
    )
    found = after_completed(text, ())
    assert found is not None and found[0] == "OneStream: Cube Views for Reporting"


def test_a_quoted_messages_subject_line_is_no_second_place_for_the_subject():
    body = (
        "Hi Alex,\nGreat, you're in! Confirming your seat for our Tech Talk:\n\n"
        "  Matching Rules in Practice - Lessons from 12 Entities\n  Thursday 15 October 2026, 15:00-16:00 CEST\n\n"
        "Från: Alex Martin <alex@contoso.example>\nSkickat: den 2 oktober 2026 14:05\nTill: Linnea Berg\n"
        "Ämne: Tech Talk slot - Matching Rules\n\nIs there still room in the Tech Talk on the 15th?\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="SV: Tech Talk slot - Matching Rules"))
    assert isinstance(result, Proposal)
    assert result.title.value == "Matching Rules in Practice - Lessons from 12 Entities"
    assert result.date.value == dt.date(2026, 10, 15)  # not the Swedish 'Skickat:' line's day


def test_a_french_attestation_that_names_the_webinar_attended_is_no_sure_course():
    text = (
        "ATTESTATION DE PRÉSENCE\nJe soussignée, responsable formation de Fabrikam, atteste que M. Alex Martin\n"
        "a assisté au webinaire « Trésorerie avec OneStream » le jeudi 5 novembre 2026, de 14 h 00 à 15 h 30.\n"
    )
    result = _pdf(text)
    assert isinstance(result, Proposal) and result.kind.confidence != "found"


def test_a_learning_historys_labelled_figures_are_only_guessed():
    text = (
        "My Learning\nLearning History (3)\nTitle\nCompletion Date\nStatus\nTotal Hours\n"
        "Information Security Awareness\nOct 27, 2026\nCompleted\n1.00\n"
        "OneStream Account Reconciliations Administrator\nOct 20, 2026\nCompleted\n8.00\n"
        "Completion Date: Oct 27, 2026\nStatus: Completed\nTotal Hours: 1.00\n"
    )
    result = propose(Source("My Learning.html", "0" * 64, "html", text, subject="My Learning"))
    assert isinstance(result, Proposal) and result.hours.confidence != "found"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Gracias por asistir", "¡Gracias por asistir a nuestro webinar «Cierre con OneStream» del 21 de octubre de 2026!\n"
         "Duración de la sesión: 90 minutos.\nNos encantaría conocer su opinión: la encuesta tiene 5 preguntas."),
        ("Attestato di partecipazione", "con la presente attestiamo la Sua partecipazione al corso\n\nOneStream Reporting\n\n"
         "martedì 27 ottobre 2026, per un totale di 7 ore.\nIl questionario di gradimento resta aperto fino al 6 novembre."),
    ],
)  # fmt: skip
def test_thanks_for_attending_or_an_attestation_with_a_survey_is_evidence(subject, body):
    assert isinstance(propose(Source("m.eml", "0" * 64, "email", body, subject=subject)), Proposal)


def test_the_holders_reminder_to_submit_the_onepoints_case_is_their_own_hold():
    event = Event(
        "Submit OnePoints case", dt.date(2026, 12, 15), dt.timedelta(minutes=30), "Collect: WAVE cert, Splash"
    )
    result = propose(
        Source("r.ics", "0" * 64, "ics", "Submit OnePoints case\nCollect: WAVE cert", event=event)
    )
    assert isinstance(result, Skip) and result.reason == Reason("hold")


@pytest.mark.parametrize(
    ("line", "hours"), [("Aantal contacturen: 6", "6"), ("Ore frequentate: 10,5", "10.5")]
)
def test_the_hours_attended_are_the_hours(line, hours):
    assert str(hours_from_text(f"Programma 09:30 – 17:30\n{line}\nOre previste: 11,0\n").value) == hours


def test_a_table_of_modules_sums_its_hours_column_up_to_its_total_row():
    cells = [
        (
            (50.0, "N."),
            (80.0, "Modulo"),
            (300.0, "Data"),
            (400.0, "Ore previste"),
            (480.0, "Ore frequentate"),
        ),
        ((50.0, "1"), (80.0, "Chiusura contabile"), (300.0, "06/10/2026"), (400.0, "2,0"), (480.0, "2,0")),
        ((50.0, "2"), (80.0, "Riconciliazioni"), (300.0, "13/10/2026"), (400.0, "3,0"), (480.0, "2,5")),
        ((50.0, "Totale"), (400.0, "5,0"), (480.0, "4,5")),
    ]
    lines = tuple(Line("  ".join(text for _, text in row), 10.0, row) for row in cells)
    assert hours_column(lines) == (Decimal("2.0"), Decimal("2.5"))


def test_an_italian_learning_paths_label_names_the_title():
    text = "Libretto formativo – riepilogo del percorso\nPercorso: OneStream Close – livello due\nStato: Completato\n"
    assert _title("pdf", text) == "OneStream Close – livello due"


def test_a_course_outline_whose_heading_wraps_is_a_syllabus():
    text = (
        "OneStream Reporting Fundamentals — Course\nOutline\nDuration: 2 days (14 hours)\nModules\n"
        "1. Cube Views basics (2 hours)\nScheduled public dates: 8–9 October 2026, 12–13 November 2026. Price: USD 1,490.\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("syllabus")


def test_a_request_to_rate_a_course_enrolled_in_is_a_survey():
    body = "Hi Alex,\nYou enrolled in Cube Views for Report Builders.\nWe'd love to hear what you think.\nRate this course"
    result = propose(
        Source("m.eml", "0" * 64, "email", body, subject="How would you rate Cube Views for Report Builders?")
    )
    assert isinstance(result, Skip) and result.reason == Reason("survey")


def test_a_support_engineers_call_about_a_case_is_not_evidence():
    text = "Hi Alex,\nAs discussed, let's review case 01842277 (Data Management step fails) together.\nSeverity: 2 - High"
    event = Event(
        "OneStream Support - Case 01842277 follow-up", dt.date(2026, 10, 2), dt.timedelta(minutes=45), text
    )
    result = propose(Source("s.ics", "0" * 64, "ics", text, event=event))
    assert isinstance(result, Skip) and result.reason == Reason("support-case")


def test_a_shipping_notice_for_conference_merchandise_is_not_evidence():
    body = (
        "Good news, Alex - your order is on its way!\nOrder #WS-1044 (placed October 2, 2026)\n"
        "1 x WAVE 2026 Quarter-Zip ........ $0.00 (attendee gift)\nTracking number: 1Z 999 AA1 01\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="Your order has shipped! (#WS-1044)"))
    assert isinstance(result, Skip) and result.reason == Reason("shipment")


def test_a_list_notice_that_an_event_moved_online_registers_nobody():
    body = (
        "Hello OneStream Chicago User Group members,\nthe Q4 meetup on Thursday, November 19, 2026 will now be held on Zoom.\n"
        "If you already registered, you don't need to do anything.\nNot registered yet? Register here (free, 150 seats).\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="Event update: Q4 meetup now virtual"))
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def test_a_team_lunch_after_the_training_is_no_activity():
    event = Event(
        "Team lunch after the OneStream training",
        dt.date(2026, 10, 16),
        dt.timedelta(hours=1),
        "Lunch's on me",
    )
    result = propose(
        Source("t.ics", "0" * 64, "ics", "Lunch's on me after 2 days of OneStream training", event=event)
    )
    assert isinstance(result, Skip) and result.reason == Reason("meeting")


def test_a_webinar_series_episode_label_names_the_title():
    text = (
        "Deelnamecertificaat\nNorthwind verklaart dat Alex Martin heeft deelgenomen aan:\n"
        "Webinarreeks: OneStream in de praktijk (seizoen 2)\nAflevering: 4 van 6 – Cube Views die werken\n"
        "Datum: donderdag 5 november 2026\nStudiebelasting: 0,75 uur\n"
    )
    result = _pdf(text)
    assert isinstance(result, Proposal)
    assert (result.title.value, result.kind.value) == ("Cube Views die werken", "webinar")


def test_a_seat_kept_for_the_holder_in_spanish_is_a_registration():
    body = (
        "¡Tu lugar está reservado, Alex!\nGracias por inscribirte en nuestro webinar:\n"
        "Presupuesto con OneStream: del Excel al modelo\njueves, 1 de octubre de 2026\n11:00 – 12:00\n"
        "¿No puedes asistir? Inscríbete igualmente y te enviaremos la grabación.\n"
        "Has recibido este correo porque te inscribiste el 14/09/2026.\n"
    )
    result = propose(
        Source("m.eml", "0" * 64, "email", body, subject="¡Tu lugar está reservado! Webinar OneStream")
    )
    assert isinstance(result, Proposal)
    assert result.title.value == "Presupuesto con OneStream: del Excel al modelo"
    assert result.date.value == dt.date(2026, 10, 1)


def test_an_articles_reading_time_is_no_hours():
    assert hours_from_text("OneStream Press · 8 min read\nPublished November 4, 2026\n").value is None


def test_your_event_pass_for_comes_off_a_subject():
    assert strip_title("Your event pass for Splash Americas 2026") == "Splash Americas 2026"


def test_a_text_files_own_name_is_no_title():
    text = "notes 2026\n\nOneStream Tech Talk – Smart Integration Connector deep dive, 1 hour\n"
    assert _title("text", text, subject="notes 2026") != "notes 2026"


def test_thanks_for_registering_for_names_the_event_without_its_preposition():
    body = "REGISTRATION CONFIRMED\n\nDear Alex,\n\nThank you for registering for Splash Americas 2026. See you in Orlando!\n"
    assert _title("email", body, subject="FW: Confirmation") == "Splash Americas 2026"


def test_an_article_that_went_live_introduces_its_title_below():
    body = (
        "Dear Alex,\nGood news: your article went live on OneStream Press on Monday, November 9, 2026.\n"
        "Five Dimension Design Mistakes\nby Alex Martin\nOnePoints awarded: 10\n"
    )
    assert (
        _title("email", body, subject="Published: your OneStream Press article")
        == "Five Dimension Design Mistakes"
    )


def test_the_holders_name_between_the_sentence_and_the_quoted_title_is_passed_over():
    text = (
        "Teilnahmebescheinigung\nHiermit bestätigen wir, dass\nan der Präsenzschulung\nAlex Martin\n"
        "„OneStream Konsolidierung – Grundlagen“\nvom 12.10. bis 13.10.2026 in Frankfurt am Main teilgenommen hat.\n"
        "Frankfurt am Main, den 14. Oktober 2026\n"
    )
    found = after_completed(text, ())
    assert found is not None and found[0] == "OneStream Konsolidierung – Grundlagen"
    assert pick_date(text).value == dt.date(2026, 10, 12)


def test_a_sponsorship_invoice_whose_table_header_names_the_currency_charges_something():
    text = (
        "INVOICE INV-2026-0917\nBill to: Contoso GmbH\nInvoice date: 17 September 2026 · Due: 17 October 2026\n"
        "Description Qty Amount (EUR)\nSplash EMEA 2026 – booth 3x3 m, 2 passes 1 12,500.00\nTotal 13,100.00\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


def test_an_exam_booking_is_no_training_but_an_exam_that_awards_onepoints_is_kept():
    body = (
        "Thank you for registering for the OneStream Certified Associate - Financial Close exam.\n"
        "Delivery: Online proctored\nAppointment: Tuesday, October 20, 2026, 10:00 AM Eastern Time\n"
    )
    booked = propose(
        Source("m.eml", "0" * 64, "email", body, subject="Exam registration confirmed: OneStream")
    )
    assert isinstance(booked, Skip) and booked.reason == Reason("exam-score")
    awarded = "OneStream Certification Program\nDelivery: Online proctored\nDate taken: 2025-06-10\nOnePoints awarded: 10\n"
    assert isinstance(propose(Source("r.txt", "0" * 64, "text", awarded)), Proposal)


def test_a_network_connection_request_is_not_evidence():
    body = (
        "Hi Alex,\nI'd like to join your professional network.\nOneStream Certified Trainer\nAccept\nIgnore\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="Alex, please add me to your network"))
    assert isinstance(result, Skip) and result.reason == Reason("community")


def test_a_chats_stamps_are_not_the_activitys_day_but_give_its_year():
    text = (
        '[10/28/26, 4:05:37 PM] Maria (OneStream Events): I\'ve added you to "Tech Talk: Planning in Practice"\n'
        "[10/28/26, 4:05:52 PM] Maria (OneStream Events): Thursday November 19, 6:00-7:30 PM, Boston\n"
    )
    assert pick_date(text).value == dt.date(2026, 11, 19)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("op dinsdag 22 september 2026 van 11u00 tot 11u45 (45 minuten).", "0.75"),
        ("tenutosi mercoledì 21 ottobre 2026, per una durata complessiva di 90 minuti.", "1.5"),
    ],
)
def test_minutes_in_the_other_languages(text, hours):
    assert str(hours_from_text(text).value) == hours


def test_an_estimated_reading_time_is_no_length():
    assert (
        hours_from_text("Intervista raccolta il 14 novembre. Tempo di lettura stimato: 8 minuti.").value
        is None
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hiermit bestätigen wir, dass Herr Alex Martin am folgenden Online-Seminar\n(Webinar) teilgenommen hat:\n"
            "Konzernabschluss mit OneStream\nDatum: Mittwoch, 30. September 2026\n",
            "Konzernabschluss mit OneStream",
        ),
        (
            "Author Certificate\nWe thank Alex Martin for the article\nThree Ways to a Faster Close\n"
            "published in the OneStream Press blog on 21 October 2026.\n",
            "Three Ways to a Faster Close",
        ),
        (
            "Le confirmamos su inscripción en el siguiente taller:\n\nTaller práctico: Consolidación en OneStream\n"
            "Fecha: jueves, 19 de noviembre de 2026\n",
            "Taller práctico: Consolidación en OneStream",
        ),
    ],
)
def test_sentences_that_introduce_the_title_on_the_next_line(text, title):
    assert introduced(text, ()) == title


def test_thanks_for_joining_our_comes_off_a_subject():
    assert strip_title("Thank you for joining our Finance Breakfast") == "Finance Breakfast"


def test_a_refund_receipt_is_a_receipt():
    text = (
        "Ticketnest – Refund receipt\nOriginal order #TN-7781\nEvent: OneStream WAVE Nordics 2026 – 12 November 2026\n"
        "Item: 1 × Full Conference Pass DKK 2,950.00\nTotal refunded: DKK 2,950.00 to Visa\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


def test_an_early_bird_promo_sent_because_the_holder_once_attended_is_marketing():
    body = (
        "Early bird ends Friday!\nSave USD 300 on OneStream Splash EMEA 2027 when you register by Friday.\n"
        "Register now\nYou are receiving this because you attended a OneStream event. Unsubscribe.\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="Early bird ends Friday"))
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def test_a_webinar_postponed_with_a_new_date_to_follow_is_not_evidence_yet():
    body = (
        'The webinar "OneStream Tax Provision Deep Dive", planned for Tuesday, November 10, 2026, has been postponed.\n'
        "A new date will follow in the coming weeks. Your registration stays valid.\n"
    )
    result = propose(Source("m.eml", "0" * 64, "email", body, subject="Webinar postponed"))
    assert isinstance(result, Skip) and result.reason == Reason("postponed")


def test_the_holders_onepoints_tracker_review_is_their_own_hold():
    event = Event(
        "OnePoints tracker review", dt.date(2026, 11, 30), dt.timedelta(minutes=30), "Check the ledger"
    )
    result = propose(Source("r.ics", "0" * 64, "ics", "OnePoints tracker review", event=event))
    assert isinstance(result, Skip) and result.reason == Reason("hold")


def test_a_transcript_page_whose_rows_are_successful_is_only_guessed():
    text = (
        "My Transcript\nTitle\nType\nCompletion Date\nCredits\nStatus\nAnnual Code of Conduct\nCourse\n09/02/2026\n0.50 hrs\n"
        "Successful\nOneStream Workforce Planning\nClass\n10/20/2026\n7.00 hrs\nSuccessful\nTotal hours: 7.50\n"
    )
    result = propose(Source("My Transcript.html", "0" * 64, "html", text, subject="My Transcript"))
    assert isinstance(result, Proposal)
    assert "found" not in (result.title.confidence, result.hours.confidence)


def test_a_title_label_beside_a_value_wrapped_in_its_column():
    cells = (
        (63.7, "Title"),
        (232.0, "Budget to Rolling View"),
        (232.0, "Cash Flow Forecasting with OneStream: from"),
    )
    line = Line("Title Cash Flow Forecasting with OneStream: from Budget to Rolling View", 10.0, cells)
    assert "Title: Cash Flow Forecasting with OneStream: from Budget to Rolling View" in paired_lines((line,))


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Course complete! 🎉", "You have completed Close Basics 101 (OneStream) on the Academy.\nCourse length: 5 hours",
         "Close Basics 101"),
        ("RE: question", 'You joined "OneStream Webinar: Intercompany Deep Dive" on Tuesday, September 15, 2026 and '
         "stayed for the whole session (attended 90 minutes).", "OneStream Webinar: Intercompany Deep Dive"),
    ],
)  # fmt: skip
def test_a_subject_that_says_only_what_the_message_is_leaves_the_title_to_the_body(subject, body, title):
    assert _title("email", body, subject=subject) == title
