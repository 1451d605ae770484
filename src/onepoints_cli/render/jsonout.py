"""`--json` output: pure JSON on stdout, stable keys, ISO dates, points as numbers."""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from typing import Any


def number(value: Decimal | None) -> int | float | None:
    """An exact 2-decimal amount as a JSON number (40, 2.5): its shortest float form is the same digits."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | frozenset | set):
        return list(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def emit(data: Any) -> None:
    from .console import is_utf

    # A stream that is not UTF-8 (a Windows redirection in cp1252) gets \\u escapes: the same JSON.
    sys.stdout.write(text(data, ascii_only=not is_utf(sys.stdout)))


def text(data: Any, *, ascii_only: bool = False) -> str:
    """The JSON `emit` prints, as text (for a file).

    json escapes C0 controls but leaves DEL, C1 (0x9b is a terminal's CSI)
    and the line separators raw: they are written as \\u escapes too, the
    same JSON, so `--json` on a terminal cannot drive it."""
    out = json.dumps(data, default=_default, indent=2, ensure_ascii=ascii_only) + "\n"
    return out if out.isascii() and "\x7f" not in out else out.translate(_RAW_CONTROL)


_RAW_CONTROL = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), 0x2028, 0x2029)}
