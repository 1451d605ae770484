"""Classes of misses the blind28 and blind27 sets showed, each with made-up texts in
the languages it concerns (tests/fixtures/scan_blind28's documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Proposal, Source


def _email(subject: str, body: str) -> Proposal:
    result = propose(Source("m.eml", "0" * 64, "email", body, subject=subject))
    assert isinstance(result, Proposal)
    return result


def test_a_label_the_subject_names_otherwise_is_a_guess():
    result = _email(
        "AW: Einladung: OneStream Anwendertreffen Süd – Austausch Planung",
        "Hiermit laden wir Sie ein.\n\nThema: Planung und Forecasting nach dem Upgrade auf Release 9\n"
        "Datum: Donnerstag, 12. März 2026\n",
    )
    assert result.title.value == "Planung und Forecasting nach dem Upgrade auf Release 9"
    assert result.title.confidence == "guessed"
    assert result.title.note is not None and result.title.note.kind == "labelled-not-subject"


def test_a_label_the_subject_agrees_with_stays_found():
    result = _email(
        "OneStream Webinar: Planning in Release 9",
        "Topic: Planning in Release 9\nDate: March 12, 2026, 1:00 PM - 2:00 PM ET\n",
    )
    assert (result.title.value, result.title.confidence) == ("Planning in Release 9", "found")


@pytest.mark.parametrize(
    ("subject", "line"),
    [
        ("RES: Inscrição no workshop de consolidação", "Workshop de Consolidação e Eliminações no OneStream"),
        ("Re: Anmeldung zum Workshop Konsolidierung", "Workshop Konsolidierung mit OneStream für Einsteiger"),
        ("RE: Inscripción al taller de conciliaciones", "Taller de Conciliaciones bancarias con OneStream"),
        ("Re: inschrijving workshop consolidatie", "Workshop Consolidatie en Eliminaties in OneStream"),
        ("R: Iscrizione al workshop di consolidamento", "Workshop di Consolidamento e Elisioni in OneStream"),
        (
            "Re : Inscription à l'atelier consolidation",
            "Atelier Consolidation et éliminations dans OneStream",
        ),
        (
            "Re: Registration for the consolidation workshop",
            "Consolidation Workshop – Eliminations in OneStream",
        ),
    ],
)
def test_a_vague_subject_gives_way_to_the_body_line_naming_its_activity(subject, line):
    result = _email(subject, f"Confirmed, your seat is kept.\n\n{line}\nDate: 21/11/2025, 9:00 to 13:00\n")
    assert (result.title.value, result.title.confidence) == (line, "guessed")


def test_a_sentence_holding_the_subject_words_is_no_title():
    subject = "RES: Inscrição no workshop de consolidação"
    result = _email(
        subject, "A inscrição no workshop de consolidação OneStream está confirmada para o dia 21/11/2025.\n"
    )
    assert result.title.value == "Inscrição no workshop de consolidação"
    assert result.title.confidence == "guessed"


def _invitation(description: str, hours: int) -> Proposal:
    event = Event(
        "OneStream Workflow Training",
        dt.date(2025, 11, 19),
        dt.timedelta(hours=hours),
        description=description,
    )
    result = propose(Source("t.ics", "0" * 64, "ics", "", event=event))
    assert isinstance(result, Proposal)
    return result


def test_an_invitations_stated_total_unlike_its_length_is_a_guess():
    hours = _invitation("Instructor-led.\nTraining time: 5 h 30 min (lunch 12:00-12:30).", 6).hours
    assert (hours.value, hours.confidence) == (Decimal("5.5"), "guessed")


@pytest.mark.parametrize("description", ["Instructor-led.", "Training time: 6 hours."])
def test_an_invitations_length_stays_found_when_nothing_says_otherwise(description):
    hours = _invitation(description, 6).hours
    assert (hours.value, hours.confidence) == (Decimal(6), "found")


@pytest.mark.parametrize(
    "sentence",
    [
        "We noticed you registered for Close Faster on Tuesday but weren't able to join us live.",
        "You registered for Close Faster but were not able to attend the live session.",
        "Sie haben sich angemeldet, aber leider nicht dabei sein konnten.",
        "Vous étiez inscrit mais n'avez pas pu vous joindre à nous.",
        "Se registró pero no pudo asistir a la sesión en directo.",
        "U was ingeschreven maar niet aanwezig kon zijn.",
        "Ti sei iscritto ma non è riuscito a partecipare alla diretta.",
        "Você se inscreveu mas não conseguiu participar ao vivo.",
    ],
)
def test_a_recording_mailed_to_who_did_not_join_is_no_evidence(sentence):
    result = propose(
        Source(
            "r.eml",
            "0" * 64,
            "email",
            f"{sentence}\nThe 55-minute OneStream webinar is on demand now. Watch the recording.",
            subject="The recording is ready: Close Faster with OneStream",
        )
    )
    assert not isinstance(result, Proposal)


@pytest.mark.parametrize(
    ("intro", "title"),
    [
        ("Nous avons le plaisir de vous confirmer votre inscription à :", "OneStream Splash France 2026"),
        ("We are pleased to confirm your registration for:", "OneStream Planning Bootcamp 2026"),
        ("Hiermit bestätigen wir Ihre Anmeldung zu:", "OneStream Konsolidierung kompakt"),
        ("Le confirmamos su inscripción a:", "Conciliaciones automáticas con OneStream"),
        ("Wij bevestigen uw inschrijving voor:", "Basistraining Consolidatie OneStream"),
        ("Confermiamo la tua iscrizione a:", "Corso OneStream Financial Close"),
        ("Confirmamos a sua inscrição no:", "Workshop de Planejamento OneStream"),
    ],
)
def test_the_line_a_registration_introduces_is_the_title(intro, title):
    result = _email(
        "Votre inscription est confirmée", f"Bonjour Sam,\n\n{intro}\n\n{title}\n\nLe 16/10/2026.\n"
    )
    assert result.title.value == title


@pytest.mark.parametrize(
    "when",
    [
        "Le jeudi 16 octobre 2025 à 8h30, salle 2.",
        "Am 16.10.2025 um 8h30 im Raum 2.",
        "El 16/10/2025 a las 8h30 en la sala 2.",
        "Op 16-10-2025 om 8h30 in zaal 2.",
        "Il 16/10/2025 alle 8h30 in sala 2.",
        "No dia 16/10/2025 às 8h30 na sala 2.",
        "On 16 October 2025 at 8h30 in room 2.",
    ],
)
def test_a_time_of_day_written_8h30_is_no_length(when):
    assert _email("OneStream course", f"OneStream Planning course.\n{when}\n").hours.value is None


def test_a_length_written_1h30_still_counts():
    assert _email(
        "OneStream course", "OneStream Planning course, 16/10/2025 (1h30).\n"
    ).hours.value == Decimal("1.5")


def test_a_conferences_session_length_is_not_the_hours_of_its_days():
    result = _email(
        "Votre inscription à OneStream Splash France 2026 est confirmée",
        "Du jeudi 15 octobre 2026 à 8h30 au vendredi 16 octobre 2026 à 17h00, Lyon.\n"
        "Au programme : keynote d'ouverture (1h30), 24 ateliers.\n",
    )
    assert result.kind.value == "splash"
    assert result.date.value == dt.date(2026, 10, 15)
    assert result.date.note is not None and result.date.note.days == 2
    assert result.hours.value is None


@pytest.mark.parametrize(
    "text",
    [
        "Du jeudi 15 octobre 2026 à 8h30 au vendredi 16 octobre 2026 à 17h00",
        "Von Donnerstag, 15. Oktober 2026 um 8:30 Uhr bis Freitag, 16. Oktober 2026",
        "From Thursday, October 15, 2026 at 8:30 AM to Friday, October 16, 2026",
    ],
)
def test_a_range_with_a_time_of_day_after_its_first_day_is_one_range(text):
    result = _email("OneStream WAVE 2026", f"OneStream WAVE 2026\n{text}\n")
    assert result.date.value == dt.date(2026, 10, 15)
    assert result.date.note is not None and result.date.note.days == 2


def _kind_of(title: str, text: str) -> tuple[str, str]:
    from onepoints_cli.domain.scan.found_kinds import guess_kind

    kind = guess_kind(title, text)
    return kind.value, kind.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Hola Lucía, te reenvío la invitación: soy ponente en este webinar.",
        "Hi Dana, forwarding the invite: I'm presenting in this webinar.",
        "Hallo Jan, ich bin Referent in diesem Webinar.",
        "Salut, je suis intervenant dans ce webinaire.",
        "Ciao, sono relatore in questo webinar.",
        "Hoi, ik ben spreker in dit webinar.",
        "Olá, sou palestrante neste webinar.",
    ],
)
def test_the_holder_saying_they_speak_hosts_the_webinar(text):
    assert _kind_of("Conciliaciones automáticas", text)[0] == "webinar-host"


def test_a_role_in_brackets_after_the_title_hosts():
    assert _kind_of("Webinar OneStream – Conciliaciones (ponente)", "Webinar OneStream.")[0] == "webinar-host"


def test_a_panelist_of_a_roundtable_webinar_hosts_and_a_roundtables_guest_does_not():
    panel = "Webinar en vivo de OneStream LATAM. Usted participa como panelista junto con 2 clientes."
    assert _kind_of("Panelista: Mesa redonda – Cierre mensual", panel) == ("webinar-host", "guessed")
    assert _kind_of("Mesa redonda – Cierre mensual", "Webinar en vivo de OneStream LATAM.")[0] == "other"


@pytest.mark.parametrize(
    "title",
    [
        "Workshop de Consolidação no OneStream",
        "Atelier OneStream : consolidation",
        "Taller de conciliaciones OneStream",
        "Partner Bootcamp: Financial Consolidation",
        "Basistraining Consolidatie OneStream",
        "OneStream Anwendertraining Planung",
    ],
)
def test_a_workshop_or_a_training_in_one_word_is_a_course(title):
    assert _kind_of(title, "OneStream.") == ("course", "found")


def test_a_workshop_titled_on_a_splash_certificate_is_splashs():
    text = "Splash EMEA 2025 − Pre−conference workshop\nSam Taylor attended the OneStream Splash workshop"
    assert _kind_of("Advanced Financial Close Workshop", text) == ("splash", "guessed")
