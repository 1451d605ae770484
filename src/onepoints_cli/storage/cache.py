"""A derived copy of the validated ledger and config, for fast reads.

ledger.toml stays the source of truth. Every write also saves, beside it, the
validated result as JSON, keyed by a BLAKE2 hash of the exact ledger and config
bytes it came from. A reading command that finds a matching key skips TOML
parsing and pydantic validation (most of its start-up time, see
docs/performance.md); any other case (a hand edit, a missing or damaged
cache, another program version) falls back to the full parse. Reading
commands never write the cache: only writes refresh it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .. import __version__
from ..domain.models import Ledger, Settings

_FORMAT = 1

try:
    # The built-in BLAKE2: importing hashlib loads OpenSSL (~3 ms per start),
    # and this key is computed by every reading command.
    from _blake2 import blake2b as _hash
except ImportError:  # a Python built without it
    from hashlib import blake2b as _hash


def cache_key(ledger_bytes: bytes | None, config_bytes: bytes | None) -> str:
    digest = _hash()
    for part in (ledger_bytes, config_bytes):
        digest.update(b"-" if part is None else b"+" + _hash(part).digest())
    return f"{_FORMAT}:{__version__}:{digest.hexdigest()}"


def encode(key: str, ledger: Ledger, settings: Settings, tables: dict[str, Any] | None = None) -> bytes:
    """The cache file; `tables`: `to_data(ledger)` when the caller has it already."""
    from .codec import to_data

    tables = to_data(ledger) if tables is None else tables
    payload = {"key": key, "ledger": tables, "settings": to_data(settings)}
    return json.dumps(payload, default=str, separators=(",", ":")).encode()


def decode(raw: bytes, key: str) -> tuple[Ledger, Settings] | None:
    """The cached records when `raw` was made for `key`, else None."""
    try:
        payload = json.loads(raw)
        if payload.get("key") != key:
            return None
        return _ledger(payload["ledger"]), _settings(payload["settings"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # a damaged cache is only a slower read


# The records are decoded from their own type hints (domain/models.py), so a
# field added to a record is cached with no change here. Each record type gets
# its decoder once, as generated code (as dataclasses does): one expression a
# field, nothing for a field whose JSON value already is the Python value
# (str, int, bool, a Literal). Looping over names at run time instead made a
# 10,000-activity read twice as slow as code written by hand for each field.

Decoder = Callable[[Any], Any]
_RECORD_DECODERS: dict[type, Decoder] = {}


def _decoder(hint: Any) -> Decoder | None:
    """How to turn the JSON form of a `hint` value back into it; None when they are the same."""
    if hint is date:
        return date.fromisoformat
    if hint is Decimal:
        return Decimal
    if _is_record(hint):
        return _record_decoder(hint)
    origin, args = get_origin(hint), get_args(hint)
    # Records inside a tuple or dict get their decoder when one is first met:
    # a ledger without bundles never pays for making the bundle decoder.
    if origin is tuple and _is_record(args[0]):
        return lambda values: tuple(map(_record_decoder(args[0]), values))
    if origin is dict and _is_record(args[1]):
        return lambda values: {k: _record_decoder(args[1])(v) for k, v in values.items()}
    if origin in (Union, UnionType) and len(args) == 2 and type(None) in args:
        inner = _decoder(args[0] if args[1] is type(None) else args[1])
        return None if inner is None else (lambda value: None if value is None else inner(value))
    if origin is tuple:
        inner = _decoder(args[0])
        return tuple if inner is None else (lambda values: tuple(map(inner, values)))
    if origin is dict:
        inner = _decoder(args[1])
        return dict if inner is None else (lambda values: {k: inner(v) for k, v in values.items()})
    if hint in (str, int, bool) or origin is Literal:
        return None
    raise TypeError(f"the cache cannot hold a {hint!r}")  # a new kind of field: teach _decoder


def _is_record(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields")


def _record_decoder(record_type: type) -> Decoder:
    """`record_type` from its dict; a KeyError when a field without a default is missing."""
    if record_type in _RECORD_DECODERS:
        return _RECORD_DECODERS[record_type]
    hints = get_type_hints(record_type)
    names: dict[str, Any] = {"_new": tuple.__new__, "_type": record_type}
    values = []
    for index, field in enumerate(record_type._fields):
        decode, key = _decoder(hints[field]), repr(field)
        value = f"d[{key}]" if decode is None else f"_decode{index}(d[{key}])"
        names[f"_decode{index}"] = decode
        if field in record_type._field_defaults:
            names[f"_default{index}"] = record_type._field_defaults[field]
            value = (
                f"d.get({key}, _default{index})"
                if decode is None
                else f"({value} if {key} in d else _default{index})"
            )
        values.append(value)
    exec(f"def decode(d):\n    return _new(_type, ({', '.join(values)},))\n", names)
    _RECORD_DECODERS[record_type] = names["decode"]
    return names["decode"]


def _ledger(data: dict[str, Any]) -> Ledger:
    return _record_decoder(Ledger)(data)


def _settings(data: dict[str, Any]) -> Settings:
    return _record_decoder(Settings)(data)
