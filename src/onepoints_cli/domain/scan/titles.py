"""The activity's title: an invitation's summary; a labelled title ("Session:",
"Course:"); a PDF's largest lines; the email's subject; the course a
certificate names after "completed" or "attended"; each without the
confirmation and completion phrases around it (title_words.py)."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import PurePath

from ..rules import MAX_SCAN_TITLE_LABELS, MIN_SCAN_DIGEST_EVENTS
from .date_patterns import only_a_date
from .headings import BOILERPLATE, heading
from .layout import is_label
from .months import MONTH_PATTERN
from .person_names import person_shaped
from .records import Field, Line, Note, NoteKind
from .text import has_unmapped_glyph
from .time_ranges import distinct_ranges
from .title_checks import corroborated, dangling_end, gated_title
from .title_sentences import COMPLETED, LABEL_LINE, after_completed, introduced, one_line, worded
from .title_words import CONFERENCE_NAME, GENERIC, TITLE_LABEL, strip_title
from .transcript_rows import in_a_table, onestream_row

_LABELLED = re.compile(
    r"^[ \t]*(?P<own>onestream[ \t]+(?=(?:webinar|course|training|event|session)[ \t]*:))?"
    rf"{TITLE_LABEL}[ \t]*:[ \t]*(?P<rest>\S.*)$",
    re.I | re.M,
)
#: Words of a subject that speaks of the message, not of the activity.
_VAGUE = re.compile(
    r"\b(?:your|you|ready|available|reminder|invitation|confirmation|registration|thank|thanks|completion"
    # a text file's own name for itself: "notes 2026", "Training log", "to log"
    r"|notes|log|notizen|todo|to-do"
    # "Course complete!", "RE: question": what the message is about, in a word
    r"|complete|completed|question|frage|pregunta|vraag|domanda|dúvida"
    r"|congratulations|certificates?|attached|update|news|ihr|votre|tu|su|uw|jouw|il\s+tuo|seu|sua"
    # a page listing the holder's certificates: "Mes certificats", "Meine Zertifikate"
    r"|certificats|zertifikate|certificados|certificaten|certificati"
    # the same words in the other six languages: "Inscrição no workshop de consolidação"
    r"|einladung|anmeldung|registrierung|bestätigung|zertifikat|teilnahmebescheinigung|danke"
    r"|inscription|confirmation|invitation|merci|inscripción|confirmación|invitación|gracias"
    r"|inschrijving|aanmelding|bevestiging|uitnodiging|bedankt|iscrizione|registrazione|conferma"
    r"|invito|grazie|inscrição|confirmação|convite|obrigad[oa])\b",
    re.I,
)
#: An episode's place in its series before its title: "4 van 6 – ", "Part 2 of 3: ", "Teil 1 von 2 – ".
_PART_OF = re.compile(
    r"^(?:(?:part|teil|partie|parte|deel)\s+)?\d{1,2}\s+(?:of|van|von|de|di|sur|do)\s+\d{1,2}\s*[–:-]\s+(?=\S)",
    re.I,
)
#: Two spaces or more, then another label: the next field of a form printed on the same line.
_NEXT_FIELD = re.compile(r"[ \t]{2,}(?=[^\W\d][\w /]{1,30}[ \t]*:)")
#: "Session: Frankfurt – March 2026": a session's place and month, not the course's title.
_MONTH_YEAR = re.compile(rf"\b(?:{MONTH_PATTERN})\.?\s+(?:19|20)\d\d\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?", re.I)
#: A bare "Session:" label, the row of an agenda's table in any of the seven languages.
_SESSION_LABEL = re.compile(r"^[ \t]*(?:session|sessie|sessione|sesión|sessão|séance|sitzung)[ \t]*:", re.I)
#: A "Session:" that gives a day or a time, not a title.
_WHEN = re.compile(
    # a weekday's name, not a word that opens like one ("Month-End Close", "Sunset")
    r"^\W*(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b)"
    r"|\d{1,2}:\d\d|\b\d{1,2}\s*(?:am|pm)\b",
    re.I,
)


#: A value whose first word is in small letters is a description ("keynotes, 9 breakout
#: sessions ..."); a name starts with a capital, a figure, or a word like "eLearning".
_LOWER_FIRST_WORD = re.compile(r"[^\W\d_A-ZÀ-Þ][^\W\d_A-ZÀ-Þ]*(?:[\s,;.]|$)")


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


#: A page named after the mail or calendar app it was saved from, not its message: "Mail - Sam
#: Taylor - Outlook", "Calendar - Sam Taylor - Outlook" ("Registration confirmed | Microsoft Teams"
#: names its message first, and stays).
_APP_PAGE = re.compile(
    r"^(?:mail|calendar|inbox|kalender|posteingang|calendrier|courrier|calendario|correo|agenda|posta)\s[-–|]\s",
    re.I,
)
#: "Northwind Finance Webinar: Lease Accounting in OneStream": a series' kind, then the title.
_SERIES_KIND = re.compile(
    r"^[^:]{0,40}\b(?:webinar|course|training|tech\s+talk|workshop|session|class)[ \t]*:[ \t]*(?P<title>\S.*)$",
    re.I,
)


#: OneStream's conference named alone: "Splash Benelux 2026", "OneStream WAVE 2026".
_CONFERENCE_ONLY = re.compile(CONFERENCE_NAME, re.I)


#: An invitation's kind before its title: "Tech Talk:", "OneStream Webinar –", "Virtual classroom:".
_KIND_PREFIX = re.compile(
    r"^(?:onestream\s+)?(?:tech\s*talk|webinar|webinaire|webinario|virtual\s+classroom)\s*[:|–-]\s+(?=\S)",
    re.I,
)


#: Where a file says "this is the title": an invitation's summary, a "Title:" or "Course:" label.
_NAMED_AS_TITLE = ("summary", "labelled")


def _pick(
    summary: str | None,
    subject: str | None,
    text: str,
    path: str,
    lines: tuple[Line, ...],
    subject_is: NoteKind,
) -> Field:
    if summary and (title := one_line(strip_title(summary) or summary)):
        if _KIND_PREFIX.match(title):
            # "Tech Talk: Extensibility Rules": the title as written, or only what follows (the kind
            # is the kind field's); writers differ, so it is a guess either way
            return Field(title, "guessed", Note("summary", caveat="kind-prefix"))
        return Field(title, "found", Note("summary"))
    big = one_line(strip_title(heading(lines) or "")) if lines else ""
    big = "" if person_shaped(big) else big  # a certificate's largest line is often the holder's name
    # A topic's label names the title before an event's ("Veranstaltung: OneStream Tech Talk"
    # then "Thema: Smart Integration Connector"): the series is not the session.
    label_lines = list(islice(_LABELLED.finditer(text), MAX_SCAN_TITLE_LABELS))
    # several sessions' times: ranges, or the starts and ends of a table's columns
    agenda = (
        distinct_ranges(text) >= MIN_SCAN_DIGEST_EVENTS
        or len(set(_CLOCK.findall(text))) >= 2 * MIN_SCAN_DIGEST_EVENTS - 1
    )
    for match in sorted(label_lines, key=lambda found: not _TOPIC.match(found.group(0))):
        # "OneStream Webinar: X" is a title whole: its kind is part of it.
        # "Program Title:  Cash Flow ...  Date Completed:  10/21/26": a form's next field ends the value
        labelled = _PART_OF.sub("", _NEXT_FIELD.split(_whole_value(match, text), maxsplit=1)[0])
        rest = _PART_OF.sub("", _NEXT_FIELD.split(match["rest"], maxsplit=1)[0])
        if dangling_end(labelled):  # "Webinar: Presupuesto de ventas por canal con" / "OneStream"
            labelled += " " + _next_line(text, match.end())
        elif lines and (wrapped := _wrapped_in_its_size(rest, lines)):
            labelled += " " + wrapped  # "Webinar: Cash-Flow-Planung … direkte und indirekte" / "Methode"
        if is_label(rest) or rest.startswith(":") or rest.rstrip().endswith(":"):
            # "Event: Event Dates", "Training Title:: Training Type:", "Session: Session:": a table's
            # header row printed as text, labels and no title
            continue
        if _LOWER_FIRST_WORD.match(rest):
            continue  # "Programme: keynotes, 9 breakout sessions and a hands-on lab.": what it held, no name
        if _WHEN.search(rest) or only_a_date(rest):
            continue  # "Evenement: dinsdag 12 t/m donderdag 14 mei 2026": when, not what
        if _SESSION_LABEL.match(match.group(0)) and (agenda or _MONTH_YEAR.search(rest)):
            continue  # "Sessie: Keynote" in an agenda of several: one of the sessions, not the event
        if in_a_table(rest, lines):
            # "Course title: Independence and Ethics" is the first row of a transcript of several:
            # the row that names OneStream, if one alone does, is likelier the activity
            if named_row := onestream_row(lines):
                return Field(named_row.title, "guessed", Note("table-row"))
            continue
        if worded(title := one_line(strip_title(labelled))):
            if _CONFERENCE_ONLY.fullmatch(title) and (session := after_completed(text, lines)):
                # "Evenement: Splash Benelux 2026" under "deelgenomen aan de praktijkworkshop" / its title:
                # the conference is where, the workshop is what
                apart = (
                    session[0].casefold() not in title.casefold()
                    and title.casefold() not in session[0].casefold()
                )
                if apart:
                    return Field(session[0], "guessed", Note("course-named"))
            if not lines and _subject_disagrees(title, subject):
                return Field(title, "guessed", Note("labelled-not-subject"))
            return _against_heading(title, big, lines)
    if not lines and (above := _labelled_above(text)):
        # "Kurs" / "OneStream Financial Reporting": an email's table, its label over its value
        return Field(above, "guessed", Note("labelled"))
    if lines and (named := after_completed(text, lines, next_line_only=True)):
        return _checked(named[0], "course-named", named[1])
    if (
        lines
        and (regarding := _LETTER_SUBJECT.search(text))
        and worded(title := one_line(strip_title(regarding["rest"])))
        and not _LETTER_BUSINESS.search(title)  # "Re: Article acceptance — submission ART-2026-0871"
    ):
        return _checked(title, "labelled")  # a letter's "Objet : attestation de présence – WAVE France 2026"
    # a text file's first line is its subject, and may be the line that introduces
    if announced := introduced(f"{subject}\n{text}" if subject else text, lines):
        return _checked(announced, "introduced")
    if big and COMPLETED.search(big) and (named := after_completed(text, lines)):
        # "Certificamos que Morgan Keller concluiu com aproveitamento o curso X, ...": the page's
        # largest lines are its sentence, and the sentence names the title
        return _checked(named[0], "course-named", named[1])
    if big:
        return _checked(big, "largest-lines")
    from_subject = one_line(strip_title(subject)) if subject else ""
    if subject_is == "page-heading" and person_shaped(from_subject):
        from_subject = ""  # a certificate page's heading is the holder's name: "Sam Taylor"
    # "Calendar - Sam Taylor - Outlook": the app the page was saved from (the browser names the file so)
    app_page = subject_is == "page-heading" and any(
        _APP_PAGE.search(name) for name in (from_subject, PurePath(path).stem.replace(" _ ", " | "))
    )
    if app_page:
        from_subject = ""
    quoted = _quoted(f"{subject}\n{text}" if subject else text) or ""  # a subject quotes it too
    quoted = quoted if len(quoted) >= 8 else ""  # a word in quotes is no title
    if from_subject and not _VAGUE.search(from_subject):
        if quoted and quoted.casefold() not in from_subject.casefold():
            # the subject "OneStream Webinar Konsolidierung", the text „Konsolidierung kompakt“
            return Field(quoted, "guessed", Note("quoted-not-subject"))
        if quoted:  # "Webinaire OneStream – Clôture rapide" names « Clôture rapide »: the title itself
            return _checked(quoted, "quoted-in-subject")
        if longer := _goes_on_after_a_dash(from_subject, text):
            # "OneStream User Group Paris" over "OneStream User Group Paris – Rencontre d'automne 2026"
            return Field(longer, "guessed", Note(subject_is))
        return _checked(_as_written(from_subject, text), subject_is)
    if quoted:
        return _checked(quoted, "quoted")
    if named := after_completed(text, lines):
        return _checked(named[0], "course-named", named[1])
    if from_subject:  # "Your certificate is ready": a subject, but maybe no title
        if in_body := _named_in_body(from_subject, text):
            return Field(in_body, "guessed", Note(subject_is))
        if not lines and (own_line := _onestream_line(text)):
            # "Re: your registration" over "Splash Workshop: Building Driver-Based Forecasts in OneStream"
            return Field(own_line, "guessed", Note("onestream-line"))
        return Field(from_subject, "guessed", Note(subject_is))
    if not lines and (subject_is != "page-heading" or app_page) and (own_line := _onestream_line(text)):
        # a pasted order: its event's line (a saved page's name is its title: below)
        return Field(own_line, "guessed", Note("onestream-line"))
    # A browser names a saved page after its title, a bar or a colon written "_":
    # "Order Confirmation _ WAVE ANZ 2026 _ Accelevents.html".
    stem = re.sub(r"\s+_\s+", " | ", PurePath(path).stem)
    stem = re.sub(r"[_\s]+", " ", strip_title(stem) or stem).strip() or PurePath(path).name
    return Field(one_line(stem) or "Activity", "guessed", Note("file-name"))


#: A title quoted in a sentence: 'Your certificate for "X" is now available', 'your article « X »'.
_QUOTED = re.compile(
    r"(?:\b(?:for|of|in|at|to|completed|attended|joined|presenting|presented|hosting|hosted|attending|completing|article|post|course|webinar|session|talk|event|action|für|pour|para|por"
    r"|voor|per|de|do|da|du|al|à|a|artigo|artículo|artikel|articolo|kurs|cours|curso|corso|cursus|webinaire"
    r"|webinario|seminario|seminar|formation|formação|formazione|formación|schulung|training|veranstaltung|sessão"
    r"|sessione|sesión|sessie|evento|événement|evenement|presentation|titled|entitled|intitulé|titulado|intitolato"
    r"|programa|programme|program|programma|action|chapter|kapitel|chapitre|capítulo|hoofdstuk|capitolo|book"
    r"|workshop|lab|class|bootcamp|masterclass|meetup|classe|clase|klas"
    # how it was held, between the kind and the quote: 'el curso virtual "Modelado de flujo de caja"'
    r"|virtual|virtuel(?:le)?|virtuale|virtueel|online|presencial|live"
    # or what it cost: 'el webinar gratuito «Conciliaciones de cuentas ...»'
    r"|free|gratuit[oa]?|gratuite|gratis|kostenlose[sn]?)\s*[:,]?\s+)"
    # a quoted title may wrap once: 'Your article “What Planners' / 'Gain from Release 8.4” was published'
    # ‘single’ quotes too, as Dutch and British writers use them (’ alone is an apostrophe)
    r"[\"“„«‚‹‘]\s*(?P<q>[^\"“”„«»‘’\n]{3,120}?(?:\n[^\"“”„«»‘’\n]{1,80}?)?)\s*[\"”“»‘’›]"
    # or a quoted line of its own, after a sentence saying it was published: „Zehn Lehren ...“,
    # wrapped once at most: «Regole di business in OneStream: dalle Finance Rules alle Member / Formula»
    r"|(?<=\n)[ \t]*[\"“„«](?P<line>[^\"“”„«»\n]{8,120}(?:\n[^\"“”„«»\n]{1,80})?)[\"”“»][ \t]*(?=\n)",
    re.I,
)


def _quoted(text: str) -> str | None:
    titles = (one_line(strip_title(match["q"] or match["line"])) for match in _QUOTED.finditer(text))
    first = next((title for title in titles if worded(title) and not GENERIC.match(title)), None)
    if first is None:
        return None
    # a subject's « Rapprochements bancaires automatisés » is the body's « … automatisés avec OneStream » cut
    longer = (title for title in titles if title.casefold().startswith(first.casefold() + " "))
    return next(longer, first)


def _against_heading(title: str, big: str, lines: tuple[Line, ...]) -> Field:
    """A labelled title, unless the page's own heading says otherwise: a row
    of a table with three columns or more ("Day Time Session") lists one of
    several sessions, and the heading names the event; two titles that
    disagree are a guess either way."""
    if not big or title.casefold() in big.casefold() or big.casefold() in title.casefold():
        return _checked(title, "labelled")
    if all(BOILERPLATE.match(part.strip()) for part in re.split(r"\s[-–—|]\s", big)):
        return _checked(title, "labelled")  # "Academy – Learning Transcript": the document's name
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


#: A word of a subject too small to name an activity: "no", "de", "the", "für".
_SMALL_WORD = 4


def _named_in_body(subject: str, text: str) -> str | None:
    """A line of its own in the body naming the activity the vague subject only points
    at: "Inscrição no workshop de consolidação" over "Workshop de Consolidação e
    Eliminações Intercompany no OneStream". Every word the subject has beyond its vague
    ones must stand in the line, which must say more and be no sentence or label."""
    words = {
        w.casefold() for w in re.findall(r"[^\W\d_]+", _VAGUE.sub(" ", subject)) if len(w) >= _SMALL_WORD
    }
    if len(words) < 2:
        return None
    for line in text.split("\n"):
        line = line.strip()
        own = {w.casefold() for w in re.findall(r"[^\W\d_]+", line)}
        if (
            words <= own
            and len(own) > len(words) + 1
            and len(line.split()) <= 14
            and not line.endswith((".", ":", "?", "!", ","))
            and not LABEL_LINE.match(line)
            and not line.startswith(">")
            and worded(line)
        ):
            return line
    return None


def _onestream_line(text: str) -> str | None:
    """The first line of its own that names OneStream: a few words, no sentence, label,
    figure or day ("OneStream User Group Copenhagen – Autumn Meetup" under "Thanks for your order")."""
    # a calendar page's grid of day numbers does not count in how far down
    worded_lines = (line for line in text.split("\n") if re.search(r"[^\W\d_]{3}", line))
    for line in islice(worded_lines, _TEXT_LINES):
        line = one_line(line)
        if (series := _SERIES_KIND.match(line)) and "onestream" in line.casefold():
            line = series["title"]
        if (
            "onestream" in line.casefold()
            and 3 <= len(line.split()) <= 14
            and not line.endswith((".", ":", "!", "?", ","))
            and not LABEL_LINE.match(line)
            and not re.search(r"\d[:/.-]\d", line)  # a time or a day: "Thu 5 Nov 2026 · 17:30"
            and not _MONTH_YEAR.search(line)
            and worded(title := one_line(strip_title(line)))
            and not GENERIC.match(title)
        ):
            return title
    return None


#: How far down a text file its event's line is looked for, in lines with a word.
_TEXT_LINES = 40
#: A subject's title written on in the body stops at this length: a longer line is a sentence.
_SUBJECT_LINE_CHARS = 160


def _subject_disagrees(title: str, subject: str | None) -> bool:
    """An email whose subject names its activity otherwise than the body's label
    ("Einladung: Anwendertreffen Nord – Erfahrungsaustausch" above "Thema: Erfahrungsaustausch
    Konsolidierung und Reporting ..."): either may be the title the holder logs."""
    named = one_line(strip_title(subject)) if subject else ""
    if not named or _VAGUE.search(named) or GENERIC.match(named) or not worded(named):
        return False
    return title.casefold() not in named.casefold() and named.casefold() not in title.casefold()


#: A letter's subject that names its business, not the activity: the article's acceptance, a submission.
_LETTER_BUSINESS = re.compile(
    r"\b(?:training\s+record|order|invoice|acceptance|acknowledge?ment|article\s+no|submission|manuscript|einreichung|annahme|manuskript|acceptation|soumission|aceptación|envío"
    r"|aanvaarding|inzending|accettazione|invio|aceitação|submissão"
    # "Re: Publication confirmation, reference OSP-2026-0388": what the letter is, and its file number
    r"|confirmation|bestätigung|confirmación|bevestiging|conferma|confirmação|reference|referenz|référence|referencia"
    r"|referentie|riferimento|referência|ref\.)"
    # "Asunto: agradecimiento por su participación como ponente": thanks, the letter's reason, not the title
    r"|\b(?:thanks|thank\s+you|letter\s+of\s+(?:thanks|appreciation)|dank|danksagung|remerciements?|agradecimiento"
    r"|dankbetuiging|ringraziamento|agradecimento)\b",
    re.I,
)


#: A printed letter's subject line (in an email, such a line is a forwarded message's header).
_LETTER_SUBJECT = re.compile(
    r"^[ \t]*(?:objet|betreff|asunto|oggetto|assunto|onderwerp|subject|re|concerne)[ \t]*:[ \t]*(?P<rest>\S.*)$",
    re.I | re.M,
)


def _goes_on_after_a_dash(title: str, text: str) -> str | None:
    """A line of the body that is the subject's title, a dash, and two words or more: either
    may be the name the holder logs."""
    for line in text.split("\n")[:_TEXT_LINES]:
        line = line.strip()
        if line.casefold().startswith(title.casefold()) and (
            re.match(r"\s+[-–—]\s+\S+\s+\S", line[len(title) :]) and len(line) <= _SUBJECT_LINE_CHARS
        ):
            return line
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
        if line.strip() != title and (written == key or (goes_on and len(line) <= _SUBJECT_LINE_CHARS)):
            return line.strip()
    return title


_SEPARATOR = re.compile(
    r"\s*[:\-–—|·]\s+|\s+[\-–—|·]\s*"
)  # "Splash EMEA 2026 · Attendify": a site after its page


#: A label that names a session's topic, in the seven languages.
_TOPIC = re.compile(
    # and a series' episode: "Aflevering: 4 van 6 – Cube Views ..." under "Webinarreeks: ..."
    r"^[ \t]*(?:topic|thema|thème|sujet|tema|onderwerp|argomento|assunto|subject"
    r"|episode|aflevering|folge|épisode|episodio|episódio)[ \t]*:",
    re.I,
)


#: A title's label alone on its line and its value on the next: an email's table as text
#: ("Kurs" / "OneStream Financial Reporting – Aufbaukurs", "Article" / "Rolling Forecasts ...").
_LABEL_ABOVE = re.compile(rf"^[ \t]*{TITLE_LABEL}[ \t]*:?[ \t]*\n[ \t]*(?P<rest>\S[^\n]*)$", re.I | re.M)


_SESSION_WORD = re.compile(r"^[ \t]*(?:session|sessie|sessione|sesión|sessão|séance|sitzung)\b", re.I)


def _labelled_above(text: str) -> str | None:
    """The value under a title's label alone on its line, when it reads as a title."""
    for match in islice(_LABEL_ABOVE.finditer(text), MAX_SCAN_TITLE_LABELS):
        rest = match["rest"]
        if (
            len(rest.split()) < 2  # "Session" / "Start": a table's header row, one column under another
            or is_label(rest)
            or LABEL_LINE.match(rest)
            or _LOWER_FIRST_WORD.match(rest)
            or _WHEN.search(rest)
            or only_a_date(rest)
            or _SESSION_WORD.match(match.group(0))  # "Session" / "Keynote": one of an agenda's sessions
        ):
            continue
        if worded(title := one_line(strip_title(rest))) and not GENERIC.match(title):
            return title
    return None


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


def _wrapped_in_its_size(value: str, lines: tuple[Line, ...]) -> str | None:
    """The line under a labelled value's line in the same type size and column, when it is a
    few words and no label: the value wrapped ("… direkte und indirekte" / "Methode")."""
    key = " ".join(value.split())
    for index, line in enumerate(lines[:-1]):
        if key and " ".join(line.text.split()).endswith(key):
            under = lines[index + 1]
            if (
                abs(under.size - line.size) <= 0.5
                and len(under.cells) == 1
                and abs(under.cells[0][0] - line.cells[0][0]) <= 1
                and 0 < line.y - under.y <= 2 * line.size
                and 0 < len(under.text.split()) <= 4
                and not LABEL_LINE.match(under.text)
                and not is_label(under.text)  # "Datum", a table's next label
                and not re.search(r"\d", under.text)
            ):
                return under.text.strip()
            return None
    return None


def _next_line(text: str, end: int) -> str:
    """The line after `end` when it can end a title wrapped there: a few words, no label."""
    line = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0].strip()
    return line if 0 < len(line.split()) <= 6 and not LABEL_LINE.match(line) else ""


def _checked(title: str, kind: NoteKind, sure: bool = True) -> Field:
    """A title with a glyph the PDF left unmapped is not known to be right."""
    if not sure:
        return Field(title, "guessed", Note(kind, caveat="goes-on"))
    if has_unmapped_glyph(title):
        return Field(title, "guessed", Note(kind, caveat="unmapped-glyph"))
    if BOILERPLATE.match(title) or GENERIC.match(title):
        return Field(title, "guessed", Note(kind, caveat="generic"))
    return Field(title, "found", Note(kind))
