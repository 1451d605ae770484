"""The words of a document as a reader sees them: Unicode compatibility forms
folded (NFKC: the ligature "ﬁ" is "fi"), letter-spaced headings closed up
("O N E S T R E A M" is "ONESTREAM"), a glyph the PDF left unmapped (a
private-use character where "tt" was) restored when one reading makes a word
the document or the reader knows, and an email's forwarded headers and
quoted replies left out."""

from __future__ import annotations

import re
import unicodedata

from ..rules import MAX_SCAN_LINE_CONTEXT_CHARS, MAX_SCAN_TEXT_CHARS

#: The letters a font's ligature glyph stands for when the PDF does not map it.
_LIGATURES = ("tt", "ti", "fi", "fl", "ff", "ffi", "ffl", "ft", "st", "ct", "th", "f")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_WORD_WITH_PRIVATE = re.compile(r"\w*[\ue000-\uf8ff][\w\ue000-\uf8ff]*")
#: Words the reader looks for: a glyph that makes one of these is right.
_KNOWN_WORDS = frozenset(
    "attended attendance attending certificate certification certified certifies official office"
    " effective financial finance first fifth flow workflow affiliate after often shift gift"
    " credits hours duration participated participation presented completion completed"
    " onestream webinar platform profile classification reconciliation reconciliations"
    " consolidation attestation".split()
)
#: Four or more single letters one space apart: a letter-spaced heading.
_SPACED = re.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")
_SPACED_WORD = re.compile(r"^(?:\w )+\w$")
#: Capitals spaced out with kerning pairs left joined: "L E N GT H", "C E R T I F I C AT E", "AT T E S TATO".
_KERNED = re.compile(r"(?<!\S)(?:[^\W\d_a-z]{1,4} ){2,}[^\W\d_a-z]{1,4}(?!\S)")
_KERNED_WORD = re.compile(r"^(?:[^\W\d_a-z]{1,4} ){2,}[^\W\d_a-z]{1,4}$")


#: A minus sign or a hyphen character written for a hyphen ("2025−03−18").
_HYPHENS = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-"})


def normalise(text: str) -> str:
    """The text a reader searches, at most MAX_SCAN_TEXT_CHARS."""
    text = unicodedata.normalize("NFKC", text[:MAX_SCAN_TEXT_CHARS])
    text = text.replace("\u00ad", "").replace("\u200b", "").translate(_HYPHENS)
    if _PRIVATE.search(text):
        text = _restore_glyphs(text)
    return "\n".join(close_spacing(line) for line in text.split("\n"))


def close_spacing(line: str) -> str:
    """'O N E S T R E A M  T E C H' -> 'ONESTREAM TECH': letters one space apart
    are one word; two spaces or more part words."""
    if not (_SPACED.search(line) or _KERNED.search(line)):
        return line
    chunks = re.split(r" {2,}", line)
    return " ".join(chunk.replace(" ", "") if _spaced_out(chunk) else chunk for chunk in chunks)


def _spaced_out(chunk: str) -> bool:
    """One word spaced out: single letters, or capitals mostly single with a kerned pair among them."""
    if _SPACED_WORD.match(chunk):
        return True
    tokens = chunk.split(" ")
    return bool(_KERNED_WORD.match(chunk)) and 2 * sum(len(token) == 1 for token in tokens) > len(tokens)


def _restore_glyphs(text: str) -> str:
    known = _KNOWN_WORDS | {word.casefold() for word in re.findall(r"[^\W\d_]{3,}", text)}

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        for letters in _LIGATURES:
            candidate = _PRIVATE.sub(letters, word)
            if candidate.casefold() in known:
                return candidate
        return word

    return _WORD_WITH_PRIVATE.sub(restore, text)


def has_unmapped_glyph(text: str) -> bool:
    return bool(_PRIVATE.search(text) or "\ufffd" in text)


