"""A title in running text: after the words that say the holder attended or
completed it ("completed", "a assisté au", "for the completion of"), on
the line a letter or a page introduces it on ("your article", "You're
registered!"), with its wrapped lines joined where a title goes on."""

from __future__ import annotations

import re

from .headings import BOILERPLATE
from .layout import body_size, join_wrapped
from .months import MONTH_PATTERN
from .person_names import person_shaped
from .records import Line
from .title_checks import dangling_end
from .title_words import GENERIC, strip_title

#: Titles are one line; longer text is a paragraph caught by mistake.
MAX_TITLE = 120

COMPLETED = re.compile(
    r"(?:(?:has\s+)?(?:successfully\s+)?completed(?![ \t]+(?:date\b|on[ \t]))|(?:earned|issued\s+you)\s+(?:a\s+)?(?:new\s+)?badge"
    r"|\battended|participated\s+in|(?:just\s+)?finished\s+(?:every|all\s+(?:the\s+)?)\s*(?:lessons?|modules?|chapters?)\s+of|took\s+part\s+(?:as\s+(?:an?\s+)?[\w -]{3,30}?\s+)?in"
    r"|\b(?:for|recognition\s+of)\s+(?:co-?)?(?:presenting|facilitating|hosting|leading|delivering|moderating)"
    # a reviewer's or an editor's letter: "thank you for serving as technical reviewer of" / the book
    r"|\bfor\s+serving\s+as\s+(?:an?\s+|the\s+)?(?:technical\s+|guest\s+)?(?:reviewer|editor|moderator|panelist)\s+(?:of|for|at)"
    # "for the completion of", "is the author of the article", "an dem Lehrgang" (the verb comes after the title)
    r"|\bfor\s+the\s+(?:successful\s+)?completion\s+of|\bauthor\s+of\s+the\s+(?:article|book|chapter|post|paper)"
    # "your article Twelve Months of Close Automation went live on OneStream Press": its title, unquoted
    r"|\byour\s+(?:article|blog\s+post|post|(?:guest\s+)?column)(?=[ \t]*\n?[ \t]*[A-Z0-9][^\n]*?\s(?:went\s+live|was\s+published|is\s+(?:now\s+)?live))"
    r"|\ban\s+(?:de[mrn]|unserem|unserer|ihrem|ihrer)\s+\w*(?:lehrgang|kurs|seminar|webinar|schulung|workshop|veranstaltung|training"
    r"|konferenz|tagung|kongress|anwendertreffen)"
    # German puts the verb last: "als Referentin den Vortrag" / title / "gehalten hat", "an der Weiterbildung" / title
    r"|\b(?:den|das|die|an\s+de[mr]|am)\s+(?:live-|online-)?(?:vortrag|webinar|kurs|lehrgang|workshop|seminar|schulung|weiterbildung"
    r"|fortbildung|veranstaltung|präsentation)(?=[ \t]*(?:\n|$))"
    # "for completing", "por completar satisfactoriamente", "a assisté au", "ha asistido a"
    r"|\b(?:for|on)\s+(?:successfully\s+)?completing|\bpor\s+(?:haber\s+)?complet(?:ar|ado)|\bpour\s+avoir\s+(?:suivi|terminé|complété)"
    r"|\bper\s+aver\s+(?:completato|seguito|frequentato)|\bpor\s+(?:ter\s+)?conclu(?:ir|ído)|\ba\s+assisté\s+(?:au|à\s+la|aux|à)"
    r"|\bha\s+asistido\s+a(?:l\b)?|\bha\s+(?:partecipato|preso\s+parte)\s+a(?:l|lla|llo|i)?\b"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:presenting|attending|joining|registering)|(?:co-?)?authored"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:hosting|speaking\s+at|presenting\s+at|facilitating|moderating|leading)"
    r"|(?:your\s+)?attendance\s+at\b|(?:your\s+)?participation\s+in\b"  # not "Attendance" / "Attestation"
    r"|teilgenommen\s+an|a\s+suivi|participé\s+(?:à|au|aux)\b|deelgenomen\s+aan|partecipato\s+(?:all['’]|a(?:l|lla|llo|i|gli|lle|d)?\b)"
    r"|asisti[óo]\s+a(?:l\b)?|participou\s+d[oa]"
    # completed, in French, Spanish, Italian and Portuguese (German and Dutch put the verb last)
    r"|a\s+(?:terminé|complété|réussi|achevé)|(?:ha\s+)?(?:completado|finalizado|terminado)|complet[óo]|termin[óo]"
    r"|ha\s+(?:completato|terminato|concluso|superato|seguito|frequentato)|conclu[íi]u|complet(?:ou|ado)|finaliz(?:ou|ado)"
    r"|ha\s+cursado|curs[óo]"
    # Dutch: "aanwezig was op de technische sessie" / the title
    r"|aanwezig\s+was\s+(?:op|bij)|was\s+aanwezig\s+(?:op|bij))"
    r"(?:\s+(?:satisfactoriamente|con\s+éxito|avec\s+succès|con\s+successo|com\s+sucesso|successfully|erfolgreich"
    r"|com\s+aproveitamento|con\s+aprovechamiento|con\s+profitto|met\s+goed\s+gevolg))?"
    r"(?P<rest>[^\n]*)",
    re.I,
)


