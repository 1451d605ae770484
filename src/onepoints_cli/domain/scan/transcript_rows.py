"""A transcript or learning history: a table of several dated courses, one of
them OneStream's. The activity is that row: its title, its day and its hours,
not the table's first row, the export date or the total of every course."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from ..rules import MAX_SCAN_RECORD_LINES, MIN_SCAN_DIGEST_EVENTS, MIN_SCAN_NEXT_TITLE_CHARS
from ..validation import amount_fault, tidy_amount
from .found_dates import find_dates
from .hours import hours_from_text, tidy_hours
from .layout import COLUMN_SLACK, join_wrapped
from .records import Field, Line, Note
from .title_sentences import one_line
from .title_words import strip_title

#: Cells of one row printed as two lines (a wrapped title cell) share their height on the page.
_SAME_ROW = 1.0
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def same_rows_joined(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A row the page printed as two lines at one height, its wrapped title between them
    ("14/10/2026 | OneStream Financial Close: Transaction", "Matching Essentials",
    "Classroom | OneStream University | 7.00"), as one line of all its cells."""
    joined: list[Line | None] = list(lines)
    for index, line in enumerate(joined):
        if line is None or len(line.cells) < 2:
            continue
        for later in range(index + 1, min(index + 4, len(joined))):
            other = joined[later]
            if (
                other is not None
                and len(other.cells) >= 2
                and abs(other.y - line.y) <= _SAME_ROW
                and other.size == line.size
                and other.cells[0][0] > line.cells[-1][0]
            ):
                joined[index] = line = line._replace(
                    text=f"{line.text}  {other.text}", cells=(*line.cells, *other.cells)
                )
                joined[later] = None
    return tuple(line for line in joined if line is not None)


def table_rows(lines: tuple[Line, ...]) -> list[int]:
    """The indexes of a table's rows: under a header row of three cells or more with no
    figure ("Completed | Course title | CPE"), the lines of about as many cells holding a
    figure. A form in two columns ("Program Title | ... | Date | 11/12/2026") has no header."""
    rows: list[int] = []
    width = 0
    for index, line in enumerate(lines):
        if _a_header(line):
            width = len(line.cells)  # again on each page
        elif width and len(line.cells) >= 3 and abs(len(line.cells) - width) <= 1:
            rows.append(index)  # not a header, so it holds a figure
    return rows


def in_a_table(value: str, lines: tuple[Line, ...]) -> bool:
    """Whether a value is one cell of a table of several rows ("13 Oct | Keynote | 2.0").
    A certificate's one row of values is its own, not a table's."""
    lines = same_rows_joined(lines)
    value = value.strip()
    rows = table_rows(lines)
    return len(rows) >= MIN_SCAN_DIGEST_EVENTS and any(
        cell.strip() == value for i in rows for _, cell in lines[i].cells
    )


class TableRow(NamedTuple):
    """The one OneStream course of a table: its title, its row, and where its header says
    "Completed" (an "Enrolled" day may come first in the row)."""

    title: str
    row: Line
    completed_at: float | None = None
    #: Where the header says the length is written hours:minutes ("Duration (h:mm)").
    clock_length_at: float | None = None


