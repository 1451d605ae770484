"""A PDF page's heading: its largest lines that are not the document's own name
("Certificate of Completion"), the holder's name, a greeting, the issuer's name
or a sentence, wrapped lines joined."""

from __future__ import annotations

import re

from .layout import body_size, join_wrapped
from .person_names import person_shaped
from .records import Line
from .text import close_spacing
from .title_words import GENERIC

#: A line at least this much larger than the body text is a heading.
_HEADING_RATIO = 1.2

#: Lines that name the document, not the activity.
BOILERPLATE = re.compile(
    r"^(?:(?:attendance|completion|participation|training|course|learning|achievement|cpe|attendee|speaker|publication"
    r"|contributor|author|presenter|reviewer)\s+)?"
    r"(?:[\w-]*(?:certific|zertifikat|bescheinigung|attest|certificaa?t|diplom|transcript|acknowledg|confirmation"
    r"|bestätigung|bevestiging|award|record|verklaring|declara|déclara|dichiara|erklärung|nachweis|constanc|constânc"
    r"|comprovante|comprobante|getuigschrift|bewijs|confirmaç|confirmaci|conferma|recognition|reconocimiento"
    r"|reconhecimento|riconoscimento|reconnaissance|anerkennung|erkenning|achievement|accomplishment|appreciation)\w*\b"
    r"(?:\s+(?:\w+\s+){0,2}?(?:(?:of|de|der|di|van|for|da|do)\s+|d')[\w-]+(?:\s+\w+)?)?"
    # "... in qualità di relatore", "... as a speaker": the holder's part, still the document's name
    r"(?:\s+(?:in\s+qualità\s+di|as(?:\s+an?)?|als|en\s+tant\s+qu['’]e?|en\s+qualité\s+d['’]e?|como|na\s+qualidade\s+de"
    r"|en\s+calidad\s+de)\s*\w*)?"
    # OneStream's own name alone ("OneStream Software"), not "OneStream Account Reconciliations for Teams"
    r"|onestream(?: software| university| press)?(?:,?\s+(?:llc|inc\.?|gmbh|ltd\.?|b\.v\.|s\.a\.|ag|corp(?:oration)?))?\b"
    # an acknowledgment of receipt: "Acuse de recibo y publicación de artículo", "Accusé de réception"
    r"|(?:acuse|accusé)\s+de\s+(?:recibo|réception)(?:\s+(?:y|et)\s+(?:de\s+)?(?:publicaci[óo]n|publication))?"
    r"(?:\s+(?:de|d['’])\s*(?:su\s+|votre\s+|l['’])?(?:art[íi]culo|article))?"
    # a ticket's or a pass's name: "DAY PASS", "Conference badge", "E-Ticket"
    r"|(?:day|full|event|conference|e-?|your)\s*(?:pass|ticket|badge)|pass|ticket|badge|billet|entrada|eintrittskarte)"
    # "Teilnahmebestätigung Webinar", "Certificate – Tech Talk": the document and its kind, still no title
    r"(?:\s*[-–—:|]?\s*(?:webinar|webinaire|webinario|course|kurs|schulung|training|tech\s+talk|session|seminar"
    r"|formation|curso|corso|cursus|workshop))?"
    r"(?:\s*[-–—:|]\s*(?:CPE|CPD|CE|NASBA))?\W*$",
    re.I,
)
_HOLDER_INTRO = re.compile(
    # a salutation alone on its line, the name under it: "Herr" / "Lukas Brenner"
    r"^\s*(?:herr|frau|mr\.?|mrs\.?|ms\.?|monsieur|madame|mme|m\.|sr\.?|sra\.?|dott\.?|dott\.ssa|dhr\.?|mevr\.?)\s*$"
    r"|\b(?:certif(?:y|ies)\s+that|presented\s+to|awarded\s+to|issued\s+to|granted\s+to|this\s+is\s+to\s+certify"
    # "the holder, named next", in German, French, Spanish, Dutch, Italian and Portuguese
    r"|(?:bestätigen|bescheinigen)\s+wir,?\s+dass|wird\s+(?:bestätigt|bescheinigt),?\s+dass|verliehen\s+an"
    r"|(?:certifi|atteste|attesto)\w*\s+que|décerné\w*\s+à|(?:certific|acredit|constat|hace\s+constar)\w*\s+que"
    r"|otorgad[oa]\s+a|verklaren\s+(?:wij\s+)?dat|bevestigen\s+(?:wij\s+)?dat|uitgereikt\s+aan"
    r"|(?:si\s+)?(?:certifica|attesta|dichiara)\w*\s+che|conferito\s+a|(?:atesta|declara)\w*\s+que|conferido\s+a)\W*$",
    re.I,
)
#: A name after a salutation, on its own line: the holder, not a title.
_SALUTED = re.compile(
    r"^\s*(?i:herr|frau|mr\.?|mrs\.?|ms\.?|monsieur|madame|mme|dott\.?(?:ssa)?|sr\.?|sra\.?|dhr\.?|mevr\.?)"
    r"(?:\s+(?i:mag\.?a?|dr\.?|ing\.?|prof\.?|dipl\.?-?\w*))*(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,4}\s*$"
)
#: A heading that only greets or thanks ("Congratulations!", "Bedankt voor uw presentatie!"): no
#: title ("Thank you for presenting: X" and "Congratulations! You completed X" go on to one).
_GREETING = re.compile(
    r"^\W*(?:thank|thanks|congratulations|welcome|well\s+done|danke|vielen\s+dank|herzlichen|willkommen|merci"
    r"|félicitations|bienvenue|bravo|gracias|felicidades|enhorabuena|bienvenid|bedankt|dank\s+je|dank\s+u"
    r"|gefeliciteerd|welkom|grazie|congratulazioni|complimenti|benvenut|obrigad|parabéns|bem-vind)\b"
    # said with a "!", or to someone by name: "Congratulations, Sam Taylor"
    r"(?:[^:!]{0,60}!|,\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}[.!]?)\s*$",
    re.I,
)


