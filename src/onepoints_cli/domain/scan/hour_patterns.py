"""The patterns hours are read with, in the seven languages: a figure and its
unit, labels that say what a figure counts (a total, CPE credits, a
duration), loose hours, the words that make a figure no length (a reminder,
a reading time, a credit's worth) and OnePoints awarded."""

from __future__ import annotations

import re

#: Numbers spelled out (one to twelve, and the hours of two or three days), in German, French, Spanish, Dutch, Italian and Portuguese
#: ("acht Stunden", "cuatro horas", "un'ora"); English's are in WORDS.
_SPELLED = {
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9,
    "tien": 10, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10,
    # the longer courses: two or three days' hours
    "vierzehn": 14, "sechzehn": 16, "achtzehn": 18, "zwanzig": 20, "quatorze": 14, "seize": 16, "dix-huit": 18,
    "vingt": 20, "catorce": 14, "dieciséis": 16, "dieciocho": 18, "veinte": 20, "veertien": 14, "zestien": 16,
    "achttien": 18, "twintig": 20, "quattordici": 14, "sedici": 16, "diciotto": 18, "venti": 20, "catorze": 14,
    "dezesseis": 16, "dezoito": 18, "vinte": 20,
}  # fmt: skip


WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "sixteen": 16,
    "eighteen": 18, "twenty": 20, **_SPELLED,
}  # fmt: skip


_SPELLED_PATTERN = "|".join(sorted(_SPELLED, key=len, reverse=True))


_N = (
    r"(?<![\d.,])(?P<n>\d{1,4}(?:[.,]\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|sixteen|eighteen|twenty"
    rf"|{_SPELLED_PATTERN}|an?)"
)


_SEP = r"[ \t]*(?:[:=]|-|–)?[ \t]*"  # one line: spaces and tabs, never a newline


_HR = r"(?:hours?|hrs?|h|(?:zeit|lehr)?stunden?|std|heures?|horas?|uren|uur|ore|ora)\b"


#: "Total" in the seven languages: a transcript's or a multi-day course's sum.
_TOTAL = r"(?:grand[ \t]+total|total|totaal|gesamt|insgesamt|totale|summe)"


#: A label that says the figure after it is hours, in the seven languages
#: ("Aantal uren: 6", "Carga horária: 1h30", "Contact hours: 2.5").
_HOURS_LABEL = (
    r"(?:contact[ \t]+hours?|attendance[ \t]+hours?|hours[ \t]+attended|clock[ \t]+hours?|seat[ \t]+time|learning[ \t]+time"
    # "Hours of live content: 5.5", "hours of instruction": the unit first, then what it counts
    r"|hours[ \t]+of[ \t]+(?:live[ \t]+)?(?:content|instruction|training|learning|sessions?|attendance)"
    r"|time[ \t]+in[ \t]+(?:lesson|course|module|training)|time[ \t]+spent"
    # "Temps de formation attesté : 6 h 30", "Training time", in the seven languages
    r"|training[ \t]+(?:time|hours)|instruction(?:al)?[ \t]+time|temps[ \t]+de[ \t]+formation(?:[ \t]+attesté)?|tiempo[ \t]+de[ \t]+formación|tempo[ \t]+de[ \t]+formação"
    r"|tempo[ \t]+di[ \t]+formazione|schulungszeit|schulungsdauer|opleidingstijd|trainingstijd"
    r"|lernzeit|temps[ \t]+d['’]apprentissage|tiempo[ \t]+de[ \t]+aprendizaje|leertijd|tempo[ \t]+di[ \t]+apprendimento"
    r"|tempo[ \t]+de[ \t]+aprendizagem|aantal[ \t]+(?:uren|uur)|studie(?:uren|belasting)|anzahl[ \t]+(?:der[ \t]+)?stunden"
    r"|stundenanzahl|stundenumfang|unterrichtsstunden|nombre[ \t]+d['’]heures|volume[ \t]+horaire|heures[ \t]+de[ \t]+formation"
    r"|carga[ \t]+(?:horária|horaria|lectiva)|n[úu]mero[ \t]+de[ \t]+horas|horas[ \t]+(?:lectivas|de[ \t]+formaci[óo]n|de[ \t]+forma[çc][ãa]o)"
    r"|numero[ \t]+(?:di[ \t]+)?ore|monte[ \t]+ore|ore[ \t]+(?:di[ \t]+)?formazione"
    # "Formación acreditada: 6,5 horas", "Accredited training: 6 hours"
    r"|(?:formación|formação|formazione|formation|training|fortbildung|weiterbildung|opleiding)[ \t]+"
    r"(?:acreditada|accreditata|accréditée|accredited|anerkannt|geaccrediteerd|certificada|certificata)"
    r"|accredited[ \t]+training"
    # the time a body recognises: "Anrechenbare Zeit: 6,5 Zeitstunden", "Creditable hours: 3"
    r"|anrechenbare[ \t]+(?:zeit|stunden)|creditable[ \t]+(?:time|hours)|eligible[ \t]+hours"
    # the hours the holder was there: "Aantal contacturen: 6", "Ore frequentate: 10,5" (not "Ore previste")
    r"|(?:aantal[ \t]+)?contacturen|ore[ \t]+frequentate|horas[ \t]+(?:asistidas|cursadas|frequentadas)"
    r"|heures[ \t]+suivies|besuchte[ \t]+stunden"
    r"|heures[ \t]+(?:admissibles|reconnues)|horas[ \t]+(?:computables|reconocidas|reconhecidas)|erkende[ \t]+uren)"
)


