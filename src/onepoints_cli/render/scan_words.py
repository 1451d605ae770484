"""Scan's words: where a field was found or why it is guessed (records.Note),
and why a file is skipped (records.Reason)."""

from __future__ import annotations

from ..domain.rules import MAX_SCAN_FILE_BYTES
from ..domain.scan.records import Note, Reason

#: The notes whose words need no value.
_NOTES = {
    "summary": "the invitation's summary",
    "labelled": "the title the file labels",
    "labelled-not-heading": "the title the file labels (the page's heading says otherwise)",
    "labelled-not-subject": "the title the file labels (the subject says otherwise)",
    "largest-lines": "the largest lines of the page",
    "largest-lines-table": "the largest lines of the page (a table lists other sessions)",
    "table-row": "the row that names OneStream in a table of several courses",
    "course-named": "the course the file names",
    "introduced": 'the line the file introduces ("your article", "awarded you a badge")',
    "quoted": "the title the file quotes",
    "quoted-in-subject": "the title the file quotes, in the subject too",
    "quoted-not-subject": "the title the file quotes (the subject says otherwise)",
    "subject": "the email's subject",
    "page-heading": "the page's heading",
    "onestream-line": "the first line of its own naming OneStream",
    "file-name": "the file's name",
    "no-date": "no date in the file",
    "email-sent": "the day the email was sent",
    "day-range": "from the time range in the file (a day's, of an event of several days)",
    "time-range": "from the time range in the file",
    "loose-hours": "from the hours in the file",
    "hours-column": "the sum of the hours column of a table in the file (a row a day or a session)",
    "no-hours": "no duration, hours or CPE credits in the file",
    "invitation-length": "from the invitation's start and end",
    "conference-day": "the file gives the conference's opening hours or agenda, not the sessions you attended:"
    " give the hours your attendance letter states",
    "no-end": "the invitation has no end time",
    "points-awarded": "the OnePoints the file awards",
    "points-given": "points given",
    "kind-speaker": "from the words of the file (it names a speaker: you may have hosted it)",
    "kind-presenting": "the file thanks you for presenting a session",
    "kind-file-name": "from the file's name",
    "kind-online": "no kind named; the file gives an online meeting link, as a webinar's does",
    "kind-none": "no Tech Talk, Splash, WAVE, webinar or course in the file",
    "kind-chair": "the invitation makes you its chair (ROLE=CHAIR)",
}

#: The label an hours figure stood by (domain/scan/hours.py), as a note says it.
_HOURS_LABELS = {
    "total": "total",
    "cpe-credits": "CPE credits",
    "credit-hours": "credit hours",
    "hours-completed": "hours completed",
    "stated-hours": "stated hours",
    "duration": "duration",
}

_CAVEATS = {
    "second-person": "it speaks to you: a sentence, maybe not the title",
    "done-verb": "it holds a completion or registration verb: a sentence, maybe not the title",
    "dangling-end": "it ends with a word a title does not end with: it may go on",
    "form-label": "it holds a form's label: maybe not the title",
    "figure": "it holds a duration or a figure with its unit: maybe not the title",
    "goes-on": "its line may go on",
    "unmapped-glyph": "some letters could not be read",
    "generic": "it names the document or its kind, not which one",
    "one-place": "named in one place only",
    "other-figures": "other hours in the file say otherwise",
    "kind-prefix": "it opens with what sort of session it is: the title may be only what follows",
}

_ORDERS = {"day-first": "day first", "month-first": "month first"}


def note_text(note: Note | None) -> str | None:
    """The note of a field, as `scan` shows it (the add line's comment, and --json's "note")."""
    if note is None:
        return None
    text = _base(note)
    if note.figures:
        text += f": the first of {note.figures} figures"
    if note.caveat is not None:
        text += f" ({_CAVEATS[note.caveat]})"
    return text


def _base(note: Note) -> str:
    if note.kind in _NOTES:
        return _NOTES[note.kind]
    days = f" (the first of {note.days} days)" if note.days > 1 else ""
    written = note.text if note.order is None else f"{note.text} ({_ORDERS[note.order]}, as elsewhere)"
    match note.kind:
        case "invitation-start":
            return f"the invitation's start{days}"
        case "invitation-start-elsewhere":
            here = f"{note.readings[-1].isoformat()} " if note.readings else "another day "
            return f"the invitation's start in the zone it names; {here}on this computer's clock: give --date if that was your day"
        case "ambiguous-date":
            readings = " or ".join(day.isoformat() for day in note.readings)
            return f"{note.text} may be {readings}: give --date"
        case "latest-labelled":
            return f"the latest of {note.number} labelled dates in the file"
        case "date-from":
            return f"from {written!r}{days}"
        case "date-one-of":
            return f"from {written!r}{days}, one of {note.number} dates in the file"
        case "first-of-dates":
            return f"the first of {note.number} dates in the file{days}"
        case "no-year":
            return f"{note.text!r} with no year: {note.number} assumed{days}"
        case "hours-labelled":
            return f"from the {_HOURS_LABELS[note.text]} in the file"
        case "too-long":
            return f"the invitation lasts {note.text}: give --hours"
        case "kind-words":
            return f"from the words of the {note.text}"
        case "kind-in-passing":
            return f"{note.text} is named only in passing, not as this activity's kind"
    raise AssertionError(f"no words for the note {note.kind!r}")


