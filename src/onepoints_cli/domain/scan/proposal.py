"""From a Source to a Proposal, or to the reason it is not evidence."""

from __future__ import annotations

from .dates import pick_date
from .hours import hours_from_length, hours_from_text
from .kinds import guess_kind
from .records import Field, Proposal, Skip, Source
from .titles import pick_title

#: Every document OneStream sends names it; a file that does not is someone else's.
_SIGN = "onestream"


def onestream_sign(source: Source) -> bool:
    event = source.event
    parts = (source.text, source.subject, source.sender, event and event.summary, event and event.description)
    return any(_SIGN in part.casefold() for part in parts if isinstance(part, str))


def propose(source: Source, own_kinds: tuple[tuple[str, str], ...] = ()) -> Proposal | Skip:
    if not onestream_sign(source):
        return Skip(source.path, "no sign of OneStream in it", problem=False)
    return read_fields(source, own_kinds)


def read_fields(source: Source, own_kinds: tuple[tuple[str, str], ...] = ()) -> Proposal:
    """Every field the file gives, whatever it is about (`add --from` asks for this one file)."""
    event = source.event
    text = "\n".join(filter(None, (source.subject, source.text, event and event.description)))
    title = pick_title(event and event.summary, source.subject, source.text, source.path)
    return Proposal(
        path=source.path,
        sha256=source.sha256,
        title=title,
        date=_date(source, text),
        hours=_hours(source, text),
        kind=guess_kind(title.value, text, own_kinds),
        notes=source.notes,
    )


def _date(source: Source, text: str) -> Field:
    if source.event and source.event.start:
        return Field(source.event.start, "found", "the invitation's start")
    found = pick_date(text)
    if found.confidence == "missing" and source.sent:
        return Field(source.sent, "guessed", "the day the email was sent")
    return found


def _hours(source: Source, text: str) -> Field:
    # An invitation's length is exact; an email's "1 hour before" reminder is not.
    if source.event is not None:
        length = hours_from_length(source.event.length)
        if length.value is not None:
            return length
    return hours_from_text(text)
