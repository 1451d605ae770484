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
from datetime import date
from decimal import Decimal
from typing import Any

from .. import __version__
from ..domain.models import (
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


def encode(key: str, ledger: Ledger, settings: Settings) -> bytes:
    from .codec import to_data

    payload = {"key": key, "ledger": to_data(ledger), "settings": to_data(settings)}
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


def _d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _n(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _activity(a: dict[str, Any]) -> Activity:
    return Activity(
        a["id"],
        a["title"],
        date.fromisoformat(a["date"]),
        a["kind"],
        Decimal(a["points"]),
        _n(a.get("hours")),
        tuple(Evidence(**e) for e in a.get("evidence", ())),
        a.get("note"),
    )


def _ledger(d: dict[str, Any]) -> Ledger:
    return Ledger(
        schema_version=d.get("schema_version", 1),
        next_activity_id=d.get("next_activity_id", 1),
        certifications=tuple(
            Certification(
                c["id"],
                c["name"],
                date.fromisoformat(c["expires"]),
                _d(c.get("earned")),
                c.get("micro", False),
                c.get("badge_url"),
            )
            for c in d.get("certifications", ())
        ),
        activities=tuple(_activity(a) for a in d.get("activities", ())),
        bundles=tuple(
            Bundle(
                b["id"],
                b["cert"],
                date.fromisoformat(b["created"]),
                date.fromisoformat(b["as_of"]),
                tuple(b["activities"]),
                Decimal(b["points"]),
                b["path"],
                b["sha256"],
            )
            for b in d.get("bundles", ())
        ),
        extensions=tuple(
            Extension(
                e["id"],
                e["cert"],
                date.fromisoformat(e["recorded"]),
                date.fromisoformat(e["previous_expiry"]),
                date.fromisoformat(e["new_expiry"]),
                tuple(e["activities"]),
                e.get("bundle"),
                e.get("case"),
            )
            for e in d.get("extensions", ())
        ),
        exams=tuple(
            ExamAttempt(x["exam"], date.fromisoformat(x["date"]), x["result"], x.get("beta", False))
            for x in d.get("exams", ())
        ),
    )


def _settings(d: dict[str, Any]) -> Settings:
    defaults = Settings()
    return Settings(
        lead_days=d.get("lead_days", defaults.lead_days),
        warn_days=d.get("warn_days", defaults.warn_days),
        holder_name=d.get("holder_name"),
        holder_email=d.get("holder_email"),
        copy_evidence=d.get("copy_evidence", False),
        history_keep=d.get("history_keep", defaults.history_keep),
        kinds={
            k: KindSetting(v.get("name"), _n(v.get("points_per_hour"))) for k, v in d.get("kinds", {}).items()
        },
    )
