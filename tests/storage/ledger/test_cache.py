"""The cache decodes every field of every record: a cache hit equals the full parse.

The decoder follows the records' type hints (storage/ledger/cache.py), so these
properties draw whole ledgers and configs, every optional field filled or
left out, and compare the decoded cache with what parsing the TOML gives.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.models import (
    Activity,
    Bundle,
    Certification,
    Evidence,
    ExamAttempt,
    Extension,
    KindSetting,
    Ledger,
    Settings,
)
from onepoints_cli.domain.validation import ledger_problems
from onepoints_cli.storage.ledger import cache
from onepoints_cli.storage.ledger.codec import ledger_from_toml, ledger_to_toml, settings_from_toml, to_data

TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\0"), max_size=12)
TITLE = TEXT.filter(str.strip)
DAY = st.dates(dt.date(1900, 1, 1), dt.date(9899, 12, 31))
AMOUNT = st.decimals("0.01", "1000", places=2)
SHA = st.text("0123456789abcdef", min_size=64, max_size=64)
IDENT = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)


@st.composite
def ledgers(draw) -> Ledger:
    cert_ids = draw(st.lists(IDENT, max_size=3, unique=True))
    certs = []
    for cert_id in cert_ids:
        expires = draw(DAY)
        earned = draw(st.none() | st.dates(dt.date(1900, 1, 1), expires))
        certs.append(
            Certification(cert_id, draw(TITLE), expires, earned, draw(st.booleans()), draw(st.none() | TEXT))
        )
    ids = draw(st.lists(st.integers(1, 10**9), max_size=4, unique=True))
    evidence = st.builds(Evidence, TEXT, st.integers(0, 2**40), SHA)
    activities = tuple(
        Activity(
            i,
            draw(TITLE),
            draw(DAY),
            draw(IDENT),
            draw(AMOUNT),
            draw(st.none() | AMOUNT),
            tuple(draw(st.lists(evidence, max_size=2))),
            draw(st.none() | TEXT),
        )
        for i in ids
    )
    owned = st.sampled_from(cert_ids) if cert_ids else st.nothing()
    some = st.integers(0, 2) if cert_ids else st.just(0)
    bundles = tuple(
        Bundle(
            n,
            draw(owned),
            draw(DAY),
            draw(DAY),
            tuple(draw(st.lists(st.integers(1, 10**6), max_size=3))),
            draw(AMOUNT),
            draw(TEXT),
            draw(SHA),
        )
        for n in range(draw(some))
    )
    used = st.lists(st.sampled_from(ids), max_size=2) if ids else st.just([])
    extensions = tuple(
        Extension(
            n,
            draw(owned),
            draw(DAY),
            draw(DAY),
            draw(DAY),
            tuple(draw(used)),
            draw(st.none() | st.integers(1, 5)),
            draw(st.none() | TEXT),
        )
        for n in range(draw(some))
    )
    result = st.sampled_from(["pass", "fail", "pending"])
    exams = tuple(draw(st.lists(st.builds(ExamAttempt, TEXT, DAY, result, st.booleans()), max_size=2)))
    next_id = max(ids, default=0) + draw(st.integers(1, 3))
    return Ledger(1, next_id, tuple(certs), activities, bundles, extensions, exams)


configs = st.builds(
    Settings,
    lead_days=st.integers(0, 365),
    warn_days=st.integers(0, 3650),
    holder_name=st.none() | TEXT,
    holder_email=st.none() | TEXT,
    copy_evidence=st.booleans(),
    history_keep=st.integers(1, 10_000),
    kinds=st.dictionaries(IDENT, st.builds(KindSetting, st.none() | TEXT, st.none() | AMOUNT), max_size=2),
)


@settings(max_examples=60, deadline=None)
@given(ledger=ledgers(), config=configs)
def test_a_cache_hit_equals_the_full_parse(ledger: Ledger, config: Settings) -> None:
    assert list(ledger_problems(ledger)) == []
    ledger_bytes = ledger_to_toml(ledger).encode()
    config_bytes = tomli_w.dumps(to_data(config)).encode()
    parsed = ledger_from_toml(ledger_bytes, Path("ledger.toml"))
    parsed_settings = settings_from_toml(config_bytes, Path("config.toml"))
    raw = cache.encode(ledger_bytes, config_bytes, parsed, parsed_settings)

    hit = cache.decode(raw, ledger_bytes, config_bytes)

    assert hit == (ledger_from_toml(ledger_bytes, Path("ledger.toml")), parsed_settings)
    assert hit == (ledger, config)  # and the parse itself lost nothing


class EveryKindOfField(NamedTuple):
    """A record a future change might add: each kind of field the models use."""

    day: dt.date
    amount: Decimal
    results: tuple[ExamAttempt, ...]
    numbers: tuple[int, ...]
    optional_day: dt.date | None = None
    optional_amount: Decimal | None = None
    table: dict[str, KindSetting] = {}
    flag: bool = False
    text: str | None = None


@settings(max_examples=40, deadline=None)
@given(
    st.builds(
        EveryKindOfField,
        DAY,
        AMOUNT,
        st.lists(
            st.builds(ExamAttempt, TEXT, DAY, st.sampled_from(["pass", "fail"]), st.booleans()), max_size=2
        ).map(tuple),
        st.lists(st.integers(), max_size=3).map(tuple),
        st.none() | DAY,
        st.none() | AMOUNT,
        st.dictionaries(IDENT, st.builds(KindSetting, st.none() | TEXT, st.none() | AMOUNT), max_size=2),
        st.booleans(),
        st.none() | TEXT,
    )
)
def test_a_new_record_is_decoded_without_writing_a_decoder(record: EveryKindOfField) -> None:
    data = json.loads(json.dumps(to_data(record), default=str))
    assert cache._record_decoder(EveryKindOfField)(data) == record


def test_a_cache_missing_a_required_field_is_not_used() -> None:
    ledger = Ledger(
        next_activity_id=2, activities=(Activity(1, "Course", dt.date(2025, 1, 1), "course", Decimal(1)),)
    )
    data = ledger_to_toml(ledger).encode()
    payload = json.loads(cache.encode(data, None, ledger, Settings()))
    assert cache.decode(json.dumps(payload).encode(), data, None) == (ledger, Settings())
    del payload["ledger"]["activities"][0]["points"]
    assert cache.decode(json.dumps(payload).encode(), data, None) is None


def test_a_cache_made_from_other_bytes_is_not_used() -> None:
    """A hand edit of either file, or another program version, is a full parse."""
    ledger = Ledger(certifications=(Certification("oca", "OCA", dt.date(2027, 3, 31)),))
    data = ledger_to_toml(ledger).encode()
    raw = cache.encode(data, b"lead_days = 30\n", ledger, Settings())
    assert cache.decode(raw, data, b"lead_days = 30\n") == (ledger, Settings())
    assert cache.decode(raw, data.replace(b"OCA", b"OCB"), b"lead_days = 30\n") is None
    assert cache.decode(raw, data, b"lead_days = 31\n") is None
    assert cache.decode(raw, data, None) is None
    assert cache.decode(raw.replace(b'"program":"', b'"program":"0.'), data, b"lead_days = 30\n") is None
    assert cache.decode(b"", data, None) is None and cache.decode(b"{not json", data, None) is None