#: The articles a description opens with, in the seven languages.
_ARTICLE = r"(?:the|a|an|our|this|le|la|les|un|une|el|los|las|der|die|das|den|il|lo|o|os|het|een)"
#: A lowercase article at its start: a description ("the pre-conference lab"), not a title.
DESCRIBED = re.compile(rf"^{_ARTICLE}\s")


#: A whole line after "attended" that only says, in small letters, what sort of thing it was:
#: "la formation en classe virtuelle animée par une formatrice" / its title on the next line.
_ONLY_DESCRIBED = re.compile(
    rf"(?:{_ARTICLE}\s+)?"
    r"[^\W\dA-ZÀ-Þ][^\W\dA-ZÀ-Þ'’-]*(?:\s+[^\W\dA-ZÀ-Þ][^\W\dA-ZÀ-Þ'’-]*){2,12}"
)


_PASSED = re.compile(
    r"^\s*and\s+(?:received|earned|achieved|obtained)\s+(?:a\s+)?passing\s+(?:grade|score|mark)(?:\s+in)?\b",
    re.I,
)
#: "the Northern OneStream User Group": an article, then a name in capitals that names OneStream.
_A_NAMED_GROUP = re.compile(r"^(?:the|der|die|le|la|el|il|o|het)\s+(?=OneStream\b|[A-Z][^\n]*\bOneStream\b)")


#: A clause that goes on to say where and when, after a title on a line of its own:
#: "OneStream Wave Paris 2026, qui s'est tenue le jeudi 1er octobre 2026 au Palais".
_WHERE_AND_WHEN = re.compile(
    r",?\s+(?:qui\s+s['’]est\s+(?:tenue?|déroulée?)|qui\s+a\s+eu\s+lieu|que\s+tuvo\s+lugar|que\s+se\s+celebró"
    r"|che\s+si\s+è\s+(?:tenut[oa]|svolt[oa])|que\s+(?:decorreu|aconteceu|ocorreu|se\s+realizou)|die\s+plaatsvond"
    r"|which\s+(?:was\s+held|took\s+place)|that\s+took\s+place|held\s+on"
    # "Your guest column" / "Rolling Forecasts Without the Sprawl was published in the October issue"
    r"|was\s+published|went\s+live|is\s+(?:now\s+)?live)\b"
)


#: A line that cheers or greets the holder, in the seven languages.
_GREETING = re.compile(
    r"^(?:congratulations|congrats|well\s+done|félicitations|bravo|herzlichen\s+glückwunsch|glückwunsch|felicidades"
    r"|enhorabuena|complimenti|congratulazioni|parabéns|gefeliciteerd|hi|hello|dear|bonjour|hallo|hola|ciao|olá)\b",
    re.I,
)
#: A sentence ending inside a line, the next one starting: "... in full. Delegate ...".
_SENTENCE_END = re.compile(r"[a-zà-ÿ][.!?]\s+[A-ZÀ-Þ]")


#: Where a sentence after "attended" stops being the title.
CUT = re.compile(
    # "from" a time or a day ("from 3:00 PM", "from Monday"), not "Lessons from 3 Rollouts"
    r"\s*(?:,|;|[.!?](?:\s|$)|\s+for\s+(?:the\s+|our\s+)?onestream\b|\s[-–]\s"
    rf"|\s+from\s+(?=\d{{1,2}}(?:[:.]\d\d|\s*[ap]\.?m\b)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:{MONTH_PATTERN})\b)"
    r"|\s+(?:on|held|at|which|dated?|am|le|el"
    # the words that say when or how it was held: "organisé le", "tenutosi il", "celebrada el"
    r"|organi[sz]ed?|organisée?|tenutosi|svoltosi|celebrad[oa]|realizad[oa]|abgehalten|durchgeführt|gehouden|hosted"
    r"|delivered|went\s+live|was\s+published|is\s+(?:now\s+)?live"
    # a chapter's book: "Chapter 6 – Driver-Based Planning" / "in the book ..."
    r"|in\s+the\s+(?:book|journal|magazine|issue)|im\s+buch|dans\s+le\s+livre|en\s+el\s+libro|in\s+het\s+boek|nel\s+libro"
    r"|no\s+livro)\b"
    r"|\s+with\s+(?:a\s+)?(?:grade|score|mark)\b|\s+\(|$)",
    re.I,
)


