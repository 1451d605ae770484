"""render/jsonout.py: `--json` is pure JSON, with ISO dates, points as numbers and no raw control."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.render import jsonout


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("40"), 40),
        (Decimal("40.00"), 40),
        (Decimal("2.5"), 2.5),
        (Decimal("0.01"), 0.01),
        (None, None),
    ],
)
def test_number_is_an_int_when_whole(value, expected):
    result = jsonout.number(value)
    assert result == expected and type(result) is type(expected)


def test_dates_decimals_and_collections_are_encoded():
    text = jsonout.text(
        {"day": dt.date(2026, 3, 2), "points": Decimal("2.50"), "ids": (1, 2), "set": frozenset({3})}
    )
    assert json.loads(text) == {"day": "2026-03-02", "points": 2.5, "ids": [1, 2], "set": [3]}
    assert text.endswith("}\n")


def test_an_unknown_type_is_a_bug_not_silent_output():
    with pytest.raises(TypeError, match="cannot encode object"):
        jsonout.text({"x": object()})


def test_controls_json_leaves_raw_are_escaped_and_ascii_only_escapes_the_rest():
    title = "a\x7fb\x9bc\u2028d\u2029e é"
    text = jsonout.text({"title": title})
    assert "\x7f" not in text and "\x9b" not in text and "\u2028" not in text and "\u2029" not in text
    assert "\\u009b" in text and "é" in text
    assert json.loads(text)["title"] == title
    ascii_text = jsonout.text({"title": title}, ascii_only=True)
    assert ascii_text.isascii() and json.loads(ascii_text)["title"] == title


@given(st.text())
def test_any_text_round_trips_with_no_raw_control(title):
    text = jsonout.text({"title": title})
    assert json.loads(text) == {"title": title}
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in text)


def test_emit_writes_escapes_on_a_stream_that_is_not_utf8(monkeypatch):
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr("sys.stdout", stream)
    jsonout.emit({"title": "日本語"})
    stream.flush()
    written = stream.buffer.getvalue().decode("cp1252")
    assert "\\u65e5" in written and json.loads(written) == {"title": "日本語"}
