"""What `cert import` notes besides its confirmation, in words (domain/badges/notes.py)."""

from __future__ import annotations

from ..domain.badges.notes import (
    Changed,
    ExpiryEarlier,
    ForeignIssuer,
    FromOptions,
    KeptFields,
    MatchedByName,
    Note,
    SignatureNotChecked,
)

_WORDS = {"name": "name", "expires": "expiry date", "earned": "date earned"}
_LABELS = {
    "name": "name",
    "expires": "expiry",
    "earned": "earned",
    "micro": "micro",
    "badge_url": "badge URL",
}


def _shown(field: str, value: object) -> str:
    if field == "name":
        return repr(value)
    if field == "micro":
        return "yes" if value else "no"
    return str(value) if value else "none"


def note_text(note: Note) -> str:
    match note:
        case MatchedByName():
            return (
                f"Matched certification {note.cert_id!r} by its name: it was added by hand "
                "or from another download of the badge."
            )
        case FromOptions():
            overridden = [f"the badge says {_WORDS[key]} {value}" for key, value in note.overridden]
            return f"From your options: {', '.join(_WORDS[key] for key in note.given)}" + (
                f" ({'; '.join(overridden)})." if overridden else "."
            )
        case KeptFields():
            return f"Kept from certification {note.cert_id!r}: {', '.join(_WORDS[key] for key in note.kept)}."
        case ExpiryEarlier():
            return (
                f"The expiry moved earlier, from {note.old} to {note.new}. If an extension "
                "was granted after this badge was downloaded, download it again, or set the expiry: "
                f"onepoints cert edit {note.cert_id} --expires YYYY-MM-DD"
            )
        case Changed():
            changes = [
                f"{_LABELS[field]} {_shown(field, old)} -> {_shown(field, new)}"
                for field, old, new in note.changes
            ]
            return f"Changed: {'; '.join(changes)}."
        case ForeignIssuer():
            return f"The badge was issued by {note.issuer!r}, not OneStream: check that it is the right file."
        case SignatureNotChecked():
            return (
                "The badge is signed; the signature was not verified (that needs the network). "
                "To verify the badge, open it on Credly."
            )
    raise AssertionError(f"a note without words: {note!r}")  # pragma: no cover