#: "completed the course X": the kind of thing before the title is not part of it.
KIND_LEAD = re.compile(
    r"^(?:the|this|our)\s+(?:(?:live|online|on-demand|virtual|instructor-led|self-paced|customer|partner"
    r"|community)\s+)*(?:course|webinar|session|training|program(?:me)?|class|workshop|learning\s+path|lab|activity)\s+"
    # "l'action : X", "el programa X", "il corso: X": the kind in the other languages, with its article
    r"|^(?:l['’]|la\s+|le\s+|el\s+|il\s+|o\s+|a\s+|den\s+|die\s+|das\s+|het\s+|de\s+)"
    r"(?:action(?:\s+de\s+formation)?|formation|session|webinaire|programa|programme|programma|curso|corso|cours|kurs"
    r"|seminar|cursus|training)\s*(?::\s*|\s+(?=[«“\"]|(?-i:[A-ZÀ-Þ])))",
    re.I,
)


#: A form's label and a figure: "Sessions attended: 5", "Completed: 12 March 2026" (a "Tech Talk:
#: Journal Templates" line is a title, and so is "Eliminations in OneStream: 3 Patterns That Scale").
_FIGURE_LABEL = re.compile(
    r"^\s*[^\W\d][\w ()/.-]{0,40}:\s*\d(?![^\n]*?(?:[^\W\d_]{2,}[^\w\n]+){2}[^\W\d_]{2,}\b(?![ \t]*:))"
)
#: A line that starts with a clock time: an agenda's row ("9:30 AM – 10:20 AM Roadmap"), not a title.
_CLOCK_FIRST = re.compile(r"^\s*\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m\b)", re.I)


#: A line of its own: a label and its value, not the rest of a sentence.
LABEL_LINE = re.compile(r"^\s*[^\W\d][\w ()/.-]{0,40}:")


#: Words after "completed" that count what was earned ("6.0 hours of training"), not name it.
QUANTITY = re.compile(
    r"^\s*\d+(?:[.,]\d+)?\s*(?:%|hours?|hrs?|minutes?|mins?|credits?|units?|modules?|courses?|points?)\b",
    re.I,
)


def worded(title: str) -> bool:
    """A title has words: "2025-05-30" or "May 30" after "Completed:" is a date, "3.0" a figure."""
    return len(re.findall(r"[^\W\d_]", MONTH_WORD.sub(" ", title))) >= 3


MONTH_WORD = re.compile(rf"\b(?:{MONTH_PATTERN})\b\.?", re.I)