def asks_for_option(note: Note | None) -> bool:
    """The note already says which option to give ("give --date")."""
    return note is not None and note.kind in ("ambiguous-date", "too-long")


#: The reasons whose words need no value.
_FIXED = {
    "no-onestream": "no sign of OneStream in it",
    "guest-only": "another organiser's event: OneStream only named as a guest, sponsor or speaker",
    "cancelled": "a cancellation: the event will not take place",
    "deadline": "a deadline or booking in a calendar, not an activity",
    "meeting": "a working meeting (no webinar, course, Tech Talk or event named), not training",
    "announcement": "an announcement (a save the date, a product release), not evidence of an activity",
    "account": "an account message (password, sign-in, verification), not evidence of an activity",
    "waiting-list": "a waiting-list notice: no seat yet, so no activity yet",
    "not-attended": "a message to someone who did not attend (a replay offered): no attendance",
    "declined": "a registration not confirmed (the session is full or closed): no seat, no activity",
    "reply-internal": "your own reply accepting a colleague's calendar item: no registration with the organiser",
    "reply-declined": "your own reply to the invitation, declining or tentative: no attendance confirmed",
    "documentation": "product documentation (release notes, a guide): no activity of yours",
    "newsletter": "a newsletter (its subject says so): it lists events, none of them yours",
    "auto-reply": "an automatic reply (out of office) from someone else: no registration or attendance of yours",
    "chat": "a pasted chat between colleagues: no registration or attendance of yours",
    "postponed": "a postponement with no new date: the event has not taken place and has no date yet",
    "call-for-speakers": "a call for speakers or papers: an invitation to propose a session, no activity yet",
    "terms": "a provider's terms and conditions: no activity of yours",
    "template": "a blank template (its fields not filled in): no activity of yours",
    "credential-status": "a credential's status (a badge expired or to renew): no training or event",
    "quote": "a quote or estimate for training: a price, nothing attended yet",
    "travel": "a hotel or travel booking: a stay, not an activity",
    "support-case": "a support case's update: no activity attended, registered or hosted",
    "job": "a job offer or a recruiter's message: no activity of yours",
    "exam-score": "an exam's booking or score report: an exam, not training that earns OnePoints",
    "syllabus": "a course's syllabus or a price list: what is offered, not what you took",
    "upgrade": "an offer to upgrade a registration (keep the registration itself as evidence)",
    "voucher": "a training voucher not redeemed yet: no course taken yet",
    "draft": "your own draft (a post or a message not sent): no activity",
    "sponsorship": "an offer to sponsors or exhibitors (packages, prices): no activity of yours",
    "expense": "an expense report: costs of a trip or a project, not an activity",
    "community": "a community forum's or network's notification (a reply, a like, a connection request):"
    " no activity of yours",
    "revisions": "an editor asking for revisions: the article is not accepted or published yet",
    "hold": "your own calendar hold (to prepare, travel or focus), not an activity",
    "pending": "a reservation not confirmed (payment pending or failed): no seat, no activity yet",
    "logistics": "an event's logistics (a floor plan, a seating plan, booths, expo hours): no activity of yours",
    "survey": "a survey or form about an event: no registration or attendance of yours",
    "subscription": "a subscription, licence, software download or mailing-list notice: no activity of yours",
    "agenda": "an event's agenda with nothing of yours (no registration, attendance or certificate)",
    "policy": "a policy or guidelines document: no activity of yours",
    "marketing": "a marketing email (an offer to register; no registration, attendance or completion of yours)",
    "invoice": "an invoice or receipt, not evidence of an activity",
    "shipment": "a shipping notice for goods (merchandise, a book): no activity of yours",
    "not-found": "not found",
    "folder": "a folder (give --recursive to read folders)",
    "other-suffix": "not a .pdf, .eml, .ics, .msg, .txt or .html file",
    "not-regular": "not a regular file (a FIFO, socket or device): not read",
    "not-regular-or-too-large": "not a regular file, or over the size cap: not read",
    "other-content": "its content is not that of a PDF, an email or an invitation",
}


def reason_text(reason: Reason) -> str:
    """Why a file is skipped, as `scan` shows it (stderr, and --json's "reason")."""
    if reason.kind in _FIXED:
        return _FIXED[reason.kind]
    match reason.kind:
        case "calendar":
            return f"a calendar of {reason.number} or more events, not one invitation"
        case "digest":
            return f"a newsletter or digest naming {reason.number} dates: no one activity"
        case "catalogue":
            return f"a catalogue or programme of {reason.number} dates: no one activity"
        case "cannot-list":
            return f"cannot list the folder: {reason.text}"
        case "cannot-read":
            return f"cannot be read: {reason.text}"
        case "too-large":
            return f"{reason.number} bytes, over the {MAX_SCAN_FILE_BYTES // 2**20} MiB read"
        case "recorded":
            return f"already recorded (evidence of activity {reason.number})"
        case "same-file":
            return f"the same file as {reason.text}"
        case "someone-else":
            return (
                f"someone else's: it names {reason.text}, not holder_name (config.toml);"
                " if it is yours, add it with `onepoints add --from FILE`"
            )
        case "unreadable":
            return reason.text
    raise AssertionError(f"no words for the reason {reason.kind!r}")
