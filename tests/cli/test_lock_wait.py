"""A command that finds the ledger locked says what it waits for, on stderr, and waits."""

from __future__ import annotations

import fcntl
import os
import threading

import pytest

from onepoints_cli.storage.ledger import lock as ledger_lock

ADD = ["add", "Tech Talk", "--date", "2025-03-04", "--kind", "tech-talk", "--hours", "1"]


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_busy_lock_is_named_on_stderr_and_the_command_then_goes_through(cli, onepoints_home, monkeypatch):
    monkeypatch.setattr(ledger_lock, "LOCK_NOTICE_SECONDS", 0.1)
    assert cli(*ADD).exit_code == 0
    fd = os.open(onepoints_home / "ledger.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.write(fd, b"process 4242: onepoints import old.csv")
    threading.Timer(0.5, os.close, (fd,)).start()
    result = cli(*ADD, "--duplicate")
    assert result.exit_code == 0 and result.stdout == "2\n"
    assert "Waiting for another onepoints (process 4242: onepoints import old.csv)" in result.stderr
    assert "giving up after 30 seconds" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_lock_held_too_long_ends_in_an_error_and_no_change(cli, onepoints_home, monkeypatch):
    monkeypatch.setattr(ledger_lock, "LOCK_NOTICE_SECONDS", 0.05)
    monkeypatch.setattr(ledger_lock, "LOCK_TIMEOUT_SECONDS", 0.3)
    assert cli(*ADD).exit_code == 0
    before = (onepoints_home / "ledger.toml").read_bytes()
    fd = os.open(onepoints_home / "ledger.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        result = cli(*ADD, "--duplicate")
    finally:
        os.close(fd)
    assert result.exit_code == 1 and result.stdout == ""
    assert "has held" in result.stderr and "gave up; nothing was changed" in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before