#: A line that ends by introducing the activity on the next line: "your article" (an author's
#: letter), "awarded you a badge:", "publicado em 14/07/2025 na OneStream Press:".
INTRODUCTION = (
    r"(?:\b(?:your|tu|su|seu|sua|votre|ihr|dein|je|uw|jouw|il\s+tuo|il\s+suo)\s+(?:new\s+)?"
    r"(?:article|artículo|articulo|artigo|artikel|beitrag|articolo|post|blog\s+post)"
    # "your article went live on OneStream Press on Monday, November 9, 2026." over its title
    r"(?:\s+(?:went\s+live|was\s+published|is\s+(?:now\s+)?live)\b[^\n]*[.!])?"
    r"|\b(?:awarded|issued|earned)\s+(?:you\s+)?(?:a|the|this)\s+(?:new\s+)?badge"
    r"|\bOneStream\s+Press[ \t]*:"
    # a registration page's or ticket's line of its own over the event's name, in the seven languages
    r"|^[ \t]*(?:(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao|olá|beste)[ \t]+[^,\n]{1,30},[ \t]*)?"
    r"(?:you(?:['’]re|\s+are)\s+on\s+the\s+(?:guest\s+list|list)\s+for"
    r"|(?:congratulations[!,.]?[ \t]+)?you(?:['’]re|\s+are)\s+(?:registered|in|all\s+set|confirmed|booked)"
    r"(?:\s+for\s+the(?:\s+live)?\s+(?:webinar|session|event|course|tech\s+talk))?|registration\s+(?:confirmed|complete)"
    r"|sie\s+sind\s+angemeldet|vous\s+êtes\s+inscrite?|(?:ya\s+)?estás\s+(?:registrad[oa]|inscrit[oa])(?:\s+en)?"
    r"|je\s+bent\s+(?:geregistreerd|ingeschreven|aangemeld)(?:\s+voor)?|sei\s+iscritt[oa](?:\s+a)?"
    r"|(?:você\s+)?está\s+(?:registad[oa]|inscrit[oa]|registrad[oa])(?:\s+em)?)"
    # "Je bent ingeschreven voor het webinar", "Sie sind angemeldet für das Webinar": the kind, then the title
    r"(?:[ \t]+(?:(?:für|pour|para|per|à|au|a|al|em|no|na|en|voor|for)[ \t]+)?"
    r"(?:(?:the|het|de|den|die|das|le|la|l['’]|el|il|lo|o|a)[ \t]*)?(?:live[ \t]+)?"
    r"(?:webinar|webinaire|webinario|session|sessie|sessione|sesión|sessão|event|evento|evenement|événement"
    r"|veranstaltung|course|cursus|kurs|cours|curso|corso|training|formation|tech\s+talk|workshop))?"
    r"(?:,[ \t]*[^\n!.:]{1,30})?[ \t]*[!.]?"
    r"|\b(?:here\s+is\s+)?your\s+ticket\s+for"
    # "for the following course:", "für die folgende Schulung fest eingeplant:", "pour la formation suivante :"
    r"|\b(?:for|für|pour|para|voor|per|in|en|am|an)\s+(?:the|die|den|das|la|le|el|de|het|il|o|a|dem)?\s*"
    r"(?:following|folgende[nr]?|suivante?|siguiente|volgende|seguente|seguinte)\s+[^\W\d]+(?:[ \t]+[^\W\d]+){0,3}[ \t]*:"
    r"|\b[^\W\d]+\s+(?:la|le)\s+(?:formation|session|webinaire)\s+suivante[ \t]*:"
    # "Gracias por inscribirte en nuestro webinar:", "Thanks for registering for our webinar:" over its name
    r"|\b(?:thanks|thank\s+you|gracias|merci|danke|grazie|obrigad[oa]|bedankt)\s+(?:for|por|pour|für|per|voor)\s+"
    r"(?:registering|signing\s+up|inscribirte|registrarte|votre\s+inscription|ihre\s+anmeldung|esserti\s+iscritt[oa]"
    r"|se\s+inscrever|je\s+aanmelding)\s+(?:(?:for|in|to|en|à|au|a|al|für|zu|zum|voor|no|na|em)\s+)?"
    r"(?:(?:our|the|nuestro|el|la|notre|le|unserem|unser|il|nostro|o|a|ons|onze|het|de)\s+)?"
    r"(?:webinar|webinaire|webinario|session|sesión|course|curso|cours|kurs|event|evento|événement|workshop|tech\s+talk)[ \t]*:"
    # "... am folgenden Online-Seminar (Webinar) teilgenommen hat:" over its title; "We thank Sam for the article"
    r"|\bteilgenommen\s+hat[ \t]*:|\bfor\s+(?:the|your|his|her|their)\s+(?:article|blog\s+post|column|chapter|contribution)"
    # "Confirming your seat for our Tech Talk:" over the talk's name
    r"|\b(?:confirming|we\s+confirm|confirmed)\s+your\s+(?:seat|place|spot|registration|booking)\s+(?:for|in|at|on)\s+"
    r"(?:our|the|this)\s+(?:[^\W\d]+\s+){0,2}?(?:webinar|session|event|course|tech\s+talk|workshop|training|class)[ \t]*:"
    # "bestätigen wir Ihre Teilnahme am", "votre participation à la", "su participación en el"
    r"|\b(?:(?:ihre|deine)\s+teilnahme\s+(?:am|an\s+de[mr])|votre\s+participation\s+(?:à\s+la|au|à\s+l['’])"
    r"|su\s+participación\s+en\s+(?:el|la)|(?:uw|je|jouw)\s+deelname\s+aan\s+(?:de|het|ons|onze)"
    r"|la\s+sua\s+partecipazione\s+(?:al|alla)|a\s+sua\s+participação\s+n[oa])"
    # then maybe the kind before the colon: "je deelname aan het webinar:", "votre participation à la formation :"
    r"(?:[ \t]*(?:webinar|webinaire|webinario|training|cursus|sessie|session|sesión|sessione|sessão|workshop"
    r"|formation|formación|formazione|formação|curso|corso|kurs|schulung|seminar|veranstaltung|evento|événement))?"
    # "vous confirmer votre inscription à :", "your registration for:", "Ihre Anmeldung zu:"
    r"|\b(?:votre|your|ihre|su|tu|uw|je|la\s+(?:tua|sua)|a\s+sua|sua)\s+(?:inscription|registration|enrol+ment"
    r"|anmeldung|registrierung|inscripción|inschrijving|aanmelding|iscrizione|registrazione|inscrição)"
    r"\s+(?:à|au|to|for|in|zu|zum|zur|für|a|al|en|voor|bij|per|no|na|em)[ \t]*:)"
)