_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht"
    r"|message transféré|message d'origine|mensaje reenviado|mensaje original|doorgestuurd bericht"
    r"|oorspronkelijk bericht|messaggio inoltrato|messaggio originale|mensagem encaminhada"
    r"|mensagem reencaminhada|mensagem original)\s*-{2,}|begin forwarded message:)[ \t]*$",
    re.I | re.M,
)
_HEADER = re.compile(
    # The header lines of a forwarded or quoted message, as mail programs write them in the seven languages.
    r"^[ \t>*]*(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|à|objet"
    r"|enviado|enviada|enviado\s+em|enviada\s+em|para|asunto|fecha|assunto|data|van|verzonden|aan"
    r"|onderwerp|da|inviato|a|oggetto"
    # and as Outlook writes them in Swedish, Danish, Norwegian and Finnish (a Nordic colleague's reply)
    r"|från|fra|skickat|sendt|till|til|ämne|emne|lähettäjä|lähetetty|vastaanottaja|aihe)\s*:.*$",
    re.I,
)
#: A forwarded or quoted message's own subject line, in the seven languages and the Nordic ones
#: ("Ämne:", as Outlook writes it in Swedish).
SUBJECT_HEADER = re.compile(
    r"^[ \t>*]*(?:subject|betreff|objet|asunto|onderwerp|oggetto|assunto|ämne|emne|aihe)[ \t]*:[ \t]*(?P<rest>\S.*)$",
    re.I | re.M,
)
#: A header line that dates a message: "Sent:", "Date:", "Gesendet:", "Envoyé :".
_DATING_HEADER = re.compile(
    r"^[ \t>*]*(?:sent|date|gesendet|datum|envoyé|enviado|enviada|enviado\s+em|enviada\s+em|fecha|data|verzonden"
    r"|inviato|skickat|sendt|lähetetty)\s*:",
    re.I,
)


def in_header_block(text: str, at: int) -> bool:
    """Whether the line at `at` dates a message in a header block (a "Sent:" line
    beside a "From:" or a "To:" line), as a printed or pasted email keeps it:
    the day a message was sent, not the activity's."""
    reach = MAX_SCAN_LINE_CONTEXT_CHARS
    newline = text.rfind("\n", max(0, at - reach), at)
    if newline < 0 and at > reach:
        return False  # a line this long is no header's
    start = newline + 1
    if not _DATING_HEADER.match(text[start:at]):
        return False
    before = text[max(0, start - reach) : start].split("\n")[-3:-1]
    after = text[at : at + reach].split("\n")[1:3]
    return any(_ADDRESS_HEADER.match(line) for line in before + after)


#: A header line naming a sender or a recipient: a certificate's form has a "Topic:" beside
#: its "Date:", never a "From:" or a "To:".
_ADDRESS_HEADER = re.compile(
    r"^[ \t>*]*(?:from|to|cc|von|an|de|à|para|van|aan|da|a|från|fra|till|til|lähettäjä|vastaanottaja)\s*:",
    re.I,
)


_QUOTE_INTRO = re.compile(
    r"^\s*(?:on\b.{0,120}\bwrote|am\b.{0,120}\bschrieb\b.{0,80}|le\b.{0,120}\ba\s+écrit"
    r"|el\b.{0,120}\bescribió|em\b.{0,120}\bescreveu|il\b.{0,120}\bha\s+scritto|op\b.{0,120}\bschreef\b.{0,80})"
    r"\s*:\s*$",
    re.I,
)


def without_quotes(text: str) -> str:
    """An email's text without the header block of a forwarded message (its
    From, Date, Subject lines: the date there is when it was sent, not the
    event's) and without the "On ... wrote:" line of a quoted reply (the
    quoted lines are kept, unmarked: they may be the invitation replied to)."""
    kept: list[str] = []
    in_header = False
    for line in text.split("\n"):
        if _FORWARD_MARK.match(line):
            in_header = True
            continue
        if in_header:
            if _HEADER.match(line) or not line.strip():
                continue
            in_header = False
        if _QUOTE_INTRO.match(line):
            continue
        line = re.sub(r"^(?:[ \t]*>)+[ \t]?", "", line)  # a quoted line: its words, unmarked
        if (_SENDER_LINE.match(line) and _after_separator(kept)) or (_FROM.match(line) and _after_rule(kept)):
            in_header = True
            continue
        kept.append(line)
    return "\n".join(kept)


_FROM = re.compile(r"^\s*\*?(?:from|von|de|van|da)\s*:", re.I)


def _after_rule(kept: list[str]) -> bool:
    """Right after Outlook's rule of underscores, a From: line starts a header block."""
    last = kept[-1].strip() if kept else ""
    return len(last) >= 10 and set(last) == {"_"}


_SENDER_LINE = re.compile(r"^\s*\*?(?:from|von|de|van|da)\s*:\*?.*(?:@|<|\[mailto:)", re.I)


def _after_separator(kept: list[str]) -> bool:
    """After a blank line or a rule of underscores or dashes (Outlook's forward)."""
    """Outlook forwards with no mark: a 'From:' line after a separator line or a blank line."""
    return not kept or (not kept[-1].strip() or set(kept[-1].strip()) <= set("_-"))
