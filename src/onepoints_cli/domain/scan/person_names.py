"""A line that is a person's name: the holder printed large on a certificate
("Jamie Okafor", "Ing. Jakub Novák", "Daniel Ortiz, CPA"), often larger than
the course it names, so never taken for the title."""

from __future__ import annotations

import re

#: Honorifics and academic titles written before a name, in the seven languages and Central Europe's.
_BEFORE = re.compile(
    r"^(?:mr|mrs|ms|mx|dr|prof|ing|mgr|mag|dipl|dott|dott\.ssa|dottoressa|sr|sra|srta|herr|frau|m|mme|mlle"
    r"|dhr|mevr|drs|ir|bc|phdr|judr|rndr|sig|sigra|monsieur|madame|señor|señora|signor|signora)\.?a?$",
    re.I,
)
#: Words joining a family name ("van der Berg", "da Silva"), written in lower case.
_PARTICLES = frozenset("van von der den de da das dos di du del della la le ter ten bin al el y e".split())
#: Letters after a name, after a comma: "Daniel Ortiz, CPA", "Priya Raman, CPA, CMA".
_AFTER = re.compile(r",\s*(?:[A-Z][A-Za-z.]{1,6})(?:\s*,\s*[A-Z][A-Za-z.]{1,6})*\s*$")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_'’]|['’-](?=[^\W\d_]))*\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")

#: Words of titles, events and firms that names do not hold: one of them and the line is no name.
#: Lower case; matched against each word case-folded.
_TOPIC_WORDS = frozenset(
    """
    onestream splash wave tech talk talks webinar webinars course courses training session sessions lab
    planning plan consolidation reporting reports close data integration workflow workflows cube cubes views
    dashboards dashboard financial finance budget budgeting forecast forecasting essentials foundations
    fundamentals administrator administration advanced introduction intro deep dive workshop summit conference
    academy university learning path program programme series user users group community challenge
    software solutions analytics account accounts reconciliations reconciliation transaction matching tax
    lease leases capital management performance people model models rules business intelligence excel
    edition release press article book handbook guide best practices practice hands-on day days week live
    online virtual europe emea americas apac anz nordics dach benelux iberia italia france deutschland
    partner partners services consulting advisory group inc llc ltd gmbh ag corporation company
    certificate certification achievement completion attendance participation award recognition
    planung konsolidierung schulung kurs formation cours curso corso cursus opleiding formazione formação
    seminar seminario webinaire webinario jornada evento événement veranstaltung
    """.split()
)


def after_honorifics(words: list[str]) -> list[str]:
    """The words of a name after the honorifics written before it ("Dr.", "Mme", "Sig.ra")."""
    while words and _BEFORE.match(words[0]):
        words = words[1:]
    return words


def person_shaped(line: str) -> bool:
    """Two to four capitalised words (and the particles of a family name), after
    any honorific and before any letters after a comma, none a word of a title."""
    words = after_honorifics(_AFTER.sub("", line.strip()).split())
    names = [word for word in words if word not in _PARTICLES]
    if not 2 <= len(names) <= 4 or not names[0][0].isupper():
        return False
    for word in names:
        if not _WORD.match(word) or not word[0].isupper() or word.casefold().strip(".") in _TOPIC_WORDS:
            return False
    # initials alone are no name ("A. B."); a name has at least two letters in each of two words
    return sum(1 for word in names if not _INITIAL.match(word)) >= 2
