"""Confidence gates on a title: shapes a real title seldom has, each a small
named rule. A title that fails one is kept (it may well be right, and a right
guess still counts) but marked guessed with the rule's reason, so that no
wrong title is shown as found. The words are those of English, German,
French, Spanish, Dutch, Italian and Portuguese."""

from __future__ import annotations

import re

from .headings import BOILERPLATE
from .records import Caveat, Field
from .text import SUBJECT_HEADER
from .title_words import GENERIC, strip_title

#: You, your, in the seven languages; German's "Sie", "Ihr", "Du" only capitalised (lowercase: they, her).
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|você|vocês|vous|votre|vos|usted|ustedes|tú|tu|tus|vuestro|vuestra|jij|jouw|uw|lei|tuo|tua"
    r"|tuoi|seu|sua|seus|suas)\b",
    re.I,
)
_SECOND_PERSON_CASED = re.compile(r"(?<!^)\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Du|Dein|Deine|Deinen)\b")
#: A completion or registration verb: the sentence around the title, not the title.
_DONE_VERB = re.compile(
    r"\b(?:completed|registered|enrolled|attended|concluiu|completou|finalizou|terminou|inscreveu|a\s+terminé"
    r"|a\s+complété|a\s+réussi|avez\s+(?:terminé|complété|réussi|suivi)|inscrit(?:e)?|abgeschlossen|absolviert"
    r"|angemeldet|teilgenommen|completado|completó|terminado|finalizado|inscrito|registrado|completato|terminato"
    r"|concluso|iscritto|registrato|voltooid|afgerond|ingeschreven|aangemeld|deelgenomen)\b",
    re.I,
)
#: Words a title does not end with: a preposition, an article or a conjunction (a wrapped line was cut).
_DANGLING = re.compile(
    r"\b(?:a|an|the|and|or|of|for|to|in|on|at|with|by|from|into|der|die|das|den|dem|des|ein|eine|und|oder|für|mit"
    r"|von|zu|zum|zur|im|am|auf|le|la|les|l|un|une|et|ou|de|du|des|pour|avec|en|au|aux|sur|el|los|las|y|o|con|del"
    r"|para|por|het|een|en|of|van|voor|met|op|il|lo|gli|e|di|da|della|dei|per|con|nel|nella|os|as|um|uma|do|dos"
    r"|das|na|no|com)\W*$",
    re.I,
)
#: "Format:", "Duration:", "Datum:": a form's label, not a title's words (also glued: "eLearningDuration:").
_FORM_LABEL = re.compile(
    r"\b(?:format|duration|date|dates|time|type|hours|credits|location|venue|status|completed|delivery|language"
    r"|dauer|datum|zeit|ort|stunden|durée|lieu|heures|duración|fecha|lugar|horas|duur|locatie|uren|durata|luogo|ore"
    r"|duração|local|formato|formaat|tipo)\s*:"
    r"|(?-i:(?<=[a-z])(?:Format|Duration|Date|Time|Type|Hours|Credits|Location|Venue|Status|Completed|Dauer|Datum|Durée)\s*:)",
    re.I,
)
#: A duration or a figure with its unit: "1 hr 30 min", "90 minutes", "6 CPE credits", "75 %".
_FIGURE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|min|credits?|cpe|stunden|std|heures|horas|ore"
    r"|uur|uren|minuten|minutos|minuti|%)(?!\w)",
    re.I,
)


def second_person(title: str) -> Caveat | None:
    """'Você concluiu o curso X', 'Your certificate': a sentence to the holder, not a title."""
    if _SECOND_PERSON.search(title) or _SECOND_PERSON_CASED.search(title):
        return "second-person"
    if _DONE_VERB.search(title):
        return "done-verb"
    return None


def dangling_end(title: str) -> Caveat | None:
    """'Allocazioni dei costi con': a line cut where the title went on."""
    return "dangling-end" if _DANGLING.search(title) else None


def form_words(title: str) -> Caveat | None:
    """'Format: eLearning Duration: 1 hr 30 min': a form's labels and figures, not a title."""
    if _FORM_LABEL.search(title):
        return "form-label"
    if _FIGURE.search(title):
        return "figure"
    return None


TITLE_GATES = (second_person, dangling_end, form_words)


def gated_title(field: Field) -> Field:
    """A found title that fails a gate, guessed with the gate's reason."""
    if field.confidence != "found" or not isinstance(field.value, str) or field.note is None:
        return field
    for gate in TITLE_GATES:
        if reason := gate(field.value):
            return Field(field.value, "guessed", field.note._replace(caveat=reason))
    return field


def names_one(heading: str) -> bool:
    """A heading that may be a title: not the page's state or kind ("Course
    completed", "Certificate of Completion", "Webinar") and no gate's doubt."""
    title = strip_title(heading)
    return (
        bool(title)
        and not (BOILERPLATE.match(title) or GENERIC.match(title))
        and not any(gate(title) for gate in TITLE_GATES)
    )


#: Where a title stops in running text: the end of a line, a closing quote, the end of a
#: sentence, a dash between spaces, a bracket, or the words that say when ("on", "held").
#: Not a comma, unless the words after it say when: "Workflow Profiles, Official Reflows" is one
#: title going on, "Cube Views, held on May 3" and "Cube Views, 3 June 2025" are not.
_TITLE_END = re.compile(
    r"[ \t]*(?:$|\n|[\"“”»«‘’‹›'*)\]]|[.!?](?:\s|$)|[ \t][-–—|@][ \t]|[ \t]+\("
    r"|,?[ \t]+(?:on|held|from|at|am|le|el|op|em|il|den|vom|du|del|dal|van)\b|,[ \t]*\d)",
    re.I,
)


def corroborated(title: str, subject: str | None, text: str) -> bool:
    """Does the title stand whole in two places (the subject and the text, or the
    text twice: a heading and a sentence naming it)? A title read from one place
    only may have taken a word too many or too few there."""
    wanted = " ".join(title.split()).casefold()
    if not wanted:
        return False
    places = 0
    # a quoted message's own "Subject:" line repeats the subject: no second place
    for where in (subject or "", SUBJECT_HEADER.sub("", text)):
        flat = " ".join(where.replace("\n", " \n ").split(" ")).casefold()
        flat = re.sub(r"[ \t]+", " ", flat)
        start = 0
        while (at := flat.find(wanted, start)) >= 0:
            before = flat[at - 1] if at else ""
            if not (before.isalnum() or before == "-") and _TITLE_END.match(flat, at + len(wanted)):
                places += 1
            start = at + len(wanted)
    return places >= 2