INTRODUCER = re.compile(
    INTRODUCTION + r"[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<title>[^\n]{8,120}?)[ \t]*\n", re.I | re.M
)


#: A line that is itself an introduction ("Here is your ticket for"), not what it introduces.
AN_INTRODUCTION = re.compile(INTRODUCTION + r"[ \t]*:?[ \t]*$", re.I | re.M)


#: A sentence pointing at the activity written under it: "your registration for the session
#: below", "je aanmelding voor de onderstaande sessie", "pour la session ci-dessous".
_BELOW = re.compile(
    r"\b(?:(?:the|die|den|das|la|le|el|de|het|il|a|o)\s+)?(?:"
    r"(?:session|event|course|webinar|training|tech\s+talk)\s+(?:below|listed\s+below)"
    r"|(?:untenstehende[nr]?|unten\s+genannte[nr]?)\s+[^\W\d]+"
    r"|(?:session|formation|événement|webinaire)\s+ci-dessous"
    r"|(?:sesión|curso|evento|webinar)\s+(?:a\s+continuación|indicad[oa]\s+abajo)"
    r"|onderstaande\s+[^\W\d]+"
    r"|(?:sessione|corso|evento|webinar)\s+(?:qui\s+sotto|sottostante|indicat[oa]\s+di\s+seguito)"
    r"|(?:sessão|curso|evento|webinar)\s+abaixo)\b",
    re.I,
)


def introduced(text: str, lines: tuple[Line, ...]) -> str | None:
    """The line a line ending "your article" or "awarded you a badge:" introduces
    (on a PDF, with the lines of its size after it: a title wrapped in large type),
    or the line under a sentence pointing at "the session below"."""
    if (pointing := _BELOW.search(text)) and (under := _line_below(text, pointing.end())):
        title = one_line(strip_title(under))
        if (
            title
            and worded(title)
            and not GENERIC.match(title)
            and not under.endswith(".")
            and not _ONE_WORD_LABEL.match(under)  # "Session: Frankfurt – March 2026": when and where
        ):
            return title
    at = 0
    while match := INTRODUCER.search(text, at):
        at = match.start("title")  # the line introduced may introduce the next one
        line = one_line(match["title"])
        title = one_line(strip_title(larger_lines(match["title"], lines) or match["title"]))
        if opening := _QUOTE_OPENS.match(line):  # “Twelve Months of Rolling Forecasts” was published on
            line = title = one_line(opening["title"])
        if (
            title
            and GENERIC.match(title)
            and line.casefold().startswith(title.casefold())  # the line is the kind alone, not a confirmation
            and (below := _line_below(text, match.end("title")))
        ):
            line = title = below  # "You're registered!" / "OneStream Tech Talk" / the talk's own title
        if (
            title
            and worded(title)
            # a sentence going on ("went live today.") is no title; a title may ask ("Why close in 5 days?")
            and not line.endswith(".")
            # nor is a line of its own that introduces ("Here is your ticket for") or confirms
            # ("Registration confirmed | Goldcast": the words strip_title takes off)
            and not AN_INTRODUCTION.search(line)
            and not _GREETING.match(line)  # "REGISTRATION CONFIRMED" / "Dear Sam,": the letter begins
            and line.lstrip(" \"'“„«‚‹").casefold().startswith(title.casefold()[:8])
        ):
            return title
    return None


#: "this course.", "ce cours.", "diesen Kurs.": a sentence pointing back at the title above it.
_POINTS_BACK = re.compile(
    r"\s*(?:this|that|ce|cette|diese[nsr]?|este|esta|deze|dit|questo|questa|esse|essa)\s", re.I
)
#: A field's one-word label: "Session: Frankfurt – March 2026", "Datum: ..." (a title's own prefix has more words).
_ONE_WORD_LABEL = re.compile(r"^\s*[^\W\d_]+\s*:")
_CLOCK_OR_YEAR = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b(?:19|20)\d\d\b")


def _line_above(text: str, start: int) -> str | None:
    """The line before the one `start` is on, when it reads as a title: words, no sentence, label or day."""
    above = text[:start].rsplit("\n", 2)
    line = one_line(strip_title(above[-2])) if len(above) >= 2 else ""
    if (
        line
        and worded(line)
        and not line.endswith((".", ":", "!", "?", ","))
        and len(line.split()) >= 3  # "Status: Complete" is a form's field; a title says more
        and not _FIGURE_LABEL.match(line)
        and not _ONE_WORD_LABEL.match(line)
        and not _CLOCK_OR_YEAR.search(line)
        and not DAY_LINE.match(line)
        and len(line) <= MAX_TITLE
    ):
        return line
    return None


