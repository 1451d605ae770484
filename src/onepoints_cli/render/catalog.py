"""Certifications, kinds, settings and paths: the small reference listings."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from ..domain.models import Certification, Kind, Settings
from ..domain.validation import points_text
from . import jsonout


def cert_data(cert: Certification) -> dict[str, Any]:
    return {
        "id": cert.id,
        "name": cert.name,
        "type": "micro-credential" if cert.micro else "certification",
        "earned": cert.earned,
        "expires": cert.expires,
        "badge_url": cert.badge_url,
    }


def emit_certs_json(certs: tuple[Certification, ...]) -> None:
    jsonout.emit({"certifications": [cert_data(c) for c in certs]})


def print_certs(certs: tuple[Certification, ...], as_of: date) -> None:
    from . import table

    if not certs:
        sys.stdout.write(
            'No certification yet. Add one: onepoints cert add "OneStream Certified Associate" --expires 2027-05-31\n'
        )
        return
    rows, styles = [], []
    for c in certs:
        days = (c.expires - as_of).days
        rows.append(
            (
                c.id,
                c.name,
                "micro-credential" if c.micro else "certification",
                str(c.earned or ""),
                str(c.expires),
                str(days) if days >= 0 else f"expired {-days} days ago",
            )
        )
        styles.append((None,) * 5 + (None if days >= 0 else "red",))
    table.write(
        ("id", "name", "type", "earned", "expires", "days left"),
        rows,
        right=("days left",),
        flex="name",
        styles=styles,
        title="Certifications",
    )


def kind_data(kind: Kind) -> dict[str, Any]:
    return {
        "id": kind.id,
        "name": kind.name,
        "points_per_hour": kind.points_per_hour,
        "builtin": kind.builtin,
    }


def emit_kinds_json(kinds: dict[str, Kind]) -> None:
    jsonout.emit({"kinds": [kind_data(k) for k in kinds.values()]})


def print_kinds(kinds: dict[str, Kind]) -> None:
    from . import table

    table.write(
        ("id", "name", "points per hour", "source"),
        [
            (k.id, k.name, points_text(k.points_per_hour), "built-in" if k.builtin else "config.toml")
            for k in kinds.values()
        ],
        right=("points per hour",),
        flex="name",
        title="Activity kinds",
    )


def settings_data(settings: Settings, config_path: str, kinds: dict[str, Kind]) -> dict[str, Any]:
    return {
        "config_file": config_path,
        "lead_days": settings.lead_days,
        "warn_days": settings.warn_days,
        "holder_name": settings.holder_name,
        "holder_email": settings.holder_email,
        "copy_evidence": settings.copy_evidence,
        "kinds": [kind_data(k) for k in kinds.values()],
    }


def print_settings(data: dict[str, Any]) -> None:
    from .table import clean, colours_on, paint

    on = colours_on()
    label_width = max(len(key) for key in data)
    lines = []
    for key, value in data.items():
        if key == "kinds":
            value = ", ".join(f"{k['id']} ({points_text(k['points_per_hour'])}/h)" for k in value)
        shown = paint("(not set)", "dim", on) if value is None else clean(str(value))
        lines.append(f"{paint(key.ljust(label_width), 'dim', on)}  {shown}\n")
    sys.stdout.write("".join(lines))
