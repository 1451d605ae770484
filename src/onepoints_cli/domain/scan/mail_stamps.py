"""The day a mail program stamps on a message it prints or forwards: a line
"Fri, Nov 13, 2026 at 8:02 AM" of its own, or beside the sender's address;
and the day a browser prints in its header ("12/7/26, 3:51 AM My Certificates").
That day is when the message was sent or the page printed, not the activity's."""

from __future__ import annotations

import re

from ..rules import MAX_SCAN_LINE_CONTEXT_CHARS

#: A line that is only a mail program's stamp: "Fri, Nov 13, 2026 at 8:02 AM" (Gmail), or a
#: sender's line with an address: "Alex Morgan <alex@example.com>  Tue, Nov 10, 2026 at 8:15 AM".
_STAMP_AFTER = re.compile(
    r"^,?\s+(?:at|um|à|a\s+las|alle|às|om)\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*$", re.I
)
_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")
#: A browser's print header, a line starting with the day and time it printed the page:
#: "12/7/26, 3:51 AM My Certificates" (Chromium) or "07.12.26, 15:51 Zertifikat".
_SHORT_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d\d")  # the header's short form, a two-digit year
_PRINTED_AFTER = re.compile(r"^,\s+\d{1,2}:\d\d(?:\s*[AP]M)?\s", re.I)


def mail_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a mail program's stamp: the day a message was sent."""
    reach = MAX_SCAN_LINE_CONTEXT_CHARS
    newline = text.rfind("\n", max(0, start - reach), start)
    line_start = newline + 1 if newline >= 0 else max(0, start - reach)
    line_end = text.find("\n", end, end + reach)
    line_end = min(len(text), end + reach) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if _ADDRESS.search(before):
        return True
    if not before.strip() and _SHORT_DATE.fullmatch(text[start:end]) and _PRINTED_AFTER.match(after):
        return True  # a browser's print header: the day the page was printed
    # the line is the stamp alone: at most a weekday before the date, the time after it
    return bool(_STAMP_AFTER.match(after)) and len(before.split()) <= 1
