"""Classes of misses the blind44 to blind46 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.found_dates import pick_date
from onepoints_cli.domain.scan.found_kinds import guess_kind
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Proposal, Reason, Skip, Source
from onepoints_cli.domain.scan.title_sentences import after_completed
from onepoints_cli.domain.scan.title_words import strip_title
from onepoints_cli.domain.scan.titles import pick_title


def _email(subject: str, body: str, sent: dt.date | None = None) -> Proposal | Skip:
    return propose(Source("m.eml", "0" * 64, "email", body, subject=subject, sent=sent))


def _pdf(text: str) -> Proposal | Skip:
    return propose(Source("c.pdf", "0" * 64, "pdf", text))


# --- Not evidence -----------------------------------------------------------------------------


def test_a_sponsorship_prospectus_is_not_evidence():
    text = (
        "Finance Summit 2026 — Sponsorship Prospectus\nFeatured track: OneStream in the Office of the CFO\n"
        "Gold USD 12,500 Breakout session (45 minutes), 4 passes\nEarly-bird pricing until July 31, 2026"
    )
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason("sponsorship")


@pytest.mark.parametrize("subject", ["Announcing OneStream Platform 10.2", "Announcing OneStream Release 11"])
def test_a_product_release_announcement_is_not_evidence(subject):
    body = "It is now generally available.\nJoin the What's New Tech Talk on Thursday, December 10, 2026 at 11:00 AM ET."
    result = _email(subject, body)
    assert isinstance(result, Skip) and result.reason == Reason("announcement")


def test_a_projects_meeting_minutes_are_not_evidence():
    text = (
        "Weekly sync – Finance Transformation / OneStream rollout\nAttendees: J. Lee, S. Taylor\n"
        "2. Training\n - OneStream Tech Talk on Oct 22 (1 hour) – nobody registered yet.\n"
        "Action items\n - ST: circulate the Tech Talk link by 10/13\n"
    )
    result = propose(Source("minutes.txt", "0" * 64, "text", text))
    assert isinstance(result, Skip) and result.reason == Reason("meeting")


def test_a_course_whose_first_line_is_no_meeting_keeps_its_action_items():
    text = "OneStream Planning Bootcamp – my notes\nCompleted on 14 October 2026, 8 hours.\nAction items\n- review FX rules\n"
    assert isinstance(propose(Source("notes.txt", "0" * 64, "text", text)), Proposal)


# --- Titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("a participé au webinaire", "Clôture mensuelle en cinq jours avec OneStream : retours d'expérience"),
        ("for completing the one-day classroom course", "Account Reconciliations in Practice"),
        ("Hartelijk dank voor uw deelname aan ons webinar", "Consolidatie van joint ventures in OneStream"),
        ("You just finished every lesson of", "Workflow Design Essentials for OneStream"),
        ("an der Konferenz", "OneStream Splash DACH 2026"),
    ],
)
def test_the_title_under_a_lead_in_of_these_words(lead, title):
    text = f"Certificate\nAlex Morgan\n{lead}\n{title}\nThank you.\n"
    assert pick_title(None, None, text, "c.txt").value == title


def test_a_title_wrapped_before_the_words_that_say_where_it_was_held_is_joined():
    text = (
        "Madame Alex Morgan\na participé au webinaire\nClôture mensuelle avec OneStream : retours\n"
        "d'expérience\norganisé en ligne le jeudi 05.11.2026.\n"
    )
    assert (
        pick_title(None, None, text, "a.pdf").value
        == "Clôture mensuelle avec OneStream : retours d'expérience"
    )


def test_an_article_title_written_unquoted_between_your_article_and_went_live():
    text = "Good news: your article Twelve Months of Close Automation: Lessons from 3 Rollouts went live on OneStream Press."
    assert pick_title(None, "Your article is published", text, "m.eml").value == (
        "Twelve Months of Close Automation: Lessons from 3 Rollouts"
    )


def test_from_a_time_still_ends_a_title_and_from_a_figure_of_the_title_does_not():
    at_a_time = "Sam attended Consolidation Basics from 9:00 AM to 5:00 PM."
    assert pick_title(None, None, at_a_time, "a.txt").value == "Consolidation Basics"


def test_a_contributor_certificates_heading_is_no_title():
    text = "OneStream Press\nContributor Certificate\npresented to\nAlex Morgan\nin recognition of the published article\n“Ten Lessons from Migrating 40 Entities”\n"
    assert pick_title(None, None, text, "c.pdf").value == "Ten Lessons from Migrating 40 Entities"


def test_a_course_quoted_after_how_it_was_held_is_the_title():
    body = 'Adjunto su certificado de participación en el curso\nvirtual "Modelado de flujo de caja en OneStream", realizado el 20 de octubre de 2026.'
    result = _email("Certificado de participación – Curso Modelado de flujo de caja", body)
    assert isinstance(result, Proposal) and result.title.value == "Modelado de flujo de caja en OneStream"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# OneStream – Advanced Planning bootcamp (my log)", "OneStream – Advanced Planning bootcamp"),
        ("## Consolidation Deep Dive (notes)", "Consolidation Deep Dive"),
    ],
)
def test_a_markdown_heading_and_the_holders_own_note_are_taken_off(heading, title):
    assert strip_title(heading) == title


# --- Dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Given under our hand this 14th day of October 2026", dt.date(2026, 10, 14)),
        ("Date:      Wednesday, November 4, 2026\nSplash 2026 (November 3 – 5, 2026)", dt.date(2026, 11, 4)),
        (
            "bevestigen wij dat u het webinar live heeft gevolgd op dinsdag\n13 oktober 2026 van 10.00 tot 11.15 uur.\n"
            "Het volgende webinar vindt plaats op 10 november 2026.",
            dt.date(2026, 10, 13),
        ),
        (
            'Thanks for attending "Planning" today,\nTuesday, November 10, 2026.\n'
            'Next in the series: "Relational Blending for Large Data Sets", December 8, 2026.',
            dt.date(2026, 11, 10),
        ),
    ],
)
def test_the_activitys_day_in_these_forms(text, day):
    assert pick_date(text).value == day


def test_data_is_still_a_label_in_italian_and_portuguese():
    text = "Il prossimo livello inizia il 13/10/2026.\nData di completamento: 22/09/2026"
    assert pick_date(text).value == dt.date(2026, 9, 22)


def test_a_day_without_a_year_another_thing_opens_on_is_not_the_completion():
    body = "You just finished every lesson of\nWorkflow Design\nPart 2 opens for enrolment on\nNovember 2 - reply to hold a seat.\nAccess until October 19, 2027."
    result = _email("Course complete: Workflow Design for OneStream", body, sent=dt.date(2026, 10, 19))
    assert isinstance(result, Proposal)
    assert (result.date.value, result.date.note and result.date.note.kind) == (
        dt.date(2026, 10, 19),
        "email-sent",
    )


# --- Hours and kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Instructional time: 7 hours (see the agenda overleaf).", "7"),
        ("Rating: 4.6 out of 5\n6.5 total hours · 87 lectures · All Levels", "6.5"),
        ("Still on your plan\nOneStream Close 301\n8.0 credit hours", None),
    ],
)
def test_hours_in_these_forms(text, hours):
    value = hours_from_text(f"OneStream course\n{text}").value
    assert value == (Decimal(hours) if hours else None)


def test_a_splash_workshop_on_its_own_day_keeps_its_hours():
    text = (
        "Splash Americas 2026 · November 3–5, 2026\nHands-on Workshop Certificate\n"
        "Olivia completed the pre-conference hands-on workshop\nDriver-Based Forecasts\n"
        "Workshop date: Monday, November 2, 2026 · 1:00 PM – 4:00 PM ET · 3 hours"
    )
    result = _pdf(text)
    assert isinstance(result, Proposal)
    assert (result.date.value, result.hours.value) == (dt.date(2026, 11, 2), Decimal("3"))


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "OneStream Wave Brasil 2026",
            "Certificamos que Sam participou do evento OneStream Wave Brasil 2026.",
            "wave",
        ),
        (
            "Integrierte Finanzplanung",
            "Hiermit bestätigen wir die Teilnahme am Präsenzseminar mit OneStream.",
            "course",
        ),
    ],
)
def test_kinds_said_these_ways(title, text, kind):
    assert guess_kind(title, text).value == kind


def test_a_big_wave_of_changes_is_no_wave_event():
    assert guess_kind("Release notes", "OneStream ships a wave of changes.").value != "wave"


def test_accepting_a_colleagues_forward_is_no_registration_and_accepting_the_organisers_is():
    def reply(to: str) -> Proposal | Skip:
        event = Event(
            summary="Accepted: OneStream Tech Talk – Dashboards", start=dt.date(2026, 11, 11), length=None
        )
        return propose(
            Source(
                "a.eml",
                "0" * 64,
                "email",
                "",
                subject="Accepted: OneStream Tech Talk – Dashboards",
                sender="Sam Taylor <sam.taylor@contoso.example>",
                recipients=to,
                event=event,
            )
        )

    internal = reply("Finance Systems <finance-systems@contoso.example>")
    assert isinstance(internal, Skip) and internal.reason == Reason("reply-internal")
    assert isinstance(reply("OneStream Tech Talks <techtalks@onestream.example.com>"), Proposal)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Sie sind angemeldet:\nKurs\nOneStream Reporting – Aufbaukurs\nTermin\nDienstag, 10.11.2026",
            "OneStream Reporting – Aufbaukurs",
        ),
        (
            "Your article has been published.\nArticle\nRolling Forecasts in Twelve Weeks\nPublished\n5 November 2026",
            "Rolling Forecasts in Twelve Weeks",
        ),
    ],
)
def test_a_title_label_alone_on_its_line_names_the_title_on_the_next(body, title):
    assert pick_title(None, "Your registration", body, "m.eml").value == title


def test_a_table_header_of_one_word_columns_is_no_label_and_value():
    body = "Sessions you registered for\nSession\nStart\nEnd\nWelcome and environment check\n9:00 AM\n"
    assert pick_title(None, "Registration successful", body, "m.eml").value != "Start"


def test_the_taught_part_of_a_day_is_its_hours():
    field = hours_from_text(
        "Uhrzeit\n09:00 – 16:30 Uhr (MEZ), davon 7 Stunden Unterricht (30 Min. Mittagspause)"
    )
    assert (field.value, field.confidence) == (Decimal("7"), "found")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("WAVE LATAM 2026 · São Paulo", "WAVE LATAM 2026"),
        (
            "OneStream WAVE Chicago 2026, held November 17–18, 2026 at the Hyatt",
            "OneStream WAVE Chicago 2026",
        ),
        ("Splash EMEA 2026 | Lisbon", "Splash EMEA 2026"),
        (
            "OneStream WAVE 2025 Amsterdam",
            "OneStream WAVE 2025 Amsterdam",
        ),  # a place written on is the name's
        (
            "Splash 2026, Workshop: Planning",
            "Splash 2026, Workshop: Planning",
        ),  # a session after a colon stays
    ],
)
def test_a_conferences_place_after_a_comma_or_a_dot_is_taken_off(title, name):
    assert strip_title(title) == name


# --- From blind47 to blind49 ------------------------------------------------------------------


def test_a_conference_label_gives_way_to_the_workshop_the_holder_attended():
    text = (
        "Certificaat van deelname\nHierbij verklaren wij dat\nAlex Morgan\nheeft deelgenomen aan de praktijkworkshop\n"
        "Splash-workshop: Financial Close versnellen\nop woensdag 21 oktober 2026.\n"
        "Evenement: Splash Benelux 2026 (20 – 22 oktober 2026)\n"
    )
    field = pick_title(None, None, text, "c.pdf")
    assert (field.value, field.confidence) == ("Splash-workshop: Financial Close versnellen", "guessed")


def test_a_conference_label_alone_stays_the_title():
    assert pick_title(None, None, "Event: Splash Benelux 2026\nDate: 21 October 2026\n", "c.pdf").value == (
        "Splash Benelux 2026"
    )


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "Cube Views & Reporting Workshop (Virtual, Half-Day) - Class 0042",
            "Cube Views & Reporting Workshop",
        ),
        ("Planejamento Orçamentário com OneStream – Turma 12", "Planejamento Orçamentário com OneStream"),
        (
            "Reporting con OneStream: Cube Views avanzate (ed. 3)",
            "Reporting con OneStream: Cube Views avanzate",
        ),
        ("Splash Benelux 2026 (20 – 22 oktober 2026)", "Splash Benelux 2026"),
        ("Planning Summit (Virtual, EMEA)", "Planning Summit (Virtual, EMEA)"),  # an edition stays
    ],
)
def test_a_cohort_a_format_with_its_length_and_a_range_of_days_come_off_a_title(title, kept):
    assert strip_title(title) == kept


def test_the_kind_wrapped_alone_after_its_article_leaves_the_title_to_the_line_after():
    text = "Ms. Alex Morgan has successfully completed the\ntraining\n„OneStream Workflow & Data Integration”\nheld on 05.10.2026.\n"
    assert pick_title(None, None, text, "c.pdf").value == "OneStream Workflow & Data Integration"


def test_a_chapters_book_is_not_part_of_the_chapters_title():
    text = 'This certifies that\nAlex Morgan\nis the author of the chapter\nChapter 6 – Driver-Based Planning\nin the book "Planning in Practice",\n'
    assert after_completed(text, ()) == ("Chapter 6 – Driver-Based Planning", True)


def test_a_german_live_webinar_then_its_title_wrapped_then_the_verb():
    text = "Hiermit bestätigen wir, dass\nFrau Alex Morgan\nam Live-Webinar\nOneStream Analytic Blend im Überblick: Hybride\nDatenmodelle für das Controlling\nteilgenommen hat.\n"
    assert pick_title(None, None, text, "c.pdf").value.startswith("OneStream Analytic Blend im Überblick")


def test_two_days_each_with_its_weekday_and_article_are_one_range():
    field = pick_date("qui aura lieu le jeudi 8 et le vendredi 9 octobre 2026, de 8 h 30 à 17 h 00")
    assert (field.value, field.note and field.note.days) == (dt.date(2026, 10, 8), 2)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Gala Dinner – Finance Summit\nTable 1 – Host\nA. Rivera\nTable 2\nM. Keane\nTable 3\nD. Osei\nOneStream partners",
            "logistics",
        ),
        (
            "Splash 2026 - Agenda at a Glance (v7)\nDay Time Session\nMon 9/28 8:00 AM Registration\n"
            "Mon 9/28 9:00 AM Keynote\nMon 9/28 10:30 AM Roadmap\nTue 9/29 8:30 AM Product Keynote",
            "agenda",
        ),
        (
            "Your manager has purchased a OneStream training voucher for you.\nVoucher code: OSU-7H2K\n"
            "How to redeem: choose a course.\nThis voucher has not been redeemed yet.",
            "voucher",
        ),
        (
            "DRAFT - reply to the thread about the exam\nThe OneStream Tech Talk from October helped me.",
            "draft",
        ),
        (
            "Certificate of Completion\nAlex Morgan has completed the course\nWorkday Planning Fundamentals\n"
            "Fabrikam Advisory – Workday, OneStream and Anaplan implementation partner",
            "guest-only",
        ),
    ],
)
def test_more_documents_that_are_no_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_a_registration_closed_reply_is_declined_and_a_past_deadline_is_not():
    closed = "Gracias por su interés en el webinar «Consolidación en OneStream».\nLamentablemente, la inscripción está cerrada."
    result = _email("RE: Inscripción webinar", closed)
    assert isinstance(result, Skip) and result.reason == Reason("declined")
    letter = "This confirms that Alex attended Splash Europe 2026 on 14 October 2026. Early-bird registration closed on 31 July 2026."
    assert isinstance(_pdf(letter), Proposal)


def test_a_confirmation_of_participation_with_its_fee_and_invoice_number_is_still_evidence():
    body = (
        "Nous avons le plaisir de vous confirmer votre participation à la formation\n« Budget avec OneStream »\n"
        "le jeudi 8 octobre 2026. Prix : CHF 1'850.- HT, facture n° 2026-0931."
    )
    assert isinstance(_email("Confirmation de participation – Budget avec OneStream", body), Proposal)


def test_a_saved_mailbox_page_with_a_password_notice_in_its_list_keeps_the_open_registration():
    page = (
        "Mail - Sam - Outlook\nInbox 37\nContoso IT\nPassword expires in 7 days\nTue 9/15\n"
        "Registration confirmed: Forecasting with Sensible ML\nHi Sam,\nYou're registered! OneStream Webinar on "
        "Thursday, September 24, 2026, 2:00 PM – 3:00 PM EDT."
    )
    assert isinstance(propose(Source("Mail.html", "0" * 64, "html", page)), Proposal)


# --- From blind50 to blind52 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Certificate of Completion\nAlex Morgan completed the course\nPower BI Data Modeling\n"
            "October 13, 2026 - 7 hours\nFabrikam Analytics is not affiliated with OneStream Software.",
            "guest-only",
        ),
        (
            "Course Syllabus: OneStream Planning Essentials (PLN-201)\nNext cohorts: October 5–8, 2026.\n"
            "Duration 16 hours. Price USD 1,950 per seat.",
            "syllabus",
        ),
        (
            "Contoso Academy - OneStream Training Price List 2027\nOneStream Close Foundations  Virtual  16 hours  1,490",
            "syllabus",
        ),
        (
            "Certification Exam Voucher\nExam: OneStream Certified Associate\nVoucher code: OSV-7Q2K\n"
            "Valid until: December 31, 2026",
            "voucher",
        ),
    ],
)
def test_documents_that_offer_or_disclaim_are_no_evidence(text, reason):
    result = _pdf(text)
    assert isinstance(result, Skip) and result.reason == Reason(reason)


def test_an_upgrade_offer_for_a_registration_is_no_evidence_of_its_own():
    body = "You are registered for Splash EMEA 2026. Upgrade to the VIP pass for EUR 349.\nUpgrade now - offer ends 24 September."
    result = _email("Upgrade your seat: VIP pass for Splash EMEA 2026", body)
    assert isinstance(result, Skip) and result.reason == Reason("upgrade")


def test_the_holders_own_reminder_to_register_is_a_hold():
    event = Event(
        summary="Register for Splash!",
        start=dt.date(2026, 9, 10),
        length=None,
        description="Early-bird ends 9/15. Splash Americas Oct 20-22 Orlando.",
    )
    result = propose(Source("r.ics", "0" * 64, "ics", "", event=event))
    assert isinstance(result, Skip) and result.reason == Reason("hold")


def test_an_add_to_calendar_page_that_asks_to_register_elsewhere_is_marketing():
    page = (
        "OneStream Webinar: Planning for FP&A Leaders - Add to Calendar\nThursday, December 10, 2026 · 1:00 PM – 2:00 PM\n"
        "Registration is required to receive the join link. Register on the event page."
    )
    result = propose(Source("index.html", "0" * 64, "html", page))
    assert isinstance(result, Skip) and result.reason == Reason("marketing")


def test_a_voucher_redeemed_for_a_course_is_not_skipped_as_a_voucher():
    text = "Training voucher redeemed\nAlex Morgan completed the course OneStream Planning on 5 October 2026, 8 hours."
    result = _pdf(text)
    assert not (isinstance(result, Skip) and result.reason == Reason("voucher"))


def test_a_registration_whose_footer_offers_an_upgrade_is_still_the_registration():
    body = (
        "You're registered for OneStream Splash EMEA 2026, 28 September 2026, Lisbon.\n"
        "Confirmation number SPL-4471.\n\nWant more? Upgrade now to the VIP pass."
    )
    assert isinstance(_email("Registration confirmed: Splash EMEA 2026", body), Proposal)
