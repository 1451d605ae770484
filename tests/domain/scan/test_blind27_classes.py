"""Classes of misses the blind27 (PDFs) and blind29 (a mixed Downloads folder) sets showed,
each with made-up pages and texts (the sets' own documents are not used here)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Line, Proposal, Skip, Source


def _line(text: str, size: float, y: float, *xs: float) -> Line:
    parts = text.split("  ")
    starts = xs or tuple(50.0 + 120 * i for i in range(len(parts)))
    return Line(text, size, tuple(zip(starts, parts, strict=True)), y)


def _pdf(lines: list[Line]) -> Proposal | Skip:
    text = "\n".join(line.text for line in lines)
    return propose(Source("p.pdf", "0" * 64, "pdf", text, lines=tuple(lines)))


_HEADER = "Completed  Learning item  Type  Provider  Status  Hours"


def _record(rows: list[Line]) -> list[Line]:
    return [
        _line("Learning Record", 15, 800),
        _line("Learner: Alex Sample", 8.5, 790),
        _line(_HEADER, 8.5, 748),
        _line("06/01/2026  Information Security Awareness  E-learning  Kallidus  Completed  0.75", 8.5, 724),
        _line("19/01/2026  Anti-Bribery and Corruption  E-learning  Kallidus  Completed  0.50", 8.5, 703),
        _line(
            "27/01/2026  Excel Power Query for Finance  Virtual class  Northwind  Completed  3.00", 8.5, 682
        ),
        *rows,
        _line("Total learning hours: 39.00", 9.5, 600),
    ]


def test_a_row_printed_as_two_lines_at_one_height_is_the_onestream_row():
    result = _pdf(
        _record(
            [
                _line("14/10/2026  OneStream Financial Close: Transaction", 8.5, 661, 50, 170),
                _line("Matching Essentials", 8.5, 650, 170),
                _line("Classroom  OneStream University  Completed  7.00", 8.5, 661, 410, 530, 650, 770),
            ]
        )
    )
    assert isinstance(result, Proposal)
    assert result.title.value == "OneStream Financial Close: Transaction Matching Essentials"
    assert (result.date.value, result.hours.value) == (dt.date(2026, 10, 14), Decimal(7))
    assert (result.kind.value, result.kind.confidence) == ("course", "guessed")
    assert "found" not in (result.title.confidence, result.hours.confidence)


def test_a_header_row_starting_with_completed_is_no_title():
    row = _line("14/10/2026  OneStream Budget Workshop  Classroom  Fabrikam  Completed  7.00", 8.5, 661)
    result = _pdf(_record([row]))
    assert isinstance(result, Proposal)
    assert (result.title.value, result.title.confidence) == ("OneStream Budget Workshop", "guessed")
    assert result.hours.value == Decimal(7)


def test_a_captions_value_wrapped_over_lines_is_read_whole():
    result = _pdf(
        [
            _line("Certificate of Attendance", 24, 500),
            _line("Session", 9, 350),
            _line("OneStream Tech Talk: Account", 14, 320),
            _line("Reconciliations – Matching Rules That", 14, 302),
            _line("Scale", 14, 284),
            _line("Date and time", 9, 250),
            _line("Thu 5.11.2026 9.00–10.00 (EET)", 12, 230),
        ]
    )
    assert isinstance(result, Proposal)
    assert result.title.value == "OneStream Tech Talk: Account Reconciliations – Matching Rules That Scale"


def test_a_label_whose_value_starts_in_small_letters_gives_no_title_nor_a_found_kind():
    result = _pdf(
        [
            _line("Certificate of Attendance", 14, 670),
            _line("This is to certify that Sam Taylor attended the OneStream user", 12, 607),
            _line("conference", 12, 587),
            _line("WAVE Nordics 2026", 18, 548),
            _line("held in Stockholm on 2026-10-06 – 2026-10-07.", 12, 513),
            _line("Programme: keynotes, 9 breakout sessions and a hands-on lab.", 12, 493),
        ]
    )
    assert isinstance(result, Proposal)
    assert result.title.value == "WAVE Nordics 2026"
    assert result.kind.value == "wave"


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        (
            "Faktura VAT / VAT Invoice FV/2026/10/0412\nSzkolenie / Training: OneStream Administration I\n"
            "Total due: 8 487,00 PLN",
            True,
        ),
        ("Tax invoice\nOneStream Planning course, 2 days\nAmount due: SEK 12 400", True),
        ("Certificate of Completion\nOneStream Planning course, 2 days\nFee waived", False),
    ],
)
def test_an_invoice_in_another_currency_is_skipped(text, skipped):
    assert isinstance(propose(Source("i.pdf", "0" * 64, "pdf", text)), Skip) is skipped


def test_onestream_last_of_a_list_of_vendors_is_another_vendors_course():
    text = (
        "BlackLine University  Certificate of Completion\nAlex Sample has successfully completed\n"
        "Account Reconciliations: System Administrator\nLearning path  Close Management with your ERP or CPM "
        "(SAP, Oracle, OneStream)\nDuration 8 hours"
    )
    result = propose(Source("b.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) and result.reason.kind == "guest-only"


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        (
            "What's New in OneStream Platform 9.3\nRelease date: November 30, 2026 · Document version 1.2\n"
            "This guide summarises the new features.",
            True,
        ),
        ("Neuerungen in OneStream Release 9.3\nDokumentversion 1.2\nDieses Dokument fasst zusammen.", True),
        (
            "What's New in OneStream Platform 9.3\nOneStream webinar, November 30, 2026, 1:00 PM - 2:00 PM ET\n"
            "Thank you for attending.",
            False,
        ),
    ],
)
def test_whats_new_is_documentation_only_with_a_documents_version(text, skipped):
    result = propose(Source("w.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Skip) is skipped


def test_a_pasted_chat_is_skipped_and_a_saved_email_is_not():
    chat = (
        "Jonas Beispiel 10:42\nanyone joining the OneStream Tech Talk on Thursday?\n"
        "Sam Taylor 10:47\nmaybe, depends on the client call\nPriya Sample 10:49\n17:00 CET I think, 60 min.\n"
    )
    skipped = propose(Source("chat.txt", "0" * 64, "text", chat))
    assert isinstance(skipped, Skip) and skipped.reason.kind == "chat"
    saved = "OneStream Tech Talk: Dynamic Calculations\nSam Taylor 10:47\nYou're registered for Thursday, 17:00 CET.\n"
    assert isinstance(propose(Source("c.txt", "0" * 64, "text", saved)), Proposal)
