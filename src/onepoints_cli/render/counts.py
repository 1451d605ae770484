"""Counts in words, with their plurals: '1 activity', 'activities 4, 7'."""

from __future__ import annotations


def activities_text(count: int) -> str:
    """'1 activity', '3 activities'."""
    return f"{count} activit{'y' if count == 1 else 'ies'}"


def activity_ids_text(ids: list[int]) -> str:
    """'activity 4', 'activities 4, 7'."""
    return ("activity " if len(ids) == 1 else "activities ") + ", ".join(map(str, ids))
