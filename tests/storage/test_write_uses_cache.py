"""A write parses the TOML only when the cache was not made from the bytes it reads."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain import edits
from onepoints_cli.domain.models import Certification
from onepoints_cli.storage import ledger_store as store


def add_cert(paths, cert_id: str) -> None:
    cert = Certification(cert_id, f"Cert {cert_id}", dt.date(2027, 3, 31))
    store.modify(paths, lambda s: (edits.add_cert(s.ledger, cert), None))


def test_a_second_write_takes_the_records_from_the_cache(home_paths, monkeypatch: pytest.MonkeyPatch):
    add_cert(home_paths, "a")
    parsed = []
    real = store.ledger_from_toml
    monkeypatch.setattr(store, "ledger_from_toml", lambda *a: parsed.append(1) or real(*a))
    add_cert(home_paths, "b")
    assert parsed == []
    assert [c.id for c in store.load(home_paths).ledger.certifications] == ["a", "b"]


def test_a_hand_edit_is_parsed_by_the_next_write(home_paths, monkeypatch: pytest.MonkeyPatch):
    add_cert(home_paths, "a")
    ledger = home_paths.ledger
    ledger.write_text(ledger.read_text().replace('name = "Cert a"', 'name = "Cert A, edited"'))
    parsed = []
    real = store.ledger_from_toml
    monkeypatch.setattr(store, "ledger_from_toml", lambda *a: parsed.append(1) or real(*a))
    add_cert(home_paths, "b")
    assert parsed == [1]
    names = [c.name for c in store.load(home_paths).ledger.certifications]
    assert names == ["Cert A, edited", "Cert b"]
