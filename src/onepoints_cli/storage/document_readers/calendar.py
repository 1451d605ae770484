"""An invitation's first event, read with icalendar from a bounded cut of the
file (its header, time zones and first VEVENT): a calendar export of
hundreds of thousands of events is not parsed whole. The start is the holder's own day: a time is
converted to the zone the invitation names (X-WR-TIMEZONE, a TZID), else to
the machine's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ...domain.rules import MAX_SCAN_ICS_PART_BYTES, MIN_SCAN_DIGEST_EVENTS
from ...domain.scan.records import Event
from .common import Unreadable, clean

_BLOCK = re.compile(rb"^BEGIN:(VEVENT|VTIMEZONE)\r?$", re.M | re.I)
_UID = re.compile(rb"^UID:(.*?)\r?$", re.M | re.I)
_ZONE = re.compile(rb"^(?:X-WR-TIMEZONE:|TZID:)([^\r\n]+?)\r?$", re.M | re.I)
_CANCEL = re.compile(rb"^(?:METHOD:CANCEL|STATUS:CANCELLED)\r?$", re.M | re.I)


def ics_event(data: bytes) -> Event:
    from icalendar import Calendar

    part = _first_event(data)
    try:
        events = Calendar.from_ical(part).walk("VEVENT")
    except Exception:  # noqa: BLE001 - icalendar raises ValueError and others on bad lines
        raise Unreadable("a damaged invitation: icalendar cannot read it") from None
    if not events:
        raise Unreadable("an invitation with no event in it")
    event = events[0]
    start = _decoded(event, "DTSTART")
    end = _decoded(event, "DTEND")
    length = _decoded(event, "DURATION")
    if not isinstance(length, dt.timedelta):
        length = end - start if _same_type(start, end) and isinstance(start, dt.datetime) else None
    days = (end - start).days if _all_day(start, end) else 1
    day = _local_day(start, _zone(part))
    here = _day_here(start)
    return Event(
        summary=clean(str(event.get("SUMMARY", ""))) or None,
        start=day,
        here=here if here != day else None,
        length=length if isinstance(length, dt.timedelta) and length.total_seconds() > 0 else None,
        description=clean(str(event.get("DESCRIPTION", ""))),
        cancelled=bool(_CANCEL.search(part)),
        events=_events(data),
        days=max(days, 1),
        chair=_chair(event),
        place=clean(str(event.get("LOCATION", ""))),
        organizer=clean(_organizer(event)),
    )


def _organizer(event: Any) -> str:
    """The organiser's name (CN) and address, as one line."""
    organizer = event.get("ORGANIZER")
    if organizer is None:
        return ""
    name = organizer.params.get("CN", "") if hasattr(organizer, "params") else ""
    return f"{name} {organizer}".strip()


def _chair(event: Any) -> bool:
    """Every attendee other than the organiser has ROLE=CHAIR: the holder, to
    whom it was sent, is one of them (a panelist's, a presenter's invitation).
    An invitation that lists a presenter as CHAIR beside other attendees says
    nothing of the holder."""
    organiser = str(event.get("ORGANIZER", "")).casefold()
    attendees = event.get("ATTENDEE", [])
    others = [
        a
        for a in (attendees if isinstance(attendees, list) else [attendees])
        if str(a).casefold() != organiser
    ]
    return bool(others) and all(
        str(getattr(a, "params", {}).get("ROLE", "")).upper() == "CHAIR" for a in others
    )


def _first_event(data: bytes) -> bytes:
    """The calendar's header, its time zones and its first event, at most
    MAX_SCAN_ICS_PART_BYTES; the rest of the file is never parsed."""
    header_end = len(data)
    parts: list[bytes] = []
    for match in _BLOCK.finditer(data):
        header_end = min(header_end, match.start())
        name = match.group(1).upper()
        close = re.compile(rb"^END:" + name + rb"\r?$", re.M | re.I).search(data, match.end())
        stop = close.end() if close else len(data)
        parts.append(data[match.start() : stop])
        if name == b"VEVENT" or sum(map(len, parts)) > MAX_SCAN_ICS_PART_BYTES:
            break
    header = data[: min(header_end, MAX_SCAN_ICS_PART_BYTES)]
    header = re.sub(rb"(?im)^END:VCALENDAR\r?$[\s\S]*", b"", header)
    body = b"\r\n".join(part.rstrip(b"\r\n") for part in parts)
    return header.rstrip(b"\r\n") + b"\r\n" + body[:MAX_SCAN_ICS_PART_BYTES] + b"\r\nEND:VCALENDAR\r\n"


def _events(data: bytes) -> int:
    """The different events (UIDs) of the calendar, counted up to MIN_SCAN_DIGEST_EVENTS."""
    seen: set[bytes] = set()
    for match in _UID.finditer(data):
        seen.add(match.group(1).strip())
        if len(seen) >= MIN_SCAN_DIGEST_EVENTS:
            break
    return max(len(seen), 1)


def _zone(part: bytes) -> Any:
    from zoneinfo import ZoneInfo

    for match in _ZONE.finditer(part):
        name = match.group(1).decode("utf-8", "replace").strip().strip('"')
        try:
            return ZoneInfo(name)
        except (ValueError, OSError, KeyError):  # a Windows name ("Eastern Standard Time")
            continue
    return None


def _local_day(start: Any, zone: Any) -> dt.date | None:
    if isinstance(start, dt.datetime):
        if start.tzinfo is None or start.utcoffset() != dt.timedelta(0):
            return start.date()  # floating, or in the zone the invitation names (its TZID)
        # A UTC time (Zoom writes them): an evening webinar in America is the
        # next day in UTC; the holder's day is in the zone named, else the machine's.
        try:
            return (start.astimezone(zone) if zone else start.astimezone()).date()
        except (OverflowError, ValueError, OSError):  # year 1 or 9999: no day a calendar holds
            return None
    return start if isinstance(start, dt.date) else None


def _day_here(start: Any) -> dt.date | None:
    """The start's day on this computer's clock (None for a floating time or an all-day event)."""
    if not isinstance(start, dt.datetime) or start.tzinfo is None:
        return None
    try:
        return start.astimezone().date()
    except (OverflowError, ValueError, OSError):  # year 1 or 9999 moved past the calendar's end
        return None


def _all_day(start: Any, end: Any) -> bool:
    return all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in (start, end))


def _decoded(event: Any, name: str) -> Any:
    try:
        return event.decoded(name) if name in event else None
    except Exception:  # noqa: BLE001 - a malformed value is a missing one
        return None


def _same_type(start: Any, end: Any) -> bool:
    if not (isinstance(start, dt.datetime) and isinstance(end, dt.datetime)):
        return False
    return (start.tzinfo is None) == (end.tzinfo is None)
