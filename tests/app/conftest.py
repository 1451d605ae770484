"""The holder's zone for the tests that run the reader over a scan corpus, and the step the
blind sets' reader tests run in."""

from __future__ import annotations

import os
import re
import time

import pytest

#: The holder's zone, as bench/bench_scan_accuracy.py sets it: an invitation in UTC
#: is read in it.
HOLDER_ZONE = "America/New_York"


@pytest.fixture
def holder_zone(monkeypatch):
    monkeypatch.setenv("TZ", HOLDER_ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


#: The blind sets' reader tests (in tests/app/, one file a set) read every document of their set,
#: a quarter of a second or so each, sixty sets and more: a step of `.ci/run` of their own
#: (ONEPOINTS_SCAN_SETS=1), like the bench they repeat (bench/bench_scan_accuracy.py). The main
#: corpus and the held-out set keep running in the README's test command, and every set's
#: coherence tests too.
SCAN_SETS = os.environ.get("ONEPOINTS_SCAN_SETS", "") not in ("", "0")
_BLIND_READER = re.compile(r"test_scan_blind\d+\.py::test_the_reader_on_the_blind\d+_set")


def pytest_collection_modifyitems(items):
    if SCAN_SETS:
        return
    skip = pytest.mark.skip(
        reason="the blind sets' reader tests are a step: ONEPOINTS_SCAN_SETS=1 (.ci/run sets it)"
    )
    for item in items:
        if _BLIND_READER.search(item.nodeid):
            item.add_marker(skip)