#: "1h30", "2h", "1 h 30": hours and minutes as French, Italian and Portuguese write them.
_H_MIN = r"(?<![\d.,])(?P<h>\d{1,2})[ \t]?h[ \t]?(?:(?P<m>[0-5]\d)(?:[ \t]?m(?:in)?)?)?(?![\w])"  # "1h30", "3h 00m"


_MIN = r"(?:minutes?|mins?|m|minuten|minutos|minuti)\b"


_HM = (
    rf"(?<![\d.,])(?P<h>\d{{1,2}})[ \t]*{_HR}\.?(?:[ \t]*(?:(?:and|und|et|y|e|en)[ \t]+)?(?P<m>\d{{1,2}})[ \t]*{_MIN})?"
    r"(?![ \t]?\d)"
)  # "1 hr 30 min", "1 hora e 30 minutos", "2 Stunden und 15 Minuten"


POINTS = re.compile(
    # "OnePoints awarded: 10", and "OnePoints toegekend 10", "OnePoints vergeben", "OnePoints attribués"...
    r"\bOnePoints?(?:[ \t]+(?:awarded|earned|credited|toegekend|verdiend|vergeben|erhalten|gutgeschrieben"
    r"|attribués|obtenus|crédités|otorgados|obtenidos|asignados|assegnati|ottenuti|riconosciuti|atribuídos"
    rf"|concedidos|obtidos))?{_SEP}(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)\b",
    re.I,
)


POINTS_AFTER = re.compile(r"\b(?P<n>\d{1,4}(?:[.,]\d{1,2})?)[ \t]+OnePoints?\b", re.I)


#: Wrapped: the figure ends a sentence's line ("earns 10" / "OnePoints"), not a table's cell
#: ("2,150" over "OnePoints").
POINTS_WRAPPED = re.compile(r"(?<=[^\W\d][ \t])(?P<n>\d{1,4})[ \t]*\n[ \t]*OnePoints?\b", re.I)


#: "Pontuação OnePoints atribuída ao autor: 10 pontos": a few words between, and the unit after.
POINTS_WORDED = re.compile(
    r"\bOnePoints?(?:[ \t]+[^\W\d]+){1,4}[ \t]*:[ \t]*(?P<n>\d{1,4}(?:[.,]\d{1,2})?)[ \t]*"
    r"(?:points?|pontos?|punkte?|puntos?|punti|punten|pts?)\b",
    re.I,
)


#: Points with no "OnePoints", as a line's label ("Points awarded: 8", "Contributor points awarded 6",
#: "Points: 8"): in a document about OneStream most likely OnePoints, but not surely, so only guessed.
#: Never another platform's ("Skill points earned: 20", "CPE points: 2": the line opens with them)
#: nor a score ("18/20", "91%", "45 of 50").
POINTS_LABELLED = re.compile(
    r"^[ \t]*(?:(?:contributor|author)[ \t]+)?points?(?:[ \t]+(?:awarded|earned|credited))?[ \t]*:?[ \t]+"
    r"(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\b(?![ \t]*(?:/|%|of\b|out\b|[.,]\d))",
    re.I | re.M,
)


