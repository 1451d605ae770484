"""An Outlook .msg (what Outlook users drag out of Outlook): an OLE compound
file read with olefile (BSD licence), imported only when a .msg is met. The
subject, sender, bodies and attachments are MAPI property streams
([MS-OXMSG] 2.1); the sent time is PR_CLIENT_SUBMIT_TIME in the fixed-size
property stream."""

from __future__ import annotations

import datetime as dt
import io
import struct
from typing import Any

from ...domain.scan.records import Source
from .common import Unreadable, clean, decode
from .mail import Parts

_SUBJECT, _SENDER, _SENDER_ADDRESS = "0037", "0C1A", "0C1F"
_BODY, _HTML = "1000", "1013"
_ATTACH_DATA, _ATTACH_NAME, _ATTACH_SHORT_NAME, _ATTACH_MIME = "3701", "3707", "3704", "370E"
#: PR_CLIENT_SUBMIT_TIME, else PR_MESSAGE_DELIVERY_TIME.
_TIMES = (0x0039, 0x0E06)
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def msg_source(path: str, sha256: str, data: bytes) -> Source:
    try:
        import olefile
    except ImportError:  # pragma: no cover - a dependency
        raise Unreadable("an Outlook .msg: install olefile to read it") from None
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - not an OLE file, or a damaged one
        raise Unreadable("a damaged Outlook .msg: it cannot be read") from None
    try:
        return _source(ole, path, sha256)
    except Exception:  # noqa: BLE001 - a damaged stream may fail anywhere in olefile
        raise Unreadable("a damaged Outlook .msg: it cannot be read") from None
    finally:
        ole.close()


def _source(ole: Any, path: str, sha256: str) -> Source:
    parts = Parts()
    body = _string(ole, "", _BODY)
    html = _string(ole, "", _HTML)
    if html:
        parts.body(html, html=True)
    elif body:
        parts.body(body, html=False)
    for folder in sorted({entry[0] for entry in ole.listdir() if entry[0].startswith("__attach_")}):
        name = (
            _string(ole, folder + "/", _ATTACH_NAME) or _string(ole, folder + "/", _ATTACH_SHORT_NAME) or ""
        )
        content = _stream(ole, f"{folder}/__substg1.0_{_ATTACH_DATA}0102")
        if content:
            parts.attachment(
                name.casefold(), (_string(ole, folder + "/", _ATTACH_MIME) or "").casefold(), content
            )
    subject = _string(ole, "", _SUBJECT)
    sender = " ".join(filter(None, (_string(ole, "", _SENDER), _string(ole, "", _SENDER_ADDRESS))))
    return Source(
        path,
        sha256,
        "msg",
        clean("\n".join(parts.texts)),
        subject=" ".join(clean(subject).split()) or None if subject else None,
        sender=clean(sender) or None,
        sent=_sent(ole),
        event=parts.event,
        notes=tuple(parts.notes),
    )


def _stream(ole: Any, name: str) -> bytes | None:
    return bytes(ole.openstream(name).read()) if ole.exists(name) else None


def _string(ole: Any, folder: str, tag: str) -> str | None:
    """A string property: UTF-16 (type 001F), else 8-bit (001E), else binary (0102, HTML)."""
    for kind, codec in (("001F", "utf-16-le"), ("001E", None), ("0102", None)):
        data = _stream(ole, f"{folder}__substg1.0_{tag}{kind}")
        if data is not None:
            text = data.decode(codec, "replace") if codec else decode(data)
            return text.rstrip("\x00")
    return None


def _sent(ole: Any) -> dt.date | None:
    """PR_CLIENT_SUBMIT_TIME from the top-level property stream (a 32-byte header,
    then 16-byte entries: tag, flags, value)."""
    data = _stream(ole, "__properties_version1.0") or b""
    found: dict[int, int] = {}
    for offset in range(32, len(data) - 15, 16):
        tag, _flags, value = struct.unpack_from("<IIQ", data, offset)
        if tag & 0xFFFF == 0x0040 and value:
            found[tag >> 16] = value
    for name in _TIMES:
        if name in found:
            instant = _FILETIME_EPOCH + dt.timedelta(microseconds=found[name] // 10)
            return instant.astimezone().date()  # a FILETIME is UTC: the day on this computer's clock
    return None