def _line_below(text: str, end: int) -> str | None:
    """The next non-empty line after `end`, when it reads as a title: words, no label, no day."""
    for line in text[end:].split("\n")[1:4]:
        line = one_line(line)
        if not line:
            continue
        if (
            worded(line)
            and not _FIGURE_LABEL.match(line)
            and not DAY_LINE.match(line)
            and len(line) <= MAX_TITLE
        ):
            return line
        return None
    return None


def after_completed(
    text: str, lines: tuple[Line, ...], next_line_only: bool = False
) -> tuple[str, bool] | None:
    """The title after "completed", "attended"...: on its line, or, when the
    line says only "the webinar", on the next one (on a PDF, in larger letters:
    a heading of its own, wrapped lines joined). With whether it is sure: a
    title that reaches the end of its line in a paragraph may go on."""
    for match in COMPLETED.finditer(text):
        if re.match(r"[ \t]*[.!?](?:\s|$)", match["rest"]):
            continue  # "41 members from 23 organisations attended.": the sentence ends, no title follows
        if re.match(r"[ \t]*[›>»]", match["rest"]):
            continue  # "My Learning › Completed › Completion": a page's breadcrumb, no sentence
        if re.match(r"[ \t]*:[ \t]*\d", match["rest"]):
            continue  # "Sessions attended: 5", "Completed: 2026-03-04": a form's label and its figure
        if _header_row(text, match.start(), lines):
            continue  # "Completed | Learning item | Type | Hours": a table's header names its columns
        # "thanks for registering for our webinar X": the preposition and the kind go before the title
        rest = KIND_LEAD.sub(
            "", re.sub(r"^\s*[:\-–]?\s*(?:(?:for|in|to|at)\s+(?=(?:the|this|our)\s))?", "", match["rest"])
        )
        if re.search(
            r"\b(?:registering|joining|signing\s+up)\s*$",
            match.group(0)[: match.start("rest") - match.start()],
        ):
            # "Thank you for registering for Splash Americas 2026.": the preposition is no title's
            rest = re.sub(r"^\s*(?:for|to)\s+", "", rest)
        rest = re.sub(
            r"^\s*/\s.*$", "", rest
        )  # "attended the webinar / a assisté au webinaire": the line's other language
        # "completed and received a passing grade in" / the course: what was earned, then the title
        rest = _PASSED.sub("", rest)
        sure = True
        if QUANTITY.match(rest):
            continue  # "completed 6.0 hours of training": what was earned, not what it was
        end = match.end()
        head = CUT.split(rest, maxsplit=1)[0]
        if not GENERIC.match(head) and (wrapped := _generic_wrapped(head, text, end)):
            end = wrapped  # "attended the OneStream user" / "conference" / "WAVE Nordics 2026"
        if (
            end != match.end()
            or GENERIC.match(head)
            or _ONLY_DESCRIBED.fullmatch(rest.split("\n", 1)[0].strip())
        ):
            if _POINTS_BACK.match(head) and re.fullmatch(
                rf"{re.escape(head.strip())}[ \t]*[.!]", rest.split("\n", 1)[0].strip()
            ):
                # "you have completed this course.": it points back at the title on the line above
                if (above := _line_above(text, match.start())) and not GENERIC.match(above):
                    return above, False
                continue
            rest = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
            if (
                re.search(r"\b(?:the|a|an|our|this|la|le|il|el|der|die|das|den|het|o)\s*$", head, re.I)
                and rest.strip()
                and len(rest.split()) <= 2
                and GENERIC.match(f"{head.strip()} {rest.strip()}")
            ):
                # "has successfully completed the" / "training" / „the title”: the kind wrapped alone
                end = text.index(rest, end) + len(rest)
                rest = text[end:].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
            below = (
                text[text.index(rest, end) + len(rest) :].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
            )
            if rest.strip() and person_shaped(one_line(rest.strip())) and _WHOLE_LINE_QUOTED.match(below):
                # "an der Präsenzschulung" / "Sam Taylor" / „OneStream Financial Close“: the holder, then the title
                end = text.index(rest, end) + len(rest)
                rest = below
            if (
                not rest.strip()
                or BOILERPLATE.match(rest)
                or _FIGURE_LABEL.match(rest)
                or _CLOCK_FIRST.match(rest)
            ):
                continue  # "... attended" ending a table's row, then "Sessions attended: 5" or a time: no title
            if quoted := _WHOLE_LINE_QUOTED.match(rest):
                # "co-presenting the OneStream Tech Talk" / “Data Quality Rules”: the quote is the title whole
                title = one_line(strip_title(quoted["title"]))
                if title and not GENERIC.match(title) and worded(title):
                    return title, True
            if lines:
                larger = larger_lines(rest, lines)
                if larger is None and next_line_only:
                    continue
                if larger:  # a heading of its own, whole: "Costi con le Business Rules" is not cut at "le"
                    title = one_line(strip_title(larger))
                    # "event in full. Delegate Morgan Keller ...": a sentence's end and a form's rows, no heading
                    if (
                        title
                        and not GENERIC.match(title)
                        and worded(title)
                        and not _SENTENCE_END.search(title)
                    ):
                        return title, True
                    continue
            # the title on the next line, in body type: it may wrap once more ("... réglementaires" / "avec OneStream");
            # a line of its own is not cut at "on" or a comma ("OneStream Splash on Tour Milano 2026")
            after = text[end:].lstrip(" \t").removeprefix("\n")
            rest, sure = continued(rest, after)
            title = one_line(strip_title(_WHERE_AND_WHEN.split(rest.strip(), maxsplit=1)[0]))
            # "✔ COMPLETED" over "Congratulations, Sam!": a status, then a cheer
            greeting = _GREETING.match(title)
            if (
                title
                and not GENERIC.match(title)
                and worded(title)
                and not DESCRIBED.match(title)
                and not greeting
            ):
                return title, sure
            continue
        elif next_line_only:
            continue
        else:
            rest, sure = continued(rest, text[match.end() :])
        title = one_line(strip_title(CUT.split(rest.strip(), maxsplit=1)[0]))
        if _A_NAMED_GROUP.match(title):
            line = match["rest"].strip()
            next_line = text[match.end() :].split("\n", 2)[1:2]
            if CUT.split(line, maxsplit=1)[0] == line and next_line and LABEL_LINE.match(next_line[0]):
                continue  # "in the OneStream CFO" / "Roundtable: Finance ...": the name may go on in what looks a label
            title = DESCRIBED.sub("", title)  # "the Northern OneStream User Group": a name, its article off
        if DESCRIBED.match(title) or title.startswith("("):
            continue  # "joining the pre-conference hands-on lab"; "attended (badge scans)": an aside: what it was, in words; a later sentence may name it
        if title and not GENERIC.match(title) and worded(title):
            return title, sure and not cut_in_a_list(rest.strip())
    return None