# not a multiplier: "2 x 6.5 hours" is two sessions, not two hours
_NUMBER = r"(?P<n>\d{1,4}(?:[.,]\d{1,2})?)\b(?![ \t]*[x×][ \t]*\d)"


#: The unit after a total's words: "Total course hours: 12", "Total de horas: 12", "Totaal aantal uren: 12".
_TOTAL_UNIT = r"(?:hours?|hrs|credits?|stunden|heures|horas|uren|ore|crediti|créditos|crédits)"


#: A short aside between a label and its figure: "Total learning hours (path): 42.50".
_ASIDE = r"(?:[ \t]*\([^()\n]{1,20}\))?"


#: A duration's label: "Schulungsdauer", "Kursdauer" too; "una duración de", "della durata di" before the figure.
#: Not a recording's ("Recording length: 57:48", "Videodauer"): a replay's minutes and seconds.
_DURATION = (
    r"(?<!recording )(?<!video )(?<!replay )"
    r"(?:\b(?!video|aufzeichnungs|opname)\w*dauer|\b(?!video|opname)\w*duur"
    r"|\b(?:duration|length|umfang|durée|duración|durata|duração))"
    r"(?:[ \t]+(?:of|de|di|van|von))?"
    # "Duración del curso: 1:30 h", "Duration of the course: 2 hours"
    r"(?:[ \t]+(?:del|de\s+la|of\s+the|du|des|della|dello|do|da|des|der)[ \t]+(?:curso|course|cours|corso|kurs(?:es)?"
    r"|webinars?|sessions?|sesión|sessione|sessão|formation|formación|formazione|formação|training|evento|event|programs?))?"
    r"(?:[ \t]*\([^()\n]{1,8}\))?"  # "Duration (hh:mm): 03:30"
    # "Duration: approx. 45 minutes", "Dauer: ca. 2 Stunden", "Durée : environ 1 h"
    r"(?:[ \t]*:?[ \t]*(?:approx(?:imately|\.)?|about|around|ca\.|circa|etwa|ungefähr|environ|aprox(?:imadamente|\.)?"
    r"|ongeveer|circa|cerca\s+de|aproximadamente))?"
)


#: "Durée totale", "Durata complessiva", "Gesamtdauer": the whole length, in the seven languages.
_WHOLE_LENGTH = (
    r"(?:(?:durée|duración|durata|duração|dauer|duur|duration|carga[ \t]+hor[áa]ria)[ \t]+"
    r"(?:totale?|total|totaal|complessiv[ao]|globale?|complet[ao]|gesamt)|gesamtdauer|gesamtstunden)"
)


#: "duración total de 12 horas", "durata complessiva di 8 ore": a preposition before the figure.
_OF = r"(?:[ \t]+(?:de|di|of|von|van|du|da))?"


