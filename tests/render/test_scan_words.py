"""Scan's words, exactly: field notes and skip reasons (render/scan_words.py)."""

import datetime as dt
import typing
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.problems import (
    FieldNotInFile,
    FileAwardsPoints,
    FromFileUnread,
    NoSuchProposal,
    ProposalIncomplete,
)
from onepoints_cli.domain.scan.records import Caveat, Note, NoteKind, Reason, ReasonKind
from onepoints_cli.render.problems import word
from onepoints_cli.render.scan_words import note_text, reason_text


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (Reason("no-onestream"), "no sign of OneStream in it"),
        (Reason("cancelled"), "a cancellation: the event will not take place"),
        (Reason("waiting-list"), "a waiting-list notice: no seat yet, so no activity yet"),
        (Reason("calendar", 20), "a calendar of 20 or more events, not one invitation"),
        (Reason("digest", 4), "a newsletter or digest naming 4 dates: no one activity"),
        (Reason("catalogue", 3), "a catalogue or programme of 3 dates: no one activity"),
        (Reason("cannot-list", text="Permission denied"), "cannot list the folder: Permission denied"),
        (Reason("cannot-read", text="Permission denied"), "cannot be read: Permission denied"),
        (Reason("too-large", 20 * 2**20 + 1), "20971521 bytes, over the 20 MiB read"),
        (Reason("recorded", 7), "already recorded (evidence of activity 7)"),
        (Reason("same-file", text="in/a.pdf"), "the same file as in/a.pdf"),
        (Reason("unreadable", text="a damaged PDF"), "a damaged PDF"),
        (Reason("not-found"), "not found"),
    ],
)
def test_each_reason_in_words(reason, text):
    assert reason_text(reason) == text


@pytest.mark.parametrize("kind", typing.get_args(ReasonKind))
def test_every_kind_has_words(kind):
    words = reason_text(Reason(kind, 3, "x"))
    assert words and words.strip() == words


def test_a_file_add_from_cannot_read_in_words():
    problem = FromFileUnread("~/Downloads/photo.jpg", Reason("other-content"))
    assert word(problem) == (
        "--from ~/Downloads/photo.jpg: its content is not that of a PDF, an email or an invitation."
        " Give the fields with --date, --kind, --hours."
    )


@pytest.mark.parametrize(
    ("note", "text"),
    [
        (Note("summary"), "the invitation's summary"),
        (Note("invitation-start", days=3), "the invitation's start (the first of 3 days)"),
        (Note("invitation-start"), "the invitation's start"),
        (
            Note("invitation-start-elsewhere", readings=(dt.date(2026, 11, 19), dt.date(2026, 11, 18))),
            "the invitation's start in the zone it names; 2026-11-18 on this computer's clock: give --date if that was your day",
        ),
        (
            Note("ambiguous-date", "04/03/2025", readings=(dt.date(2025, 3, 4), dt.date(2025, 4, 3))),
            "04/03/2025 may be 2025-03-04 or 2025-04-03: give --date",
        ),
        (Note("date-from", "May 13-15, 2025", days=3), "from 'May 13-15, 2025' (the first of 3 days)"),
        (Note("date-from", "04/03/2025", order="day-first"), "from '04/03/2025 (day first, as elsewhere)'"),
        (Note("date-one-of", "June 3, 2025", number=2), "from 'June 3, 2025', one of 2 dates in the file"),
        (Note("first-of-dates", number=3), "the first of 3 dates in the file"),
        (Note("latest-labelled", number=4), "the latest of 4 labelled dates in the file"),
        (Note("no-year", "September 18", number=2025), "'September 18' with no year: 2025 assumed"),
        (Note("hours-labelled", "cpe-credits"), "from the CPE credits in the file"),
        (
            Note("hours-labelled", "stated-hours", figures=2),
            "from the stated hours in the file: the first of 2 figures",
        ),
        (Note("too-long", "3 days, 0:00:00"), "the invitation lasts 3 days, 0:00:00: give --hours"),
        (Note("kind-words", "title"), "from the words of the title"),
        (Note("kind-in-passing", "splash"), "splash is named only in passing, not as this activity's kind"),
        (Note("labelled", caveat="one-place"), "the title the file labels (named in one place only)"),
        (
            Note("subject", caveat="second-person"),
            "the email's subject (it speaks to you: a sentence, maybe not the title)",
        ),
        (Note("largest-lines", caveat="goes-on"), "the largest lines of the page (its line may go on)"),
        (None, None),
    ],
)
def test_each_note_in_words(note, text):
    assert note_text(note) == text


@pytest.mark.parametrize("kind", typing.get_args(NoteKind))
@pytest.mark.parametrize("caveat", [None, *typing.get_args(Caveat)])
def test_every_note_and_caveat_has_words(kind, caveat):
    words = note_text(Note(kind, "total", 2, caveat=caveat))
    assert words and words.strip() == words and "None" not in words


@pytest.mark.parametrize(
    ("note", "message"),
    [
        (
            Note("ambiguous-date", "04/03/2025", readings=(dt.date(2025, 3, 4), dt.date(2025, 4, 3))),
            "--from w.pdf: 04/03/2025 may be 2025-03-04 or 2025-04-03: give --date.",
        ),
        (Note("no-hours"), "--from w.pdf: no duration, hours or CPE credits in the file. Give --hours."),
        (None, "--from w.pdf: no hours. Give --hours."),
    ],
)
def test_a_field_add_from_cannot_take_in_words(note, message):
    assert word(FieldNotInFile("w.pdf", "hours", note)) == message


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        (
            FileAwardsPoints("w.pdf", Decimal("10")),
            "--from w.pdf: the file awards 10 OnePoints: give --points 10.",
        ),
        (
            NoSuchProposal((4, 7), 3),
            "--only 4, 7: no such proposal (this scan made 3; see `onepoints scan` without --only).",
        ),
        (ProposalIncomplete(2, "a.pdf", ("date",)), "Proposal 2 (a.pdf) has no date: not added."),
        (
            ProposalIncomplete(2, "a.pdf", ("date", "hours"), chosen=True),
            "Proposal 2 (a.pdf) has no date and no hours: not added."
            " Nothing was added: edit and run its add line, or leave it out of --only.",
        ),
    ],
)
def test_scans_problems_in_words(problem, message):
    assert word(problem) == message
