"""The formats issue 20 adds to `scan`: Outlook .msg, .txt, saved .html,
owner-protected PDFs (AES), password-protected ones, and invitations in UTC
read in the holder's zone."""

from __future__ import annotations

import datetime as dt
import io
import time

import pytest

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Reason, Skip
from onepoints_cli.storage.document_text import Unreadable, read_source
from onepoints_cli.storage.documents import read_candidate, sniff
from tests.support.scan_corpus import DOCUMENTS
from tests.support.scan_fixtures import ics_bytes, pdf_bytes, write


def read(path):
    raw = read_candidate(str(path), path)
    return raw if isinstance(raw, Skip) else read_source(raw)


def test_an_outlook_msg_gives_its_subject_sender_day_and_body():
    path = next(DOCUMENTS.glob("*.msg"))
    source = read(path)
    assert source.format == "msg" and source.subject and source.text.strip()
    assert isinstance(source.sent, dt.date)


def test_a_file_named_msg_that_is_not_one_is_refused(tmp_path):
    result = read(write(tmp_path, "note.msg", b"just some text"))
    assert isinstance(result, Skip) and result.reason == Reason("other-content")


def test_text_and_saved_html(tmp_path):
    text = read(write(tmp_path, "notes.txt", b"OneStream Tech Talk: Cubes\nWhen: May 4, 2025"))
    assert (text.format, text.text.splitlines()[0]) == ("text", "OneStream Tech Talk: Cubes")
    html = "<html><head><title>t</title><script>x=1</script></head><body><dl><dt>Credit hours</dt><dd>2.5</dd></dl>"
    page = read(write(tmp_path, "page.html", html.encode()))
    assert page.format == "html" and "Credit hours: 2.5" in page.text and "x=1" not in page.text
    table = (
        "<table><tr><th>Date</th><th>CPE credits</th></tr><tr><td>May 4, 2025</td><td>1.0</td></tr></table>"
    )
    assert "CPE credits: 1.0" in read(write(tmp_path, "t.html", table.encode())).text


def test_a_text_file_with_an_emails_headers_is_an_email_and_one_without_is_text():
    assert sniff(b"From: a@b.example\nSubject: x\n\nbody", "text") == "email"
    assert sniff(b"Note: bring a laptop\nOneStream", "text") == "text"
    assert sniff(b"\x00\x01binary", "text") is None


