"""A derived copy of the validated ledger and config, for fast reads.

ledger.toml stays the source of truth. Every write also saves, beside it,
ledger.cache.json: the exact text of the ledger and config it was made from,
and their records as JSON. A reading command whose files hold that very text
takes the records from it and skips the TOML parse and pydantic (most of its
start-up time, see docs/performance.md); anything else (a hand edit, an edited
config, a damaged or missing cache, another program version) is a full parse.
Reading commands never write the cache: only writes refresh it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from .. import __version__
from ..domain.models import Ledger, Settings
from .codec import to_data

_FORMAT = 2  # 1: keyed by a hash of the files (before 2026-12-06)


def encode(ledger_bytes: bytes, config_bytes: bytes | None, ledger: Ledger, settings: Settings) -> bytes:
    return encode_tables(ledger_bytes, config_bytes, to_data(ledger), settings)


def encode_tables(
    ledger_bytes: bytes, config_bytes: bytes | None, tables: dict[str, Any], settings: Settings
) -> bytes:
    """`encode`, from `to_data(ledger)` when the caller has it already (a write made the TOML from it)."""
    payload = {
        "format": _FORMAT,
        "program": __version__,
        "ledger_text": ledger_bytes.decode("utf-8"),
        "config_text": None if config_bytes is None else config_bytes.decode("utf-8"),
        "ledger": tables,
        "settings": to_data(settings),
    }
    return json.dumps(payload, default=str, separators=(",", ":")).encode("utf-8")


def decode(raw: bytes, ledger_bytes: bytes, config_bytes: bytes | None) -> tuple[Ledger, Settings] | None:
    """The cached records when `raw` was made from these very files, else None."""
    try:
        payload = json.loads(raw)
        config_text = None if config_bytes is None else config_bytes.decode("utf-8")
        if (
            payload.get("format") != _FORMAT
            or payload.get("program") != __version__
            or payload.get("config_text") != config_text
            or payload.get("ledger_text") != ledger_bytes.decode("utf-8")
        ):
            return None
        return _record_decoder(Ledger)(payload["ledger"]), _record_decoder(Settings)(payload["settings"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # a damaged cache is only a slower read


# The records are decoded from their own type hints (domain/models.py), so a
# field added to a record is cached with no change here.

Decoder = Callable[[Any], Any]


def _decoder(hint: Any) -> Decoder | None:
    """How to turn the JSON form of a `hint` value back into it; None when they are the same."""
    if hint is date:
        return date.fromisoformat
    if hint is Decimal:
        return Decimal
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        return _record_decoder(hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):  # X | None
        optional = _decoder(next(a for a in args if a is not type(None)))
        return None if optional is None else (lambda value: None if value is None else optional(value))
    if origin is tuple:
        item = _decoder(args[0])
        return tuple if item is None else (lambda values: tuple(map(item, values)))
    if origin is dict:
        entry = _decoder(args[1])
        return dict if entry is None else (lambda values: {k: entry(v) for k, v in values.items()})
    return None  # str, int, bool, a Literal: JSON holds them as they are


@cache
def _record_decoder(record_type: type) -> Decoder:
    """`record_type` from its dict; a KeyError when a field without a default is missing."""
    hints = get_type_hints(record_type)
    defaults = record_type._field_defaults  # type: ignore[attr-defined]
    fields = [(name, _decoder(hints[name])) for name in record_type._fields]  # type: ignore[attr-defined]

    def decode(data: dict[str, Any]) -> Any:
        values = []
        for name, convert in fields:
            if name in data:
                values.append(data[name] if convert is None else convert(data[name]))
            else:
                values.append(defaults[name])
        return record_type(*values)

    return decode
