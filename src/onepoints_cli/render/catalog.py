"""Certifications, kinds, settings and paths: the small reference listings."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.models import Certification, Kind, Settings
from ..domain.validation import points_text
from . import jsonout
from .messages import escape


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
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if not certs:
        console.print(
            'No certification yet. Add one: onepoints cert add "OneStream Certified Associate" --expires 2027-05-31'
        )
        return
    table = Table(title="Certifications", title_justify="left")
    for header in ("id", "name", "type", "earned", "expires", "days left"):
        table.add_column(header, justify="right" if header == "days left" else "left")
    for c in certs:
        days = (c.expires - as_of).days
        table.add_row(
            c.id,
            escape(c.name),
            "micro" if c.micro else "certification",
            str(c.earned or ""),
            str(c.expires),
            str(days) if days >= 0 else f"[red]expired {-days} days ago[/]",
        )
    console.print(table)


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
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Activity kinds", title_justify="left")
    for header in ("id", "name", "points per hour", "source"):
        table.add_column(header, justify="right" if header == "points per hour" else "left")
    for k in kinds.values():
        table.add_row(
            k.id, escape(k.name), points_text(k.points_per_hour), "built-in" if k.builtin else "config.toml"
        )
    Console(highlight=False).print(table)


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
    from rich.console import Console
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column()
    for key, value in data.items():
        if key == "kinds":
            value = ", ".join(f"{k['id']} ({points_text(k['points_per_hour'])}/h)" for k in value)
        grid.add_row(key, "[dim](not set)[/]" if value is None else escape(str(value)))
    Console(highlight=False).print(grid)
