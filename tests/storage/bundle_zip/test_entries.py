"""storage/bundle_zip/entries.py: zip entry headers, dates and the last check of the names."""

from __future__ import annotations

import calendar
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.bundle.members import BytesMember, EvidenceOf, FileMember
from onepoints_cli.storage.bundle_zip.entries import (
    ZIP_EARLIEST,
    ZIP_LATEST,
    check_arcnames,
    needs_zip64,
    zip_date_time,
    zip_info,
)


def _utc(*moment: int) -> float:
    return float(calendar.timegm((*moment, 0, 0, 0)))


@pytest.mark.parametrize(
    ("mtime", "expected"),
    [
        (0.0, ZIP_EARLIEST),
        (_utc(1979, 12, 31, 23, 59, 59), ZIP_EARLIEST),  # the last second a zip cannot hold
        (_utc(1980, 1, 1, 0, 0, 0), (1980, 1, 1, 0, 0, 0)),  # the first it can
        (_utc(2026, 3, 4, 5, 6, 7), (2026, 3, 4, 5, 6, 7)),
        (_utc(2107, 12, 31, 23, 59, 58), ZIP_LATEST),
        (_utc(2107, 12, 31, 23, 59, 59), ZIP_LATEST),  # one second past: clamped
        (_utc(2200, 1, 1, 0, 0, 0), ZIP_LATEST),
        (1e300, ZIP_LATEST),  # beyond what gmtime takes
    ],
)
def test_zip_date_time_is_utc_clamped_to_the_zip_range(mtime, expected):
    assert zip_date_time(mtime) == expected


@given(st.floats(min_value=-1e12, max_value=1e13, allow_nan=False))
def test_zip_date_time_is_always_a_date_zipfile_accepts(mtime):
    moment = zip_date_time(mtime)
    assert ZIP_EARLIEST <= moment <= ZIP_LATEST
    zipfile.ZipInfo("x", date_time=moment)  # raises on a date a zip cannot hold


@pytest.mark.parametrize(("deflate", "kind"), [(True, zipfile.ZIP_DEFLATED), (False, zipfile.ZIP_STORED)])
def test_zip_info_marks_a_regular_unix_file_rw_r_r(deflate, kind):
    info = zip_info("evidence/a.pdf", 123, deflate, (2026, 1, 2, 3, 4, 6))
    assert info.filename == "evidence/a.pdf"
    assert info.compress_type == kind
    assert info.file_size == 123
    assert info.create_system == 3
    mode = info.external_attr >> 16
    assert stat.S_ISREG(mode) and stat.S_IMODE(mode) == 0o644
    assert info.date_time == (2026, 1, 2, 3, 4, 6)


def test_needs_zip64_keeps_the_deflate_margin():
    limit = zipfile.ZIP64_LIMIT
    assert needs_zip64(0) is False
    assert needs_zip64(int(limit / 1.05)) is False
    assert needs_zip64(int(limit / 1.05) + 2) is True
    assert needs_zip64(limit) is True


def _m(name: str) -> BytesMember:
    return BytesMember(name, b"")


def test_safe_distinct_names_pass():
    check_arcnames(
        [_m("summary.csv"), FileMember("evidence/1-x/a.pdf", Path("/a"), 1, "0" * 64, EvidenceOf(1, "/a"))]
    )


@pytest.mark.parametrize(
    "name",
    ["", "/etc/passwd", "evidence\\a.pdf", "a\0b", "evidence//a", "./a", "evidence/../a", "a/", "x\udcff"],
)
def test_unsafe_names_are_a_bug_refused(name):
    with pytest.raises(ValueError, match="arcname"):
        check_arcnames([_m(name)])


@pytest.mark.parametrize(
    ("first", "second"), [("A.pdf", "a.pdf"), ("caf\u00e9", "cafe\u0301"), ("STRASSE", "straße")]
)
def test_names_that_clash_on_a_case_insensitive_disk_are_refused(first, second):
    with pytest.raises(ValueError, match="clashes"):
        check_arcnames([_m(first), _m(second)])
