"""Month names as documents write them, in English, German, French, Spanish,
Dutch, Italian and Portuguese, full and abbreviated (NFKC-folded, any case)."""

from __future__ import annotations

_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "januari", "gennaio", "gen", "janeiro"),
    ("february", "feb", "februar", "février", "févr", "fevrier", "fev", "febrero", "februari", "febbraio", "fevereiro"),
    ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "mrt", "março", "marco"),
    ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "mei", "maggio", "mag", "maio"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    ("september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"),
)  # fmt: skip

MONTHS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, 1) for name in names}

#: A regular expression for any month name, the longest first so that
#: "September" is not read as "Sep".
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
