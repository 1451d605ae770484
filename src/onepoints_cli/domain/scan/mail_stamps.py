"""The day a mail program stamps on a message it prints or forwards: a line
"Fri, Nov 13, 2026 at 8:02 AM" of its own, or beside the sender's address.
That day is when the message was sent, not the activity's."""

from __future__ import annotations

import re

from ..rules import MAX_SCAN_LINE_CONTEXT_CHARS

#: A line that is only a mail program's stamp: "Fri, Nov 13, 2026 at 8:02 AM" (Gmail), or a
#: sender's line with an address: "Alex Morgan <alex@example.com>  Tue, Nov 10, 2026 at 8:15 AM".
_STAMP_AFTER = re.compile(
    r"^,?\s+(?:at|um|à|a\s+las|alle|às|om)\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*$", re.I
)
_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")


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
    # the line is the stamp alone: at most a weekday before the date, the time after it
    return bool(_STAMP_AFTER.match(after)) and len(before.split()) <= 1
