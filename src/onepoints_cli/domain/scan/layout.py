"""What the layout of a PDF page says: a table's labels paired with the
values beside or under them (the page's heading is headings.py's)."""

from __future__ import annotations

import re
from statistics import median

from .records import Line
from .text import close_spacing
from .title_words import TITLE_LABEL

#: A cell under a label is its value when it starts this close (in points).
COLUMN_SLACK = 24.0
#: A character's average width, in ems: where a cell's middle is, from its start and its length.
_GLYPH_EM = 0.5
#: The lines under a row of labels searched for their values.
_TABLE_LINES = 10  # a title wrapped word by word in a narrow column runs to seven or eight
#: The rows under a row of labels searched for a 'Total' row.
_TABLE_ROWS = 12
_TOTAL = re.compile(r"^(?:grand\s+)?total\W*$", re.I)
_LABEL_CELL = re.compile(r"^[^\W\d][\w .()/-]{1,40}$")


#: A cell that is a known label with no colon ("Titolo del webinar" | value,
#: "Data" | "21 ottobre 2025", "Orario" | "15:00 - 16:30"): a title, date or time label.
_KNOWN_LABEL = re.compile(
    # "Event date", "Completion date", "Start time": one word may say which date or time
    rf"^\s*(?:{TITLE_LABEL}|(?:[^\W\d]+\s+)?(?:dates?|datum|data|fecha|time|times)|when|uhrzeit|zeit|heure|horaire|horario|hora"
    r"|orario|ora|tijd|tijdstip|duration|dauer|durée|duración|duur|durata|duração|length|länge|longueur|longitud"
    r"|lengte|lunghezza|comprimento|completed|date\s+and\s+time|date\s+&\s+time)\s*$",
    re.I,
)


#: A cell of a header row ("Date" | "CPE Credits"): a label too, not a value.
_HEADER_CELL = re.compile(
    rf"{_KNOWN_LABEL.pattern}|^\s*(?:[^\W\d][\w ]*\s)?(?:credits?|hours?|cpe|points?|onepoints|stunden|heures|horas|ore|uren)\W*$"
    # "OnePoints attribués", "Points awarded": the points first, then that they were given
    r"|^\s*(?:onepoints|points?|credits?)\s+(?:awarded|earned|granted|attribués|accordés|vergeben|gutgeschrieben|otorgados"
    r"|toegekend|assegnati|atribuídos|concedidos)\W*$",
    re.I,
)


def paired_lines(lines: tuple[Line, ...]) -> list[str]:
    """'Label: value' for each cell of a row of labels with a value under it,
    in the same column: 'CPE Credits' over '1.5'; a value wrapped over lines
    of its column joined ('OneStream Analytic' + 'Blend: Hands-on')."""
    lines = _labels_unwrapped(lines)
    pairs = _beside(lines) + _captions(lines) + _two_columns(lines) + _tiles(lines)
    pairs.extend(
        f"{line.cells[0][1].strip()}: {line.cells[1][1]}"
        for line in lines
        if len(line.cells) == 2
        and _KNOWN_LABEL.match(line.cells[0][1])
        and not _HEADER_CELL.match(line.cells[1][1])
    )
    # "Title" beside a value wrapped in its column: the line's text holds the value in reading order
    pairs.extend(
        f"{line.cells[0][1].strip()}: {line.text.strip()[len(line.cells[0][1].strip()) :].strip()}"
        for line in lines
        if len(line.cells) > 2
        and _KNOWN_LABEL.match(line.cells[0][1])
        and len({round(x) for x, _ in line.cells[1:]}) == 1
        and line.text.strip().startswith(line.cells[0][1].strip())
    )
    for index, row in enumerate(lines):
        if len(row.cells) < 2 or not all(_LABEL_CELL.match(text) for _, text in row.cells):
            continue
        below = lines[index + 1 : index + 1 + _TABLE_ROWS]
        pairs.extend(_total_row(row, below))
        centred = _centred_row(row, below[0]) if below else {}
        for x, label in row.cells:
            if value := _column_value(row, x, below[:_TABLE_LINES]) or centred.get(x):
                pairs.append(f"{label}: {value}")
    return pairs


def _two_columns(lines: tuple[Line, ...]) -> list[str]:
    """'Label: value' for a form in two columns, each row 'label | value | label | value'
    ('Program Title | Accelerating ... | Date of Program | 11/12/2026'), when a known label is among them."""
    pairs: list[str] = []
    for line in lines:
        if len(line.cells) not in (4, 6):
            continue
        labels, values = line.cells[0::2], line.cells[1::2]
        # a table's header row ("Training title | Date(s) of training | Training hours | Trainer")
        # is labels all along: some value must be one (a figure, a date, a long name)
        if not any(any(char.isdigit() for char in text) or not _LABEL_CELL.match(text) for _, text in values):
            continue
        if all(_LABEL_CELL.match(text) and len(text.split()) <= 4 for _, text in labels) and any(
            _HEADER_CELL.match(text) or re.search(rf"\b{TITLE_LABEL}\b", text, re.I) for _, text in labels
        ):
            pairs.extend(
                f"{label.strip()}: {value.strip()}"
                for (_, label), (_, value) in zip(labels, values, strict=True)
            )
    return pairs


