"""Full disk and read-only folder: a write that cannot complete says so, exits
1, and leaves the old ledger (and its backup) exactly as they were.

The real thing on a small tmpfs, mounted for the test (root on Linux only;
skipped elsewhere), and the same failures injected into every file call a
write makes, which runs anywhere.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from onepoints_cli.storage.ledger import store

from .conftest import FIGURES, Runner, ledger_temporaries, parse_ledger_file, rng

ADD = ["add", "Late write", "--date", "2025-03-01", "--kind", "course", "--points", "2"]


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 256 KiB tmpfs at tmp_path/disk, unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(mount_point)):
        pytest.skip("mount -t tmpfs is not permitted here")
    try:
        yield mount_point
    finally:
        _mount("-o", "remount,rw", str(mount_point))
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _seed(run: Runner, home: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONEPOINTS_HOME", str(home))
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
    ).assert_clean((0,))
    for n in range(5):
        run(
            "add", f"Course {n}", "--date", "2025-01-0" + str(n + 1), "--kind", "course", "--points", "3"
        ).assert_clean((0,))


def _snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in home.iterdir() if p.is_file() and p.name != "ledger.lock"}


def _history(home: Path) -> dict[str, bytes]:
    folder = home / "history"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def _fill(folder: Path) -> Path:
    """Write until the disk is full."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_full_disk(small_disk: Path, run: Runner, monkeypatch, tmp_path: Path):
    home = small_disk / "home"
    _seed(run, home, monkeypatch)
    # Cache gone, so the failing write is the ledger's own (the cache is only an optimisation).
    (home / "ledger.cache.json").unlink()
    before = _snapshot(home)
    filler = _fill(small_disk)

    failed = run(*ADD)
    failed.assert_clean(allowed=(1,))
    assert "No space left on device" in failed.stderr and "not changed" in failed.stderr
    assert _snapshot(home) == before
    assert ledger_temporaries(home) == []
    run("status").assert_clean(allowed=(0,))  # reading still works on a full disk
    run("undo").assert_clean(allowed=(1,))
    assert _snapshot(home) == before

    # A bundle onto the full disk: refused, nothing left behind.
    evidence = tmp_path / "evidence.txt"
    evidence.write_bytes(rng("full disk evidence").randbytes(64_000))
    filler.unlink()
    for n in range(5):
        run("attach", n + 1, evidence).assert_clean(allowed=(0,))
    run("add", "More", "--date", "2025-02-01", "--kind", "course", "--points", "30", "--evidence", evidence)
    target = small_disk / "bundle.zip"
    _fill(small_disk)
    bundled = run("bundle", "--cert", "oca", "--as-of", "2025-06-01", "--out", target)
    bundled.assert_clean(allowed=(1,))
    assert "No space left on device" in bundled.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "home"]

    # Room again: the same write goes through.
    (small_disk / "filler").unlink()
    run(*ADD).assert_clean(allowed=(0,))
    assert parse_ledger_file(home / "ledger.toml").activities[-1].title == "Late write"
    FIGURES["disk: full-disk writes refused cleanly (tmpfs)"] += 3


def test_read_only_folder(small_disk: Path, run: Runner, monkeypatch):
    home = small_disk / "home"
    _seed(run, home, monkeypatch)
    before = _snapshot(home)
    if not _mount("-o", "remount,ro", str(small_disk)):
        pytest.skip("remounting read-only is not permitted here")
    for command in (ADD, ["rm", "1", "--yes"], ["undo"], ["edit", "2", "--points", "4"]):
        failed = run(*command)
        failed.assert_clean(allowed=(1,))
        assert "Read-only file system" in failed.stderr, failed.stderr
    bundled = run("bundle", "--cert", "oca", "--out", small_disk / "b.zip")
    bundled.assert_clean(allowed=(1,))
    for reading in (["status"], ["list", "--json"], ["doctor"]):
        run(*reading).assert_clean(allowed=(0,))
    assert _snapshot(home) == before
    FIGURES["disk: read-only writes refused cleanly (tmpfs remounted ro)"] += 5


# --- the same failures, injected ------------------------------------------------------------

_CALLS = ("replace", "link", "fsync", "open", "unlink")
_ERRORS = (errno.ENOSPC, errno.EROFS, errno.EIO, errno.EDQUOT)


def _failing(name: str, real, nth: int, code: int, count: list[int]):
    def call(*args, **kwargs):
        count[0] += 1
        if count[0] == nth:
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    return call


@pytest.mark.parametrize("code", _ERRORS, ids=errno.errorcode.get)
def test_every_file_call_of_a_write_failing(run: Runner, onepoints_home: Path, monkeypatch, code: int):
    """Each os call the write makes fails in turn: the command either fails with
    a message and leaves every file as it was, or succeeds with the change made
    (a failure after the rename, e.g. of the folder's fsync or the cache, costs
    nothing the user needs)."""
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
    ).assert_clean((0,))
    run("add", "First", "--date", "2025-01-01", "--kind", "course", "--points", "1").assert_clean((0,))
    pristine = _snapshot(onepoints_home)
    cases = 0
    for target in (*(("os", name) for name in _CALLS), ("tempfile", "mkstemp")):
        module = os if target[0] == "os" else tempfile
        real = getattr(module, target[1])
        for nth in range(1, 12):
            for name, data in pristine.items():
                (onepoints_home / name).write_bytes(data)
            history_before = _history(onepoints_home)
            count = [0]
            with monkeypatch.context() as patch:
                patch.setattr(module, target[1], _failing(target[1], real, nth, code, count))
                outcome = run(*ADD)
            if count[0] < nth:
                break  # called fewer times than that: every call has failed once
            where = f"os.{target[1]} failing on call {nth}"
            outcome.assert_clean()
            ledger = parse_ledger_file(onepoints_home / "ledger.toml")
            assert ledger_temporaries(onepoints_home) == [], where
            if outcome.exit_code == 1:
                assert "not changed" in outcome.stderr or "Cannot write" in outcome.stderr, (
                    where,
                    outcome.stderr,
                )
                assert (onepoints_home / "ledger.toml").read_bytes() == pristine["ledger.toml"], where
                assert _history(onepoints_home) == history_before, where
            else:
                assert ledger.activities[-1].title == "Late write", where
            assert store.load(store.Paths(onepoints_home, onepoints_home)).ledger == ledger
            cases += 1
    assert cases > 10
    FIGURES["disk: injected file-call failures (ENOSPC, EROFS, EIO, EDQUOT at every call)"] += cases
