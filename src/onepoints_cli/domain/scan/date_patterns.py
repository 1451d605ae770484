"""The patterns dates are read with, in the seven languages: whole dates and
ranges of days in every written form, dates with no year, and the words
just before a date that say whose day it is: the activity's (a label), the
document's (issued), or some other day's (a deadline, a registration, a
birthday, another event to come)."""

from __future__ import annotations

import re

from .months import MONTH_PATTERN

_M = rf"(?P<month>{MONTH_PATTERN})\.?"


_M2 = rf"(?:(?P<month2>{MONTH_PATTERN})\.?\s+)?"


_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?"


_D2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?"


_Y = r"(?P<year>(?:19|20)\d\d)\b"


# "9 et 10 décembre", "21 y 22 de octubre": an event of two days, in the seven languages
# A dash a re-distilled PDF lost leaves its spaces: "May 18   21, 2026".
_TO = r"(?:\s*(?:-|–|—|to|through|thru|until|bis|au|al|all['’]|a|tot|t/m|and|&|und|et|y|e|en)\s*|[ \t]{2,})"


#: A weekday before a range's second day, maybe with its article: "8 et le vendredi 9 octobre".
_WEEKDAY = r"(?:(?:le|el|il|o|der|den)\s+)?(?:[^\W\d_]{2,12},?\s+)?"


PATTERNS = (
    # May 13, 2025 · May 13–15, 2025 · Tuesday, May 13 – Thursday, May 15, 2025
    re.compile(rf"\b{_M}\s+{_D}(?:{_TO}{_WEEKDAY}{_M2}{_D2})?,?\s+{_Y}", re.I),
    # 4 March 2025 · 14. Oktober 2025 · 13th-15th May 2025 · 14 de octubre de 2025 · 30 septembre – 2 octobre 2025
    # · los días 6, 7 y 8 de octubre de 2025 (a list of days: the first, and those to the last)
    # · "this 14th day of October 2026", as a diploma words it
    re.compile(
        r"\b(?:(?P<lead>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?,\s*(?:\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?,\s*){0,5})?"
        # "du jeudi 8 au vendredi 9 octobre 2026", "martedì 20 e mercoledì 21 ottobre": a weekday before each day
        rf"{_D}(?:(?:\s+(?:de\s+)?(?P<month0>{MONTH_PATTERN})\.?)?{_TO}{_WEEKDAY}{_D2})?\s+(?:day\s+of\s+|of\s+|de\s+)?{_M}(?:\s+de)?,?\s+{_Y}",
        re.I,
    ),
    # 10-Jun-2025
    re.compile(rf"\b{_D}-{_M}-{_Y}", re.I),
    # 2025-03-04 (and 2025-03-04T14:00:00Z), 2025/03/04, 2025.03.04: the year first is always month then day
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<ysep>[-/.])(?P<month>\d\d)(?P=ysep)(?P<day>\d\d)(?!\d)"),
    # "2026 / 08 / 10", a form's year, month and day boxes (Mexico's DC-3)
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)[ \t]+(?P<ysep>/)[ \t]+(?P<month>\d\d)[ \t]+/[ \t]+(?P<day>\d\d)(?!\d)"
    ),
    # 3/10/2025 – 3/12/2025: a range whose one reading is a few days, the other months
    re.compile(
        r"\b(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
        r"\s*(?:-|–|—|to)\s*(?P<first2>\d{1,2})(?P=sep)(?P<second2>\d{1,2})(?P=sep)(?P<year2>(?:19|20)\d\d)\b"
    ),
    # "vom 12.10. bis 13.10.2026": a dotted range whose year is written once, at its end
    re.compile(
        r"\b(?P<first>\d{1,2})(?P<sep>\.)(?P<second>\d{1,2})\.[ \t]*(?:-|–|—|bis|au|al|tot|t/m|to)[ \t]*"
        r"(?P<first2>\d{1,2})\.(?P<second2>\d{1,2})\.(?P<year2>(?:19|20)\d\d)\b",
        re.I,
    ),
    # "12-13.11.2026", "12.–13.11.2026": the days of a range before one dotted month (Poland, Germany)
    re.compile(
        r"\b(?P<dstart>\d{1,2})\.?[ \t]?[-–][ \t]?(?P<first>\d{1,2})(?P<sep>\.)(?P<second>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
    # "10/21/26", "21/10/26": a US or European form's two-digit year, with slashes only (its years: rules.py)
    re.compile(r"(?<![\d/])(?P<first>\d{1,2})(?P<sep>/)(?P<second>\d{1,2})/(?P<yy>\d\d)(?![\d/])"),
    # "2026. 11. 24." and "2026. 11. 24–25.": Hungary writes the year first, each part with a dot
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)\.[ \t](?P<month>\d{1,2})\.[ \t](?P<day>\d{1,2})(?:\.|[ \t]?[-–][ \t]?(?P<day2>\d{1,2})\.)"
    ),
    # "12. 11. 2026": Czech and Slovak space their dotted dates
    re.compile(r"\b(?P<first>\d{1,2})(?P<sep>\.)[ \t](?P<second>\d{1,2})\.[ \t](?P<year>(?:19|20)\d\d)\b"),
)


