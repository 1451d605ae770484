"""Documents that name OneStream but are no evidence of an activity: a
cancellation, a digest or newsletter naming several events, an invoice, and
the reason each is skipped."""

from __future__ import annotations

import re

from ..rules import MIN_SCAN_DIGEST_EVENTS
from .dates import find_dates
from .records import Source

#: Every document OneStream sends names it; a file that does not is someone else's.
_SIGN = "onestream"
_CANCELLED_SUBJECT = re.compile(
    r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)*(?:canceled|cancelled|cancellation|abgesagt|storniert|annulé|annulation"
    r"|cancelado|cancelada|geannuleerd|annullato|annullata|cancellato)\b",
    re.I,
)
_CANCELLED_TEXT = re.compile(
    r"\b(?:(?:has|have)\s+been|is|was|were)\s+(?:canceled|cancelled)\b|\bcancellation\s+(?:notice|of)\b"
    r"|\bwurde\s+abgesagt\b|\ba\s+été\s+annulé|\bha\s+sido\s+cancelad|\bis\s+geannuleerd\b|\bè\s+stat[oa]\s+annullat"
    r"|\bfoi\s+cancelad",
    re.I,
)
_DIGEST = re.compile(
    r"\b(?:newsletter|digest|upcoming\s+(?:events|webinars|sessions|tech\s+talks)|events?\s+calendar"
    r"|this\s+(?:month|week)\s+(?:at|in)\b|what(?:'|’)s\s+(?:on|new|coming)|unsubscribe"
    r"|veranstaltungskalender|nieuwsbrief|lettre\s+d'information|boletín)\b",
    re.I,
)
_INVOICE = re.compile(
    r"\b(?:invoice|rechnung|facture|factura|factuur|fattura|fatura|amount\s+due|total\s+due|balance\s+due"
    r"|payment\s+due|bill\s+to|remit\s+to|tax\s+invoice|receipt\s+(?:no|number|#))\b",
    re.I,
)


def onestream_sign(source: Source) -> bool:
    event = source.event
    parts = (source.text, source.subject, source.sender, event and event.summary, event and event.description)
    return any(_SIGN in part.casefold() for part in parts if isinstance(part, str))


def not_evidence(source: Source, text: str) -> str | None:
    """Why the document is no evidence of one activity, or None."""
    event = source.event
    if not onestream_sign(source):
        return "no sign of OneStream in it"
    heads = " ".join(filter(None, (source.subject, event and event.summary)))
    if (event and event.cancelled) or _CANCELLED_SUBJECT.match(heads) or _CANCELLED_TEXT.search(text[:3000]):
        return "a cancellation: the event will not take place"
    if event and event.events >= MIN_SCAN_DIGEST_EVENTS:
        return f"a calendar of {event.events} or more events, not one invitation"
    if _DIGEST.search(f"{heads}\n{text[:5000]}"):
        days = {hit.day for hit in find_dates(text) if hit.day is not None}
        if len(days) >= MIN_SCAN_DIGEST_EVENTS:
            return f"a newsletter or digest naming {len(days)} dates: no one activity"
    top = f"{heads}\n{text[:600]}"
    if _INVOICE.search(top) or len({m.group(0).casefold() for m in _INVOICE.finditer(text[:5000])}) >= 2:
        return "an invoice or receipt, not evidence of an activity"
    return None
