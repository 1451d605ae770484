"""The catalogue of activity kinds: the built-in ones, adjusted by config.toml."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .models import Kind, Settings
from .problems import UnknownKind
from .rules import DEFAULT_POINTS_PER_HOUR
from .validation import CENT, tidy_amount

#: The activities the OnePoints program names ([OP] in rules.py). Every one
#: earns the program's "roughly one point per hour" until config says otherwise.
BUILTIN_KINDS: tuple[tuple[str, str], ...] = (
    ("course", "Instructor-led OneStream training"),
    ("tech-talk", "OneStream Tech Talk"),
    ("webinar", "Attending a technical webinar"),
    ("webinar-host", "Facilitating a technical webinar"),
    ("splash", "Splash workshop"),
    ("wave", "WAVE"),
    ("press", "OneStream Press author"),
    ("other", "Other OnePoints-eligible activity"),
)


def catalogue(settings: Settings) -> dict[str, Kind]:
    """Every kind by id: built-ins first, then the ones config.toml adds."""
    kinds = {
        kind_id: Kind(kind_id, name, DEFAULT_POINTS_PER_HOUR, builtin=True) for kind_id, name in BUILTIN_KINDS
    }
    for kind_id, override in settings.kinds.items():
        base = kinds.get(kind_id)
        kinds[kind_id] = Kind(
            id=kind_id,
            name=override.name or (base.name if base else kind_id),
            points_per_hour=override.points_per_hour
            or (base.points_per_hour if base else DEFAULT_POINTS_PER_HOUR),
            builtin=base is not None,
        )
    return kinds


def find_kind(kinds: dict[str, Kind], text: str) -> Kind:
    """The kind the user means, by id or name, case-insensitively."""
    wanted = text.strip().casefold()
    for kind in kinds.values():
        if wanted in (kind.id.casefold(), kind.name.casefold()):
            return kind
    raise UnknownKind(text, tuple(kinds))


def points_for(kind: Kind, hours: Decimal) -> Decimal:
    """Hours at the kind's rate, kept to the cent of a point (rounded half up)."""
    return tidy_amount((hours * kind.points_per_hour).quantize(CENT, rounding=ROUND_HALF_UP))
