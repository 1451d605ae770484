"""Kinds from the words of the seven languages: hosting, press, a course's
completion; a webinar that names a speaker the reader cannot place is guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.scan.found_kinds import guess_kind
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Note, Proposal, Source


@pytest.mark.parametrize(
    "thanks",
    [
        "Bedankt voor uw presentatie! Namens OneStream danken wij u voor uw bijdrage als spreker.",
        "Vielen Dank für Ihren Vortrag als Referentin.",
        "Merci pour votre présentation en tant qu'intervenant.",
        "Gracias por su ponencia como ponente invitado.",
        "Grazie per la tua presentazione come relatore.",
        "Obrigado pela sua apresentação como palestrante.",
        "Ringraziamo Sam Taylor per aver partecipato in qualità di relatore al webinar.",
        "Ha participado en calidad de ponente en el webinar.",
        "We thank Jordan Ellis for facilitating the following session for our customers.",
        "Fabrikam Consultoría te ha añadido como ponente del siguiente webinar.",
        "Vous avez été ajouté(e) en tant que présentateur pour le webinaire.",
        "Certificamos que Jamie Okafor atuou como facilitador(a) do webinar.",
        "With thanks, presented to Jamie Okafor for presenting the session.",
        "Grazie per il tuo intervento al webinar di ieri.",
        "Mme Ana Lopes est intervenue en qualité de conférencière lors du webinaire.",
        "Attestation d'intervention : M. Paul Roy, webinaire du 4 juin 2025.",
        "M. Paul Roy a participé en qualité de modérateur au webinaire.",
    ],
)
def test_thanks_for_presenting_in_any_language_is_hosting(thanks):
    field = guess_kind("Budget Drivers", f"{thanks}\nWebinar: Budget Drivers\nDatum: 4 juni 2025")
    assert field[:2] == ("webinar-host", "found")


def test_a_webinar_that_names_a_speaker_is_guessed_not_found():
    field = guess_kind("Budget Drivers", "Webinar: Budget Drivers\nSpeaker: Alex Kim\n4 June 2025")
    assert field[:2] == ("webinar", "guessed")


@pytest.mark.parametrize(
    "text",
    [
        'Great news: your article "Five Lessons" went live on the OneStream Community blog.',
        "A equipa editorial declara que o artigo\nComo fechar o mês\nda autoria de Sam foi publicado.",
        "Ihr Artikel „Fünf Lektionen“ wurde im OneStream Blog veröffentlicht.",
        "Published: your article on the OneStream blog",
    ],
)
def test_a_published_article_is_press(text):
    assert guess_kind("Five Lessons", text)[0] == "press"


@pytest.mark.parametrize(
    "text",
    [
        "This certifies that Sam has successfully completed\nPeople Planning",
        "Certificate of Achievement\nPeople Planning",
    ],
)
def test_a_completion_or_achievement_is_a_course(text):
    assert guess_kind("People Planning", text)[0] == "course"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Web-Seminar: Budgetplanung\n4. Juni 2025", "webinar"),
        ("Lehrgang Budgetplanung\n4. Juni 2025", "course"),
        ("Treinamento: Orçamento\n4 de junho de 2025", "course"),
        ("Referentenbestätigung: Webinar Budgetplanung", "webinar-host"),
        ("Confirmación de ponente – webinar Presupuestos", "webinar-host"),
    ],
)
def test_kind_words_of_the_seven_languages(text, kind):
    assert guess_kind("Budget", text)[0] == kind


@pytest.mark.parametrize(
    "passing",
    [
        "Thanks for building with us! Winners will be announced at Splash.",
        "See the whole programme and join us at the next Splash in Las Vegas this spring.",
        "Die Gewinner werden auf der nächsten Splash in Berlin bekannt gegeben.",
    ],
)
def test_a_kind_named_only_in_a_sentence_about_something_else_is_not_the_activitys(passing):
    text = f"Hackathon 2025 participation record\nEvent: Hackathon 2025\nDate: 06/10/2025\n{passing}"
    field = guess_kind("Hackathon 2025", text)
    assert field[:2] == ("other", "guessed")
    assert field.note == Note("kind-in-passing", "splash")


def test_a_stated_kind_wins_over_one_named_in_passing():
    text = (
        "Sam Taylor hat an der Präsenzschulung\nDatenintegration mit Stage-Regeln\nam 7. Mai 2025 teilgenommen."
        "\nWinners of the data challenge will be announced at the next Splash in Berlin."
    )
    assert guess_kind("Datenintegration mit Stage-Regeln", text).value == "course"


@pytest.mark.parametrize(
    "stated_line",
    [
        "Type: Splash",
        "OneStream Splash",
        "You attended the Splash breakout on close automation in Las Vegas.",
        "Sam Taylor ha partecipato alla Splash di Milano con il team finanza.",
    ],
)
def test_a_kind_on_a_label_a_heading_or_an_attendance_sentence_is_found(stated_line):
    text = f"Record\n{stated_line}\nDate: 06/10/2025"
    assert guess_kind("Close automation", text)[:2] == ("splash", "found")


@pytest.mark.parametrize(
    "invitation",
    [
        "Sam Taylor, you are invited to be a panelist for this Webex webinar.",
        "Your role: Panelist (presenter)",
        "You have been invited as a presenter in this Teams webinar.",
        "You are invited to a Zoom webinar as a panelist.",
        "Vous participez en tant que panéliste à ce webinaire.",
        "Participará como panelista en este webinar.",
    ],
)
def test_a_webinar_invitation_as_panelist_or_presenter_is_hosting(invitation):
    field = guess_kind("Tax Provision Made Simple", f"Webinar: Tax Provision Made Simple\n{invitation}")
    assert field[:2] == ("webinar-host", "found")


@pytest.mark.parametrize(
    "thanks",
    [
        "Muito obrigado por apresentar o webinar Orçamento de capital.",
        "Gracias por presentar el webinar Cierre rápido.",
        "Grazie per aver presentato il webinar Consolidamento.",
        "Merci d'avoir animé le webinaire Clôture rapide.",
        "Bedankt voor het presenteren van het webinar Slimmer rapporteren.",
    ],
)
def test_thanks_for_presenting_with_the_verb_is_hosting(thanks):
    assert guess_kind("Webinar", thanks)[:2] == ("webinar-host", "found")


@pytest.mark.parametrize(
    "text",
    [
        "Join OneStream Live on Wednesday at 7:30 PM. Your link: https://app.livestorm.example/p/77c1",
        "Evening Q&A for customers. Join with Google Meet: https://meet.google.example/abc",
        "Click to join the Zoom meeting: https://zoom.example/j/123",
        "Join the event on Crowdcast: https://crowdcast.example/e/cube-views",
        "You're registered for this LinkedIn Live event. We'll remind you before it starts.",
    ],
)
def test_an_online_session_with_no_kind_named_is_guessed_a_webinar(text):
    assert guess_kind("OneStream After Hours", text) == ("webinar", "guessed", Note("kind-online"))


def test_a_file_with_no_kind_and_no_online_link_stays_other():
    assert guess_kind("Partner day", "Sam Taylor attended on 3 June 2025 in Utrecht.")[:2] == (
        "other",
        "guessed",
    )


def test_a_dutch_thanks_with_the_verb_last_and_a_session_in_any_language_is_hosting():
    text = (
        "Hartelijk dank dat je de webinar 'Kasstroomprognoses' hebt gepresenteerd op 14 oktober 2025.\n"
        "Er keken 164 deelnemers live mee. De opname staat binnen 5 werkdagen online."
    )
    assert guess_kind("Kasstroomprognoses", text)[0] == "webinar-host"


def test_a_sentence_that_opens_with_the_kind_says_what_the_activity_is():
    event = Event(
        "OneStream Developer Academy – Finance Business Rules",
        dt.date(2025, 11, 18),
        None,
        "Instructor-led, three days. Bring a laptop with VPN access.\nEnrollment no. 2025-1118-07. "
        "Pre-work: 2 e-learning modules by Nov 14.",
        days=3,
    )
    proposal = propose(Source("a.ics", "0" * 64, "ics", "", event=event))
    assert isinstance(proposal, Proposal) and proposal.kind.value == "course"


def test_a_webcast_is_a_webinar():
    text = "ONESTREAM WEBCAST SERIES\nThank you for attending\nWebcast date 03-Feb-2026"
    assert guess_kind("Close Faster", text)[:2] == ("webinar", "found")


@pytest.mark.parametrize(
    "text",
    [
        "Format: Classroom, London. Start 16/06/2026 09:00, learning hours 3.5.",
        "for participation in the non-credit professional development program on EPM with OneStream",
        "SEISMIC LEARNING · LESSON COMPLETION",  # as normalise() closes the spaced-out heading
    ],
)
def test_a_classroom_or_professional_development_program_is_a_course(text):
    assert guess_kind("Account Reconciliations: Design", text)[0] == "course"


def test_a_speaker_added_to_a_webinar_named_in_passing_is_guessed_its_host():
    title = "Planificación de tesorería con OneStream: del Excel al modelo integrado"
    text = (
        f"Has sido invitado como ponente: {title}\n\nzuddl\nHola Sam,\n"
        f"Fabrikam Consultoría te ha añadido como ponente del siguiente webinar:\n{title}\n"
        "🗓 miércoles, 20 de mayo de 2026\n🕐 16:00 – 17:00 (CEST, Madrid)\n"
        "🎙 Ensayo técnico: lunes, 18 de mayo de 2026, 15:30 – 16:00\n"
        "Entra al backstage 30 minutos antes del inicio con tu enlace personal de ponente (no lo compartas):\n"
        "Entrar como ponente\nAñadir al calendario\nInscritos hasta hoy: 236\n"
    )
    assert guess_kind(title, text)[0] == "webinar-host"


def test_two_kinds_named_in_a_title_are_a_guess():
    field = guess_kind("Splash Academy 2027 - Hands-on Training Day: Workflows", "Training credit: 8 hours")
    assert field.confidence == "guessed"


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        # a roundtable or a user group on Teams is no webinar
        ("Customer Community Roundtable", "Join on Microsoft Teams. OneStream customers only.", "other"),
        ("Anwendertreffen Nord", "Zoom-Link folgt. OneStream", "other"),
        # a live stream's guest on air hosts it
        (
            "Faster Forecasting",
            "Marco invited you to join a broadcast as a guest\nStreamYard studio",
            "webinar-host",
        ),
        (
            "Consolidação societária",
            "convidou você para participar como convidado(a) de uma transmissão ao vivo no StreamYard",
            "webinar-host",
        ),
        # NASBA's delivery method, hyphenated as some portals print it
        (
            "IFRS 17 Disclosures",
            "CPE credits 1.5 (Field of study: Accounting; Group-Internet Based)",
            "webinar",
        ),
        ("OneStream voor controllers", "heeft deelgenomen aan de tweedaagse masterclass", "course"),
    ],
)
def test_gatherings_guests_on_air_internet_based_cpe_and_masterclasses(title, text, kind):
    assert guess_kind(title, text).value == kind


def test_a_published_interview_is_press_dated_the_day_it_was_published():
    body = (
        "la Sua intervista «Budget a base zero con OneStream» è stata pubblicata martedì 9 dicembre 2025 sul numero 12.\n"
        "Intervista raccolta il 14 novembre 2025 da Giulia Esempio."
    )
    result = propose(Source("i.eml", "0" * 64, "email", body, subject="La Sua intervista è online"))
    assert isinstance(result, Proposal)
    assert (result.kind.value, result.date.value) == ("press", dt.date(2025, 12, 9))


def test_a_french_hostess_in_the_feminine_hosts():
    text = "Mme Alex Morgan est intervenue en qualité\nd'animatrice du webinaire « Clôture mensuelle »"
    assert guess_kind("Clôture mensuelle", text).value == "webinar-host"


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        # a talk given in a webinar, its subject naming a Splash recap
        (
            "OneStream Anwendertreffen Splash-Nachlese",
            "herzlichen Dank für Ihren Vortrag „Rollierende Forecasts“ im Webinar am 5. Februar 2026",
            "webinar-host",
        ),
        ("Fechamento em 5 dias", "Você será palestrante convidado no nosso webinar", "webinar-host"),
        (
            "Lease Accounting under ASC 842",
            "Thank you for attending, broadcast live on February 19, 2026",
            "webinar",
        ),
        # a roundtable whose letter says no continuing education credit is awarded
        (
            "OneStream CFO Roundtable: Finance in Healthcare",
            "No continuing education credit is awarded.",
            "other",
        ),
    ],
)
def test_talks_in_webinars_broadcasts_and_roundtables(title, text, kind):
    assert guess_kind(title, text).value == kind


@pytest.mark.parametrize(
    "text",
    [
        "Join our OneStream webinar on 3 March 2027. Guest speaker: Dana Whitfield, OneStream.",
        "Join our OneStream webinar on 3 March 2027. Dana Whitfield will be the presenter.",
        "Webinar OneStream em 3 de março de 2027: o Sr. Silva será palestrante.",
    ],
)
def test_someone_elses_part_in_a_webinar_is_no_hosting_of_the_holders(text):
    assert guess_kind("Budget Drivers", text).value == "webinar"


def test_a_ticked_box_names_the_kind():
    text = "Nature de l'action concourant au développement des compétences :\n☒ action de formation    ☐ bilan de compétences    ☐ action de VAE"
    assert guess_kind("Rapprochements bancaires", text)[:2] == ("course", "found")
    unticked = "Nature de l'action :\n☐ action de formation    ☒ bilan de compétences    ☐ action de VAE"
    assert guess_kind("Rapprochements bancaires", unticked).value == "other"


def test_e_learning_wrapped_at_its_hyphen_is_a_course():
    text = "Si attesta che Sam Taylor ha completato il percorso e-\nlearning\nAnalisi degli scostamenti"
    assert guess_kind("Analisi degli scostamenti", text)[:2] == ("course", "found")


def test_an_invitation_tagged_with_the_holders_part_is_hosting():
    event = Event(
        "[Presenter] Lease Accounting in OneStream - webinar for clients", dt.date(2026, 11, 12), None
    )
    source = Source(
        "invite.ics", "0" * 64, "calendar", "Speaker check 14:30. Webinar for clients.", event=event
    )
    result = propose(source)
    assert isinstance(result, Proposal) and result.kind[:2] == ("webinar-host", "found")


@pytest.mark.parametrize(
    "unit", ["10 horas lectivas", "8 Lektionen", "12 ore formative", "Carga horária: 6 h"]
)
def test_teaching_hours_are_a_courses(unit):
    text = f"Constancia\nha completado el programa Presupuestación.\n{unit}\n"
    assert guess_kind("Presupuestación", text).value == "course"


@pytest.mark.parametrize(
    "text",
    [
        "This confirms your seat on the panel of our partner webinar.\nWebinar\nPlanning for CFOs",
        "Webinar\nPlanning for CFOs\nYour role\nPanelist (with Aisha Khan)",
    ],
)
def test_a_seat_on_the_panel_or_a_role_under_its_label_is_hosting(text):
    assert guess_kind("Planning for CFOs", text).value == "webinar-host"


def test_a_splash_speaker_leading_a_breakout_hosts():
    text = "Speaker Certificate\nOneStream Splash 2026 · Partner Track\nfor leading the breakout session\nBK-114 Driver-Based Planning"
    assert guess_kind("Driver-Based Planning", text)[:2] == ("webinar-host", "guessed")