#: A quotation: “Twelve Months of Rolling Forecasts”.
_QUOTATION = r"[\"“„«‘‚][ \t]*(?P<title>[^\"“”„«»‘’\n]{3,120}?)[ \t]*[\"”“»’‘]"
#: A line that opens with one: “Twelve Months of Rolling Forecasts” was published on.
_QUOTE_OPENS = re.compile(rf"^{_QUOTATION}")
#: A line that is one: “Data Quality Rules in the Financial Close”.
_WHOLE_LINE_QUOTED = re.compile(rf"^[ \t]*{_QUOTATION}[ \t]*[.,]?[ \t]*$")


def _generic_wrapped(head: str, text: str, end: int) -> int | None:
    """Where a kind wrapped onto the next line ends ("the OneStream user" / "conference"):
    the title is on the line after it; None when the two lines are no kind alone."""
    after = text[end:]
    newline = after.find("\n")
    if newline < 0 or after[:newline].strip():
        return None
    following = after[newline + 1 :]
    line_end = following.find("\n")
    if line_end < 0:
        return None
    next_line = following[:line_end].strip()
    if not next_line or len(next_line.split()) > 2 or not GENERIC.match(f"{head.strip()} {next_line}"):
        return None
    return end + newline + 1 + line_end


def _header_row(text: str, at: int, lines: tuple[Line, ...]) -> bool:
    """Whether the text's line at `at` is a table's header row on the page: three cells or
    more and no figure (transcript_rows.py tells the rows under it)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    own = text[start : end if end >= 0 else len(text)].strip()
    return any(
        line.text.strip() == own
        and len(line.cells) >= 3
        and not any(c.isdigit() for c in own)
        # a column's name is a word or three ("Learning item"), not a sentence cut in cells
        and all(len(cell.split()) <= 3 for _, cell in line.cells)
        for line in lines
    )


#: After a comma or a dash, a title's words may go on ("Planning, Budgeting and Forecasting");
#: a date, a place or a clause ("held on", "in Chicago") may not.
CLAUSE = re.compile(
    rf"^\s*(?:(?:on|held|from|at|in|which|with|dated?|am|le|el|il|op|em|du|vom|del|dal|the|a|an|and|for)\b"
    rf"|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:{MONTH_PATTERN})\b|$)",
    re.I,
)


def cut_in_a_list(line: str) -> bool:
    """A title cut at a comma or a dash where the line goes on with more words of
    a title, not a date or a clause: it may be longer than what was kept."""
    parts = CUT.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    separator = CUT.search(line)
    return bool(
        separator and separator.group(0).strip()[:1] in (",", "-", "–") and not CLAUSE.match(parts[1])
    )


def larger_lines(first: str, lines: tuple[Line, ...]) -> str | None:
    """The line `first` and the lines of its size after it, if it is larger than the body text."""
    body = body_size(lines)
    for index, line in enumerate(lines):
        if line.text.strip() == first.strip() and line.size > body:
            same = [line.text]
            for after in lines[index + 1 :]:
                if abs(after.size - line.size) > 0.5 or _WHERE_IT_WAS.match(after.text):
                    break  # another size, or "in the book ...", "held on ...": the sentence goes on
                same.append(after.text)
            return join_wrapped(same)
    return None


#: "on", "op", "le", "am" before a day: "op woensdag 21 oktober 2026".
_PREPOSITION = re.compile(r"^\s*(?:on|op|le|am|el|il|em|du|vom|the)\s+(?=[^\W\d]+\.?,?\s+\d)", re.I)
#: A line that goes on with where or when, not with more of a title.
_WHERE_IT_WAS = re.compile(
    r"^\s*(?:held\s+on|on\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|in\s+the\s+(?:book|journal|magazine|issue)\b"
    r"|published\s+(?:by|on|in)\b)",
    re.I,
)


def continued(rest: str, after: str) -> tuple[str, bool]:
    """A title cut by the end of its line ('... May 13–' then '15, 2025'), or
    wrapped in a sentence that goes on ('completed X' then 'Y (ILT), held'):
    joined when the next line's words stop where a title does, else not sure."""
    following = after.split("\n", 2)
    if (
        len(following) < 2
        or not following[1].strip()
        or CUT.split(rest.strip(), maxsplit=1)[0] != rest.strip()
        # "Tuesday, 11 February 2025", "op woensdag 21 oktober 2026": when, not more of the title
        or DAY_LINE.match(_PREPOSITION.sub("", following[1]))
        or _WHAT_IT_WAS.match(following[1])  # "a course of study offered by ...": what it was, in words
    ):
        return rest, True
    if rest.rstrip().endswith(("-", "–")):
        return join_wrapped([rest, following[1]]), True
    if (
        len(following) > 2
        and len(following[1].split()) <= 4
        and not LABEL_LINE.match(following[1])
        and (
            re.match(
                r"(?:organi[sz]ed?|organisée?|held|hosted|delivered|tenutosi|svoltosi|celebrad[oa]|realizad[oa]"
                r"|abgehalten|durchgeführt|gehouden)\b",
                following[2].lstrip(),
                re.I,
            )
            # "... OneStream Task" / "Manager" / "op woensdag 21 oktober 2026": the day ends the title
            or DAY_LINE.match(_PREPOSITION.sub("", following[2]))
        )
    ):
        # "... avec OneStream : retours" / "d'expérience" / "organisé en ligne le ...": the title ends a line below
        return join_wrapped([rest, following[1]]), True
    head = CUT.split(" " + following[1].strip(), maxsplit=1)[0].strip()
    if head and dangling_end(rest.strip()):
        # "o curso Orçamento Base Zero no" / "OneStream: do Driver ao Relatório, realizado ...": a line
        # that ends on "no", "with" or "de" goes on, even where the next looks like a label
        return join_wrapped([rest, head]), True
    if not head or LABEL_LINE.match(following[1]):
        return rest, True  # the next line starts with "on ...", "held ..." or a label of its own
    line = following[1].strip()
    if line[:-1] == head and re.fullmatch(r"[A-ZÀ-Þ]\S*(?:\s+\S+)+[.!?]", line):
        return rest, True  # "Thank you." / "We hope to see you again!": a sentence of its own
    if head != following[1].strip():
        return join_wrapped([rest, head]), True
    return rest, False


#: A line that says what the activity was: "a course of study offered by", "an online program of".
_WHAT_IT_WAS = re.compile(
    r"^\s*an?\s+(?:[\w-]+\s+){0,2}?(?:course|program(?:me)?|class|series|initiative|module)\b", re.I
)
#: A line that starts with a day: a weekday or a month and a figure, or a figure.
DAY_LINE = re.compile(rf"^\s*(?:\d|(?:{MONTH_PATTERN})\.?\s+\d|[^\W\d]+\.?,?\s+\d{{1,2}}\b)", re.I)


def one_line(text: str) -> str:
    """Whitespace and control characters collapsed: a title is one line."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line[:MAX_TITLE].rstrip()
