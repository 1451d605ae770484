"""The activity's title: an invitation's summary; a labelled title ("Session:",
"Course:"); a PDF's largest lines; the email's subject; the course a
certificate names after "completed" or "attended"; each without the
confirmation and completion phrases around it (title_words.py)."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import PurePath

from ..rules import MAX_SCAN_TITLE_LABELS
from .layout import BOILERPLATE, body_size, heading, is_label, join_wrapped
from .months import MONTH_PATTERN
from .records import Field, Line, Note, NoteKind
from .text import has_unmapped_glyph
from .title_checks import corroborated, dangling_end, gated_title
from .title_words import GENERIC, TITLE_LABEL, strip_title

#: Titles are one line; longer text is a paragraph caught by mistake.
_MAX_TITLE = 120
_LABELLED = re.compile(
    r"^[ \t]*(?P<own>onestream[ \t]+(?=(?:webinar|course|training|event|session)[ \t]*:))?"
    rf"{TITLE_LABEL}[ \t]*:[ \t]*(?P<rest>\S.*)$",
    re.I | re.M,
)
_COMPLETED = re.compile(
    r"(?:(?:has\s+)?(?:successfully\s+)?completed(?![ \t]+(?:date\b|on[ \t]))|(?:earned|issued\s+you)\s+(?:a\s+)?(?:new\s+)?badge"
    r"|\battended|participated\s+in|took\s+part\s+in|\bfor\s+(?:presenting|facilitating|hosting|leading|delivering)"
    # "for the completion of", "is the author of the article", "an dem Lehrgang" (the verb comes after the title)
    r"|\bfor\s+the\s+(?:successful\s+)?completion\s+of|\bauthor\s+of\s+the\s+(?:article|book|chapter|post|paper)"
    r"|\ban\s+de[mrn]\s+(?:lehrgang|kurs|seminar|webinar|schulung|workshop|veranstaltung|training)"
    # "for completing", "por completar satisfactoriamente", "a assisté au", "ha asistido a"
    r"|\bfor\s+(?:successfully\s+)?completing|\bpor\s+(?:haber\s+)?complet(?:ar|ado)|\bpour\s+avoir\s+(?:suivi|terminé|complété)"
    r"|\bper\s+aver\s+(?:completato|seguito|frequentato)|\bpor\s+(?:ter\s+)?conclu(?:ir|ído)|\ba\s+assisté\s+(?:au|à\s+la|aux|à)"
    r"|\bha\s+asistido\s+a(?:l\b)?|\bha\s+(?:partecipato|preso\s+parte)\s+a(?:l|lla|llo|i)?\b"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:presenting|attending|joining|registering)|(?:co-?)?authored"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:hosting|speaking\s+at|presenting\s+at|facilitating|moderating|leading)"
    r"|(?:your\s+)?attendance\s+at|(?:your\s+)?participation\s+in"
    r"|teilgenommen\s+an|a\s+suivi|participé\s+à|deelgenomen\s+aan|partecipato\s+(?:all['’]|a(?:l|lla|llo|i|gli|lle|d)?\b)"
    r"|asisti[óo]\s+a(?:l\b)?|participou\s+d[oa]"
    # completed, in French, Spanish, Italian and Portuguese (German and Dutch put the verb last)
    r"|a\s+(?:terminé|complété|réussi|achevé)|(?:ha\s+)?(?:completado|finalizado|terminado)|complet[óo]|termin[óo]"
    r"|ha\s+(?:completato|terminato|concluso|superato)|conclu[íi]u|complet(?:ou|ado)|finaliz(?:ou|ado))"
    r"(?:\s+(?:satisfactoriamente|con\s+éxito|avec\s+succès|con\s+successo|com\s+sucesso|successfully|erfolgreich))?"
    r"(?P<rest>[^\n]*)",
    re.I,
)
#: Words of a subject that speaks of the message, not of the activity.
_VAGUE = re.compile(
    r"\b(?:your|you|ready|available|reminder|invitation|confirmation|registration|thank|thanks"
    r"|congratulations|certificate|attached|update|news|ihr|votre|tu|su|uw|jouw|il\s+tuo|seu|sua)\b",
    re.I,
)
#: A "Session:" that gives a day or a time, not a title.
_WHEN = re.compile(
    r"^\W*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|\d{1,2}:\d\d|\b\d{1,2}\s*(?:am|pm)\b", re.I
)
#: A lowercase article at its start: a description ("the pre-conference lab"), not a title.
_DESCRIBED = re.compile(r"^(?:the|a|an|our|this|le|la|les|un|une|el|los|las|der|die|das|den|il|lo|o|os|het|een)\s")
#: Where a sentence after "attended" stops being the title.
_CUT = re.compile(
    r"\s*(?:,|;|[.!?](?:\s|$)|\s+for\s+(?:the\s+|our\s+)?onestream\b|\s[-–]\s|\s+(?:on|held|from|at|which|dated?|am|le|el)\b"
    r"|\s+with\s+(?:a\s+)?(?:grade|score|mark)\b|\s+\(|$)",
    re.I,
)
#: "completed the course X": the kind of thing before the title is not part of it.
_KIND_LEAD = re.compile(
    r"^(?:the|this|our)\s+(?:(?:live|online|on-demand|virtual|instructor-led|self-paced|customer|partner"
    r"|community)\s+)*(?:course|webinar|session|training|program(?:me)?|class|workshop|learning\s+path|lab)\s+",
    re.I,
)
#: A line of its own: a label and its value, not the rest of a sentence.
_LABEL_LINE = re.compile(r"^\s*[^\W\d][\w ()/.-]{0,40}:")
#: Words after "completed" that count what was earned ("6.0 hours of training"), not name it.
_QUANTITY = re.compile(
    r"^\s*\d+(?:[.,]\d+)?\s*(?:%|hours?|hrs?|credits?|units?|modules?|courses?|points?)\b", re.I
)


def pick_title(
    summary: str | None,
    subject: str | None,
    text: str,
    path: str,
    lines: tuple[Line, ...] = (),
    subject_is: NoteKind = "subject",
) -> Field:
    """The title, found only when no gate (title_checks.py) doubts it and, unless
    an invitation names it, it stands whole in two places of the file.
    subject_is: what the subject is, for the note (a saved page's heading)."""
    field = gated_title(_pick(summary, subject, text, path, lines, subject_is))
    if field.confidence != "found" or field.note is None or field.note.kind in _NAMED_AS_TITLE:
        return field
    if corroborated(field.value, subject, text):
        return field
    return Field(field.value, "guessed", field.note._replace(caveat="one-place"))


#: Where a file says "this is the title": an invitation's summary, a "Title:" or "Course:" label.
_NAMED_AS_TITLE = ("summary", "labelled")


def _pick(
    summary: str | None, subject: str | None, text: str, path: str, lines: tuple[Line, ...], subject_is: NoteKind
) -> Field:
    if summary and (title := _one_line(strip_title(summary) or summary)):
        return Field(title, "found", Note("summary"))
    big = _one_line(strip_title(heading(lines) or "")) if lines else ""
    # A topic's label names the title before an event's ("Veranstaltung: OneStream Tech Talk"
    # then "Thema: Smart Integration Connector"): the series is not the session.
    label_lines = list(islice(_LABELLED.finditer(text), MAX_SCAN_TITLE_LABELS))
    for match in sorted(label_lines, key=lambda found: not _TOPIC.match(found.group(0))):
        # "OneStream Webinar: X" is a title whole: its kind is part of it.
        labelled = _whole_value(match, text)
        if dangling_end(labelled):  # "Webinar: Presupuesto de ventas por canal con" / "OneStream"
            labelled += " " + _next_line(text, match.end())
        if is_label(match["rest"]):
            continue  # "Event: Event Dates", a table's header row printed as text: a label, no title
        if not _WHEN.search(match["rest"]) and _worded(title := _one_line(strip_title(labelled))):
            return _against_heading(title, big, lines)
    if lines and (named := _after_completed(text, lines, next_line_only=True)):
        return _checked(named[0], "course-named", named[1])
    if lines and (regarding := _LETTER_SUBJECT.search(text)) and _worded(title := _one_line(strip_title(regarding["rest"]))):
        return _checked(title, "labelled")  # a letter's "Objet : attestation de présence – WAVE France 2026"
    # a text file's first line is its subject, and may be the line that introduces
    if introduced := _introduced(f"{subject}\n{text}" if subject else text, lines):
        return _checked(introduced, "introduced")
    if big:
        return _checked(big, "largest-lines")
    from_subject = _one_line(strip_title(subject)) if subject else ""
    quoted = _quoted(text) or ""
    quoted = quoted if len(quoted) >= 8 else ""  # a word in quotes is no title
    if from_subject and not _VAGUE.search(from_subject):
        if quoted and quoted.casefold() not in from_subject.casefold():
            # the subject "OneStream Webinar Konsolidierung", the text „Konsolidierung kompakt“
            return Field(quoted, "guessed", Note("quoted-not-subject"))
        if quoted:  # "Webinaire OneStream – Clôture rapide" names « Clôture rapide »: the title itself
            return _checked(quoted, "quoted-in-subject")
        return _checked(_as_written(from_subject, text), subject_is)
    if quoted:
        return _checked(quoted, "quoted")
    if named := _after_completed(text, lines):
        return _checked(named[0], "course-named", named[1])
    if from_subject:  # "Your certificate is ready": a subject, but maybe no title
        return Field(from_subject, "guessed", Note(subject_is))
    # A browser names a saved page after its title, a bar or a colon written "_":
    # "Order Confirmation _ WAVE ANZ 2026 _ Accelevents.html".
    stem = re.sub(r"\s+_\s+", " | ", PurePath(path).stem)
    stem = re.sub(r"[_\s]+", " ", strip_title(stem) or stem).strip() or PurePath(path).name
    return Field(_one_line(stem) or "Activity", "guessed", Note("file-name"))


#: A title quoted in a sentence: 'Your certificate for "X" is now available', 'your article « X »'.
_QUOTED = re.compile(
    r"(?:\b(?:for|of|in|at|to|completed|attended|article|post|course|webinar|session|talk|event|action|für|pour|para|por"
    r"|voor|per|de|do|da|du|al|à|a|artigo|artículo|artikel|articolo|kurs|cours|curso|corso|cursus|webinaire"
    r"|webinario|seminario|seminar|formation|formação|formazione|formación|schulung|training|veranstaltung|sessão"
    r"|sessione|sesión|sessie|evento|événement|evenement|presentation|titled|entitled|intitulé|titulado|intitolato)\s*:?\s+)"
    # a quoted title may wrap once: 'Your article “What Planners' / 'Gain from Release 8.4” was published'
    r"[\"“„«‚‹]\s*(?P<q>[^\"“”„«»\n]{3,120}?(?:\n[^\"“”„«»\n]{1,80}?)?)\s*[\"”“»‘’›]"
    # or a quoted line of its own, after a sentence saying it was published: „Zehn Lehren ...“
    r"|(?<=\n)[ \t]*[\"“„«](?P<line>[^\"“”„«»\n]{8,120})[\"”“»][ \t]*(?=\n)",
    re.I,
)


def _quoted(text: str) -> str | None:
    for match in _QUOTED.finditer(text):
        title = _one_line(strip_title(match["q"] or match["line"]))
        if _worded(title) and not GENERIC.match(title):
            return title
    return None


def _worded(title: str) -> bool:
    """A title has words: "2025-05-30" or "May 30" after "Completed:" is a date, "3.0" a figure."""
    return len(re.findall(r"[^\W\d_]", _MONTH_WORD.sub(" ", title))) >= 3


_MONTH_WORD = re.compile(rf"\b(?:{MONTH_PATTERN})\b\.?", re.I)


def _against_heading(title: str, big: str, lines: tuple[Line, ...]) -> Field:
    """A labelled title, unless the page's own heading says otherwise: a row
    of a table with three columns or more ("Day Time Session") lists one of
    several sessions, and the heading names the event; two titles that
    disagree are a guess either way."""
    if not big or title.casefold() in big.casefold() or big.casefold() in title.casefold():
        return _checked(title, "labelled")
    if all(BOILERPLATE.match(part.strip()) for part in re.split(r"\s[-–—|]\s", big)):
        return _checked(
            title, "labelled"
        )  # "Academy – Learning Transcript": the document's name
    # The label's own line may be cut in cells too ("Evenement:" | title | ", the day"): no table row.
    in_table = any(
        len(line.cells) >= 3
        and not line.cells[0][1].rstrip().endswith(":")
        and any(cell == title for _, cell in line.cells)
        for line in lines
    )
    if in_table:
        return Field(big, "guessed", Note("largest-lines-table"))
    return Field(title, "guessed", Note("labelled-not-heading"))


#: A printed letter's subject line (in an email, such a line is a forwarded message's header).
_LETTER_SUBJECT = re.compile(
    r"^[ \t]*(?:objet|betreff|asunto|oggetto|assunto|onderwerp|subject|re|concerne)[ \t]*:[ \t]*(?P<rest>\S.*)$", re.I | re.M
)
#: A line that ends by introducing the activity on the next line: "your article" (an author's
#: letter), "awarded you a badge:", "publicado em 14/07/2025 na OneStream Press:".
_INTRODUCTION = (
    r"(?:\b(?:your|tu|su|seu|sua|votre|ihr|dein|je|uw|jouw|il\s+tuo|il\s+suo)\s+(?:new\s+)?"
    r"(?:article|artículo|articulo|artigo|artikel|beitrag|articolo|post|blog\s+post)"
    r"|\b(?:awarded|issued|earned)\s+(?:you\s+)?(?:a|the|this)\s+(?:new\s+)?badge"
    r"|\bOneStream\s+Press[ \t]*:"
    # a registration page's or ticket's line of its own over the event's name, in the seven languages
    r"|^[ \t]*(?:(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao|olá|beste)[ \t]+[^,\n]{1,30},[ \t]*)?"
    r"(?:you(?:['’]re|\s+are)\s+on\s+the\s+(?:guest\s+list|list)\s+for"
    r"|(?:congratulations[!,.]?[ \t]+)?you(?:['’]re|\s+are)\s+(?:registered|in|all\s+set|confirmed|booked)"
    r"(?:\s+for\s+the(?:\s+live)?\s+(?:webinar|session|event|course|tech\s+talk))?|registration\s+(?:confirmed|complete)"
    r"|sie\s+sind\s+angemeldet|vous\s+êtes\s+inscrite?|(?:ya\s+)?estás\s+(?:registrad[oa]|inscrit[oa])(?:\s+en)?"
    r"|je\s+bent\s+(?:geregistreerd|ingeschreven|aangemeld)(?:\s+voor)?|sei\s+iscritt[oa](?:\s+a)?"
    r"|(?:você\s+)?está\s+(?:registad[oa]|inscrit[oa]|registrad[oa])(?:\s+em)?)(?:,[ \t]*[^\n!.:]{1,30})?[ \t]*[!.]?"
    r"|\b(?:here\s+is\s+)?your\s+ticket\s+for)"
)
_INTRODUCER = re.compile(
    _INTRODUCTION + r"[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<title>[^\n]{8,120}?)[ \t]*\n", re.I | re.M
)
#: A line that is itself an introduction ("Here is your ticket for"), not what it introduces.
_AN_INTRODUCTION = re.compile(_INTRODUCTION + r"[ \t]*:?[ \t]*$", re.I | re.M)


def _introduced(text: str, lines: tuple[Line, ...]) -> str | None:
    """The line a line ending "your article" or "awarded you a badge:" introduces
    (on a PDF, with the lines of its size after it: a title wrapped in large type)."""
    at = 0
    while match := _INTRODUCER.search(text, at):
        at = match.start("title")  # the line introduced may introduce the next one
        line = _one_line(match["title"])
        title = _one_line(strip_title(_larger_lines(match["title"], lines) or match["title"]))
        if (
            title
            and _worded(title)
            # a sentence going on ("went live today.") is no title; a title may ask ("Why close in 5 days?")
            and not line.endswith(".")
            # nor is a line of its own that introduces ("Here is your ticket for") or confirms
            # ("Registration confirmed | Goldcast": the words strip_title takes off)
            and not _AN_INTRODUCTION.search(line)
            and line.lstrip(" \"'“„«‚‹").casefold().startswith(title.casefold()[:8])
        ):
            return title
    return None


def _as_written(title: str, text: str) -> str:
    """The subject's title as the message's own line writes it: the subject's dash
    ("Tech Talk – Reconciliações") is often a colon in the body ("Tech Talk: Reconciliações"),
    and a subject cut short goes on there."""
    key = _SEPARATOR.sub(" - ", title.casefold()).strip()
    for line in text.split("\n"):
        written = _SEPARATOR.sub(" - ", line.strip().casefold())
        # the same words, or more of them: a subject cut short ("... main-d'œuvre" / "... avec les ...")
        goes_on = written.startswith(key + " ") and not written[len(key) :].lstrip().startswith("-")
        if line.strip() != title and (written == key or (goes_on and len(line) <= 160)):
            return line.strip()
    return title


_SEPARATOR = re.compile(r"\s*[:\-–—|]\s+|\s+[\-–—|]\s*")


#: A label that names a session's topic, in the seven languages.
_TOPIC = re.compile(r"^[ \t]*(?:topic|thema|thème|sujet|tema|onderwerp|argomento|assunto|subject)[ \t]*:", re.I)


def _whole_value(match: re.Match[str], text: str) -> str:
    """A label's value, whole: the same label paired again further on with its wrapped
    lines joined ("Thema: Smart Integration Connector: Daten aus" / "... anbinden")."""
    value = match.group(0) if match["own"] else match["rest"]
    label = match.group(0)[: len(match.group(0)) - len(match["rest"])]
    again = re.finditer(rf"^{re.escape(label.strip())}[ \t]*(?P<rest>\S.*)$", text[match.end() :], re.M)
    for later in islice(again, MAX_SCAN_TITLE_LABELS):
        if later["rest"].startswith(match["rest"]) and len(later["rest"]) > len(match["rest"]):
            return value + later["rest"][len(match["rest"]) :]
    return value


def _next_line(text: str, end: int) -> str:
    """The line after `end` when it can end a title wrapped there: a few words, no label."""
    line = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0].strip()
    return line if 0 < len(line.split()) <= 6 and not _LABEL_LINE.match(line) else ""


