"""The rows of the JSON `onepoints export --format json` writes (the document of
`onepoints list --json`): {"as_of": ..., "activities": [{...}, ...]}. Each activity
becomes the cells a CSV row would have, so one set of checks serves both."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from ...errors import OnePointsError
from .columns import COLUMNS, EXPORT_ONLY, Table
from .problems import (
    BadEvidenceList,
    InvalidJson,
    JsonTooDeep,
    NoActivityList,
    NotAnActivity,
    NotTextOrNumber,
    UnknownKeys,
)

#: The keys of an exported activity; `ages_out` and `id` are ignored as in a CSV.
_KEYS = frozenset(COLUMNS + EXPORT_ONLY)


def read_json(text: str, source: str) -> Table:
    try:
        document = json.loads(text, parse_float=Decimal)
    except ValueError as error:
        raise InvalidJson(source, str(error)) from None
    except RecursionError:  # arrays nested thousands deep: never an export
        raise JsonTooDeep(source) from None
    activities = document.get("activities") if isinstance(document, dict) else None
    if not isinstance(activities, list):
        raise NoActivityList(source)
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[tuple[int, OnePointsError]] = []
    evidence: dict[int, tuple[str, ...]] = {}
    for number, item in enumerate(activities, start=1):
        try:
            cells, paths = _cells(item)
        except OnePointsError as error:
            problems.append((number, error))
            continue
        rows.append((number, cells))
        evidence[number] = paths
    return Table(source, rows, problems, "utf-8", "", evidence)


def _cells(item: Any) -> tuple[dict[str, str], tuple[str, ...]]:
    if not isinstance(item, dict):
        raise NotAnActivity()
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise UnknownKeys(tuple(unknown))
    cells = {key: _text(key, item.get(key)) for key in COLUMNS if key != "evidence"}
    cells["state"] = _text("state", item.get("state"))
    return cells, _paths(item.get("evidence"))


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise NotTextOrNumber(key, json.dumps(value, default=str))
    return str(value)


def _paths(value: Any) -> tuple[str, ...]:
    """Evidence as export writes it ([{"path": ...}, ...]), or a plain list of paths."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise BadEvidenceList("not_a_list")
    paths = []
    for entry in value:
        path = entry.get("path") if isinstance(entry, dict) else entry
        if not isinstance(path, str):
            raise BadEvidenceList("no_path")
        paths.append(path)
    return tuple(paths)
