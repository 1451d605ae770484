"""Scan's words, exactly: why a file is skipped (render/scan_words.py)."""

import typing

import pytest

from onepoints_cli.domain.scan.problems import FromFileUnread
from onepoints_cli.domain.scan.records import Reason, ReasonKind
from onepoints_cli.render.problems import word
from onepoints_cli.render.scan_words import reason_text


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
