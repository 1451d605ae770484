"""Evidence files are read before the ledger lock is taken.

The test holds the lock itself (flock, as another onepoints process would)
and runs the use case in a thread: a missing evidence file must be reported
while the lock is still held, which is only possible if the file was looked
at before the lock was asked for. Were the order wrong, the thread would wait
on the lock; the join's generous limit turns that hang into a failure.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import threading
from contextlib import contextmanager

import pytest

from onepoints_cli.app.activity_input import ActivityRequest, add_activity, attach_to_activity
from onepoints_cli.app.transfer import import_csv
from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.problems import word

DEADLOCK = 30  # seconds; only reached when the code under test waits on the lock


@contextmanager
def held_lock(paths):
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with open(paths.lock, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


def error_while_locked(paths, call) -> str:
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    with held_lock(paths):
        thread = threading.Thread(target=run)
        thread.start()
        thread.join(DEADLOCK)
        finished_under_our_lock = not thread.is_alive()
    thread.join()
    assert finished_under_our_lock, "the use case waited on the ledger lock before reading evidence"
    assert isinstance(outcome[0], OnePointsError), outcome
    return word(outcome[0])  # as the user reads it


def request(evidence: list[str], kind: str = "course") -> ActivityRequest:
    return ActivityRequest("Course", dt.date(2025, 3, 4), kind, "1", None, evidence, None, True)


def test_add_checks_evidence_before_the_lock(home_paths, tmp_path) -> None:
    missing = str(tmp_path / "missing.pdf")
    message = error_while_locked(
        home_paths, lambda: add_activity(home_paths, request([missing]), dt.date(2025, 3, 5))
    )
    assert "not found" in message


def test_add_refuses_a_bad_kind_before_reading_evidence(home_paths, evidence_file) -> None:
    good = str(evidence_file())
    message = error_while_locked(
        home_paths,
        lambda: add_activity(home_paths, request([good], kind="no-such-kind"), dt.date(2025, 3, 5)),
    )
    assert "no-such-kind" in message
    assert not home_paths.evidence_dir.exists()  # nothing copied for a command that failed


def test_attach_checks_evidence_before_the_lock(home_paths, evidence_file, tmp_path) -> None:
    add_activity(home_paths, request([]), dt.date(2025, 3, 5))
    missing = str(tmp_path / "missing.pdf")
    message = error_while_locked(home_paths, lambda: attach_to_activity(home_paths, 1, [missing], None))
    assert "not found" in message


def test_import_checks_evidence_before_the_lock(home_paths, tmp_path) -> None:
    csv = tmp_path / "activities.csv"
    csv.write_text("date,title,kind,hours,evidence\n2025-03-04,Course,course,1,missing.pdf\n")
    message = error_while_locked(home_paths, lambda: import_csv(home_paths, str(csv), dry_run=False))
    assert "missing.pdf" in message and "Nothing was imported" in message


@pytest.mark.parametrize("copy", [True, False])
def test_import_records_the_fingerprints_it_took(home_paths, evidence_file, tmp_path, copy) -> None:
    (home_paths.config).parent.mkdir(parents=True, exist_ok=True)
    home_paths.config.write_text(f"copy_evidence = {'true' if copy else 'false'}\n")
    pdf = evidence_file("cert.pdf", b"%PDF-1.4 import me")
    csv = tmp_path / "activities.csv"
    csv.write_text(f"date,title,kind,hours,evidence\n2025-03-04,Course,course,1,{pdf}\n")
    plan = import_csv(home_paths, str(csv), dry_run=False)
    (recorded,) = plan.added[0].evidence
    expected_folder = home_paths.evidence_dir if copy else pdf.parent
    assert recorded.path.startswith(str(expected_folder)) and recorded.size == len(b"%PDF-1.4 import me")


def test_import_expands_a_home_path_when_it_opens_the_file(home_paths, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "cert.pdf").write_bytes(b"%PDF-1.4 at home")
    csv = tmp_path / "elsewhere" / "activities.csv"
    csv.parent.mkdir()
    csv.write_text("date,title,kind,hours,evidence\n2025-03-04,Course,course,1,~/cert.pdf\n")
    plan = import_csv(home_paths, str(csv), dry_run=True)
    assert plan.added[0].evidence[0].path == str((tmp_path / "cert.pdf").resolve())
