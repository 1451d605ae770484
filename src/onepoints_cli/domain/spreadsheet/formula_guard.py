"""CSV cells that no spreadsheet runs as a formula: the one guard for every CSV
onepoints writes (`export`, the bundle's summary.csv) and its undoing on import.

A cell starting with = + - @ (or a tab or carriage return, which some
spreadsheets skip before looking) gets a leading apostrophe: Excel and
LibreOffice then show it as text, so `=HYPERLINK(...)` in a title stays a title.
"""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    # A cell that is already apostrophes then a formula start ('=x, ''-5) gets one
    # more too: import takes exactly one off, so the user's own apostrophe survives.
    return text.lstrip("'").startswith(_FORMULA_START)


def guard_cell(text: str) -> str:
    return "'" + text if _needs_guard(text) else text


def unguard_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text