def _after_completed(
    text: str, lines: tuple[Line, ...], next_line_only: bool = False
) -> tuple[str, bool] | None:
    """The title after "completed", "attended"...: on its line, or, when the
    line says only "the webinar", on the next one (on a PDF, in larger letters:
    a heading of its own, wrapped lines joined). With whether it is sure: a
    title that reaches the end of its line in a paragraph may go on."""
    for match in _COMPLETED.finditer(text):
        # "thanks for registering for our webinar X": the preposition and the kind go before the title
        rest = _KIND_LEAD.sub(
            "", re.sub(r"^\s*[:\-–]?\s*(?:(?:for|in|to|at)\s+(?=(?:the|this|our)\s))?", "", match["rest"])
        )
        sure = True
        if _QUANTITY.match(rest):
            continue  # "completed 6.0 hours of training": what was earned, not what it was
        if GENERIC.match(_CUT.split(rest, maxsplit=1)[0]):
            rest = text[match.end() :].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
            if not rest.strip() or BOILERPLATE.match(rest):
                continue
            if lines:
                larger = _larger_lines(rest, lines)
                if larger is None and next_line_only:
                    continue
                if larger:  # a heading of its own, whole: "Costi con le Business Rules" is not cut at "le"
                    title = _one_line(strip_title(larger))
                    if title and not GENERIC.match(title) and _worded(title):
                        return title, True
                    continue
            # the title on the next line, in body type: it may wrap once more ("... réglementaires" / "avec OneStream");
            # a line of its own is not cut at "on" or a comma ("OneStream Splash on Tour Milano 2026")
            after = text[match.end() :].lstrip(" \t").removeprefix("\n")
            rest, sure = _continued(rest, after)
            title = _one_line(strip_title(rest.strip()))
            if title and not GENERIC.match(title) and _worded(title) and not _DESCRIBED.match(title):
                return title, sure
            continue
        elif next_line_only:
            continue
        else:
            rest, sure = _continued(rest, text[match.end() :])
        title = _one_line(strip_title(_CUT.split(rest.strip(), maxsplit=1)[0]))
        if _DESCRIBED.match(title):
            continue  # "joining the pre-conference hands-on lab": what it was, in words; a later sentence may name it
        if title and not GENERIC.match(title) and _worded(title):
            return title, sure and not _cut_in_a_list(rest.strip())
    return None


