"""A transcript or learning history: the one row of a table of several that names
OneStream is the activity, with its own day and hours, its wrapped title joined."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onepoints_cli.domain.scan.records import Field, Line, Note
from onepoints_cli.domain.scan.transcript_rows import in_a_table, onestream_row, row_fields, table_rows

_COLUMNS = (40.0, 250.0, 320.0, 400.0, 460.0)


def _row(y: float, *texts: str) -> Line:
    cells = tuple(zip(_COLUMNS[-len(texts) :] if len(texts) < 5 else _COLUMNS, texts, strict=True))
    return Line("  ".join(texts), 8.5, cells, y)


def _history() -> tuple[Line, ...]:
    return (
        Line("Learning History", 14, ((40.0, "Learning History"),), 732),
        _row(672, "Title", "Type", "Completed", "Score", "Hours"),
        _row(648, "Code of Conduct 2026", "Module", "01/12/2026", "100%", "0.75"),
        _row(614, "Excel for Finance: Power Query", "Course", "02/03/2026", "88%", "3.00"),
        Line(
            "OneStream Financial Reporting: Cube Views and",
            8.5,
            ((40.0, "OneStream Financial Reporting: Cube Views and"),),
            376,
        ),
        Line("Report Books", 8.5, ((40.0, "Report Books"),), 365),
        _row(376, "ILT", "09/17/2026", "—", "6.00"),
        _row(342, "Negotiation Skills", "ILT", "10/28/2026", "—", "2.50"),
        Line(
            "Total: 23 completions  Total hours: 42.75",
            9,
            ((40.0, "Total: 23 completions"), (300.0, "Total hours: 42.75")),
            300,
        ),
    )


def test_the_onestream_row_of_a_learning_history_is_the_activity_with_its_day_and_hours():
    found = onestream_row(_history())
    assert found is not None
    title, row, completed_at = found.title, found.row, found.completed_at
    assert title == "OneStream Financial Reporting: Cube Views and Report Books"
    assert completed_at == 320.0  # the "Completed" header's column
    date, hours = row_fields(
        row,
        Field(None, "missing", None),
        Field(Decimal("42.75"), "found", Note("hours-labelled")),
        completed_at,
    )
    assert date[:2] == (dt.date(2026, 9, 17), "guessed")
    assert hours[:2] == (Decimal(6), "guessed")


def test_a_form_in_two_columns_is_no_table_and_two_onestream_rows_name_none():
    form = (
        Line(
            "Program Title  Accelerating the Close  Date  11/12/2026",
            9,
            (
                (40.0, "Program Title"),
                (120.0, "Accelerating the Close"),
                (400.0, "Date"),
                (460.0, "11/12/2026"),
            ),
            354,
        ),
        Line(
            "Sponsor ID  LS-1112  CPE Credits  1.5",
            9,
            ((40.0, "Sponsor ID"), (120.0, "LS-1112"), (400.0, "CPE Credits"), (460.0, "1.5")),
            334,
        ),
        Line(
            "Instructor  Dana, OneStream  Location  Live (2:00–3:30 PM)",
            9,
            (
                (40.0, "Instructor"),
                (120.0, "Dana, OneStream"),
                (400.0, "Location"),
                (460.0, "Live (2:00–3:30 PM)"),
            ),
            314,
        ),
    )
    assert table_rows(form) == [] and not in_a_table("Accelerating the Close", form)
    history = _history()
    twice = (
        history[:3] + (_row(600, "OneStream Planning", "Course", "03/03/2026", "90%", "2.00"),) + history[3:]
    )
    assert onestream_row(twice) is None


def test_a_title_wrapped_above_its_row_joins_the_rows_first_cell_and_takes_its_length():
    columns = (40.0, 250.0, 320.0, 400.0, 460.0)

    def row(y: float, *texts: str) -> Line:
        return Line("  ".join(texts), 9, tuple(zip(columns, texts, strict=False)), y)

    lines = (
        row(699, "Title", "Type", "Completed", "Time spent", "Status"),
        row(674, "Excel 365: Advanced Formulas", "Course", "02/16/2026", "1h 48m", "Completed"),
        row(654, "Agile Project Management", "Course", "04/07/2026", "2h 05m", "Completed"),
        Line(
            "OneStream Account Reconciliations: Fundamentals and",
            9,
            ((40.0, "OneStream Account Reconciliations: Fundamentals and"),),
            633.4,
        ),
        row(628.2, "Matching", "Course", "10/27/2026", "2h 15m", "Completed"),
        row(592, "Communicating with Confidence", "Book", "11/02/2026", "4h 10m", "In progress"),
    )
    found = onestream_row(lines)
    assert found is not None and found[0] == "OneStream Account Reconciliations: Fundamentals and Matching"
    date, hours = row_fields(found[1], Field(None, "missing", None), Field(Decimal("10.97"), "found", None))
    assert (date.value, hours[:2]) == (dt.date(2026, 10, 27), (Decimal("2.25"), "guessed"))


def test_the_day_under_the_completed_header_is_the_rows_not_the_enrolment_before_it():
    lines = (
        _row(700, "Course", "Enrolled", "Completed", "Status", "Hours"),
        _row(680, "Code of Conduct 2026", "05-Jan-2026", "12-Jan-2026", "Completed", "0.75"),
        _row(660, "Excel Power Query", "16-Feb-2026", "03-Mar-2026", "Completed", "2.0"),
        _row(640, "OneStream Financial Close", "14-Sep-2026", "08-Oct-2026", "Completed", "6.5"),
        _row(620, "Negotiation Skills", "21-Sep-2026", "15-Oct-2026", "Completed", "7.0"),
    )
    found = onestream_row(lines)
    assert found is not None
    date, hours = row_fields(
        found.row, Field(None, "missing", None), Field(None, "missing", None), found.completed_at
    )
    assert (date.value, hours.value) == (dt.date(2026, 10, 8), Decimal("6.5"))
    without = row_fields(found.row, Field(None, "missing", None), Field(None, "missing", None))[0]
    assert without.value == dt.date(2026, 9, 14)  # with no such header, the row's first day


def test_a_length_under_a_header_in_hours_and_minutes_is_read_as_hours():
    lines = (
        _row(700, "Course", "Type", "Completed", "Duration (h:mm)"),
        _row(680, "Code of Conduct 2026", "E-learning", "12 Jan 2026", "0:45"),
        _row(660, "Excel Power Query", "Webinar", "03 Mar 2026", "2:00"),
        _row(640, "OneStream Cube Views (Level 2)", "Virtual classroom", "14 Oct 2026", "3:30"),
        _row(620, "Negotiation Skills", "Classroom", "15 Oct 2026", "7:00"),
    )
    found = onestream_row(lines)
    assert found is not None and found.clock_length_at is not None
    _, hours = row_fields(
        found.row, Field(None, "missing", None), Field(None, "missing", None), None, found.clock_length_at
    )
    assert hours[:2] == (Decimal("3.5"), "guessed")


def test_a_rows_figures_continued_on_the_next_page_and_its_smaller_description_line():
    lines = (
        _row(700, "Completed on", "Learning item", "Status", "Credit hrs"),
        _row(680, "2026-01-14", "Excel Power Query", "Completed", "3.0"),
        _row(660, "2026-02-03", "Business Writing", "Completed", "2.5"),
        _row(640, "2026-10-07", "OneStream Cube Views and Reporting", "Completed"),
        Line("External — Contoso Consulting", 7.0, ((250.0, "External — Contoso Consulting"),), 630),
        _row(500, "Completed on", "Learning item", "Status", "Credit hrs"),
        _row(480, "(cont.)", "Cube Views and Reporting — 2 sessions", "6.0"),
    )
    found = onestream_row(lines)
    assert found is not None and found.title == "OneStream Cube Views and Reporting"
    _, hours = row_fields(found.row, Field(None, "missing", None), Field(None, "missing", None))
    assert hours.value == Decimal("6.0")


def test_a_row_that_names_only_onestreams_company_is_no_onestream_course():
    lines = (
        _row(672, "Title", "Type", "Completed", "Score", "Hours"),
        _row(648, "Code of Conduct 2026", "Module", "01/12/2026", "100%", "0.75"),
        _row(614, "Presented with OneStream Software LLC", "Webinar", "09/16/2026", "—", "1.50"),
        _row(580, "Negotiation Skills", "ILT", "10/28/2026", "—", "2.50"),
    )
    assert onestream_row(lines) is None
