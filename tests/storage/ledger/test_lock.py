"""The ledger's lock: one writer at a time, a word after a second of waiting, a time limit."""

from __future__ import annotations

import fcntl
import os
import stat
import time
from pathlib import Path

from onepoints_cli.storage.ledger import lock as ledger_lock
from tests.support.worded import refused


def _hold(lock: Path, text: bytes = b"process 4242: onepoints add 'Talk'") -> int:
    """Another writer holding the lock (a separate open file: flock conflicts with it)."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.write(fd, text)
    return fd


def test_a_free_lock_is_taken_at_once_private_and_empty_at_rest(tmp_path):
    lock = tmp_path / "data" / "ledger.lock"
    with ledger_lock.held(lock, "add 'Talk'"):
        assert b"onepoints add 'Talk'" in lock.read_bytes()
    assert lock.read_bytes() == b""
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    assert stat.S_IMODE(lock.parent.stat().st_mode) == 0o700


def test_a_waiting_writer_says_once_whom_it_waits_for(tmp_path, monkeypatch):
    monkeypatch.setattr(ledger_lock, "LOCK_NOTICE_SECONDS", 0.1)
    lock = tmp_path / "ledger.lock"
    fd = _hold(lock)
    said = []
    released = []

    def notice(path: Path, holder: str) -> None:
        said.append((path, holder))
        os.close(fd)  # the holder finishes
        released.append(time.monotonic())

    with ledger_lock.notify_waiting(notice), ledger_lock.held(lock, "rm 3"):
        assert released  # taken only once the holder let go
    assert said == [(lock, "process 4242: onepoints add 'Talk'")]


def test_a_lock_held_for_good_gives_up_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ledger_lock, "LOCK_NOTICE_SECONDS", 0.05)
    monkeypatch.setattr(ledger_lock, "LOCK_TIMEOUT_SECONDS", 0.3)
    lock = tmp_path / "ledger.lock"
    fd = _hold(lock)
    said = []
    started = time.monotonic()
    try:
        with refused(r"process 4242.*nothing was changed.*Ctrl-Z"):
            with ledger_lock.notify_waiting(lambda *a: said.append(a)), ledger_lock.held(lock, "rm 3"):
                pass  # pragma: no cover (never reached)
    finally:
        os.close(fd)
    assert 0.3 <= time.monotonic() - started < 5 and len(said) == 1


def test_only_temporary_files_of_a_killed_writer_are_removed(tmp_path):
    mine = [".ledger.ab_cd123.tmp", ".ledger.zzzzzzzz.tmp"]
    theirs = [".ledger.bak.tmp", ".ledger.notes.tmp", "ledger.toml", ".ledger.ab_cd1234.tmp"]
    for name in mine + theirs:
        (tmp_path / name).write_bytes(b"x")
    ledger_lock.remove_stale_temporaries(tmp_path, ".ledger.")
    assert sorted(os.listdir(tmp_path)) == sorted(theirs)
