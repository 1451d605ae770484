"""Which kind of activity a document is about, from its words."""

from __future__ import annotations

import re

from .records import Field

#: (kind id, the words that name it), the most specific first: a Tech Talk
#: "webinar" is a Tech Talk, a Splash "training session" is Splash.
_KIND_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    ("tech-talk", re.compile(r"\btech[\s-]*talks?\b", re.I)),
    ("splash", re.compile(r"\bsplash\b", re.I)),
    ("wave", re.compile(r"\bWAVE\b")),  # the event is in capitals; "wave" is a word
    ("webinar", re.compile(r"\bwebinars?\b", re.I)),
    (
        "course",
        re.compile(
            r"\b(?:courses?|training|navigator|certificate\s+of\s+completion|instructor[\s-]led|class)\b",
            re.I,
        ),
    ),
)


def guess_kind(title: str, text: str) -> Field:
    for where, words in (("title", title), ("file", text)):
        found = [kind for kind, pattern in _KIND_WORDS if pattern.search(words)]
        if found:
            confidence = "found" if len(found) == 1 or where == "title" else "guessed"
            return Field(found[0], confidence, f"from the words of the {where}")
    return Field("other", "guessed", "no Tech Talk, Splash, WAVE, webinar or course in the file")
