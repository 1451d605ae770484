"""Crash during write: `onepoints add`, `edit`, `rm`, `extend`, `undo` and
`bundle` killed with SIGKILL at random moments, and at every step of a write.

After every kill the ledger parses and validates and is byte for byte either
the ledger before the command or the ledger the command writes when it is
left alone (worked out beforehand on a copy): each write whole or absent.
The history is usable (every version reads, ledger.toml is one of them), the
cache never disagrees with the file, and the next write takes the lock at
once, settles what the killed one left (no pending version, no temporary
file) and keeps every version the ledger had.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import statistics
import time
import zipfile
from pathlib import Path

import pytest

from onepoints_cli.domain.models import Bundle
from onepoints_cli.storage.evidence_files import file_sha256
from onepoints_cli.storage.ledger import store, versions
from onepoints_cli.storage.paths import Paths

from .conftest import FIGURES, LONG, Runner, ledger_temporaries, parse_ledger_file, rng, size
from .forking import (
    FORK_AVAILABLE,
    copy_home,
    exec_cli,
    fork_cli,
    kill_after,
    kill_popen_after,
    wait,
)

pytestmark = pytest.mark.skipif(not FORK_AVAILABLE, reason="needs fork() and SIGKILL (POSIX)")

KILLS = size(6, 600)
EXEC_KILLS = size(5, 60)
BUNDLE_KILLS = size(4, 80)
#: One trial in this many is left to finish: it must take the lock at once and tidy up.
CONTROL_EVERY = 5


@contextlib.contextmanager
def home_variable(home: Path):
    old = os.environ.get("ONEPOINTS_HOME")
    os.environ["ONEPOINTS_HOME"] = str(home)
    try:
        yield
    finally:
        if old is None:
            del os.environ["ONEPOINTS_HOME"]
        else:
            os.environ["ONEPOINTS_HOME"] = old


def read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class Ledgerbench:
    """A data folder, the commands to throw at it, and the checks after each kill."""

    def __init__(self, root: Path, purpose: str) -> None:
        self.home = root / "home"
        self.scratch = root / "scratch"
        self.paths = Paths(self.home, self.home)
        self.rng = rng(purpose)
        self.run = Runner()
        self.serial = 0
        self.evidence = root / "certificate.pdf"
        self.evidence.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
        with home_variable(self.home):
            for args in (
                ["cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"],
                *[self.add_args() for _ in range(6)],
            ):
                outcome = self.run(*args)
                outcome.assert_clean(allowed=(0,))

    # --- the commands ---------------------------------------------------------------

    def add_args(self) -> list[str]:
        self.serial += 1
        day = dt.date(2023, 1, 1) + dt.timedelta(days=self.rng.randrange(900))
        args = ["add", f'Talk {self.serial}: "Cube Views" — Día ✓', "--date", str(day), "--kind", "course"]
        args += ["--points", str(self.rng.choice(["0.25", "1", "2.5", "8", "12.75"]))]
        if self.rng.random() < 0.5:
            args += ["--evidence", str(self.evidence)]
        if self.rng.random() < 0.5:
            args += ["--note", "n" * self.rng.randrange(1, 400)]
        return args

    def next_command(self) -> list[str]:
        ledger = parse_ledger_file(self.paths.ledger)
        used = {i for e in ledger.extensions for i in e.activities}
        free = [a.id for a in ledger.activities if a.id not in used]
        roll = self.rng.random()
        if roll < 0.35 or len(free) < 4:
            return self.add_args()
        if roll < 0.55:
            self.serial += 1
            return ["edit", str(self.rng.choice(free)), "--title", f"Edited {self.serial}", "--points", "3"]
        if roll < 0.70:
            return ["rm", str(self.rng.choice(free)), "--yes"]
        if roll < 0.80:
            return ["extend", "--cert", self.fresh_bundle(ledger, free[:2]), "--case", f"CS{self.serial:07d}"]
        if roll < 0.88:
            return ["undo"] if self.rng.random() < 0.7 else ["undo", "2"]
        return ["redo"]

    def fresh_bundle(self, ledger, activity_ids: list[int]) -> str:
        """A new certification with a bundle of two activities, for `extend` to record."""
        self.serial += 1
        cert_id = f"c{self.serial}"
        with home_variable(self.home):
            self.run(
                "cert", "add", f"Cert {self.serial}", "--expires", "2027-06-30", "--id", cert_id
            ).assert_clean(allowed=(0,))

        def add_bundle(snapshot):
            bundle = Bundle(
                id=max((b.id for b in snapshot.ledger.bundles), default=0) + 1,
                cert=cert_id,
                created=dt.date(2025, 1, 1),
                as_of=dt.date(2025, 1, 1),
                activities=tuple(activity_ids),
                points=sum(a.points for a in snapshot.ledger.activities if a.id in activity_ids),
                path=str(self.home / "bundle.zip"),
                sha256="0" * 64,
            )
            return snapshot.ledger._replace(bundles=snapshot.ledger.bundles + (bundle,)), None

        store.modify(self.paths, add_bundle)
        return cert_id

    def expected(self, args: list[str]) -> tuple[int, bytes | None]:
        """What the command does when nobody kills it: exit code and resulting ledger."""
        copy_home(self.home, self.scratch)
        with home_variable(self.scratch):
            outcome = self.run(*args)
        outcome.assert_clean()
        return outcome.exit_code, read_optional(self.scratch / "ledger.toml")

    # --- the checks -------------------------------------------------------------------

    def check_history(self) -> None:
        """Usable: every version reads, and ledger.toml is one of them (an unfinished
        write's version is skipped, never shown as current)."""
        found, on_disk = versions.listing(self.paths)
        assert found, "the history is empty"
        assert on_disk is not None, "ledger.toml is none of the versions in the history"
        assert all(v.ledger is not None for v in found), "a version in the history does not read"
        numbers = [v.entry.version for v in found]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), numbers
        FIGURES["crash: history checks (every version reads, ledger is one of them)"] += 1

    def check(self, before: bytes | None, after_expected: bytes | None, temporaries=()) -> str:
        """Whole or absent, valid, cache consistent; returns where the kill landed
        (`temporaries`: the temporary files there were before the command)."""
        now = read_optional(self.paths.ledger)
        assert now in (before, after_expected), "the ledger is neither the old one nor the new one"
        if now is None:  # killed before the very first write: still no ledger, which reads as empty
            assert store.load(self.paths).ledger.activities == ()
            return "before the write"
        ledger = parse_ledger_file(self.paths.ledger)
        if self.paths.backup.exists():
            parse_ledger_file(self.paths.backup)
        assert store.load(self.paths).ledger == ledger, "the cache disagrees with the ledger"
        self.check_history()
        if now != before:
            return "after the rename"
        new_temporaries = set(ledger_temporaries(self.home)) - set(temporaries)
        return "during the write" if new_temporaries else "before the write"


