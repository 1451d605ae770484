"""CSV cells that no spreadsheet runs as a formula: the one guard for every CSV
onepoints writes (`export`, the bundle's summary.csv) and its undoing on import.

A cell starting with = + - @ (or a tab or carriage return, which some
spreadsheets skip before looking) gets a leading apostrophe: Excel and
LibreOffice then show it as text, so `=HYPERLINK(...)` in a title stays a title.
"""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def unguard_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text