#: "September 18-21" or "18 September" with no year: read only when nothing else is.
NO_YEAR = (
    re.compile(rf"\b{_M}\s+{_D}(?:{_TO}{_M2}{_D2})?(?![\d,]*\s*,?\s*(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{_D}(?:{_TO}{_D2})?\s+(?:of\s+|de\s+)?{_M}(?!\s*,?\s*(?:de\s+)?(?:19|20)\d\d)\b", re.I),
)


A_YEAR = re.compile(r"\b(20\d\d)\b")


#: Words just before a date that say it is the date of the activity.
LABEL = re.compile(
    r"\b(?:date|dates|completed|completion|awarded|earned|issued|held|event|when|wann|quand|cuándo|wanneer|quando|on|datum"
    # "data" (the Italian and Portuguese word) only as a label: "Data di completamento: 22/09", not "Large Data Sets"
    r"|fecha|data(?=[^\n:\"“”]{0,30}:|\W{0,3}$)|le|am|el|op|il|em|den|termin|datum\s+und\s+uhrzeit|slot"
    r"|vom|du|del|dal|van)\b"
    r"\W{0,12}(?:\w+\W+){0,2}$",  # a form pads its labels: "Date:      Wednesday, November 4"
    re.I,
)


#: Words just before a date that say when the document was made, which may
#: be days after the activity: such a date is no label's ("ausgestellt am").
ISSUED = re.compile(
    r"\b(?:issued|issue\s+date|date\s+of\s+issue|printed|generated|ausgestellt|erstellt|erzeugt|ausstellungsdatum"
    r"|émise?|délivrée?|générée?|fait\s+à|emitid[oa]|expedid[oa]|generad[oa]|fecha\s+de\s+emisión|uitgegeven|afgegeven"
    r"|gegenereerd|aangemaakt|rilasciat[oa]|emess[oa]|generat[oa]|data\s+di\s+emissione|gerad[oa]"
    # "Délivrée à Montréal le 2026-10-09": a place may stand between
    r"|data\s+de\s+emissão)\b\W{0,4}(?:\w+\W+){0,3}$",
    re.I,
)


#: Words just before a date that say it is some other day: a deadline, a booking.
OTHER = re.compile(
    r"\b(?:by|before|until|deadline|due|expires?|expiry|valid|book(?:ing)?|block|closes|closing|closed|opens|cut-?off|sent|printed|rate|reserve|next"
    # the same in the other six languages: "Anmeldeschluss", "date limite", "fecha límite", "uiterlijk", "entro il", "prazo"
    r"|frist|anmeldeschluss|spätestens|bis\s+zum|gültig|date\s+limite|avant\s+le|jusqu['’]au|valable|fecha\s+límite"
    r"|antes\s+del|hasta\s+el|válid[oa]|uiterlijk|vóór|geldig|entro\s+il|scadenza|valido|prazo|até\s+(?:o\s+)?dia"
    # the day the holder signed up, not the activity's: "Fecha de inscripción", "Enrolled on", "Anmeldedatum"
    r"|enrol(?:l)?(?:ment|led)|registration\s+(?:date|on)|registered\s+on|date\s+registered|signed\s+up|rsvp(?:['’]?d|ed)?"
    # "You received this email because you registered for an event on Luma on March 2, 2026"
    r"|because\s+you\s+(?:registered|signed\s+up|rsvp(?:['’]?d|ed)?)(?:\s+[\w.]+){0,6}\s+on"
    # the day an order was placed (a ticket bought weeks before the event)
    r"|placed\s+on|ordered\s+on|order\s+date|purchased\s+on|booked\s+on|bestellt\s+am|gebucht\s+am|commandé\s+le"
    # an order's number and day: "Commande n° 88412093 du 01/09/2026", "Order #4471 of", "Bestellung Nr. 12 vom"
    r"|commande|order\s*(?:#|n[o°º]\.?|number|nr\.?|id\b)|bestellung|pedido|bestelling|ordine|encomenda"
    r"|registrazione|registriert\s+am|registrado\s+(?:el|em)|geregistreerd\s+op|inscrite?\s+le"
    # a ticket or a pass valid over days: "Ihr Messeticket gilt vom 16. bis 18. November"
    r"|gilt|valid\s+from|valable\s+du|válid[oa]\s+del|geldig\s+van|valid[oa]\s+dal"
    r"|réservé\s+le|pedido\s+(?:el|em)|reservado\s+(?:el|em)"
    # the holder's birthday on a German or French certificate: "geboren am 04.03.1988"
    r"|geboren|geb(?=\.)|born|née?|nacid[oa]|nat[oa]|nascid[oa]|date\s+of\s+birth|geburtsdatum|date\s+de\s+naissance"
    # another event to come: "Save the date: Splash 2027, May 10 – 13", "Die nächste Folge findet am ... statt"
    r"|save\s+the\s+date|nächste[nr]?\s+\w+|prochaine?\s+\w+|próxim[oa]\s+\w+|prossim[oa]\s+\w+|volgende\s+\w+"
    # a step before the activity: an article accepted before it was published, a proposal submitted
    r"|accepted|approved|submitted|angenommen|eingereicht|accepté|soumis|aceptado|enviado|geaccepteerd|ingediend"
    r"|accettato|inviato|aceito|submetido"
    r"|anmeldedatum|angemeldet\s+am|anmeldung\s+(?:vom|am)|date\s+d['’]inscription|inscrit\s+le|inscripción|inscrito\s+el"
    r"|inschrijf(?:datum|ving)|ingeschreven\s+op|iscrizione|iscritto\s+il|inscrição|inscrito\s+em"
    # "porque te inscribiste el 14/09/2026": the day the holder signed up
    r"|te\s+inscribiste|te\s+registraste|vous\s+vous\s+êtes\s+inscrit)\b"
    r"\W{0,4}(?:\w+\W+){0,3}$",
    re.I,
)