def test_sigkill_during_writes(tmp_path):
    bench = Ledgerbench(tmp_path, "sigkill during writes")
    durations: list[float] = []
    write_starts: list[float] = []
    landed: dict[str, int] = {}
    trial = -1

    def in_the_write() -> int:
        return landed.get("during the write", 0) + landed.get("after the rename", 0)

    # KILLS kills, at least one of them inside the write (the default run's few
    # kills could otherwise all land before it on a busy machine).
    while sum(landed.values()) < KILLS or not in_the_write():
        trial += 1
        assert trial < 5 * max(KILLS, 40), f"only {landed} kills in {trial} tries"
        args = bench.next_command()
        code, after = bench.expected(args)
        before = read_optional(bench.paths.ledger)
        if trial < 5 or trial % CONTROL_EVERY == 0:
            # Left alone: it must finish at once (no lock held by a killed one),
            # do exactly what it did on the copy, and tidy up what killed ones left.
            read_end, write_end = os.pipe()
            started = time.monotonic()
            pid = fork_cli(bench.home, args, before=_report_write_start(write_end))
            os.close(write_end)
            assert wait(pid) == code, args
            durations.append(time.monotonic() - started)
            with os.fdopen(read_end) as report:
                if first := report.readline():
                    write_starts.append(float(first) - started)
            assert read_optional(bench.paths.ledger) == after, args
            if code == 0 and after != before:
                assert ledger_temporaries(bench.home) == [], "stale temporary files were not cleaned up"
            bench.check(before, after)
            FIGURES["crash: commands left to finish (lock free, no temp left)"] += 1
            continue
        # A third of the kills anywhere in the command's life, the rest from the
        # moment it starts writing, as measured on the last runs left alone
        # (the ledger grows, so the write comes later and later).
        whole = statistics.median(durations[-5:])
        writing = statistics.median(write_starts[-5:]) if write_starts else whole / 2
        delay = (
            bench.rng.uniform(0, whole)
            if bench.rng.random() < 1 / 3
            else bench.rng.uniform(writing, whole * 0.95)
        )
        temporaries = ledger_temporaries(bench.home)
        status = kill_after(fork_cli(bench.home, args), delay)
        if status >= 0:  # finished before the kill
            assert status == code
            assert read_optional(bench.paths.ledger) == after
            FIGURES["crash: fork kills that came too late"] += 1
            continue
        where = bench.check(before, after, temporaries)
        landed[where] = landed.get(where, 0) + 1
        FIGURES[f"crash: fork kills, {args[0]}"] += 1
        FIGURES[f"crash: fork kills landing {where}"] += 1
    FIGURES["crash: fork kills"] += sum(landed.values())
    assert in_the_write() > 0, landed
    # And the real program, started as a user does, still works on what is left.
    home = bench.home
    done = exec_cli(
        home, ["add", "After the kills", "--date", "2025-01-01", "--kind", "course", "--points", "1"]
    )
    assert done.wait(timeout=60) == 0
    assert ledger_temporaries(home) == []


