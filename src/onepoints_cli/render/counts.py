"""Counts in words, with their plurals: '1 activity', 'activities 4, 7', '2.5 points'."""

from __future__ import annotations

from decimal import Decimal

from ..domain.validation import points_text


def activities_text(count: int) -> str:
    """'1 activity', '3 activities'."""
    return f"{count} activit{'y' if count == 1 else 'ies'}"


def activity_ids_text(ids: list[int]) -> str:
    """'activity 4', 'activities 4, 7'."""
    return ("activity " if len(ids) == 1 else "activities ") + ", ".join(map(str, ids))


def points_with_noun(value: Decimal, noun: str = "point") -> str:
    """'1 point', '2.5 points', '0 more points'."""
    return f"{points_text(value)} {noun}{'' if value == 1 else 's'}"