#: A calendar page's view after its days: "November 16–20, 2026   Work week" is what the page
#: shows, not an event's days.
CALENDAR_VIEW = re.compile(
    r"^[ \t]*(?:work\s*week|week|month|arbeitswoche|woche|monat|semaine(?:\s+de\s+travail)?|mois"
    r"|semana(?:\s+laboral)?|mes|werkweek|maand|settimana(?:\s+lavorativa)?|mese)[ \t]*$",
    re.I,
)


#: What stands between the two dates of one range: a time, a dash or "to", a weekday
#: ("Mon, Oct 13, 2025 8:00 AM – Thu, Oct 16, 2025", "jeudi 16 octobre 2025 à 8h30 au vendredi 17 ...").
RANGE_BETWEEN = re.compile(
    r"^[ \t,]*(?:(?:à|a|at|um|om|às|alle|a[ \t]+las|ore)[ \t]+)?"
    # a time and its zone before the dash: "Tue, Oct 13, 2026, 9:00 AM EDT – Wed, Oct 14, 2026"
    r"(?:\d{1,2}[:.h]\d\d[ \t]*(?:[ap]\.?[ \t]?m\.?|uhr)?(?:[ \t]*\(?[A-Z]{2,5}\)?)?)?[ \t]*"
    r"(?:[-–—]|\b(?:to|bis|au|al|tot|até|a)\b)[ \t]*"
    r"(?:[^\W\d]{2,12}\.?,?[ \t]*)?$",
    re.I,
)


#: The weekdays' names in the seven languages, Monday first.
_WEEKDAY_NAMES = (
    "monday|montag|lundi|lunes|maandag|lunedì|segunda|segunda-feira",
    "tuesday|dienstag|mardi|martes|dinsdag|martedì|terça|terça-feira",
    "wednesday|mittwoch|mercredi|miércoles|woensdag|mercoledì|quarta|quarta-feira",
    "thursday|donnerstag|jeudi|jueves|donderdag|giovedì|quinta|quinta-feira",
    "friday|freitag|vendredi|viernes|vrijdag|venerdì|sexta|sexta-feira",
    "saturday|samstag|samedi|sábado|zaterdag|sabato",
    "sunday|sonntag|dimanche|domingo|zondag|domenica",
)
#: A word that is a weekday's whole name.
WEEKDAYS = re.compile("^(?:" + "|".join(_WEEKDAY_NAMES) + ")$", re.I)
#: English weekdays written short, Monday first.
_ENGLISH_SHORT = ("mon", "tue|tues", "wed", "thu|thur|thurs", "fri", "sat", "sun")
#: The weekday a word names (Monday 0), whole or as English writes it short:
#: "Tuesday 10/11/2026", "10/11/2026 (terça-feira)" say which reading of the date is meant.
WEEKDAY_NUMBERS = {
    word: number
    for number, words in enumerate(_WEEKDAY_NAMES)
    for word in (*words.split("|"), *_ENGLISH_SHORT[number].split("|"))
}
#: A weekday written right before a date ("Tuesday, ") or right after it ("(terça-feira)").
WEEKDAY_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w-]{1,14})\.?,?[ \t]*$")
WEEKDAY_AFTER = re.compile(r"^[ \t]*[(,]?[ \t]*(?P<word>[^\W\d_][\w-]{1,14})\b")

#: "München, den", "Paris, le", "Utrecht,": a letter's place and date, the day it was written.
LETTER_PLACE = re.compile(
    # "Frankfurt am Main, den": a place's small joining words too
    r"^\s*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ \t](?:(?:am|an|der|de|del|la|le|sur|im|bei|di|do|da)[ \t])?[A-ZÀ-Þ][\w'’.-]*){0,2}),"
    r"[ \t]*(?:(?:den|le|el|il|em|op|am)[ \t]+)?$"
)


def only_a_date(text: str) -> bool:
    """Whether a value says only when: a date or a range, with at most weekdays and
    a joining word around it ("dinsdag 12 t/m donderdag 14 mei 2026")."""
    rest = text
    for pattern in PATTERNS:
        rest = pattern.sub(" ", rest)
    if rest == text:
        return False
    words = [word for word in re.findall(r"[^\W\d_]{3,}", rest) if not WEEKDAYS.match(word)]
    return not words