def _report_write_start(fd: int):
    """In the child: write the time the first temporary file is made to fd."""

    def install() -> None:
        import tempfile

        real = tempfile.mkstemp

        def mkstemp(*args, **kwargs):
            os.write(fd, f"{time.monotonic()}\n".encode())
            return real(*args, **kwargs)

        tempfile.mkstemp = mkstemp

    return install


def test_sigkill_the_real_program(tmp_path):
    """`python -m onepoints_cli ...` killed at random moments of its whole run, start-up included."""
    bench = Ledgerbench(tmp_path, "sigkill the real program")
    started = time.monotonic()
    timing = exec_cli(bench.home, bench.add_args())
    assert timing.wait(timeout=60) == 0
    full = time.monotonic() - started
    for _ in range(EXEC_KILLS):
        args = bench.next_command()
        code, after = bench.expected(args)
        before = read_optional(bench.paths.ledger)
        temporaries = ledger_temporaries(bench.home)
        status = kill_popen_after(exec_cli(bench.home, args), bench.rng.uniform(0, full * 1.1))
        if status >= 0:
            assert status == code
            assert read_optional(bench.paths.ledger) == after
            continue
        where = bench.check(before, after, temporaries)
        FIGURES["crash: real program kills"] += 1
        FIGURES[f"crash: real program kills landing {where}"] += 1


# --- every step of a write ---------------------------------------------------------------

#: The calls a write is made of; the child dies just before, or just after, the k-th one.
_STEPS = (
    ("os", "replace"),
    ("os", "link"),
    ("os", "fsync"),
    ("os", "unlink"),
    ("os", "open"),
    ("tempfile", "mkstemp"),
)
_DIED = 99


def _die_at(k: int, after: bool):
    def install() -> None:
        import importlib

        count = [0]
        for module_name, name in _STEPS:
            module = importlib.import_module(module_name)
            real = getattr(module, name)

            def step(*args, _real=real, **kwargs):
                n = count[0]
                count[0] += 1
                if n == k and not after:
                    os._exit(_DIED)
                try:
                    return _real(*args, **kwargs)
                finally:
                    if n == k and after:
                        os._exit(_DIED)

            setattr(module, name, step)

    return install


#: Every command saves through the same code (store.modify, or store.undo): the
#: default run crashes `add` at every third step and undo and redo at every fourth
#: (each path of the write still crashed at, before and after its file calls), the
#: long run (ONEPOINTS_LONG=1, a step of .ci/run) all eight at every step.
_COMMANDS = ["add", "undo", "redo", *(["first add", "undo 2", "edit", "rm", "extend"] if LONG else [])]
_STRIDE = {"add": size(3, 1), "undo": size(4, 1), "redo": size(4, 1)}


