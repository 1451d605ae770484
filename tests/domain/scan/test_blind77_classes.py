"""Classes of misses the blind77 to blind79 sets showed, each with made-up texts
(the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.headings import BOILERPLATE, heading
from onepoints_cli.domain.scan.hours import hours_from_text
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Event, Line, Reason, Skip, Source
from onepoints_cli.domain.scan.title_words import GENERIC


@pytest.mark.parametrize("letterhead", ["OneStream Press Brasil", "OneStream Press DACH", "OneStream Press"])
def test_onestream_press_and_its_edition_is_a_letterhead_not_a_title(letterhead):
    lines = (
        Line(letterhead, 20.0),
        Line("Declaramos que o artigo foi publicado no OneStream Press", 10.0),
        Line("em 4 de novembro de 2026, com 2.400 palavras.", 10.0),
        Line("Equipe editorial", 10.0),
    )
    assert heading(lines) is None


@pytest.mark.parametrize(
    "name",
    ["Acuse de recibo y publicación de artículo", "Acuse de recibo", "Accusé de réception de l'article"],
)
def test_an_acknowledgment_of_receipt_is_the_documents_name(name):
    assert BOILERPLATE.match(name)


@pytest.mark.parametrize(
    "page", ["My Learning", "My Courses", "Learning history", "Mes formations", "I miei corsi"]
)
def test_a_learning_sites_page_name_is_no_title(page):
    assert GENERIC.match(page)


def test_a_length_measured_to_the_second_is_only_guessed():
    field = hours_from_text("Meeting title\tOneStream Partner Webinar\nMeeting duration\t1h 12m 34s\n")
    assert (field.value, field.confidence) == (Decimal("1.2"), "guessed")


def test_a_scheduled_duration_stays_found():
    field = hours_from_text("Duration: 1h 30m\n")
    assert (field.value, field.confidence) == (Decimal("1.5"), "found")


def test_a_page_headed_invoice_that_thanks_for_registering_is_an_invoice():
    text = (
        "INVOICE\nOneStream Software LLC – Events\nInvoice No. INV-SPL26-10482\nBill to\nLeonie Farquharson\n"
        "Splash 2026 – Full Conference Pass 1 $1,695.00\nTotal $1,495.00\nAmount paid $1,495.00\n"
        "Thank you for registering for Splash 2026.\n"
    )
    lines = tuple(Line(line, 10.0) for line in text.splitlines())
    result = propose(Source("i.pdf", "0" * 64, "pdf", text, lines=lines))
    assert isinstance(result, Skip) and result.reason == Reason("invoice")


def test_the_holders_focus_block_is_their_own_hold():
    event = Event("Focus: study OneStream", dt.date(2026, 11, 20), dt.timedelta(hours=2), "Admin guide")
    result = propose(Source("f.ics", "0" * 64, "ics", "Focus: study OneStream\nAdmin guide", event=event))
    assert isinstance(result, Skip) and result.reason == Reason("hold")


def test_a_marketplace_download_is_no_activity():
    body = (
        "Thanks for downloading from the OneStream Marketplace. Your solution package is ready.\n"
        "Solution: Account Reconciliations\nAllow about 30 minutes for the installation.\n"
    )
    result = propose(Source("d.eml", "0" * 64, "email", body, subject="Your OneStream Marketplace download"))
    assert isinstance(result, Skip) and result.reason == Reason("subscription")


def test_a_time_range_wrapped_after_its_word_is_read():
    text = "svoltosi in modalità online martedì 22 settembre 2026 dalle 14:30 alle\n16:00.\n"
    assert hours_from_text(text).value == Decimal("1.5")


def test_teaching_units_named_again_in_brackets_with_their_minutes():
    assert hours_from_text("Kursdauer: 8 UE (Unterrichtseinheiten à 50 Minuten)\n").value == Decimal("6.67")
