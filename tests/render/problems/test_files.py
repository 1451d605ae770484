"""render/problems/files.py: the exact words for problems with a file the user names."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.file_problems import (
    CannotReadFile,
    FileNotFound,
    FileTooLarge,
    LockTimeout,
    MergedCopyNotMoved,
    NoTemporaryFile,
    RecordCheck,
)
from onepoints_cli.render.problems import word
from onepoints_cli.render.problems.files import record_check


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (FileNotFound("badge", "b.png"), "Badge file not found: b.png"),
        (FileNotFound("import", "a\0b", quoted=True), "File to import not found: 'a\\x00b'"),
        (
            CannotReadFile("bundle", "b.zip", "Permission denied"),
            "Cannot read bundle b.zip: Permission denied.",
        ),
        (
            FileTooLarge("ledger", "l.toml", 512 * 1024),
            "l.toml is larger than 512 KB, far more than a ledger file: check that this is the right file.",
        ),
        (NoTemporaryFile("/tmp/x"), "Cannot create a temporary file in /tmp/x."),
        (
            MergedCopyNotMoved("c.toml"),
            "The merge is saved, but c.toml could not be renamed: move it out of the folder yourself.",
        ),
    ],
)
def test_the_words(problem, text):
    assert word(problem) == text


def test_a_lock_holder_that_did_not_say_is_named_so():
    assert word(LockTimeout("", "/d/ledger.lock", 30)).startswith(
        "Another onepoints (a process that did not say) has held /d/ledger.lock for more than 30 seconds"
    )
    assert "(process 7: onepoints add 'x')" in word(LockTimeout("process 7: onepoints add 'x'", "l", 30))


def test_a_write_refused_by_a_holder_says_who_may_hold_it():
    from onepoints_cli.domain.file_problems import WriteFailed

    assert word(WriteFailed("/d/l.toml", "No space left on device")) == (
        "No space left on device while writing /d/l.toml."
    )
    assert word(WriteFailed("/d/l.toml", "Permission denied", held=True)).startswith(
        "Permission denied while writing /d/l.toml: another program (an antivirus, a sync client, an editor)"
    )


@pytest.mark.parametrize(
    ("more", "text"),
    [(False, "Nothing to undo: version 3"), (True, "Nothing more to undo: version 3")],
)
def test_undo_past_the_oldest_version(more, text):
    from onepoints_cli.domain.ledger.problems import NoMoreToUndo

    assert word(NoMoreToUndo(3, 20, more)) == (
        f"{text} is the oldest the history keeps (it keeps 20 versions: history_keep in config.toml). "
        "Nothing was changed."
    )


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (RecordCheck("missing"), "missing"),
        (RecordCheck("unreadable", "Permission denied"), "cannot be read (Permission denied)"),
        (RecordCheck("unreadable"), "cannot be read"),
        (RecordCheck("not_regular"), "not a regular file"),
        (RecordCheck("size_changed", recorded=3, now=4), "size changed from 3 to 4 bytes"),
        (RecordCheck("content_changed"), "content changed (sha256 differs)"),
    ],
)
def test_a_recorded_files_state_in_words(check, text):
    assert record_check(check) == text