#: After a comma or a dash, a title's words may go on ("Planning, Budgeting and Forecasting");
#: a date, a place or a clause ("held on", "in Chicago") may not.
_CLAUSE = re.compile(
    rf"^\s*(?:(?:on|held|from|at|in|which|with|dated?|am|le|el|il|op|em|du|vom|del|dal|the|a|an|and|for)\b"
    rf"|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:{MONTH_PATTERN})\b|$)",
    re.I,
)


def _cut_in_a_list(line: str) -> bool:
    """A title cut at a comma or a dash where the line goes on with more words of
    a title, not a date or a clause: it may be longer than what was kept."""
    parts = _CUT.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    separator = _CUT.search(line)
    return bool(
        separator and separator.group(0).strip()[:1] in (",", "-", "–") and not _CLAUSE.match(parts[1])
    )


def _larger_lines(first: str, lines: tuple[Line, ...]) -> str | None:
    """The line `first` and the lines of its size after it, if it is larger than the body text."""
    body = body_size(lines)
    for index, line in enumerate(lines):
        if line.text.strip() == first.strip() and line.size > body:
            same = [line.text]
            for after in lines[index + 1 :]:
                if abs(after.size - line.size) > 0.5:
                    break
                same.append(after.text)
            return join_wrapped(same)
    return None