def onestream_row(lines: tuple[Line, ...]) -> TableRow | None:
    """The title cell and the row of the one course of a table of several that names
    OneStream, its wrapped title lines joined; None when no row or more than one does."""
    lines = same_rows_joined(lines)
    rows = table_rows(lines)
    if len(rows) < MIN_SCAN_DIGEST_EVENTS:
        return None
    first, last = rows[0], rows[-1]
    named = [
        i
        for i in range(first, last + 1)
        if "onestream" in _COMPANY.sub("", lines[i].text).casefold() and not _a_header(lines[i])
    ]
    if len(named) != 1:
        return None
    index = named[0]
    line = lines[index]
    if len(line.cells) >= 3:
        column = next(x for x, cell in line.cells if "onestream" in cell.casefold())
        title, row = next(cell for x, cell in line.cells if x == column), line
    else:  # a wrapped title cell on a line of its own, the rest of its row beside it or just under it
        row_index = next(
            (i for i in rows if i > index and abs(lines[i].y - line.y) <= max(_SAME_ROW, line.size)), None
        )
        if row_index is None:
            return None
        column, title, row = line.cells[0][0], line.text, lines[row_index]
        if abs(row.y - line.y) > _SAME_ROW and abs(row.cells[0][0] - column) <= COLUMN_SLACK:
            title = join_wrapped(
                [title, row.cells[0][1]]
            )  # "... Fundamentals and" over "Matching | Course | ..."
    pieces = [title]
    for below in lines[index + 1 : index + 3]:
        if (
            len(below.cells) == 1
            and abs(below.cells[0][0] - column) <= COLUMN_SLACK
            and below.y < line.y
            and abs(below.size - line.size) <= 0.5  # a smaller line under it describes, not wraps
        ):
            pieces.append(below.text)
        else:
            break
    if not any(_FIGURE.fullmatch(cell.strip()) for _, cell in row.cells) and (
        cont := next((lines[i] for i in rows if i > index and _CONTINUED.match(lines[i].cells[0][1])), None)
    ):
        # the row's figures on the next page: "(cont.) | Cube Views and Reporting — ... | 6.0"
        row = Line(f"{row.text}  {cont.text}", row.size, row.cells + cont.cells[1:], row.y)
    header = next((lines[i] for i in range(index, -1, -1) if _a_header(lines[i])), None)
    completed = [x for x, cell in header.cells if _COMPLETED_HEADER.match(cell)] if header else []
    clock = [x for x, cell in header.cells if _CLOCK_LENGTH_HEADER.search(cell)] if header else []
    title = one_line(strip_title(join_wrapped(pieces)))
    return TableRow(title, row, completed[0] if completed else None, clock[0] if clock else None)


#: OneStream's company named ("Presented with OneStream Software LLC"): who, not a course.
_COMPANY = re.compile(r"\bonestream\s+software\b(?:\s*,?\s*(?:llc|inc)\b\.?)?", re.I)


#: A row that goes on from the page before: "(cont.)", "(continued)", "(suite)", "(Forts.)".
_CONTINUED = re.compile(
    r"^\s*\((?:cont(?:\.|inued)|suite|forts\.|vervolg|continua(?:ción|ção|zione)?)\)", re.I
)


#: A header over lengths written hours:minutes: "Duration (h:mm)", "Dauer (hh:mm)".
_CLOCK_LENGTH_HEADER = re.compile(r"\(\s*h{1,2}\s*:\s*mm\s*\)", re.I)


#: A header cell over the day a course was finished, in the seven languages.
_COMPLETED_HEADER = re.compile(
    r"^\s*(?:(?:date\s+)?completed(?:\s+on)?|completion(?:\s+date)?|finished|abgeschlossen(?:\s+am)?|abschluss(?:datum)?"
    r"|terminé(?:\s+le)?|achèvement|completado|finalizado|fecha\s+de\s+finalización|afgerond(?:\s+op)?|voltooid"
    r"|completato|data\s+di\s+completamento|concluído|conclusão|data\s+de\s+conclusão)\s*$",
    re.I,
)


def _a_header(line: Line) -> bool:
    """A table's header row: three cells or more, no figure ("Title | Type | Completed | Hours")."""
    return not any(char.isdigit() for char in line.text) and len(line.cells) >= 3


def row_fields(
    row: Line,
    date: Field,
    hours: Field,
    completed_at: float | None = None,
    clock_length_at: float | None = None,
) -> tuple[Field, Field]:
    """A table row's date, the one under its header's "Completed" if it has one, else its first,
    and its rightmost figure or length (the credits or time column, "6.00", "2h 15m"), both
    guesses; with none, the hours found elsewhere (a total of every course) are a guess too."""
    days = [hit for hit in find_dates(row.text) if hit.day is not None]
    if completed_at is not None:
        # the cell nearest the "Completed" header, if it holds a day ("Enrolled 14-Sep | Completed 08-Oct")
        _, cell = min(row.cells, key=lambda found: abs(found[0] - completed_at))
        days = [hit for hit in find_dates(cell) if hit.day is not None] or days
    if days:
        date = Field(days[0].day, "guessed", Note("table-row"))
    if clock_length_at is not None:
        _, cell = min(row.cells, key=lambda found: abs(found[0] - clock_length_at))
        if (clock := re.fullmatch(r"\s*(\d{1,3}):([0-5]\d)\s*", cell)) and (
            spent := tidy_hours(Decimal(clock[1]) + Decimal(clock[2]) / 60)
        ) is not None:
            return date, Field(spent, "guessed", Note("table-row"))
    for _, cell in reversed(row.cells):
        cell = cell.strip()
        if _FIGURE.fullmatch(cell) and not amount_fault(amount := Decimal(cell.replace(",", "."))):
            return date, Field(tidy_amount(amount), "guessed", Note("table-row"))
        if (length := hours_from_text(cell)).value is not None and not find_dates(cell):
            return date, Field(length.value, "guessed", Note("table-row"))
    return date, hours._replace(confidence="guessed") if hours.confidence == "found" else hours