def heading(lines: tuple[Line, ...], first_page: int = 40) -> str | None:
    """The page's largest lines that are not boilerplate ("Certificate of
    Completion", the holder's name after "This certifies that"), wrapped
    lines joined; None when no line stands out from the body text."""
    lines = lines[:first_page]
    body = body_size(lines)
    candidates = [
        (index, line)
        for index, line in enumerate(lines)
        if line.size >= body * _HEADING_RATIO
        and not BOILERPLATE.match(close_spacing(line.text))
        and not BOILERPLATE.match(_DROP_CAP.sub("", line.text))  # "C ERTIFICATE  OF  A PPRECIATION"
        and not BOILERPLATE.match(_letters_joined(line.text))  # "ATTESTATION D ' I N T E R V E N T I O N"
        and not GENERIC.match(line.text)
        and not _GREETING.search(line.text)
        and not (index and _HOLDER_INTRO.search(lines[index - 1].text))
        and not _HOLDER_INTRO.search(line.text)  # "This certificate is presented to": the name comes next
        and not _SALUTED.match(line.text)  # "Frau Nadine Keller-Huber": the holder
        and not person_shaped(line.text)  # "Jamie Okafor", printed larger than the course
        and not _ends_a_document_name(lines, index)
        and not (_ORGANISATION.search(line.text) and "onestream" not in line.text.casefold())
        and not _ISSUER_LINE.fullmatch(line.text.strip())
        and not _LETTERHEAD.fullmatch(
            line.text.strip()
        )  # "Great Lakes OneStream User Group", "OneStream Press"
        and not line.text.lstrip()[:1].islower()  # "has successfully completed the following": a sentence
    ]
    if not body or not candidates:
        return None
    largest = max(line.size for _, line in candidates)
    start = next(index for index, line in candidates if line.size == largest)
    while (
        start
        and abs(lines[start - 1].size - largest) <= 0.5
        and _BRAND.fullmatch(lines[start - 1].text.strip())
    ):
        start -= (
            1  # "SPLASH" / "APAC" / "2026" stacked: the brand alone reads generic, the heading starts there
        )
    joined = [lines[start].text]
    for line in lines[start + 1 :]:
        if abs(line.size - largest) > 0.5:
            break
        joined.append(line.text)
    return _without_document_name(join_wrapped(joined))


def _without_document_name(text: str) -> str | None:
    """A heading without the document's name beside a dash: "WAVE 2026 — Certificate of Attendance"
    is WAVE 2026's; "Northwind Traders — Learning Transcript" is only its issuer's, no heading."""
    parts = re.split(r"\s[-–—|]\s", text)
    kept = [part for part in parts if not BOILERPLATE.match(close_spacing(part.strip()))]
    if len(kept) == len(parts):
        return text
    rest = " – ".join(part.strip() for part in kept)
    return rest if rest and _NAMES_ONESTREAM.search(rest) else None


