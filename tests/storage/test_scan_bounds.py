"""Hostile files under the size cap (found by fuzzing, issue 20): each is read
within MAX_SCAN_TEXT_CHARS of text, the first event of a calendar, the first
MAX_SCAN_EMAIL_BYTES of an email and MAX_SCAN_PDF_PAGES_READ pages, and the
peak memory of a process reading it stays under 200 MB. Their time is measured by
bench/bench_scan_hostile.py, not here."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from email.message import EmailMessage

import pytest

from onepoints_cli.domain.rules import (
    MAX_SCAN_EMAIL_BYTES,
    MAX_SCAN_FILE_BYTES,
    MAX_SCAN_PDF_PAGES_READ,
    MAX_SCAN_TEXT_CHARS,
    MIN_SCAN_DIGEST_EVENTS,
)
from onepoints_cli.domain.scan.found_dates import find_dates
from onepoints_cli.domain.scan.proposal import searched_text
from onepoints_cli.domain.scan.records import Proposal, Reason, Skip
from onepoints_cli.storage.document_text import read_source
from onepoints_cli.storage.documents import read_candidate
from tests.support.scan_fixtures import dense_pdf_bytes, pdf_bytes, write

PEAK_BYTES = 200 * 2**20

#: Reads one file as scan does, in a process of its own, and prints the proposal or skip
#: (pickled) after its peak resident memory: all of it, the C library's buffers too.
_READ_ONE = """
import pickle, resource, sys
from pathlib import Path
from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Skip
from onepoints_cli.storage.document_text import read_source
from onepoints_cli.storage.documents import read_candidate

path = Path(sys.argv[1])
raw = read_candidate(str(path), path)
result = raw if isinstance(raw, Skip) else propose(read_source(raw))
try:  # Linux: this program's own high-water mark (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) * 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
sys.stdout.buffer.write(peak.to_bytes(8, "big") + pickle.dumps(result))
"""


def _scanned(path):
    """The proposal or skip for one file, and the peak memory of the process that read it
    (the interpreter and its imports included: stricter than the reading alone)."""
    if sys.platform == "win32":
        pytest.skip("peak memory is read with the resource module (POSIX)")
    done = subprocess.run([sys.executable, "-c", _READ_ONE, str(path)], capture_output=True, check=True)
    return pickle.loads(done.stdout[8:]), int.from_bytes(done.stdout[:8], "big")


def _calendar(events: int, same_uid: bool) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    lines += ["BEGIN:VEVENT", "UID:one", "SUMMARY:OneStream Tech Talk", "DTSTART:20250304T150000Z",
              "DTEND:20250304T160000Z", "END:VEVENT"]  # fmt: skip
    for number in range(1, events):
        uid = "one" if same_uid else str(number)
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTART:20250304T150000Z", "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR", ""])).encode()


def test_a_calendar_of_300000_events_is_cut_to_its_first(tmp_path):
    data = _calendar(300_000, same_uid=False)
    assert len(data) < MAX_SCAN_FILE_BYTES
    result, peak = _scanned(write(tmp_path, "export.ics", data))
    assert isinstance(result, Skip) and result.reason == Reason("calendar", MIN_SCAN_DIGEST_EVENTS)
    assert peak < PEAK_BYTES


def test_a_series_of_200000_occurrences_of_one_event_is_one_invitation(tmp_path):
    data = _calendar(200_000, same_uid=True)
    result, peak = _scanned(write(tmp_path, "series.ics", data))
    assert isinstance(result, Proposal) and result.title.value == "OneStream Tech Talk"
    assert peak < PEAK_BYTES


def _email(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "OneStream Events <events@onestream.example>"
    message["Subject"] = "OneStream webinar"
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    message.set_content(body)
    return bytes(message)


def test_an_email_repeating_a_date_300000_times(tmp_path):
    result, peak = _scanned(write(tmp_path, "dates.eml", _email("04/03/2025 " * 300_000)))
    assert isinstance(result, Proposal) and result.date.confidence == "ambiguous"
    assert peak < PEAK_BYTES


def test_the_text_searched_is_capped_and_so_are_the_dates():
    text = "Webinar on 13/03/2025. " * 100_000
    from onepoints_cli.domain.scan.records import Source

    searched = searched_text(Source("x.txt", "0" * 64, "text", text))
    assert len(searched) <= MAX_SCAN_TEXT_CHARS
    assert len(find_dates(searched)) <= 2 * 200


def test_an_email_over_the_parsed_bytes_is_read_in_part_with_a_note(tmp_path):
    body = "OneStream webinar, Date: March 4, 2025, Duration: 1 hour. " * (MAX_SCAN_EMAIL_BYTES // 50)
    result, peak = _scanned(write(tmp_path, "big.eml", _email(body)))
    assert isinstance(result, Proposal) and result.complete
    assert any("MiB read" in note for note in result.notes)
    assert peak < PEAK_BYTES


def test_a_long_pdf_is_read_to_its_page_cap(tmp_path):
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(io.BytesIO(pdf_bytes())).pages[0]
    writer = PdfWriter()
    for _ in range(MAX_SCAN_PDF_PAGES_READ + 20):
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    raw = read_candidate("long.pdf", write(tmp_path, "long.pdf", out.getvalue()))
    source = read_source(raw)
    assert source.text.count("has successfully completed") == MAX_SCAN_PDF_PAGES_READ


def test_a_small_pdf_of_dense_drawing_is_not_read_page_by_page(tmp_path):
    """430 KB of PDF holding 10 MB of instructions took 191 s in pypdf: the page is left unread."""
    from onepoints_cli.domain.rules import MAX_SCAN_PDF_PAGE_CONTENT_BYTES
    from onepoints_cli.storage.document_text import Unreadable

    data = dense_pdf_bytes(MAX_SCAN_PDF_PAGE_CONTENT_BYTES // 40)
    assert len(data) < 100_000
    raw = read_candidate("dense.pdf", write(tmp_path, "dense.pdf", data))
    with pytest.raises(Unreadable, match="too dense to read"):
        read_source(raw)
    assert read_source(read_candidate("light.pdf", write(tmp_path, "light.pdf", dense_pdf_bytes(50)))).text


def test_a_megabyte_subject_and_three_hundred_attachments(tmp_path):
    """The email package's header parser took 25 s on a 1 MB subject; each
    attached PDF costs a parse: both are bounded (MAX_SCAN_ATTACHMENTS)."""
    from onepoints_cli.domain.rules import MAX_SCAN_ATTACHMENTS

    message = EmailMessage()
    message["From"] = "events@onestream.example"
    message["Subject"] = "SUBJECT"
    message.set_content("Thank you.")
    for number in range(300):
        message.add_attachment(pdf_bytes(), maintype="application", subtype="pdf", filename=f"c{number}.pdf")
    # The 1 MB subject is spliced in folded as a mail client folds it: the email package
    # itself takes some 20 s to fold one, which is the test's time, not the reader's.
    subject = b"\n ".join([b"OneStream Registration confirmed: x -"] * 28_000)
    raw = bytes(message).replace(b"Subject: SUBJECT", b"Subject: " + subject, 1)
    assert len(raw) > 1_000_000
    source = read_source(read_candidate("big.eml", write(tmp_path, "big.eml", raw)))
    assert len(source.subject) <= 4000
    assert source.text.count("has successfully completed") == MAX_SCAN_ATTACHMENTS
    assert f"only its first {MAX_SCAN_ATTACHMENTS} attachments read" in source.notes
