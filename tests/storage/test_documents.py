"""Reading files for `scan`: what is opened, what is parsed, and every bad input as one reason."""

from __future__ import annotations

import datetime as dt
import os
from email.message import EmailMessage

import pytest

from onepoints_cli.domain.rules import MAX_SCAN_FILE_BYTES
from onepoints_cli.domain.scan.records import Reason, Skip
from onepoints_cli.render.scan_words import reason_text
from onepoints_cli.storage.document_text import Unreadable, read_source
from onepoints_cli.storage.documents import files_in, read_candidate, sniff
from tests.support.scan_fixtures import encrypted_pdf_bytes, ics_bytes, pdf_bytes, tech_talk_email, write


def _ics_lines(*lines: str) -> bytes:
    event = ["BEGIN:VEVENT", *lines, "END:VEVENT"] if lines else []
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *event, "END:VCALENDAR", ""]).encode()


def read(path):
    raw = read_candidate(str(path), path)
    return raw if isinstance(raw, Skip) else read_source(raw)


def test_the_generated_certificate_has_a_real_text_layer(tmp_path):
    source = read(write(tmp_path, "certificate.pdf", pdf_bytes()))
    assert "has successfully completed" in source.text and "Date: March 4, 2025" in source.text


def test_an_email_reads_both_bodies_and_its_attachments(tmp_path):
    data = tech_talk_email(invitation=ics_bytes(), attachment_pdf=pdf_bytes(["OneStream", "CPE: 1"]))
    source = read(write(tmp_path, "techtalk.eml", data))
    assert source.subject.startswith("Thank you for registering for OneStream Tech Talk")
    assert source.event.start == dt.date(2025, 3, 18) and source.event.length == dt.timedelta(hours=1)
    assert "CPE: 1" in source.text and "var x" not in source.text  # the PDF read, the script not
    assert source.sent == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("locked.pdf", encrypted_pdf_bytes(), "encrypted"),
        ("scan.pdf", pdf_bytes(text=False), "no text"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "damaged PDF"),
        ("truncated.pdf", pdf_bytes()[:200], "damaged PDF"),
        ("renamed.pdf", b"PK\x03\x04 a zip file", "not that of a PDF"),
        ("nostart.ics", ics_bytes(start=None, end=None), "no start (DTSTART)"),
        ("cut.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n", "damaged invitation"),
        ("baddate.ics", _ics_lines("SUMMARY:OneStream WAVE", "DTSTART:notadate"), "an invitation"),
        ("noevent.ics", _ics_lines(), "no event"),
        ("empty.eml", b"Subject:\n\n", "no text"),
        ("binary.eml", b"\x00\x01\x02\x03", "not that of a PDF"),
        ("empty.pdf", b"", "not that of a PDF"),
    ],
)
def test_bad_inputs_are_one_reason_each(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    try:
        result = read(path)
    except Unreadable as problem:
        result = Skip(str(path), Reason("unreadable", text=str(problem)), True)
    assert isinstance(result, Skip) and result.problem and reason in reason_text(result.reason)


def test_a_non_utf8_email_with_an_unknown_charset_is_read_with_replacements(tmp_path):
    data = "Subject: OneStream webinar caf\xe9\nContent-Type: text/plain; charset=x-unknown\n\nOneStream caf\xe9 2 hours\n"
    source = read(write(tmp_path, "latin.eml", data.encode("latin-1")))
    assert "OneStream café 2 hours" in source.text  # read as Windows-1252
    assert source.subject == "OneStream webinar café"  # a raw 8-bit header too


def test_undecodable_bytes_are_replaced_never_kept_as_surrogates(tmp_path):
    data = b"Subject: OneStream \xff\x81 webinar\nContent-Type: text/plain; charset=utf-8\n\nOneStream \xff\x81\n"
    source = read(write(tmp_path, "bad.eml", data))
    for text in (source.subject, source.text):
        text.encode("utf-8")  # would raise on a lone surrogate
        assert "OneStream" in text


def test_an_attachment_that_cannot_be_read_is_a_note_not_a_failure(tmp_path):
    message = EmailMessage()
    message["Subject"] = "OneStream Navigator certificate"
    message.set_content("Your certificate is attached.")
    message.add_attachment(encrypted_pdf_bytes(), maintype="application", subtype="pdf", filename="c.pdf")
    source = read(write(tmp_path, "c.eml", bytes(message)))
    assert source.notes == (
        "attachment c.pdf: an encrypted PDF (it needs a password): open it with its password, print it to a new PDF and scan that, or add it by hand",
    )


def test_a_fifo_is_never_opened(tmp_path):
    fifo = tmp_path / "invite.ics"
    os.mkfifo(fifo)  # opening it for reading would block this test forever
    result = read_candidate(str(fifo), fifo)
    assert isinstance(result, Skip) and result.reason == Reason("not-regular")


def test_a_device_behind_a_pdf_name_is_not_read(tmp_path):
    link = tmp_path / "zero.pdf"
    link.symlink_to("/dev/zero")  # an endless read if it were opened
    result = read_candidate(str(link), link)
    assert isinstance(result, Skip) and result.reason == Reason("not-regular")


def test_a_file_over_the_cap_is_not_read(tmp_path):
    big = tmp_path / "video.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_SCAN_FILE_BYTES + 1)  # sparse: costs no disk
    result = read_candidate(str(big), big)
    assert isinstance(result, Skip) and result.reason == Reason("too-large", MAX_SCAN_FILE_BYTES + 1)


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"%PDF-1.4", "pdf"), (b"\n\n%PDF-1.7", "pdf"), (b"\xef\xbb\xbfBEGIN:VCALENDAR", "ics"), (b"begin:vcalendar", "ics"),
     (b"From: a@b.c\n", "email"), (b"Received: by x\n", "email"), (b"\x89PNG", None), (b"", None)],
)  # fmt: skip
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_folders_are_listed_sorted_and_only_recursively_when_asked(tmp_path):
    write(tmp_path, "b.pdf", b"")
    write(tmp_path, "a.eml", b"")
    write(tmp_path, "c.jpg", b"")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "d.ics", b"")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # never followed
    top = str(tmp_path)

    def shown(recursive):
        return [item.path if isinstance(item, Skip) else item[0] for item in files_in([top], recursive)]

    assert shown(False) == [os.path.join(top, n) for n in ("a.eml", "b.pdf", "c.jpg", "sub")]
    assert shown(True)[-2:] == [os.path.join(top, "sub", "d.ics"), os.path.join(top, "sub", "loop")]
    assert list(files_in([str(tmp_path / "nope")], False)) == [
        Skip(str(tmp_path / "nope"), Reason("not-found"), True)
    ]