def _centred_row(row: Line, under: Line) -> dict[float, str]:
    """The row right under a table's row of labels (three or more: two are a form's
    label and value), cell by cell, when each of its cells is centred nearest its own
    label ('Training hours' over '2.5', 'CERTIFICATE ID' over 'NAV-CVD-2026-00913')."""
    if (
        len(row.cells) < 3
        or len(under.cells) != len(row.cells)
        or abs(under.y - row.y) > 4 * max(under.size, 1)
    ):
        return {}
    centres = [_middle(cell, row.size) for cell in row.cells]
    for index, cell in enumerate(under.cells):
        middle = _middle(cell, under.size)
        if min(range(len(centres)), key=lambda i: abs(centres[i] - middle)) != index:
            return {}
    return {x: text for (x, _), (_, text) in zip(row.cells, under.cells, strict=True)}


def _middle(cell: tuple[float, str], size: float) -> float:
    x, text = cell
    return x + len(text) * size * _GLYPH_EM / 2


def is_label(text: str) -> bool:
    """A form's or a table's label ("Event Dates", "CPE credits"), not a value."""
    return bool(_HEADER_CELL.match(text))


def stacked_pairs(text: str) -> list[str]:
    """'Label: value' for a label on a line of its own over its value, as an email's
    HTML table comes out as text ('Learning credits' / '6 hours (certificate ...)')."""
    # a form's numbered question: "3. Class" over "OneStream Data Integration Essentials"
    lines = [_QUESTION_NUMBER.sub("", line.strip()) for line in text.split("\n")]
    return [
        f"{label}: {value}"
        for before, label, value in zip(["", *lines], lines, lines[1:], strict=False)
        if label
        and value
        and len(label.split()) <= 4
        and not any(char.isdigit() for char in label)  # "Gesamtdauer 14 Stunden" is a value of its own
        and _HEADER_CELL.match(label)
        and not _HEADER_CELL.match(value)
        and ":" not in label
        # in small letters, the end of a wrapped label ("Intitulé de la" / "formation"), not of a
        # sentence ("... n. 2026/447 in" / "corso": in progress)
        and (not label[0].islower() or _LABEL_START.fullmatch(before) is not None)
    ]


_QUESTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d])")
#: The first line of a label wrapped over two: a few words, no figure ("Intitulé de la").
_LABEL_START = re.compile(r"[^\W\d_][^\W\d_' ’]*(?:[ ’'][^\W\d_]+){0,4}")


def _labels_unwrapped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A form's label wrapped over two lines ('Total session' then 'hours' | '19.5') as one
    row: a line of one cell right above a row of two that starts at the same place."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and len(above.cells) == 1
            and len(line.cells) == 2
            and abs(above.cells[0][0] - line.cells[0][0]) <= 1
            and abs(above.y - line.y) <= 1.5 * max(line.size, 1)
            and _LABEL_CELL.match(above.cells[0][1])
        ):
            label = join_wrapped([above.cells[0][1], line.cells[0][1]])
            cells = ((line.cells[0][0], label), line.cells[1])
            out[-1] = Line("  ".join(text for _, text in cells), line.size, cells, line.y)
            continue
        out.append(line)
    return tuple(out)


def _captions(lines: tuple[Line, ...]) -> list[str]:
    """'Label: value' for a caption in small type over its value ('Session' over the
    session's name, 'LENGTH' over '3 hr 45 min'), each a line of one cell at the same place."""
    pairs = []
    for index, (caption, value) in enumerate(zip(lines, lines[1:], strict=False)):
        if (
            len(caption.cells) == 1
            and len(value.cells) == 1
            # one over the other, from the same start or centred alike ('Attendance hours' over '16.0')
            and (
                abs(caption.cells[0][0] - value.cells[0][0]) <= 1
                or abs(_middle(caption.cells[0], caption.size) - _middle(value.cells[0], value.size))
                <= COLUMN_SLACK
            )
            and caption.size < value.size
            and _HEADER_CELL.match(close_spacing(caption.text))
            and not _HEADER_CELL.match(value.text)
        ):
            wrapped = [value.text]
            for below in lines[index + 2 : index + 2 + _MAX_WRAPPED_VALUE_LINES]:
                # the value wrapped: lines of its size and start just under it ("... Matching Rules That" / "Scale")
                if len(below.cells) != 1 or below.size != value.size or below.y >= value.y:
                    break
                if abs(below.cells[0][0] - value.cells[0][0]) > 1:
                    break
                wrapped.append(below.text)
            pairs.append(f"{close_spacing(caption.text).strip()}: {join_wrapped(wrapped)}")
    return pairs


#: A figure's caption under it in a row of tiles ("18.0 hours" over "total attendance").
_TILE_CAPTION = re.compile(
    r"\b(?:total|attendance|attended|hours|credits?|cpe|pdus?|points|stunden|heures|horas|ore|uren|duration|dauer|durée)\b",
    re.I,
)


