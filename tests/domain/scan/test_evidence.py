"""Documents that name OneStream but are no evidence, in the seven languages:
account messages, catalogues of several dated courses, cancellations,
receipts; and OneStream's name letter-spaced in a heading, which counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Proposal, Reason, Skip, Source


def _email(subject: str, body: str) -> Proposal | Skip:
    return propose(Source("m.eml", "0" * 64, "email", body, subject=subject))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reset your OneStream Navigator password",
            "We received a request to reset the password. 2 October 2025",
        ),
        ("OneStream Navigator", "Use this link to reset your password within 24 hours."),
        ("OneStream Navigator: Passwort zurücksetzen", "Klicken Sie hier, um Ihr Passwort zurückzusetzen."),
        ("OneStream Navigator", "Pour réinitialiser votre mot de passe, suivez ce lien."),
        ("OneStream Navigator", "Para restablecer tu contraseña, haz clic aquí."),
        ("OneStream Navigator", "Klik hier om je wachtwoord opnieuw in te stellen. Wachtwoord vergeten?"),
        ("OneStream Navigator", "Per reimpostare la password clicca qui."),
        ("OneStream Navigator", "Para redefinir sua senha, clique aqui."),
        ("Welcome to OneStream Navigator", "Your account has been created. Verify your email to start."),
    ],
)
def test_an_account_message_is_not_evidence(subject, body):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason("account")


def test_a_certificates_verification_code_is_no_account_message():
    text = "Certificate of Completion\nOneStream University\nFinance Rules\nCompletion date: September 8, 2025\nVerification code OS-1"
    assert isinstance(propose(Source("c.pdf", "0" * 64, "pdf", text)), Proposal)


@pytest.mark.parametrize(
    "heading",
    [
        "OneStream Training Catalogue – First Half 2026",
        "OneStream Schulungskalender 2026",
        "Catálogo de cursos OneStream 2026",
        "OneStream cursusaanbod 2026",
    ],
)
def test_a_catalogue_of_several_dated_courses_is_not_evidence(heading):
    text = (
        f"{heading}\nAdministration I  12–14 January 2026  21 hours\nCube Views  3 February 2026  7 hours\n"
        "Workflow Design  19 February 2026  1 hour\n"
    )
    result = propose(Source("cat.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason.kind == "catalogue"


@pytest.mark.parametrize(
    "body",
    [
        "Het webinar is afgelast. 4 juni 2025",
        "Le webinaire n'aura pas lieu. 4 juin 2025",
        "Das Webinar findet nicht statt. 4. Juni 2025",
        "The webinar will no longer take place on 4 June 2025.",
    ],
)
def test_a_cancellation_said_in_the_text_is_not_evidence(body):
    result = _email("OneStream webinar Budgets", body)
    assert isinstance(result, Skip) and result.reason == Reason("cancelled")


@pytest.mark.parametrize(
    "word", ["Payment receipt", "Quittung Nr. 4411", "Zahlungsbestätigung", "Ontvangstbewijs"]
)
def test_a_receipt_is_not_evidence(word):
    result = _email(f"{word} – OneStream Training", "Administration I, 12 January 2026. Amount: 1,500.00 EUR")
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


def test_a_registration_received_in_italian_is_no_receipt():
    result = _email(
        "OneStream webinar Budget", "La tua iscrizione è stata ricevuta.\nData: 4 giugno 2025\n16:00–17:00"
    )
    assert isinstance(result, Proposal)


def test_onestream_letter_spaced_in_a_heading_names_it():
    lines = (Line("O N E S T R E A M  S P L A S H", 10, ((80, "O N E S T R E A M  S P L A S H"),), 760),)
    text = "O N E S T R E A M  S P L A S H\nNorth America 2025\nApril 28–30, 2025\nCPE credits earned: 14.5"
    assert isinstance(propose(Source("s.pdf", "0" * 64, "pdf", text, lines=lines)), Proposal)


@pytest.mark.parametrize(
    "subject",
    [
        "Save the date: OneStream Splash 2026",
        "Réservez la date : OneStream Splash 2026",
        "Segna la data: OneStream Splash 2026",
    ],
)
def test_a_save_the_date_is_not_evidence(subject):
    result = _email(subject, "Join us in Barcelona, 20 October 2026.")
    assert isinstance(result, Skip) and result.reason == Reason("announcement")


def test_a_newsletter_in_another_language_with_several_dates_is_not_evidence():
    body = "Tech Talk 7 oktober 2025\nWebinar 14 oktober 2025\nSplash 21 oktober 2025\nUitschrijven"
    result = _email("OneStream Community oktober", body)
    assert isinstance(result, Skip) and result.reason.kind == "digest"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Fabrikam Planning Summit 2025",
            "Join us on October 21–23, 2025! Moving from OneStream? Early-bird pricing ends August 31, 2025. "
            "Register at summit.fabrikam.example.",
        ),
        (
            "Contoso CPM Forum",
            "Frühbucherpreis bis 31. August 2025: jetzt anmelden! Auch für OneStream-Kunden.",
        ),
        (
            "Forum Contoso",
            "Tarif préférentiel jusqu'au 31 août 2025, inscrivez-vous ! Clients OneStream bienvenus.",
        ),
        (
            "Foro Contoso",
            "Regístrate antes del 31 de agosto de 2025. Precio especial para clientes de OneStream.",
        ),
        (
            "Contoso Forum",
            "Vroegboekkorting tot 31 augustus 2025: meld je nu aan! Ook voor OneStream-klanten.",
        ),
        (
            "Forum Contoso",
            "Iscriviti entro il 31 agosto 2025: prezzo early bird anche per i clienti OneStream.",
        ),
        (
            "Fórum Contoso",
            "Inscreva-se até 31 de agosto de 2025 e garanta sua vaga. Clientes OneStream têm desconto.",
        ),
    ],
)
def test_a_marketing_email_in_any_of_the_seven_languages_is_not_evidence(subject, body):
    result = _email(subject, f"{body}\nOneStream")
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


@pytest.mark.parametrize(
    "body",
    [
        "You're registered for the OneStream Tech Talk on 14 October 2025. Join us at 10:00! Register now for the next one.",
        "Sie sind angemeldet: OneStream Tech Talk am 14. Oktober 2025. Jetzt anmelden für den nächsten Termin.",
        "Thank you for attending the OneStream webinar on 14 October 2025. Save your seat for the next one.",
    ],
)
def test_a_confirmation_with_a_promotion_in_it_is_still_evidence(body):
    assert isinstance(_email("OneStream Tech Talk: Cube Views", body), Proposal)


def test_a_reminder_that_says_join_us_is_no_marketing():
    body = "The OneStream Tech Talk starts in one hour, on 14 October 2025 at 10:00. Join us: https://example.com/j/1"
    assert isinstance(_email("Reminder: OneStream Tech Talk: Cube Views", body), Proposal)
    assert isinstance(_email("OneStream Tech Talk: Cube Views starts soon", body), Proposal)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Lista de espera: Splash – Integración de datos",
            "Te hemos añadido a la lista de espera. Si se libera una plaza te enviaremos una confirmación de inscripción.",
        ),
        (
            "You're on the waitlist: OneStream Tech Talk",
            "The session is full; you are waitlisted (position 3).",
        ),
        ("Warteliste: OneStream Webinar Konsolidierung", "Sie stehen auf der Warteliste für das Webinar."),
    ],
)
def test_a_waiting_list_notice_is_no_evidence(subject, body):
    result = _email(subject, f"{body}\nDate: 11 March 2026, 9:00 - 13:00\nOneStream events team")
    assert isinstance(result, Skip) and result.reason == Reason("waiting-list")


def test_a_seat_freed_from_the_waiting_list_is_evidence():
    body = "Good news: a seat opened and you are off the waiting list. Your seat is confirmed.\nOneStream Tech Talk: Cube Views\nDate: 11 March 2026"
    assert isinstance(_email("Tech Talk: seat confirmed", body), Proposal)


@pytest.mark.parametrize(
    "line",
    [
        "Haven't registered yet? There's still time.",
        "Noch nicht angemeldet? Es ist noch Zeit.",
        "¿Aún no te has registrado?",
    ],
)
def test_marketing_that_asks_whether_you_registered_is_no_registration(line):
    body = f"OneStream Sensible ML Live starts in 1 hour\n{line}\nRegister now: https://example.com/register\nUnsubscribe"
    result = _email("Starting soon: OneStream Sensible ML Live", body)
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Sorry we missed you: OneStream webinar Cash Flow Forecasting",
            "Watch the recording of the OneStream webinar.",
            "not-attended",
        ),
        (
            "Schade, dass Sie nicht dabei waren",
            "Sie konnten nicht teilnehmen: hier ist die Aufzeichnung des OneStream Webinars.",
            "not-attended",
        ),
        ("Iscrizione non confermata: workshop OneStream", "Il workshop è al completo.", "declined"),
        (
            "OneStream Tech Talk: registration not confirmed",
            "The session is full. We will tell you about the next one.",
            "declined",
        ),
        (
            "Call for speakers: OneStream Splash 2026",
            "Submit your session by 15 January 2026.",
            "call-for-speakers",
        ),
    ],
)
def test_no_show_declined_and_call_for_speakers_are_no_evidence(subject, body, kind):
    result = _email(subject, f"{body}\nDate: 3 December 2025\nOneStream events team")
    assert isinstance(result, Skip) and result.reason.kind == kind


def test_a_course_complete_in_french_is_still_evidence():
    body = (
        "Vous avez suivi le cours complet OneStream Consolidation.\nDate : 3 décembre 2025\nDurée : 2 heures"
    )
    assert isinstance(_email("Attestation OneStream", body), Proposal)


@pytest.mark.parametrize(
    ("place", "organizer"),
    [
        ("OneStream Schulungszentrum, Raum 2.14", ""),
        ("Raum 2.14", "Schulungsteam mailto:schulung@onestream.example"),
    ],
)
def test_an_invitation_held_or_sent_by_onestream_is_onestreams(place, organizer):
    event = Event(
        "Präsenzschulung: Konsolidierung mit Fremdwährungen",
        dt.date(2025, 11, 24),
        dt.timedelta(hours=4),
        "Dauer: 4 Stunden. Bitte bringen Sie Ihren Laptop mit.",
        place=place,
        organizer=organizer,
    )
    assert isinstance(propose(Source("s.ics", "0" * 64, "ics", "", event=event)), Proposal)
    unsigned = event._replace(place="Raum 2.14", organizer="mailto:training@example.com")
    skipped = propose(Source("s.ics", "0" * 64, "ics", "", event=unsigned))
    assert isinstance(skipped, Skip) and skipped.reason == Reason("no-onestream")


@pytest.mark.parametrize(
    "subject",
    [
        "Declined: OneStream Tech Talk: Smart Integration Connector",
        "Abgelehnt: OneStream Webinar: Planung",
        "Refusé : Tech Talk OneStream",
        "Rechazado: Webinar OneStream",
        "Tentative: OneStream Tech Talk – Consolidation Performance Tuning",
        "Mit Vorbehalt: OneStream Webinar: Planung",
    ],
)
def test_the_holders_own_reply_declining_is_not_evidence(subject):
    result = _email(subject, "Sorry, I can't attend. Please send me the recording.")
    assert isinstance(result, Skip) and result.reason == Reason("reply-declined")


@pytest.mark.parametrize(
    "body",
    [
        "La Tech Talk OneStream du 27 novembre 2025 est reportée à une date ultérieure. "
        "Nous vous communiquerons la nouvelle date dès qu'elle sera fixée.",
        "The OneStream webinar of 4 March 2025 has been postponed to a later date.",
        "Das OneStream Webinar am 4. März 2025 wird auf einen späteren Termin verschoben.",
        "We have postponed this OneStream workshop of March 19, 2026. A new date has not been set yet.",
        "La Jornada OneStream Bogotá 2026 del 29 de octubre de 2026 queda aplazada. La nueva fecha aún no está definida.",
        "El webinar «Conciliación bancaria con OneStream» del 11 de junio de 2026 queda aplazado. Todavía no tenemos nueva fecha.",
    ],
)
def test_a_postponement_with_no_new_date_is_not_evidence(body):
    result = _email("OneStream Tech Talk", body)
    assert isinstance(result, Skip) and result.reason == Reason("postponed")


def test_a_postponement_to_a_named_day_is_evidence():
    body = (
        "The OneStream Tech Talk: Cube Views is postponed to 11 March 2025, 15:00–16:00. You stay registered."
    )
    assert isinstance(_email("OneStream Tech Talk: Cube Views", body), Proposal)


def test_a_registration_naming_someone_elses_waiting_list_is_evidence():
    body = (
        "You're booked for WAVE London 2025, Tuesday 11 November 2025, 09:15–16:45.\n"
        "Need to cancel? Let us know so that we can offer your place to someone on the waiting list."
    )
    assert isinstance(_email("You're registered for WAVE London 2025", body), Proposal)
    onto = _email(
        "WAVE London 2025", "You have been added to the waiting list for WAVE London 2025, 11 November 2025."
    )
    assert isinstance(onto, Skip) and onto.reason == Reason("waiting-list")


def test_a_ticket_for_several_days_and_a_hotel_deadline_is_no_digest():
    body = (
        "Here is your ticket for OneStream Splash 2025\n"
        "Date & time: Mon, Oct 13, 2025 8:00 AM – Thu, Oct 16, 2025 1:00 PM (GMT-07:00)\n"
        "Hotel: rooms in the Splash block are held until Sep 12, 2025.\nUnsubscribe"
    )
    assert isinstance(_email("Ticket confirmed for OneStream Splash 2025", body), Proposal)
    digest = "Upcoming webinars\nSept. 18, 2025 — Budgeting Register\nOct 2, 2025 — Scenarios Register\nOct 21, 2025 — Versions"
    result = _email("OneStream Monthly — September 2025", f"{digest}\nUnsubscribe")
    assert isinstance(result, Skip) and result.reason == Reason("digest", 3)


def test_an_order_for_a_subscription_is_no_activity():
    text = (
        "OneStream University · Order confirmation\nOrder number: OSU-2025-118204 · Order date: January 9, 2025\n"
        "OneStream University All-Access Learning Subscription  Jan 9, 2025 – Jan 8, 2026  USD 1,995.00\n"
        "Total charged to card ending 4412: USD 1,995.00"
    )
    result = propose(Source("o.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


@pytest.mark.parametrize(
    "body",
    [
        "Lamentamos que no haya podido asistir a Presupuestación continua con OneStream, celebrado el 28 de enero "
        "de 2026. La grabación ya está disponible.",
        "Sorry you couldn't make it to the OneStream webinar on 28 January 2026: the recording is ready.",
        "Wir bedauern, dass Sie nicht teilnehmen konnten: die Aufzeichnung des OneStream Webinars vom 28.01.2026.",
    ],
)
def test_a_message_to_someone_who_missed_the_session_is_not_evidence(body):
    result = _email("OneStream webinar: the recording", body)
    assert isinstance(result, Skip) and result.reason == Reason("not-attended")


def test_a_free_ticket_and_a_reply_asking_for_the_invoice_are_no_receipts():
    ticket = (
        "Thank you for booking your ticket for OneStream Splash on Tour 2026 – Bengaluru.\nEvent date\n19 May 2026\n"
        "Time\n09:30 AM - 05:30 PM IST\nAmount paid\nINR 0.00\nBooked on 21 Apr 2026."
    )
    assert isinstance(_email("Your ticket is confirmed", ticket), Proposal)
    reply = (
        "Podem emitir a fatura em nome da Contoso Portugal?\nDe: OneStream Ibéria\n"
        "A sua inscrição no WAVE Ibéria 2026 está confirmada.\nDatas: 3 e 4 de junho de 2026"
    )
    assert isinstance(_email("RE: Inscrição confirmada – WAVE Ibéria 2026", reply), Proposal)
    receipt = "Receipt no. 4411 for your OneStream training\nAmount paid: USD 450.00\nOn 3 June 2025"
    result = _email("Your receipt", receipt)
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


def test_another_vendors_certificate_comparing_itself_to_onestream_is_not_evidence():
    text = (
        "ANAPLAN ACADEMY\nCertificate of Completion\nDaniel Ortiz\nhas completed\nLevel 1 Model Builder\n"
        "Completed: 08/27/2026 · Estimated duration: 20 hours\nComparable modules are offered for OneStream, "
        "Oracle and SAP users in our partner programme; this certificate covers Anaplan only."
    )
    result = propose(Source("a.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")


def test_onestream_named_as_one_vendor_of_a_list_is_no_onestream_evidence():
    text = (
        "PLANFUL ACADEMY\nCertificate of Achievement\npresented to\nSamuel Ortiz\nfor successfully completing\n"
        "Planful Structured Planning: Certified Administrator\nCompleted: 08/19/2026 · Learning hours: 16\n"
        "Candidate's firm: Contoso Advisory LLP (Planful and OneStream implementation partner)"
    )
    result = propose(Source("p.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")
    own = "Certificate of Completion\nPlanning and Forecasting with OneStream\nCompleted: 08/19/2026"
    assert isinstance(propose(Source("o.pdf", "0" * 64, "pdf", own)), Proposal)


def test_a_registration_summary_with_an_unsubscribe_footer_and_a_reception_is_no_digest():
    text = (
        "Thank you for your registration. Please find your registration summary below.\nEvent\n"
        "OneStream Splash Asia-Pacific 2026\nEvent Dates\nTuesday 10/11/2026 - Wednesday 11/11/2026\n"
        "Registration Date\n18/08/2026\nWelcome reception: Monday 9 November 2026, 6:00pm.\nunsubscribe here."
    )
    assert isinstance(_email("Confirmation SPLASH-APJ-26", text), Proposal)


def test_a_tax_invoice_with_its_currency_in_brackets_is_a_receipt():
    text = (
        "Vistara Learning Solutions Pvt. Ltd.\nTAX INVOICE\nInvoice No.: VLS/2026-27/0418\n"
        "1  OneStream Planning & Budgeting Essentials  2  42,000.00  84,000.00\nBatch HYD-OS-2612, 3rd–5th December 2026\n"
        "Total (INR)              99,120.00"
    )
    result = propose(Source("i.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        # an out-of-office reply quoting the invitation it answers
        (
            "Automatic reply: Invitation: OneStream Tech Talk - Budgets",
            "I am out of the office until Monday, December 14, 2026.\nSubject: Invitation: OneStream Tech Talk",
            "auto-reply",
        ),
        (
            "Automatische Antwort: OneStream Webinar",
            "Ich bin bis 14.12.2026 nicht im Büro. OneStream",
            "auto-reply",
        ),
        # release notes that advertise a Tech Talk are no activity
        (
            "OneStream Platform Release 9.2 – Release Notes",
            "Release date: November 10, 2026.\nJoin the Tech Talk on December 3, 2026, 11:00 AM – 12:00 PM ET.",
            "documentation",
        ),
        # postponed to a date to be determined, in Italian
        (
            "Evento rinviato: OneStream Tech Day Milano",
            "il OneStream Tech Day Milano, previsto per giovedì 20 novembre 2025, è rinviato a data da destinarsi.",
            "postponed",
        ),
        # a replay mailed to every registrant, whether they came or not
        (
            "On demand now: Narrative Reporting",
            "Couldn't make it live? The recording is ready. OneStream webinar of December 4, 2025.",
            "not-attended",
        ),
    ],
)
def test_an_auto_reply_release_notes_a_postponement_or_a_replay_is_not_evidence(subject, body, reason):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_a_registration_with_an_unsubscribe_footer_and_past_episodes_is_no_digest():
    body = (
        "You're in! Thanks for signing up (registered on 19 February 2026).\n"
        "OneStream Tech Talk #7: Cube Views\nWhen: Thursday, March 12, 2026\n"
        "Recordings of #5 (27 Nov 2025) and #6 (22 Jan 2026) are on our portal.\nUnsubscribe"
    )
    result = _email("You're in: Tech Talk #7", body)
    assert isinstance(result, Proposal) and result.date.value == dt.date(2026, 3, 12)


def test_a_reply_whose_subject_names_nothing_takes_the_forwarded_messages_subject():
    body = (
        "Thanks Sam, registered as well.\n\n> ---------- Forwarded message ---------\n"
        "> From: Events <events@example.com>\n> Date: Wed, Sep 30, 2026 at 4:47 PM\n"
        "> Subject: You're registered: Driver-Based Planning for Retail with OneStream\n"
        "> You're registered for Driver-Based Planning for Retail with OneStream, a live webinar.\n"
        "> WHEN: Wednesday, October 14, 2026 | 1:00 PM - 2:00 PM CT\n"
    )
    result = _email("Re: Fwd: registration", body)
    assert isinstance(result, Proposal)
    assert result.title.value == "Driver-Based Planning for Retail with OneStream"


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "OneStream Press Author News – December 2026",
            "Author clinic: Tuesday, January 12, 2027, 11:00 AM – 11:45 AM ET. Register: https://example.com\nUnsubscribe",
            "newsletter",
        ),
        (
            "Webex: registration pending approval",
            "Your registration for the OneStream webinar of 3 March 2027 is pending the host's approval.",
            "declined",
        ),
    ],
)
def test_a_newsletter_and_a_registration_pending_approval_are_not_evidence(subject, body, reason):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_someone_elses_place_on_the_waiting_list_is_no_waiting_list_of_the_holders():
    body = (
        "Je bent ingeschreven voor het webinar Kostprijscalculatie met OneStream.\nDatum: dinsdag 24 november 2026\n"
        "Kun je niet? Schrijf je dan uit, dan geven we je plek aan iemand op de wachtlijst."
    )
    assert isinstance(_email("Bevestiging", body), Proposal)
    onto = _email("Webinar OneStream", "Je staat op de wachtlijst voor het webinar van 24 november 2026.")
    assert isinstance(onto, Skip) and onto.reason == Reason("waiting-list")


def test_a_companys_town_hall_is_a_meeting_and_onestreams_is_not():
    def invitation(summary: str) -> Proposal | Skip:
        event = Event(summary=summary, start=dt.date(2026, 12, 16), length=dt.timedelta(minutes=90))
        return propose(Source("t.ics", "0" * 64, "ics", "OneStream rollout update, Release 9", event=event))

    company = invitation("FY27 Finance Town Hall")
    assert isinstance(company, Skip) and company.reason == Reason("meeting")
    assert isinstance(invitation("OneStream Customer Town Hall – Release 9 Roadmap"), Proposal)


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "OneStream Press Author Update December",
            "Call for articles: due February 1, 2027. Office hour January 12, 2027.",
            "newsletter",
        ),
        (
            "Anaplan Academy certificate",
            "Certificate of Completion, Level 1 Model Builder, October 7, 2026. Compare with your OneStream training.",
            "guest-only",
        ),
    ],
)
def test_an_authors_update_and_another_vendors_certificate_are_not_evidence(subject, body, reason):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_a_pasted_chat_saying_not_registered_yet_is_not_evidence():
    chat = (
        "Lena 10:02\nare you joining the OneStream Tech Talk on Thursday, 19 November 2026?\n"
        "Sam 10:04\nnot registered yet – is it 11:00 ET?\nLena 10:05\nmaybe you can still sign up\n"
    )
    assert isinstance(propose(Source("teams chat.txt", "0" * 64, "text", chat)), Skip)


def test_an_email_naming_onestream_only_in_its_activitys_title_is_onestreams():
    body = "Fabrikam Campus\nBonjour Sam,\nVotre attestation pour la session « OneStream : modélisation des flux » du 8 octobre 2026."
    assert isinstance(_email("Votre attestation de formation est disponible", body), Proposal)


def test_good_news_about_a_certificate_is_no_newsletter():
    body = "Your certificate for the OneStream course Cube Views, completed 3 March 2027, is ready. Credit hours: 2"
    assert isinstance(_email("Good news: your certificate is ready", body), Proposal)


def test_another_vendors_certificate_naming_onestream_as_an_example_is_not_evidence():
    text = (
        "TAGETIK LEARNING\nCertificate of Completion\nawarded to Rui Costa for completing\nData Loads 101\n"
        "Covers loads from ERP systems and EPM platforms such as OneStream and spreadsheets.\n"
        "Completed September 3, 2026 · Estimated time: 2 hours"
    )
    result = propose(Source("t.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")
    own = "Certificate of Completion\nData Loads with OneStream, such as flat files\nCompleted September 3, 2026"
    assert isinstance(propose(Source("o.pdf", "0" * 64, "pdf", own)), Proposal)


@pytest.mark.parametrize(
    "heading",
    [
        "Terms and Conditions for OneStream trainings",
        "Allgemeine Geschäftsbedingungen für OneStream-Schulungen",
        "Conditions générales de vente – formations OneStream",
        "Condiciones generales de los cursos OneStream",
        "Algemene voorwaarden voor OneStream-trainingen",
        "Condizioni generali dei corsi OneStream",
        "Termos e condições dos treinamentos OneStream",
    ],
)
def test_a_providers_terms_and_conditions_are_not_evidence(heading):
    text = f"{heading}\nArticle 1 – Registration\n1.1 A training of 7 hours earns a certificate. Valid from 1 September 2026."
    result = propose(Source("t.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("terms")


def test_a_blank_certificate_template_is_not_evidence():
    text = (
        "Certificate of Attendance\nThis certifies that\n[Participant Name]\nattended the OneStream Tech Talk\n"
        "{{session_title}}\non ____ / ____ / 2026 from __:__ to __:__\nDuration: ___ hour(s)"
    )
    result = propose(Source("t.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason == Reason("template")


def test_a_signature_line_and_outlooks_separators_are_no_blank_fields():
    filled = (
        "Certificate of Attendance\nAna Lopes attended the OneStream Tech Talk\nCube Views in Depth\n"
        "on 4 June 2026, 1 hour\n____________ ____________\nSignature   Date\n" + "_" * 40
    )
    assert isinstance(propose(Source("c.pdf", "0" * 64, "pdf", filled)), Proposal)


def test_a_brochure_of_sessions_with_their_prices_is_not_evidence():
    text = (
        "OneStream training path\nSessions interentreprises – automne 2026\nFormation Dates Durée Lieu Prix HT\n"
        "Consolidation 14 et 15 septembre 2026 14 h Lyon 1 390 €\nWorkflow 6 octobre 2026 7 h À distance 690 €\n"
        "Cube Views 3 et 4 novembre 2026 14 h Lyon 1 390 €\n"
    )
    result = propose(Source("b.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason.kind == "catalogue"


def test_a_course_in_onestream_in_spanish_is_no_vendor_list():
    text = (
        "ESCUELA DE FINANZAS\nDIPLOMA\notorga el presente diploma a\nAna Ruiz\npor haber aprobado el curso\n"
        "Consolidación y Eliminaciones en OneStream\ndictado del 5 al 6 de octubre de 2026, 12 horas"
    )
    assert isinstance(propose(Source("d.pdf", "0" * 64, "pdf", text)), Proposal)
    listed = (
        "Certificaat\nAnn de Vries\nvoltooide Datamodellering 101\nvoor klanten van SAP, Oracle en OneStream"
    )
    result = propose(Source("l.pdf", "0" * 64, "pdf", listed))
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")


def test_a_call_for_the_next_meetings_speakers_under_a_confirmed_attendance_is_an_aside():
    letter = (
        "Attendance at the OneStream User Group North\nThis letter confirms that Ana Ruiz attended the "
        "OneStream User Group North – Spring Meeting 2026, held on 5 March 2026, from 2pm to 5pm.\n"
        "Our next meeting is in June; the call for speakers closes on 15 April 2026."
    )
    assert isinstance(propose(Source("u.pdf", "0" * 64, "pdf", letter)), Proposal)
    call = "OneStream User Group North – call for speakers\nSubmit your session by 15 April 2026 for our June meeting."
    result = propose(Source("c.pdf", "0" * 64, "pdf", call))
    assert isinstance(result, Skip) and result.reason == Reason("call-for-speakers")


@pytest.mark.parametrize(
    "course",
    [
        "Cube Views voor gevorderden",
        "Dashboards with BI Viewer",
        "Analytic Blend in practice",
        "Quick Views for planners",
    ],
)
def test_a_course_on_onestreams_own_features_is_onestreams_without_its_name(course):
    body = f'Gefeliciteerd! Je hebt de cursus "{course}" afgerond op dinsdag 24 november 2026.\nStudiebelasting: 3 uur'
    assert isinstance(_email("Je certificaat staat klaar", body), Proposal)
    other = 'Gefeliciteerd! Je hebt de cursus "cube views in Essbase" afgerond op 24 november 2026.'
    assert _email("Je certificaat staat klaar", other) == Skip("m.eml", Reason("no-onestream"), False)


def test_a_ticket_bought_at_the_early_bird_price_is_a_registration_not_marketing():
    body = (
        "You're all set! Here is your ticket for Splash 2026.\nWhen: Oct 20 - 22, 2026\n"
        "Ticket: Full Conference (Early Bird)\nTicket holder: Sam Taylor"
    )
    assert isinstance(_email("Your ticket for Splash 2026", body), Proposal)
    offer = "Early bird pricing ends Friday: save your seat for Splash 2026, Oct 20 - 22, 2026."
    result = _email("Splash 2026 is coming", offer)
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def _pdf(text: str) -> Proposal | Skip:
    return propose(Source("d.pdf", "0" * 64, "pdf", text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Credential status notice\nYour digital badge OneStream Certified Associate expired on September 30, 2026.\n"
            "To renew, complete 20 hours of qualifying activities.",
            "credential-status",
        ),
        (
            "QUOTE / ESTIMATE\nQuote no. Q-2026-0412 · Date: September 2, 2026\n"
            "OneStream Consolidations Fundamentals (3 days, 21 h)  4  $2,450  $9,800\nTotal (USD): $12,564.00",
            "quote",
        ),
        (
            "Your booking is confirmed\nYour stay near the OneStream Splash venue.\nCheck-in Monday, October 26, 2026\n"
            "Check-out Thursday, October 29, 2026\nLength of stay 3 nights",
            "travel",
        ),
        (
            "Case 00482917 has been updated.\nProduct: OneStream Platform 9.1.0\nStatus: Waiting on Customer\n"
            "Opened: 10/19/2026",
            "support-case",
        ),
        (
            "Fabrikam AG is looking for a Lead Consultant OneStream to join our practice.\n"
            "Salary band CHF 140'000 – 165'000. Our next OneStream client webinar is on 19.11.2026.",
            "job",
        ),
    ],
)
def test_a_status_a_quote_a_stay_a_support_case_or_a_job_offer_is_not_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason.kind == reason


def test_a_registration_whose_event_check_in_opens_is_no_hotel_stay():
    text = "You're registered for WAVE Americas 2027, April 13-15, 2027.\nCheck-in opens Monday, April 12, 2027 at 4:00 PM."
    assert isinstance(_pdf(text), Proposal)


def test_a_paid_order_for_a_course_is_a_registration_not_marketing():
    text = (
        "Thank you for your order!\nOrder #A-20931\nOneStream Administrator Bootcamp (virtual, 3 days)\n"
        "Sep 14–16, 2026 · 12 hours total\nAttendee: Sam Taylor\nDiscount (PARTNER15) -$217.50\nPaid with Visa ending in 4417"
    )
    assert isinstance(propose(Source("order.txt", "0" * 64, "text", text)), Proposal)


def test_a_syllabus_of_dated_weekly_sessions_is_not_evidence():
    text = (
        "Syllabus — OneStream Planning Foundations (Fall 2026)\nWeek Date Topic Hours\n1 Sep 15, 2026 Planning concepts 3\n"
        "2 Sep 22, 2026 Dimensions 3\n3 Sep 29, 2026 Driver-based models 3\n4 Oct 6, 2026 Workforce planning 2\n"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason.kind == "catalogue"


def test_onestream_one_of_a_bracketed_vendor_list_even_beside_a_ligature():
    text = (
        "Certiﬁcate\nJedox Academy certiﬁes that\nSam Achterberg\nhas passed the certiﬁcation exam\nJedox Certified Modeler\n"
        "Date of certiﬁcation: October 19, 2026\nRecognised on EPM platforms (Jedox, OneStream, Anaplan)."
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "[OneStream Community] Your question was answered: Cube View suppression",
            "Marco marked a reply as the solution to your question\nPosted October 29, 2026",
            "community",
        ),
        (
            "Revisions requested – Driver-Based Planning",
            "Thank you for submitting your article to OneStream Press. We are requesting revisions before we can accept it.",
            "revisions",
        ),
    ],
)
def test_a_community_notification_and_a_revisions_request_are_not_evidence(subject, body, reason):
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason.kind == reason


def test_a_published_article_with_the_next_call_for_papers_is_evidence():
    body = (
        'Good news: your article\n"Five Lessons from a Three-Week Close"\nwas published on the OneStream Press site on '
        "Wednesday, November 4, 2026.\nOur next call for papers closes on January 15, 2027."
    )
    assert isinstance(_email("Your article is live on OneStream Press", body), Proposal)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "VISITOR PARKING PERMIT\nValid: Tuesday, October 13, 2026\nEvent: OneStream Splash Roadshow Chicago\n"
            "Vehicle plate: __________",
            "travel",
        ),
        (
            "Your OneStream subscription renews soon\nContoso's OneStream Platform subscription renews on November 30, 2026.",
            "subscription",
        ),
        (
            "Contoso Finance Summit 2027 — Draft\nAgenda\nThursday, March 11, 2027\n08:30 Registration\n"
            "09:00 Keynote\n10:15 Breakout: Scaling OneStream Consolidation\n11:30 Panel",
            "agenda",
        ),
        (
            "Finance Learning & Development Policy\nEmployees working with OneStream should complete 16 hours of "
            "OneStream training per year.",
            "policy",
        ),
    ],
)
def test_a_parking_permit_a_renewal_an_agenda_or_a_policy_is_not_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason.kind == reason


def test_a_meetup_registration_with_its_agenda_is_evidence():
    text = (
        "OneStream London User Group\nYou're going!\nOneStream London User Group – Q4 Meetup\nTue, Nov 24, 2026\n"
        "Agenda\n18:00 Doors open\n18:30 Talk\n19:15 Panel\n20:00 Networking\n"
    )
    assert isinstance(propose(Source("confirmation.txt", "0" * 64, "text", text)), Proposal)


def test_the_holders_own_calendar_hold_is_not_evidence():
    event = Event("Prep for WAVE", dt.date(2026, 10, 20), None)
    result = propose(
        Source("Prep for WAVE.ics", "0" * 64, "calendar", "Block: read the WAVE 2026 agenda.", event=event)
    )
    assert isinstance(result, Skip) and result.reason == Reason("hold")


def test_onestream_named_with_other_tools_on_another_vendors_certificate():
    text = (
        "Certificate of Participation\nJordan Avery has participated in the training\nS4F30 — SAP S/4HANA Group Reporting\n"
        "from 05.10.2026 to 09.10.2026.\nNote: data loads from OneStream or other consolidation tools are not covered."
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("guest-only")


def test_sensible_ml_names_onestream():
    text = "Webinar: Forecasting with Sensible ML – Live Demo\nWhen: Thursday, November 5, 2026 11:00 AM-12:30 PM"
    assert isinstance(propose(Source("Untitled.txt", "0" * 64, "text", text)), Proposal)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Seat reservation – payment pending\nCourse: OneStream Advanced Workflow Design\nDates: 19–20 January 2027\n"
            "Status: PROVISIONAL. If payment is not received the reservation lapses.",
            "pending",
        ),
        (
            "Splash 2026 – Partner Expo Floor Plan (Hall C)\nExpo hours: Oct 12, 5:00–7:30 PM\nBooth 101 Contoso\nBooth 102 Fabrikam",
            "logistics",
        ),
        (
            "Splash 2026 – Attendee T-shirt Survey\nSplash 2026 takes place October 6–8, 2026. Tell us your size by September 18.",
            "survey",
        ),
    ],
)
def test_a_pending_reservation_a_floor_plan_or_a_survey_is_not_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason.kind == reason


def test_a_registration_whose_invoice_follows_is_no_invoice():
    body = (
        "Hiermit bestätigen wir Ihre Teilnahme an folgendem Kurs:\nKurs: OneStream Workflow Grundlagen (Kurs-Nr. OS-WF-110)\n"
        "Datum: Dienstag, 29. September 2026\nDauer: 7 Lektionen à 60 Minuten\nKosten: CHF 890.- (exkl. MWST)\nDie Rechnung folgt separat."
    )
    result = _email("Anmeldebestätigung: OneStream Workflow Grundlagen", body)
    assert isinstance(result, Proposal)
    assert (result.title.value, result.hours.value) == ("OneStream Workflow Grundlagen", Decimal(7))


def test_a_registration_that_names_a_policy_or_a_renewal_is_still_a_registration():
    policy = _email(
        "Attendance policy – OneStream Tech Talk: Cube Views",
        "You're registered for the Tech Talk on 4 June 2026.",
    )
    renewal = _email(
        "OneStream Tech Talk: Cube Views",
        "You're registered. Your licence renews on 1 July 2026; the talk is on 4 June 2026.",
    )
    assert isinstance(policy, Proposal) and isinstance(renewal, Proposal)