#: A table header's cell over its hours: "Hours", "CPD", "Stunden", "Heures".
_HOURS_HEADER = re.compile(
    r"^(?:hours?|hrs|cpd|cpe|credits?|stunden|std\.?|heures|horas|uren|ore|duration|dauer|durée|duración|duur|durata"
    r"|(?:total|training|credit|cpe)\s+hours|ore\s+frequentate|horas\s+asistidas|heures\s+suivies|contacturen)$",
    re.I,
)
#: A table's row of totals: its figures are the sum, not one more row.
_TOTAL_ROW = re.compile(r"^\s*(?:total[e]?|totaal|gesamt|summe|totals?)\b", re.I)
_FIGURE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")


def hours_column(lines: tuple[Line, ...]) -> tuple[Decimal, ...]:
    """The figures under a table's hours header, one a row ("Day 1 … 6.0", "Day 2 … 5.5"),
    up to the first row with none; empty when no such header."""
    for index, line in enumerate(lines):
        header = [x for x, cell in line.cells if _HOURS_HEADER.match(cell.strip())]
        if len(line.cells) < 2 or len(header) != 1:
            continue
        figures: list[Decimal] = []
        for row in lines[index + 1 :]:
            under = [cell for x, cell in row.cells if abs(x - header[0]) <= COLUMN_SLACK]
            if (
                len(row.cells) < 2
                or not under
                or not _FIGURE.match(under[-1].strip())
                or _TOTAL_ROW.match(row.text)
            ):
                break
            figures.append(Decimal(under[-1].strip().replace(",", ".")))
        return tuple(figures)
    return ()


class TextRecord(NamedTuple):
    """A learning history's OneStream item in a page saved as text or HTML, one cell a line."""

    title: str
    #: The lines after the title that are the item's own: its status, day, length.
    text: str


def onestream_record(text: str, status: re.Pattern[str]) -> TextRecord | None:
    """The one item of a saved learning history whose title names OneStream ("OneStream for
    Developers: Business Rules" / "Ana Ferreira" / "Completed" / "2026/10/19" / "6.5 total
    hours"), with its own lines; None when no single short line names OneStream above a status."""
    lines = [line.strip() for line in text.split("\n")]
    found = []
    for index, line in enumerate(lines):
        if "onestream" not in line.casefold() or len(line) > 150 or line.endswith((".", ":")):
            continue
        own: list[str] = []
        for after in lines[index + 1 : index + 1 + MAX_SCAN_RECORD_LINES]:
            if not after or (
                any(status.match(seen) for seen in own)
                and len(after) > MIN_SCAN_NEXT_TITLE_CHARS
                and not any(c.isdigit() for c in after)
            ):
                break
            own.append(after)
        if any(status.match(seen) for seen in own):
            found.append(TextRecord(one_line(strip_title(line)), "\n".join(own)))
    titles = {record.title for record in found}
    return found[0] if len(titles) == 1 and found[0].title else None


_BARE_FIGURE = re.compile(r"^[ \t]*(\d{1,3}[.,]\d{1,2})[ \t]*$", re.M)


def record_hours(text: str, record: TextRecord) -> Decimal | None:
    """The item's bare figure ("6.00") under a page whose column is headed "Hours" on a line
    of its own, as a table's header cell is (the first such figure of the item: a "CPE
    Credits" column comes after it)."""
    headed = any(_HOURS_HEADER.match(line.strip()) for line in text.split("\n"))
    if not headed or not (figure := _BARE_FIGURE.search(record.text)):
        return None
    return tidy_hours(Decimal(figure.group(1).replace(",", ".")))