LABELLED: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A labelled total wins over a daily time range, with up to three words between "total" and its unit.
    ("total", re.compile(
        rf"\b{_TOTAL}(?:[ \t]+(?!{_TOTAL_UNIT}\b)[^\W\d][\w'’-]*){{0,3}}?[ \t]+{_TOTAL_UNIT}\b"
        # "Total hours of attendance: 12.0", "Total de horas de formación: 6"
        r"(?:[ \t]+(?:of|de|di|der|van|du|des)[ \t]+[^\W\d][\w'’-]*(?:[ \t]+[^\W\d][\w'’-]*)?)?"
        rf"{_ASIDE}{_SEP}{_NUMBER}"
        rf"(?![ \t]*(?:{_MIN}|%|/))", re.I)),
    # "a total of 12 hours", "Durée totale : 21 heures", "Gesamtdauer: 16 Stunden", "Carga horária total: 6"
    # "for a total of 16 instructor-led hours": a word or two may say which hours
    ("total", re.compile(
        rf"\b(?:a[ \t]+)?total[ \t]+of[ \t]+{_NUMBER}(?:[ \t]+[^\W\d][\w-]*){{0,2}}?[ \t]*{_TOTAL_UNIT}", re.I)),
    # "12 hours total", "14 Stunden insgesamt", "21 heures au total": the word after the figure
    ("total", re.compile(rf"\b{_NUMBER}[ \t]*{_HR}[ \t]+(?:in[ \t]+|au[ \t]+|en[ \t]+)?(?:total|insgesamt|totale?|in[ \t]+totaal|all)\b", re.I)),
    # "Durata complessiva: 3 ore e 30 minuti": hours and minutes, read whole
    ("total", re.compile(rf"\b{_WHOLE_LENGTH}{_OF}{_SEP}{_HM}", re.I)),
    ("total", re.compile(
        rf"\b{_WHOLE_LENGTH}{_OF}{_SEP}{_NUMBER}(?:[ \t]*{_HR})?(?![ \t]*(?:{_MIN}|%|/|[:.]\d))", re.I)),
    # A transcript lists each course's hours, then their total (often on its last page).
    ("total", re.compile(
        rf"\b(?:grand[ \t]+)?total[ \t]+(?:CPE[ \t]+|credit[ \t]+|learning[ \t]+|training[ \t]+|contact[ \t]+)?(?:hours?|credits?)"
        rf"(?:[ \t]+(?:earned|completed|awarded))?{_SEP}(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)\b", re.I)),
    ("total", re.compile(rf"\b{_TOTAL}{_SEP}{_HM}", re.I)),  # "total 4 h 15 min", "Totaal: 12 uur"
    # "Total learning time: 18 hours", "Gesamte Lernzeit: 14 Stunden": the unit after the figure
    ("total", re.compile(rf"\b{_TOTAL}(?:[ \t]+[^\W\d][\w'’-]*){{1,3}}[ \t]*:[ \t]*{_HM}", re.I)),  # "4 uur 15 minuten"
    ("total", re.compile(
        rf"\b{_TOTAL}(?:[ \t]+[^\W\d][\w'’-]*){{1,3}}[ \t]*:[ \t]*(?P<n>\d{{1,3}}[.,]\d{{1,2}})[ \t]*{_HR}", re.I)),
    ("total", re.compile(
        rf"\b{_TOTAL}{_SEP}(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)[ \t]*(?:CPE[ \t]+)?(?:credit[ \t]+)?(?:hours?|hrs?|credits?|{_HR})",
        re.I)),
    # "8 CPE credits", not "1 CPE credit = 50 minutes" (what a credit is worth)
    ("cpe-credits", re.compile(rf"\b{_N}[ \t]*(?:CPE|NASBA)\b(?![ \t]+credits?[ \t]*(?:=|equals\b|is\s+(?:based|equal)))", re.I)),
    # "Duración en horas: 20", "Duration in hours 20": the unit in the label
    ("stated-hours", re.compile(
        rf"\b(?:duration|duración|durée|dauer|duur|durata|duração)[ \t]+(?:en|in|em)[ \t]+(?:horas|hours|heures|stunden|uren|ore)"
        rf"{_SEP}{_NUMBER}(?![ \t]*(?:{_MIN}|%|/|[:.]\d))", re.I)),
    ("cpe-credits", re.compile(
        # the British say CPD ("CPD hours: 3.0")
        rf"\b(?:CPE|CPD)(?:[ \t-]+(?:credits?|hours?|units?|punkte|points|crédits?|créditos?|crediti|punten|pontos|horas|heures|stunden|ore|uren))?(?:[ \t]+(?:earned|awarded|available|offered|eligible))?{_SEP}(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)\b"
        rf"(?![ \t]*(?:{_MIN}|%))",  # "1 CPE credit = 50 minutes" says what a credit is worth
        re.I)),
    ("credit-hours", re.compile(
        r"\b(?:total[ \t]+)?(?:credit[ \t]+hours?|(?:credits?|crédits?|créditos?|crediti|kredite?|credits?punten)(?:[ \t]+(?:earned|awarded|obtenus|obtenidos|erhalten|ottenuti|obtidos))?|total[ \t]+hours?|hours[ \t]+(?:earned|completed|awarded)"
        # "Learning hours recorded: 4.5"
        rf"|(?:learning|training)[ \t]+hours?(?:[ \t]+(?:recorded|logged|attested|earned|completed))?){_SEP}(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)\b(?![ \t]*(?:{_MIN}|%|/))",
        re.I)),
    # "completed 6.0 hours of instructor-led training": the hours the holder earned.
    ("hours-completed", re.compile(
        r"\b(?:completed|earned|attended)[ \t]+(?P<n>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*(?:hours?|hrs?)\b", re.I)),
    ("stated-hours", re.compile(rf"\b{_HOURS_LABEL}{_SEP}{_H_MIN}", re.I)),
    # "Hours: 6", "Stunden: 8", "Heures : 7" as a form's row: a label of its own line
    ("stated-hours", re.compile(
        rf"^[ \t]*(?:hours|stunden|heures|horas|uren|ore)[ \t]*:[ \t]*(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?)\b(?![ \t]*(?:{_MIN}|%|/|[:.]\d))",
        re.I | re.M)),
    ("stated-hours", re.compile(rf"\b{_HOURS_LABEL}{_SEP}{_HM}", re.I)),
    # "de 9 h 30 à 17 h 00, soit 6 heures de sessions": the length a time range is said to make
    ("stated-hours", re.compile(
        # "09:00 – 16:30 Uhr, davon 7 Stunden Unterricht": the part of the day that is taught
        rf"(?:\bsoit|\bi\.e\.|\bthat\s+is|\bdas\s+sind|\bes\s+decir|\bo\s+sea|\bou\s+seja|\bossia|\bcioè|\bdus"
        rf"|\bdavon|\bof\s+which|\bdont|\bde\s+l[oa]s\s+cuales|\bwaarvan|\bdi\s+cui|\bdos\s+quais)"
        rf"[ \t,]+(?:(?:a\s+total\s+of|insgesamt|au\s+total|en\s+total|in\s+totale|no\s+total)[ \t]+)?{_HM}", re.I)),
    # "24 Unterrichtsstunden à 45 Minuten", "8 Unterrichtseinheiten (1 UE = 45 Minuten)": a course's teaching
    # units, each of so many minutes: its whole (a day's "08:30 – 15:30" beside it is no contradiction)
    ("total", re.compile(
        r"\b(?P<units>\d{1,3})[ \t]+(?:unterrichtsstunden|unterrichtseinheiten|UE|lektionen|lesuren|teaching[ \t]+units?"
        r"|unités?[ \t]+d['’]enseignement|ore[ \t]+didattiche)"
        r"(?:[ \t]+(?:à|a|zu(?:[ \t]+je)?|je|of|van|de|da)[ \t]+|[ \t]*\([ \t]*1[ \t]*(?:UE|unit|einheit|stunde)?[ \t]*=[ \t]*"
        # "8 UE (Unterrichtseinheiten à 50 Minuten)": the unit's name, then what each is worth
        r"|[ \t]*\([ \t]*(?:unterrichtseinheiten|unterrichtsstunden|lektionen)[ \t]+(?:à|a|zu(?:[ \t]+je)?|je)[ \t]+)"
        r"(?P<each>\d{2})[ \t]*min(?:uten|utes|uti|utos)?\.?", re.I)),
    # "6 hours of structured learning": a CPD record's hours, said with what kind of learning
    ("stated-hours", re.compile(
        rf"\b{_N}[ \t]+hours?[ \t]+of[ \t]+(?:structured|verifiable|formal|continuing|professional)[ \t]+"
        r"(?:learning|development|education|training)\b", re.I)),
    # "6,5 ore di formazione effettiva", "8 hours of training": the figure before what it counts
    ("stated-hours", re.compile(
        rf"\b{_N}[ \t]+(?:ore|horas|heures|stunden|uur|hours?)[ \t]+(?:di|de|of|an|aan)[ \t]+(?:formazione|formación|formation"
        r"|formação|training|schulung|opleiding|instruction)\b", re.I)),
    # "6.5 total hours · 87 lectures": a course page's length
    ("stated-hours", re.compile(rf"\b{_N}[ \t]+total[ \t]+hours?\b", re.I)),
    # "(14 contact hours)", "3 CPE hours": the figure before the words that say what it counts
    ("stated-hours", re.compile(
        rf"\b{_N}[ \t]+(?:contact|credit|CPE|CPD|clock|training|learning|seat)[ \t-]+hours?\b", re.I)),
    ("stated-hours", re.compile(rf"\b{_HOURS_LABEL}{_SEP}(?P<mins>\d{{1,3}})[ \t]*{_MIN}", re.I)),  # "Carga horária: 60 minutos"
    ("stated-hours", re.compile(rf"\b{_HOURS_LABEL}{_SEP}(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?)\b(?![ \t]*(?:{_MIN}|%|/|[:.]\d))", re.I)),
    # an email's table as text: "Training Hours:" over "7.50", the figure alone on its line
    ("stated-hours", re.compile(
        rf"\b{_HOURS_LABEL}[ \t]*:[ \t]*\n[ \t]*(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?)[ \t]*(?:{_HR})?[ \t]*$", re.I | re.M)),
    ("duration", re.compile(rf"{_DURATION}{_SEP}(?:of[ \t]+)?{_HM}", re.I)),
    ("duration", re.compile(rf"{_DURATION}{_SEP}{_H_MIN}", re.I)),
    ("duration", re.compile(rf"{_DURATION}{_SEP}(?:of[ \t]+)?(?P<mins>\d{{1,3}})[ \t]*{_MIN}", re.I)),
    ("duration", re.compile(rf"{_DURATION}{_SEP}(?P<h>\d{{1,2}}):(?P<m>\d\d)\b", re.I)),
    ("duration", re.compile(rf"{_DURATION}{_SEP}(?:of[ \t]+)?{_N}(?:[ \t]*|['’])(?:total[ \t]+)?{_HR}", re.I)),  # "6.5 total hours"
)  # fmt: skip


