"""The rows of the JSON `onepoints export --format json` writes (the document of
`onepoints list --json`): {"as_of": ..., "activities": [{...}, ...]}. Each activity
becomes the cells a CSV row would have, so one set of checks serves both."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from ...errors import OnePointsError
from .columns import COLUMNS, EXPORT_ONLY, FORMATS, Table

#: The keys of an exported activity; `ages_out` and `id` are ignored as in a CSV.
_KEYS = frozenset(COLUMNS + EXPORT_ONLY)


def read_json(text: str, source: str) -> Table:
    try:
        document = json.loads(text, parse_float=Decimal)
    except ValueError as error:
        raise OnePointsError(
            f"{source} starts like JSON but is not valid JSON ({error}). `onepoints import` reads {FORMATS}."
        ) from None
    except RecursionError:  # arrays nested thousands deep: never an export
        raise OnePointsError(
            f"{source} is JSON nested too deep to be an export. `onepoints import` reads {FORMATS}."
        ) from None
    activities = document.get("activities") if isinstance(document, dict) else None
    if not isinstance(activities, list):
        raise OnePointsError(
            f"{source} is JSON without a list of activities: `onepoints import` reads {FORMATS}, "
            'which is {"as_of": ..., "activities": [...]}.'
        )
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[tuple[int, str]] = []
    evidence: dict[int, tuple[str, ...]] = {}
    for number, item in enumerate(activities, start=1):
        try:
            cells, paths = _cells(item)
        except ValueError as error:
            problems.append((number, str(error)))
            continue
        rows.append((number, cells))
        evidence[number] = paths
    return Table(source, rows, problems, "utf-8", "", evidence)


def _cells(item: Any) -> tuple[dict[str, str], tuple[str, ...]]:
    if not isinstance(item, dict):
        raise ValueError("not an object with the keys of an activity")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise ValueError(f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}")
    cells = {key: _text(key, item.get(key)) for key in COLUMNS if key != "evidence"}
    cells["state"] = _text("state", item.get("state"))
    return cells, _paths(item.get("evidence"))


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValueError(f"{key} is {json.dumps(value, default=str)}, not a text or a number")
    return str(value)


def _paths(value: Any) -> tuple[str, ...]:
    """Evidence as export writes it ([{"path": ...}, ...]), or a plain list of paths."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError("evidence is not a list")
    paths = []
    for entry in value:
        path = entry.get("path") if isinstance(entry, dict) else entry
        if not isinstance(path, str):
            raise ValueError("an evidence entry has no path")
        paths.append(path)
    return tuple(paths)
