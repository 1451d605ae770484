"""Races: 8 processes adding 25 activities each at once, while a reader runs
`status` and `list` and parses the file itself: every activity lands, ids are
unique, and no reader ever sees a half-written ledger.

The processes are forked (a real interpreter each would cost more than the
adds themselves) and each runs the real CLI in a loop, released together once
all are ready. One more test starts real `python -m onepoints_cli add`
interpreters at once, as several terminals or cron jobs would.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import FIGURES, Runner, ledger_temporaries, parse_ledger_file, size
from .forking import FORK_AVAILABLE, wait

pytestmark = pytest.mark.skipif(not FORK_AVAILABLE, reason="needs fork() (POSIX)")

WRITERS = 8
ADDS_EACH = size(6, 25)  # the 8 x 25 = 200 in the long run; 48 by default, for time
ROUNDS = size(1, 10)

_TITLE = re.compile(r"^Worker \d talk \d+$")


def _child(body, *args) -> int:
    """Fork; the child runs body(*args) and exits 0, or 1 with the reason on stderr."""
    pid = os.fork()
    if pid:
        return pid
    code = 1  # pragma: no cover - runs in the child
    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        body(*args)
        code = 0
    except BaseException as error:
        os.write(2, f"{os.getpid()}: {error!r}\n".encode())
    finally:
        os._exit(code)


def _await(go: Path) -> None:
    while not go.exists():
        time.sleep(0.0005)


def _writer(worker: int, ready: Path, go: Path) -> None:
    run = Runner()
    ready.touch()
    _await(go)
    for n in range(ADDS_EACH):
        added = run(
            "add", f"Worker {worker} talk {n}", "--date", "2025-03-01", "--kind", "tech-talk", "--hours", "1"
        )
        added.assert_clean(allowed=(0,))


def _reader(ledger: Path, ready: Path, go: Path, stop: Path, report: int) -> None:
    run, seen, reads = Runner(), 0, 0
    ready.touch()
    _await(go)
    while True:
        stopping = stop.exists()
        listed = run("list", "--json")
        listed.assert_clean(allowed=(0,))
        activities = json.loads(listed.stdout)["activities"]
        ids = [a["id"] for a in activities]
        assert len(set(ids)) == len(ids), f"duplicate ids {ids}"
        assert len(ids) >= seen, f"{len(ids)} activities after {seen}"
        seen = len(ids)
        for a in activities:
            if a["title"] != "Seed":
                assert _TITLE.match(a["title"]) and a["points"] == 1 and a["date"] == "2025-03-01", a
        status = run("status", "--json", "--as-of", "2025-06-01")
        status.assert_clean(allowed=(0,))
        json.loads(status.stdout)
        assert len(parse_ledger_file(ledger).activities) >= seen, "the file went back in time"
        reads += 3
        if stopping:
            break
        time.sleep(0.001)  # leave the writers some CPU
    os.write(report, f"{reads}\n".encode())


def test_eight_writers_and_a_reader(tmp_path: Path, monkeypatch):
    run = Runner()
    total_reads = 0
    for round_ in range(ROUNDS):
        # A new data folder each round, so that every round starts alike (the
        # forked processes inherit ONEPOINTS_HOME).
        home = tmp_path / f"home-{round_}"
        monkeypatch.setenv("ONEPOINTS_HOME", str(home))
        cert = ["cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"]
        run(*cert).assert_clean((0,))
        run("add", "Seed", "--date", "2025-03-01", "--kind", "course", "--points", "1").assert_clean((0,))
        ledger_file = home / "ledger.toml"
        flags = tmp_path / f"round-{round_}"
        flags.mkdir()
        go, stop = flags / "go", flags / "stop"
        before = len(parse_ledger_file(ledger_file).activities)
        read_end, write_end = os.pipe()
        reader = _child(_reader, ledger_file, flags / "ready-reader", go, stop, write_end)
        os.close(write_end)
        writers = [_child(_writer, w, flags / f"ready-{w}", go) for w in range(WRITERS)]
        while len(list(flags.glob("ready-*"))) < WRITERS + 1:
            time.sleep(0.001)
        started = time.monotonic()
        go.touch()
        for writer in writers:
            assert wait(writer, timeout=300) == 0, "a writer failed (see its stderr above)"
        took = time.monotonic() - started
        stop.touch()
        assert wait(reader, timeout=300) == 0, "the reader saw something wrong (see its stderr above)"
        with os.fdopen(read_end) as report:
            total_reads += int(report.read())

        ledger = parse_ledger_file(ledger_file)
        mine = ledger.activities[before:]
        ids = [a.id for a in ledger.activities]
        assert len(ids) == len(set(ids))
        assert len(mine) == WRITERS * ADDS_EACH
        assert {a.title for a in mine} == {
            f"Worker {w} talk {n}" for w in range(WRITERS) for n in range(ADDS_EACH)
        }
        assert ledger_temporaries(home) == []
        FIGURES[f"races: rounds of {WRITERS} processes x {ADDS_EACH} adds at once"] += 1
        FIGURES["races: activities added concurrently, all present with unique ids"] += len(mine)
        slowest = f"races: milliseconds for {WRITERS * ADDS_EACH} concurrent adds (slowest round)"
        FIGURES[slowest] = max(FIGURES[slowest], round(took * 1000))
    FIGURES["races: reads during the writes (list, status, full parse), none partial"] += total_reads


#: Real interpreters started at once; each is one `add`, so that they meet at the lock.
INTERPRETERS = 4


def test_real_interpreters_adding_at_once_all_land(onepoints_home: Path):
    env = dict(os.environ, ONEPOINTS_HOME=str(onepoints_home))
    add = [sys.executable, "-m", "onepoints_cli", "add"]
    workers = [
        subprocess.Popen(
            [*add, f"Worker {w} talk 0", "--date", "2025-03-01", "--kind", "tech-talk", "--hours", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(INTERPRETERS)
    ]
    printed_ids = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        printed_ids.append(int(out))
    ledger = parse_ledger_file(onepoints_home / "ledger.toml")
    assert sorted(printed_ids) == [a.id for a in ledger.activities] == [1, 2, 3, 4]
    assert {a.title for a in ledger.activities} == {f"Worker {w} talk 0" for w in range(INTERPRETERS)}
    assert ledger_temporaries(onepoints_home) == []
    FIGURES["races: real interpreters adding at once, all present with the id each printed"] += INTERPRETERS