LOOSE_HM = re.compile(rf"\b{_HM}", re.I)


LOOSE_H_MIN = re.compile(rf"\b{_H_MIN}", re.I)


LOOSE_HOURS = re.compile(rf"\b{_N}[ \t-]*(?:hours?|hrs?)\b", re.I)


#: "acht Stunden", "cuatro horas", "un'ora": a spelled number before an hour of the other six languages.
LOOSE_SPELLED = re.compile(
    rf"\b(?P<n>{_SPELLED_PATTERN})(?:[ \t]+|['’])(?:stunden?|heures?|horas?|uur|uren|ore|ora)\b", re.I
)


#: "insgesamt 21 Unterrichtsstunden", "10 horas lectivas" with no minutes given for each: a
#: teaching hour may be 45 minutes or 60, so the count is a guess.
LOOSE_TEACHING_HOURS = re.compile(
    r"\b(?<![\d.,])(?P<n>\d{1,3})[ \t]+(?:unterrichtsstunden|lektionen|horas[ \t]+lectivas|ore[ \t]+didattiche"
    r"|lesuren)\b",
    re.I,
)


#: "45 minutes", and as the other languages write it: "45 minuten", "90 minuti", "60 minutos".
LOOSE_MINUTES = re.compile(
    r"\b(?<![\d.,])(?P<mins>\d{1,3})[ \t-]*(?:minutes?|mins?|minuten|minuti|minutos)\b", re.I
)


