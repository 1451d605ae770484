"""The holder's zone for the tests that run the reader over a scan corpus."""

from __future__ import annotations

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
