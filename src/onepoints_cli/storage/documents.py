"""Reading the files `onepoints scan` is given: which ones to open, and their text.

Nothing here writes. A file is never opened unless its name says it may be
evidence (.pdf, .eml, .ics, .msg, .txt, .html); it is stat'ed first and opened non-blocking, so
that a FIFO or a device in a Downloads folder is reported, never read (a
read from a FIFO would wait forever). Its first bytes then say what it really
is (%PDF-, MIME headers, BEGIN:VCALENDAR) before anything parses it. pypdf and
icalendar are imported only when a PDF or an invitation is met.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..domain.rules import MAX_SCAN_FILE_BYTES
from ..domain.scan.records import Reason, Skip, SourceFormat

SCANNED_SUFFIXES = {
    ".pdf": "pdf", ".eml": "email", ".ics": "ics", ".ical": "ics", ".msg": "msg",
    ".txt": "text", ".html": "html", ".htm": "html",
}  # fmt: skip
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.I)
_SNIFF_BYTES = 1024
_HEADER_LINE = re.compile(rb"^(?:From |[A-Za-z0-9-]{1,76}:)")
#: A .txt file is an email saved as text only if it has an email's own headers.
_EMAIL_HEADERS = re.compile(rb"^(From|To|Subject|Date|Message-ID|MIME-Version|Received):", re.M | re.I)


class RawFile(NamedTuple):
    """A file that looks like evidence, read whole (it is under the size cap)."""

    path: str  # as the user named it
    format: SourceFormat
    data: bytes
    sha256: str


def files_in(arguments: list[str], recursive: bool) -> Iterator[tuple[str, Path] | Skip]:
    """Every file named, or in a folder named, sorted within each folder:
    (the path as shown, the path) for the ones worth opening, a Skip for the others."""
    for argument in arguments:
        path = Path(argument).expanduser()
        try:
            is_folder = path.is_dir()
            exists = is_folder or os.path.lexists(path)
        except (OSError, ValueError):
            is_folder, exists = False, False
        if not exists:
            yield Skip(argument, Reason("not-found"), problem=True)
        elif is_folder:
            yield from _folder(argument, path, recursive)
        else:
            yield _by_name(argument, path)


def _folder(shown: str, folder: Path, recursive: bool) -> Iterator[tuple[str, Path] | Skip]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Skip(shown, Reason("cannot-list", text=error.strerror or ""), problem=True)
        return
    for entry in entries:
        entry_shown = os.path.join(shown, entry.name)
        try:
            # A link to a folder is not followed: a loop would never end.
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            if recursive:
                yield from _folder(entry_shown, Path(entry.path), recursive)
            else:
                yield Skip(entry_shown, Reason("folder"), problem=False)
        else:
            yield _by_name(entry_shown, Path(entry.path))


def _by_name(shown: str, path: Path) -> tuple[str, Path] | Skip:
    if path.suffix.casefold() not in SCANNED_SUFFIXES:
        return Skip(shown, Reason("other-suffix"), problem=False)
    return shown, path


def read_candidate(shown: str, path: Path) -> RawFile | Skip:
    """The bytes of a regular file under the size cap whose first bytes are
    those of a PDF, an email or an invitation."""
    try:
        info = os.stat(path)
    except OSError as error:
        return Skip(shown, Reason("cannot-read", text=error.strerror or ""), problem=True)
    if not stat.S_ISREG(info.st_mode):
        return Skip(shown, Reason("not-regular"), problem=True)
    if info.st_size > MAX_SCAN_FILE_BYTES:
        return Skip(shown, Reason("too-large", info.st_size), problem=True)
    named = SCANNED_SUFFIXES.get(path.suffix.casefold())
    try:
        read = _read_regular(path, named)
    except OSError as error:
        return Skip(shown, Reason("cannot-read", text=error.strerror or str(error)), problem=True)
    if read is None:
        return Skip(shown, Reason("not-regular-or-too-large"), problem=True)
    found, data = read
    if found is None:
        return Skip(shown, Reason("other-content"), problem=True)
    return RawFile(shown, found, data, hashlib.sha256(data).hexdigest())


def _read_regular(path: Path, named: str | None) -> tuple[SourceFormat | None, bytes] | None:
    """What the first bytes say the file is, and (only then) its bytes. Opened
    non-blocking, and checked again once open: the file may have been swapped
    for a FIFO since the stat."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        head = handle.read(_SNIFF_BYTES)
        found = sniff(head, named)
        if found is None:  # a photo named .txt is not read whole
            return None, head
        data = head + handle.read(MAX_SCAN_FILE_BYTES + 1 - len(head))
    return None if len(data) > MAX_SCAN_FILE_BYTES else (found, data)


def sniff(head: bytes, named: str | None = None) -> SourceFormat | None:
    """What the first bytes say the file is, or None. A .txt or .html file
    (named) is what its name says when its first bytes are text, not binary."""
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "msg" if named == "msg" else None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:15].upper() == b"BEGIN:VCALENDAR":
        return "ics"
    if _HEADER_LINE.match(text) and (
        named != "text" or len({h.lower() for h in _EMAIL_HEADERS.findall(head)}) >= 2
    ):
        return "email"
    if named in ("text", "html") and b"\x00" not in head:
        return "html" if named == "html" or _HTML_TAG.search(head) else "text"
    return None
