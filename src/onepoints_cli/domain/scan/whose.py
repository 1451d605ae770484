"""Whose activity a document records: the person a certificate is made out to
or congratulates, or who accepted a meeting. With the holder's name
(holder_name in config.toml) a document about someone else is skipped: a
colleague's certificate printed or forwarded FYI, a colleague's acceptance.
Without it nothing is skipped here.

A greeting ("Hi Dana,") does not count: the holder writes one to an organiser
in a reply, and a forward keeps the colleague's; fourteen evidence emails of
the blind sets greet someone else. Nor does a quoted header's "To:": the
holder's own message to the organiser, quoted in the reply, is addressed to
the organiser (seven evidence emails of the blind sets)."""

from __future__ import annotations

import re
import unicodedata

from ..rules import MAX_SCAN_WHOSE_CHARS
from .person_names import after_honorifics, person_shaped

#: The words that make a certificate out to a person; the name follows on the line or the next.
_MADE_OUT = re.compile(
    r"(?:certif(?:y|ies)|confirms?|attests?)\s+that|(?:awarded|presented|issued|granted)\s+to"
    r"|bescheinigt,?\s+dass|verliehen\s+an|certifi(?:e|ons)\s+que|attest(?:e|ons)\s+que|décerné\s+à"
    r"|certifica\s+que|otorgad[oa]\s+a|verklaart\s+dat|uitgereikt\s+aan|attesta\s+che|conferito\s+a"
    r"|concedid[oa]\s+a",
    re.I,
)
#: Words after the name that end it on its line: "Priya Raman has successfully completed".
_NAME_END = re.compile(
    r"\s+(?:has|have|hat|a|ha|heeft|successfully|attended|participated|completed|for)\b.*$|[,!.:;].*$", re.I
)
_CONGRATULATED = re.compile(
    r"(?:congratulations|herzlichen\s+glückwunsch|félicitations|felicidades|felicitaciones|gefeliciteerd"
    r"|congratulazioni|parabéns),?\s+([^\n!,.]{2,60})[!,.]",
    re.I,
)
#: Outlook's reply to a meeting request: "Jordan Example has accepted this meeting."
_ACCEPTED = re.compile(r"^(.{3,60}?) has (?:accepted|tentatively accepted) this meeting", re.I | re.M)
#: Words that name nobody: "Congratulations, all!", "Félicitations aux participants".
_NOBODY = frozenset(
    """
    all everyone everybody there team colleague colleagues participant participants attendee attendees
    customer customers partner partners member members learner learners user users friend friends
    community sir madam sirs valued student students speaker speakers presenter presenters registrant
    teilnehmer teilnehmerin teilnehmende kunde kundin kollege kollegin kolleginnen damen herren
    participant·e participante participantes partecipante partecipanti cliente clientes deelnemer
    deelnemers collega collega's klant amigos amici tous todos tutti allemaal
    """.split()
)


def someone_else(text: str, holder: str | None) -> str | None:
    """The person the text is about when that is not the holder, else None. A
    name is the holder's when it shares one word with holder_name ("Sam",
    "TAYLOR, Samantha", "Ms. Taylor"); when the text names several people, one
    of them the holder's is enough."""
    names = _about(text[:MAX_SCAN_WHOSE_CHARS]) if holder else []
    if not names or any(_words(name) & _words(holder or "") for name in names):
        return None
    return names[0]


def _about(text: str) -> list[str]:
    names = [_made_out(text, match.end()) for match in _MADE_OUT.finditer(text)]
    names += [_person(m.group(1)) for m in _CONGRATULATED.finditer(text)]
    names += [m.group(1).strip() for m in _ACCEPTED.finditer(text) if person_shaped(m.group(1).strip())]
    return [name for name in names if name]


def _made_out(text: str, at: int) -> str:
    """The name after "certifies that": the rest of the line, else the next line."""
    for line in text[at:].split("\n", 2)[:2]:
        # "Dr. Kenji Nakamura": the honorific's full stop ends no name
        words = after_honorifics(line.split())
        name = _NAME_END.sub("", " ".join(words)).strip()
        if name:
            return name if person_shaped(name) else ""
    return ""


def _person(words: str) -> str:
    """A first name alone ("Elena"), a family name after an honorific ("Ms. Okafor") or a
    whole name; "" for words of everyone ("all", "participants")."""
    parts = after_honorifics(words.split())
    if not parts or any(part.casefold().strip(".") in _NOBODY for part in parts):
        return ""
    name = " ".join(parts)
    whole = person_shaped(name)
    return name if whole or (len(parts) == 1 and parts[0][:1].isupper() and parts[0].isalpha()) else ""


def _words(name: str) -> set[str]:
    """A name's words of two letters or more, without accents, case folded."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {word for word in re.findall(r"[^\W\d_]{2,}", plain)}