#: A reminder or a deadline, not a length: "begins in 1 hour", "2 hours before".
#: Minutes said to follow a duration: "45 minutes, followed by 15 minutes of questions".
ADDED_MINUTES = re.compile(
    r"\b(?:followed\s+by|plus|seguid[oa]s?\s+de|gefolgt\s+von|suivies?\s+de|suivis?\s+de|gevolgd\s+door|seguit[oi]\s+da)"
    r"\s+(?P<mins>\d{1,3})\s*min(?:utes|utos|uten|uti)?\b",
    re.I,
)
REMINDER_BEFORE = re.compile(
    # "Reading time: 9 minutes": an article's, not an activity's length
    r"\b(?:reading\s+time|lesezeit|lesedauer|temps\s+(?:moyen\s+)?de\s+lecture|tiempo\s+(?:medio\s+)?de\s+lectura|leestijd"
    r"|tempo\s+(?:medio\s+)?di\s+lettura|tempo\s+(?:médio\s+)?de\s+leitura)"
    # "Tempo di lettura stimato: 8 minuti", "Estimated reading time: 12 minutes"
    r"(?:\s+(?:stimato|estimado|estimé|geschätzt|estimated|geschat))?\s*:?\s*$"
    r"|\b(?:in|within|every|after|up\s+to|last|past|next|for\s+the\s+next|innerhalb\s+von|binnen|dans|dentro\s+de"
    # "dans les 48 heures", "within the next 24 hours": an article between
    r"|entro|em|en)\s+(?:(?:about|the|les|den|die|de|los|las|le|gli|le|os|as)\s+)?$",
    re.I,
)