def _tiles(lines: tuple[Line, ...]) -> list[str]:
    """'Caption: figure' for a row of tiles, each a figure with its caption under it, centred
    alike ('18.0 hours' over 'total attendance', '14' over 'sessions attended')."""
    pairs = []
    for value, caption in zip(lines, lines[1:], strict=False):
        if (
            len(value.cells) == 1
            and len(caption.cells) == 1
            and 0 < value.y - caption.y <= 2.5 * value.size
            and caption.size <= value.size
            and abs(_middle(caption.cells[0], caption.size) - _middle(value.cells[0], value.size))
            <= COLUMN_SLACK
            and any(char.isdigit() for char in value.text)
            and len(value.text.split()) <= 3
            and not any(char.isdigit() for char in caption.text)
            and _TILE_CAPTION.search(caption.text)
        ):
            pairs.append(f"{caption.text.strip()}: {value.text.strip()}")
    return pairs


#: A caption's value wraps over a few lines at most; more lines of its size are other text.
_MAX_WRAPPED_VALUE_LINES = 3


def _beside(lines: tuple[Line, ...]) -> list[str]:
    """'Label: value' for the rows of a form: two rows or more of two cells at
    the same places, a short label then its value ('CPE hours' | '1.0'), some
    value not shaped like a label (a date, a number: not a header row over a
    row of names); a value's wrapped lines (a lone cell under it) joined."""
    pairs: list[str] = []
    block: list[tuple[str, list[str]]] = []
    where: tuple[float, float] | None = None
    for line in (*lines, Line("", 0, (), 0)):
        cells = line.cells
        if len(cells) == 1 and block and where and abs(cells[0][0] - where[1]) <= 1:
            block[-1][1].append(cells[0][1])  # the value wrapped in its cell
            continue
        if len(cells) == 2 and (where is None or _same_places(cells, where)):
            block.append((cells[0][1], [cells[1][1]]))
            where = (cells[0][0], cells[1][0])
            continue
        pairs.extend(_form_pairs(block))
        block, where = [], None
        if len(cells) == 2:
            block, where = [(cells[0][1], [cells[1][1]])], (cells[0][0], cells[1][0])
    return pairs


def _same_places(cells: tuple[tuple[float, str], ...], where: tuple[float, float]) -> bool:
    """Labels start at one place; values near one (figures set right-aligned start apart)."""
    return abs(cells[0][0] - where[0]) <= 1 and abs(cells[1][0] - where[1]) <= COLUMN_SLACK


def _form_pairs(block: list[tuple[str, list[str]]]) -> list[str]:
    block = [(label.rstrip(" :"), pieces) for label, pieces in block]  # "Thema:" is the label "Thema"
    labels_first = all(_LABEL_CELL.match(label) and len(label.split()) <= 4 for label, _ in block)
    some_value = any(not _LABEL_CELL.match(pieces[0]) for _, pieces in block)
    if len(block) < 2 or not labels_first or not some_value:
        return []
    return [f"{label}: {join_wrapped(pieces)}" for label, pieces in block]


def _total_row(row: Line, below: tuple[Line, ...]) -> list[str]:
    """'Total CPE credits: 3.0' from a table's 'Total' row: the sum of the
    rows above it, not the first of them."""
    for line in below:
        if line.cells and _TOTAL.match(line.cells[0][1]):
            return [
                f"Total {label}: {cells[0]}"
                for x, label in row.cells[1:]
                if (cells := [text for cx, text in line.cells[1:] if abs(cx - x) <= COLUMN_SLACK])
            ]
    return []


def _column_value(row: Line, x: float, below: tuple[Line, ...]) -> str | None:
    """The text under the label at x: the first cell in its column close under
    the row, and the cells that continue it line by line, until a line with
    nothing in the column or a new row (cells in two columns or more)."""
    pieces: list[str] = []
    last_y = row.y
    for line in below:
        mine = [text for cx, text in line.cells if abs(cx - x) <= COLUMN_SLACK]
        gap = abs(line.y - last_y)
        if not mine:
            if pieces:
                break
            continue
        if gap > (4 if not pieces else 1.8) * max(line.size, 1) or (pieces and len(line.cells) > 1):
            break
        pieces.append(mine[0])
        last_y = line.y
    return join_wrapped(pieces) if pieces else None


def body_size(lines: tuple[Line, ...]) -> float:
    sizes = [line.size for line in lines if line.size > 0]
    return median(sizes) if sizes else 0.0


def join_wrapped(parts: list[str]) -> str:
    """Lines of one wrapped title as one: 'Deep' + 'Dive', 'May 13–' + '15'."""
    text = ""
    for part in parts:
        part = part.strip()
        text = (
            text + part
            # a word cut at its hyphen or a range at its dash joins up; a dash between words keeps its space
            if not text or text.endswith(("-", "–")) and not text.endswith((" -", " –"))
            else f"{text} {part}"
        )
    return text