def _continued(rest: str, after: str) -> tuple[str, bool]:
    """A title cut by the end of its line ('... May 13–' then '15, 2025'), or
    wrapped in a sentence that goes on ('completed X' then 'Y (ILT), held'):
    joined when the next line's words stop where a title does, else not sure."""
    following = after.split("\n", 2)
    if (
        len(following) < 2
        or not following[1].strip()
        or _CUT.split(rest.strip(), maxsplit=1)[0] != rest.strip()
        or _DAY_LINE.match(following[1])  # "Tuesday, 11 February 2025": when, not more of the title
    ):
        return rest, True
    if rest.rstrip().endswith(("-", "–")):
        return join_wrapped([rest, following[1]]), True
    head = _CUT.split(" " + following[1].strip(), maxsplit=1)[0].strip()
    if not head or _LABEL_LINE.match(following[1]):
        return rest, True  # the next line starts with "on ...", "held ..." or a label of its own
    if head != following[1].strip():
        return join_wrapped([rest, head]), True
    return rest, False


#: A line that starts with a day: a weekday or a month and a figure, or a figure.
_DAY_LINE = re.compile(rf"^\s*(?:\d|(?:{MONTH_PATTERN})\.?\s+\d|[^\W\d]+\.?,?\s+\d{{1,2}}\b)", re.I)


def _checked(title: str, kind: NoteKind, sure: bool = True) -> Field:
    """A title with a glyph the PDF left unmapped is not known to be right."""
    if not sure:
        return Field(title, "guessed", Note(kind, caveat="goes-on"))
    if has_unmapped_glyph(title):
        return Field(title, "guessed", Note(kind, caveat="unmapped-glyph"))
    if BOILERPLATE.match(title) or GENERIC.match(title):
        return Field(title, "guessed", Note(kind, caveat="generic"))
    return Field(title, "found", Note(kind))


def _one_line(text: str) -> str:
    """Whitespace and control characters collapsed: a title is one line."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line[:_MAX_TITLE].rstrip()
