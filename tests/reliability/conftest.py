"""Shared pieces of the reliability suite: sizes, a non-raising CLI runner, the
figures every test records, and helpers to look at a data folder.

The suite runs in two sizes. By default every loop is a short smoke run that
still goes down each path (a few kills of each kind, every step of an `add`,
a few dozen hostile files of each sort), so that the whole test suite stays
under a minute; with ONEPOINTS_LONG=1 the loops run the counts quoted in
docs/reliability.md, which .ci/run does as a step of its own:

    ONEPOINTS_LONG=1 python -m pytest tests/reliability -n 0 -p no:cacheprovider -rs

Each test adds what it did and what held to FIGURES; the totals are printed at
the end of the run, and written as JSON to $ONEPOINTS_RELIABILITY_REPORT when
that variable names a file.

Every random choice (what to run, when to kill, hostile bytes, hypothesis's
examples) comes from one seed: $ONEPOINTS_TEST_SEED, or DEFAULT_SEED. The
seed is printed in the header, with the figures and under a failing test, so
a failure replays with the same choices:

    ONEPOINTS_TEST_SEED=20261202 python -m pytest tests/reliability -p no:cacheprovider

(Kill timings still vary from run to run: the choices repeat, the scheduler does not.)
"""

from __future__ import annotations

import json
import os
import random
import re
import traceback
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onepoints_cli.cli import app
from onepoints_cli.domain.models import Ledger
from onepoints_cli.storage.ledger.codec import ledger_from_toml

LONG = os.environ.get("ONEPOINTS_LONG", "") not in ("", "0")


#: The seed when ONEPOINTS_TEST_SEED is not set; any fixed number would do.
DEFAULT_SEED = 20261202
SEED = int(os.environ.get("ONEPOINTS_TEST_SEED") or DEFAULT_SEED)
REPLAY = f"ONEPOINTS_TEST_SEED={SEED}"


def rng(purpose: str) -> random.Random:
    """A generator seeded from SEED and what it is for, so that tests do not share a sequence."""
    return random.Random(f"{SEED}:{purpose}")


def size(default: int, long: int) -> int:
    """A loop count: small by default, large with ONEPOINTS_LONG=1."""
    return long if LONG else default


#: What the suite did, e.g. FIGURES["kills"] += 1; printed at the end.
FIGURES: Counter[str] = Counter()

#: Temporary files the storage code leaves while it writes (see storage/ledger/store.py).
LEDGER_TEMPORARY = re.compile(r"^\.ledger\..*\.tmp$")


def ledger_temporaries(folder: Path) -> list[str]:
    return (
        sorted(p.name for p in folder.iterdir() if LEDGER_TEMPORARY.match(p.name)) if folder.exists() else []
    )


def parse_ledger_file(path: Path) -> Ledger:
    """The full parse and validation, never the cache."""
    return ledger_from_toml(path.read_bytes(), path)


class Outcome:
    """What one in-process CLI run did: the exit code, both streams, and any
    exception other than SystemExit (which would have been a traceback)."""

    def __init__(self, result) -> None:
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr
        exc = result.exception
        self.crash = None
        if exc is not None and not isinstance(exc, SystemExit):
            self.crash = "".join(traceback.format_exception(exc))

    def assert_clean(self, allowed=(0, 1)) -> None:
        """No traceback; an allowed exit code; an error says something."""
        assert self.crash is None, f"traceback reached the user:\n{self.crash}"
        assert self.exit_code in allowed, (self.exit_code, self.stderr)
        if self.exit_code == 1:
            assert self.stderr.strip(), "exit code 1 without a message"
        assert "Traceback" not in self.stderr


class Runner:
    """Runs the real Typer app in-process and never raises."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: object, input: str | None = None) -> Outcome:
        return Outcome(self.runner.invoke(app, [str(a) for a in args], input=input))


@pytest.fixture
def run() -> Runner:
    return Runner()


def pytest_report_header() -> str:
    return f"reliability: random seed {SEED} (replay with {REPLAY})"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        report.sections.append(("random seed", f"{REPLAY} python -m pytest '{item.nodeid}'"))


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section(f"reliability figures ({'long' if LONG else 'default'} run)")
    terminalreporter.write_line(f"random seed: {SEED} (replay with {REPLAY})")
    for name in sorted(FIGURES):
        terminalreporter.write_line(f"{name}: {FIGURES[name]}")
    report = os.environ.get("ONEPOINTS_RELIABILITY_REPORT")
    if report:
        Path(report).write_text(
            json.dumps({"long": LONG, "seed": SEED, **dict(sorted(FIGURES.items()))}, indent=2) + "\n"
        )