#: Other activities counted before a figure in the same sentence: "3 more activities in the path
#: (approx. 6 hours)" is their length, not this one's.
#: A time of day, not a length: "à 8h30", "a partir de 19h00", "om 9h", "alle 14h30", "at 9h".
AT_A_TIME_BEFORE = re.compile(
    r"(?:\b(?:à|às|alle|um|om|at|dès|ab|vanaf|from|a\s+las?|(?:à|a)\s+partir\s+de|jusqu['’]à|hasta\s+las?"
    r"|fino\s+alle|até\s+às?)|\ball['’])[ \t]*$",
    re.I,
)


OTHERS_BEFORE = re.compile(
    r"\b(?:more|remaining|other|further|upcoming|next)\s+(?:\w+\s+)?(?:activities|courses|modules|sessions|lessons"
    r"|webinars|talks|events)\b|\bweitere[nr]?\s+(?:kurse|module|aktivitäten|sitzungen)\b|\bautres\s+(?:cours|modules|activités)\b"
    r"|\bmás\s+(?:cursos|módulos|actividades)\b|\bmeer\s+(?:cursussen|modules|activiteiten)\b|\baltri\s+(?:corsi|moduli)\b"
    r"|\bmais\s+(?:cursos|módulos|atividades)\b",
    re.I,
)


REMINDER_AFTER = re.compile(
    # "a 50-minute CPE hour": what a credit is worth, not a length
    r"^\s*(?:(?:cpe\s+|credit\s+)?hour\b|before|prior|ago|earlier|later|from\s+now|in\s+advance|notice|reminder|vorher|zuvor|vor\s+(?:beginn|start)"
    r"|avant|antes|prima|voor\s+(?:aanvang|de\s+start)|van\s+tevoren|de\s+antecedência"
    # "including a 30-minute break", "30 Minuten Pause": a pause, not time spent learning
    r"|(?:coffee\s+|lunch\s+)?break|pause|pausa|mittagspause|lunch"
    # an article's "8-minute read", "8 min de lectura": the time to read it, not an activity's
    r"|read|de\s+lectura|lesezeit|leestijd|di\s+lettura|de\s+leitura|de\s+lecture)\b",
    re.I,
)


#: The time the holder attended, watched or read ("Attendance: 58 minutes", "Your viewing time",
#: "about 2 hours of reading"), or a credit's worth: no length of the program, so it does not
#: outweigh its credits.
#: Credits said to be worth 50 minutes each (NASBA's rule): a count of credits, not of clock hours.
FIFTY_MINUTE_CREDITS = re.compile(
    r"\b50[-\s]?min(?:ute)?s?\b(?:[^.\n]{0,30}\bhour)?|\bone\s+cpe\s+credit\s*=\s*50", re.I
)


ATTENDED_TIME = re.compile(
    r"\b(?:attendance|viewing\s+time|time\s+(?:viewed|watched|attended)|watched|anwesenheit|présence|asistencia"
    r"|aanwezigheid|presenza|presença|reading|preparation|pre-?work|self-study|homework|lektüre|lecture|lectura"
    r"|credits?\s*(?:=|equals))",  # "1 CPE credit = 50 minutes": what a credit is worth
    re.I,
)


NOT_ONEPOINTS = re.compile(r"\b(?:not|no|kein\w*|pas|niet|geen|non|não|nicht)\s+$", re.I)


#: "... and a half" after an hour, in the seven languages.
AND_A_HALF = re.compile(
    r"[ \t]+(?:and[ \t]+a[ \t]+half|und[ \t]+eine?[ \t]+halbe|et[ \t]+demie|y[ \t]+media|en[ \t]+een[ \t]+half"
    r"|e[ \t]+mezz[ao]|e[ \t]+meia)\b",
    re.I,
)