#: OneStream or one of its events named: what a heading beside a document's name must say.
_NAMES_ONESTREAM = re.compile(r"\b(?:onestream|splash|wave)\b", re.I)


#: A letterhead: OneStream's press or company, or a user group's name alone (its meeting's
#: title says more: "Midwest OneStream User Group – Fall 2026 Meetup").
_LETTERHEAD = re.compile(
    r"(?:onestream(?:\s+software)?(?:\s+press(?:\s+[\w-]+){0,2})?|[\w .&'’-]{0,40}?\b(?:user\s+group|usergroup|anwendergruppe|benutzergruppe"
    r"|groupe\s+d['’]utilisateurs|club\s+utilisateurs|grupo\s+de\s+usuarios|gebruikersgroep|gruppo\s+utenti"
    r"|grupo\s+de\s+utilizadores)(?:\s*\([A-Z]{2,8}\))?"
    # the group named first: "Groupe d'utilisateurs OneStream France", "Gruppo utenti OneStream Italia"
    r"|(?:groupe\s+d['’]utilisateurs|club\s+utilisateurs|grupo\s+de\s+usuarios|gruppo\s+utenti|grupo\s+de\s+utilizadores"
    r"|gebruikersgroep)\s+onestream(?:\s+[\w'’-]+){0,2})",
    re.I,
)


#: OneStream or its conference alone on a line: the first word of a heading stacked a word a line.
_BRAND = re.compile(r"(?:onestream|splash|wave)", re.I)


def _ends_a_document_name(lines: tuple[Line, ...], index: int) -> bool:
    """A line that ends the document's name wrapped over two ("Attestato di partecipazione
    in qualità di" / "relatore"): in the same size, the two are boilerplate together."""
    if not index or abs(lines[index - 1].size - lines[index].size) > 0.5:
        return False
    return bool(BOILERPLATE.match(close_spacing(f"{lines[index - 1].text} {lines[index].text}")))


#: An issuer's name at the top of a page: "UNIVERSITY OF LAKEMONT", "Lakeshore Society of CPAs",
#: "Fabrikam Advisory LLC" (a course is rarely named after its school or firm).
_ORGANISATION = re.compile(
    r"\b(?:university|universit(?:é|ät|à|ad|eit|y)|society|institute|college|association|verband|kammer"
    r"|llc|llp|inc|gmbh|ltd|ag|s\.?a\.?s?|b\.v|s\.r\.l|s\.r\.o|sp\.\s*z\s*o\.o|pvt"
    # "Ipê Consultoria em Gestão Ltda.", "TEJO ANALYTICS, LDA.", "Contoso plc", "Fabrikam Pty Ltd"
    r"|ltda|lda|plc|limited|pty|corp|corporation|sarl|s\.p\.a|s\.l|n\.v|kft)\b\.?",
    re.I,
)


#: A line that is only an issuer's name, ending in its school, its kind of firm or a Nordic legal form:
#: "WINGTIP ACADEMY", "FJORDLINE CONSULTING AS" (AS, AB, Oy are words too, so only at the end of a
#: short line).
_ISSUER_LINE = re.compile(
    r"(?!.*\b(?:onestream|splash|wave)\b)[\w&'’.-]+(?:\s[\w&'’.-]+){0,3}"
    r"\s(?:academy|akademie|académie|academia|accademia|as|asa|ab|oy|oyj|aps|a/s"
    # a firm's kind: "NORTHBEAM ADVISORY", "Fabrikam Consulting", "Contoso Partners"
    r"|advisory|consulting|consultancy|consultants|partners|associates)\.?",
    re.I,
)


#: Small capitals set with a larger first letter come out with a space after it: "C ERTIFICATE".
_DROP_CAP = re.compile(r"(?<=\b[A-Z]) (?=[A-Z]{2,}\b)")


def _letters_joined(text: str) -> str:
    """Capitals spaced one by one after a word set tight, joined: "ATTESTATION D ' I N T E R" ->
    "ATTESTATION D'INTER" (close_spacing wants the whole chunk spaced)."""
    text = re.sub(r"\b(?:[A-ZÀ-Þ] ){3,}[A-ZÀ-Þ]\b", lambda match: match.group(0).replace(" ", ""), text)
    return re.sub(r"\b([A-Za-z]) ?['’] ?(?=\w)", r"\1'", text)