def _protected(user: str, owner: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_an_owner_protected_pdf_is_read(tmp_path, algorithm):
    source = read(write(tmp_path, "c.pdf", _protected("", "owner", algorithm)))
    assert "has successfully completed" in source.text


def test_a_pdf_that_needs_a_password_is_called_encrypted_with_what_to_do(tmp_path):
    raw = read_candidate("c.pdf", write(tmp_path, "c.pdf", _protected("secret", "owner", "AES-256")))
    with pytest.raises(Unreadable, match="encrypted PDF .*print it to a new PDF"):
        read_source(raw)


@pytest.fixture
def machine_zone(monkeypatch):
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_an_email_sent_after_midnight_in_utc_is_the_holders_day_before(tmp_path, machine_zone):
    data = (
        b"From: Academy <academy@example.com>\r\nTo: Sam <sam@contoso.example>\r\n"
        b"Subject: Course complete\r\nDate: Tue, 20 Oct 2026 01:41:00 +0000\r\n\r\nYou finished the course.\r\n"
    )
    machine_zone("America/New_York")  # 9:41 PM on October 19
    source = read_source(read_candidate("a.eml", write(tmp_path, "a.eml", data)))
    assert (source.sent, source.recipients) == (dt.date(2026, 10, 19), "Sam <sam@contoso.example>")
    machine_zone("UTC")
    assert read_source(read_candidate("b.eml", write(tmp_path, "b.eml", data))).sent == dt.date(2026, 10, 20)


def test_an_evening_webinar_written_in_utc_is_the_holders_day(tmp_path, machine_zone):
    start = dt.datetime(2025, 3, 5, 0, 30, tzinfo=dt.UTC)  # 7:30 PM in New York on March 4
    data = ics_bytes(start=start, end=start + dt.timedelta(hours=1))
    machine_zone("America/New_York")
    assert read(write(tmp_path, "a.ics", data)).event.start == dt.date(2025, 3, 4)
    machine_zone("UTC")
    assert read(write(tmp_path, "b.ics", data)).event.start == dt.date(2025, 3, 5)
    named = data.replace(b"VERSION:2.0", b"VERSION:2.0\r\nX-WR-TIMEZONE:America/Los_Angeles")
    assert read(write(tmp_path, "c.ics", named)).event.start == dt.date(2025, 3, 4)  # the zone named wins


_SINGAPORE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:sg\r\n"
    b"SUMMARY:OneStream Tech Talk APAC\r\nDTSTART;TZID=Asia/Singapore:20261119T090000\r\n"
    b"DTEND;TZID=Asia/Singapore:20261119T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_invitation_in_another_zone_keeps_its_day_and_says_this_computers(tmp_path, machine_zone):
    """09:00 in Singapore is 20:00 the evening before in New York: the day of the zone named
    (issue 20), with this computer's day beside it; none when the two agree."""
    machine_zone("America/New_York")
    event = read(write(tmp_path, "a.ics", _SINGAPORE)).event
    assert (event.start, event.here) == (dt.date(2026, 11, 19), dt.date(2026, 11, 18))
    date = propose(read(write(tmp_path, "a.ics", _SINGAPORE))).date
    assert (date.value, date.confidence, date.note.readings) == (
        dt.date(2026, 11, 19),
        "guessed",
        (dt.date(2026, 11, 19), dt.date(2026, 11, 18)),
    )
    machine_zone("Asia/Singapore")
    event = read(write(tmp_path, "b.ics", _SINGAPORE)).event
    assert (event.start, event.here) == (dt.date(2026, 11, 19), None)
    assert propose(read(write(tmp_path, "b.ics", _SINGAPORE))).date.confidence == "found"


def test_a_cancelled_invitation_and_a_multi_day_one(tmp_path):
    cancelled = ics_bytes().replace(b"VERSION:2.0", b"VERSION:2.0\r\nMETHOD:CANCEL")
    assert read(write(tmp_path, "c.ics", cancelled)).event.cancelled
    days = ics_bytes(start=dt.date(2025, 5, 13), end=None).replace(
        b"DTSTART;VALUE=DATE:20250513", b"DTSTART;VALUE=DATE:20250513\r\nDTEND;VALUE=DATE:20250516"
    )
    event = read(write(tmp_path, "d.ics", days)).event
    assert (event.start, event.days) == (dt.date(2025, 5, 13), 3)


def test_an_invitation_whose_attendees_are_all_chairs_is_the_holders_to_lead(tmp_path):
    base = ics_bytes("OneStream Webinar: Tax Provision", description="Webinar")
    organiser = b"ORGANIZER:mailto:webinars@onestream.example\r\n"
    chair = base.replace(
        b"END:VEVENT", organiser + b"ATTENDEE;ROLE=CHAIR:mailto:sam@example.com\r\nEND:VEVENT"
    )
    assert read(write(tmp_path, "chair.ics", chair)).event.chair
    own = base.replace(
        b"END:VEVENT",
        organiser
        + b"ATTENDEE;ROLE=CHAIR:mailto:webinars@onestream.example\r\n"
        + b"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:sam@example.com\r\nEND:VEVENT",
    )
    assert not read(write(tmp_path, "own.ics", own)).event.chair
    presenter = base.replace(
        b"END:VEVENT",
        organiser
        + b"ATTENDEE;ROLE=CHAIR:mailto:presenter@example.com\r\n"
        + b"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:sam@example.com\r\nEND:VEVENT",
    )
    assert not read(write(tmp_path, "presenter.ics", presenter)).event.chair


def test_a_saved_page_gives_a_line_per_block_and_per_glued_span_and_its_one_heading(tmp_path):
    page = (
        "<html><head><title>My Learning | OneStream University</title></head><body>"
        "<h1>What&#39;s New in <b>Release 8.4</b></h1><p class='badge'>Completed</p>"
        "<div class='meta'><span>Format: eLearning</span><span>Duration: 1 hr 30 min</span>"
        "<span>Completed on Jun 10, 2025</span></div><p>One <span>OneStream</span> <span>page</span></p>"
        "<ul><li>Release 8.2</li><li>Release 9.0</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    source = read(write(tmp_path, "page.html", page.encode()))
    lines = source.text.splitlines()
    assert ["Format: eLearning", "Duration: 1 hr 30 min", "Completed on Jun 10, 2025"] == lines[4:7]
    assert "One OneStream page" in lines and "Release 8.2" in lines and "a" in lines and "b" in lines
    assert source.subject == "What's New in Release 8.4"
    two = read(write(tmp_path, "two.html", b"<h1>OneStream events</h1><h1>Tech Talk</h1><p>x</p>"))
    assert two.subject is None


def _with_metadata(data, **entries):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({f"/{key}": value for key, value in entries.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("entry", ["Author", "Title", "Subject", "Keywords", "Creator"])
def test_a_certificate_naming_onestream_only_in_its_metadata_is_onestreams(tmp_path, entry):
    from onepoints_cli.domain.scan.proposal import propose
    from onepoints_cli.domain.scan.records import Proposal

    page = pdf_bytes(
        (
            "Course Completion",
            "Sam Taylor completed the course",
            "Account Reconciliations",
            "Completion date: 2025-04-22",
        )
    )
    bare = read(write(tmp_path, "bare.pdf", page))
    assert bare.metadata == "" and isinstance(propose(bare), Skip)
    signed = read(write(tmp_path, "signed.pdf", _with_metadata(page, **{entry: "OneStream University"})))
    assert signed.metadata == "OneStream University"
    assert isinstance(propose(signed), Proposal)


def test_an_invitations_place_and_organiser_are_read(tmp_path):
    base = ics_bytes("Präsenzschulung: Konsolidierung", description="Dauer: 4 Stunden")
    placed = base.replace(
        b"END:VEVENT",
        b"LOCATION:OneStream Schulungszentrum\\, Raum 2.14\r\n"
        b'ORGANIZER;CN="Schulungsteam":mailto:schulung@onestream.example\r\nEND:VEVENT',
    )
    event = read(write(tmp_path, "s.ics", placed)).event
    assert event.place == "OneStream Schulungszentrum, Raum 2.14"
    assert event.organizer == "Schulungsteam mailto:schulung@onestream.example"
    bare = read(write(tmp_path, "b.ics", base)).event
    assert (bare.place, bare.organizer) == ("", "")


@pytest.mark.parametrize("start", ["00010101T003000", "99991231T233000"])
def test_an_invitation_at_the_calendars_ends_is_read_without_a_crash(tmp_path, machine_zone, start):
    machine_zone("America/New_York")
    data = _SINGAPORE.replace(b"20261119T090000", start.encode()).replace(b"20261119T100000", start.encode())
    source = read(write(tmp_path, "a.ics", data))
    assert source.event is not None and source.event.here is None