@pytest.mark.parametrize("command", _COMMANDS)
def test_crash_at_every_step_of_a_write(tmp_path, command):
    bench = Ledgerbench(tmp_path, "crash at every step")
    if command == "first add":
        for name in ("ledger.toml", "ledger.toml.bak", "ledger.cache.json"):
            (bench.home / name).unlink(missing_ok=True)
        shutil.rmtree(bench.home / "history")
        args = bench.add_args()
    elif command == "add":
        args = bench.add_args()
    elif command == "edit":
        args = ["edit", "2", "--title", "Edited", "--hours", "2"]
    elif command == "rm":
        args = ["rm", "3", "--yes"]
    elif command == "extend":
        args = ["extend", "--cert", bench.fresh_bundle(parse_ledger_file(bench.paths.ledger), [1, 2])]
    elif command == "redo":
        with home_variable(bench.home):
            bench.run("undo", "2").assert_clean(allowed=(0,))
        args = ["redo"]
    elif command == "undo 2":
        args = ["undo", "2"]
    else:
        args = ["undo"]
    code, after = bench.expected(args)
    assert code == 0
    pristine = tmp_path / "pristine"
    copy_home(bench.home, pristine)
    points = 0
    finished = False
    stride = _STRIDE.get(command, 1)
    for k in range(0, 400, stride):
        for when in (False, True):
            copy_home(pristine, bench.home)
            before = read_optional(bench.paths.ledger)
            status = wait(fork_cli(bench.home, args, before=_die_at(k, when)))
            if status == 0:  # k is past the last step: the command went through
                assert read_optional(bench.paths.ledger) == after
                finished = True
                break
            assert status == _DIED, status
            bench.check(before, after)
            # The next write takes the lock and cleans up after the dead one, and
            # every version ledger.toml had is still in the history.
            had = {v.entry.ledger for v in versions.listing(bench.paths)[0]}
            assert wait(fork_cli(bench.home, bench.add_args())) == 0
            assert ledger_temporaries(bench.home) == []
            left = sorted(p.name for p in (bench.home / "history").iterdir())
            assert not [n for n in left if not n[:6].isdigit() or ".pending." in n], left
            assert had <= {v.entry.ledger for v in versions.listing(bench.paths)[0]}
            parse_ledger_file(bench.paths.ledger)
            points += 1
        if finished:
            break
    assert finished, "the command never finished"
    assert points > 10 // stride
    FIGURES["crash: steps of a write crashed at (before/after each file call)"] += points


# --- bundle ------------------------------------------------------------------------------


def test_sigkill_during_bundle_leaves_no_partial_zip(tmp_path):
    bench = Ledgerbench(tmp_path, "sigkill during bundle")
    files = tmp_path / "files"
    files.mkdir()
    with home_variable(bench.home):
        for n in range(5):
            evidence = files / f"evidence-{n}.txt"
            evidence.write_bytes(rng(f"evidence {n}").randbytes(400_000))
            bench.run(
                "add",
                f"Course {n}",
                "--date",
                "2025-03-01",
                "--kind",
                "course",
                "--points",
                "8",
                "--evidence",
                evidence,
            ).assert_clean(allowed=(0,))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bundle.zip"
    args = ["bundle", "--cert", "oca", "--as-of", "2025-06-01", "--out", str(target), "--force"]
    started = time.monotonic()
    assert wait(fork_cli(bench.home, args)) == 0
    full = time.monotonic() - started
    entries = len(zipfile.ZipFile(target).namelist())
    killed = orphans = partial = 0
    for trial in range(BUNDLE_KILLS):
        target.unlink(missing_ok=True)
        status = kill_after(fork_cli(bench.home, args), bench.rng.uniform(0, full))
        parse_ledger_file(bench.paths.ledger)
        if status >= 0:
            assert status == 0
            continue
        killed += 1
        if target.exists():  # only ever a complete zip (the ledger may not have recorded it yet)
            with zipfile.ZipFile(target) as done:
                assert done.testzip() is None and len(done.namelist()) == entries
            recorded = {b.sha256 for b in parse_ledger_file(bench.paths.ledger).bundles}
            if file_sha256(target)[0] not in recorded:
                orphans += 1
                with home_variable(bench.home):
                    listed = bench.run("bundles")
                assert str(target) in listed.stderr and "--force" in listed.stderr, (
                    "unrecorded zip not reported"
                )
        partial += any(p.name.startswith(".bundle.zip.") for p in out.iterdir())
        if trial % 2:
            # The next bundle into the folder finishes and clears what killed ones left there.
            assert wait(fork_cli(bench.home, args)) == 0
            assert sorted(p.name for p in out.iterdir()) == ["bundle.zip"], sorted(
                p.name for p in out.iterdir()
            )
    FIGURES["crash: bundle kills"] += killed
    FIGURES["crash: bundle kills leaving a hidden partial zip (removed by the next bundle)"] += partial
    FIGURES[
        "crash: bundle kills leaving a complete zip the ledger does not list (each reported by `bundles`)"
    ] += orphans
