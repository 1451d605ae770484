"""Rules on values: what a valid amount, title, id or ledger is.

The same checks run on what the user types and on what a ledger file holds,
so a hand-edited ledger is held to exactly the rules of `onepoints add`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from .dates import date_problem
from .ledger_faults import (
    AmountField,
    BadCertIdField,
    BadEvidenceRecord,
    DateOutOfRangeField,
    EmptyField,
    Entry,
    ExpiresBeforeEarnedField,
    IdNotBelowNext,
    IdUsedTwice,
    LedgerFault,
    NulInEvidencePath,
    UnknownActivityRefs,
    UnknownCertRef,
    UnstorableField,
)
from .models import Activity, Bundle, Extension, Ledger
from .problems import AmountFault, BadAmount, EmptyText, UnstorableText
from .rules import AMOUNT_DECIMAL_PLACES, MAX_AMOUNT, MAX_CERT_ID_CHARS

_CERT_ID = re.compile(rf"^[a-z0-9][a-z0-9-]{{0,{MAX_CERT_ID_CHARS - 1}}}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
CENT = Decimal(1).scaleb(-AMOUNT_DECIMAL_PLACES)


def amount_fault(value: Decimal) -> AmountFault | None:
    """Why `value` is not a valid number of points or hours, or None."""
    if not value.is_finite():
        return "not_finite"
    if value <= 0:
        return "not_positive"
    if value > MAX_AMOUNT:
        return "too_large"
    if value != value.quantize(CENT):
        return "too_precise"
    return None


def tidy_amount(value: Decimal) -> Decimal:
    """The same amount without trailing zeros or exponent: 2.50 -> 2.5, 40.00 -> 40."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def points_text(value: Decimal) -> str:
    """An amount as people write it: 40, 2.5, 0.25."""
    return f"{tidy_amount(value):f}"


def parse_amount(text: str, what: str) -> Decimal:
    """Points or hours typed by the user, as an exact Decimal."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise BadAmount(what, text, "not_a_number") from None
    if fault := amount_fault(value):
        raise BadAmount(what, text, fault)
    return tidy_amount(value)


def clean_title(text: str, what: str = "title") -> str:
    title = text.strip()
    if not title:
        raise EmptyText(what)
    check_text(title, what)
    return title


def check_text(text: str, what: str) -> str:
    """`text`, unless it holds a character UTF-8 cannot store (a lone surrogate,
    as os.fsdecode makes of a Windows zip's file name): the ledger could not be saved."""
    if bad := unstorable(text):
        raise UnstorableText(what, text, bad)
    return text


def unstorable(text: str) -> str | None:
    """The first character of `text` that UTF-8 cannot encode, or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return text[error.start]
    return None


def valid_cert_id(cert_id: str) -> bool:
    """1-MAX_CERT_ID_CHARS lowercase letters, digits and '-', starting with a letter or digit."""
    return _CERT_ID.match(cert_id) is not None


def slugify_cert_id(name: str) -> str:
    """A short id made from a certification's name: 'OneStream Certified Lead Architect' -> 'ocla'."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    initials = "".join(w[0] for w in words).lower()
    return (
        initials[:MAX_CERT_ID_CHARS]
        if len(initials) >= 2
        else (words[0].lower()[:MAX_CERT_ID_CHARS] if words else "cert")
    )


def ledger_problems(ledger: Ledger, *, text_encoded: bool = False) -> Iterator[LedgerFault]:
    """Every rule a ledger file breaks, each naming the entry and field.

    `text_encoded`: the caller has encoded the ledger's whole text as UTF-8
    already (a write does, to save it), so no text can be unstorable."""
    seen_certs: set[str] = set()
    for index, cert in enumerate(ledger.certifications):
        where = Entry("certifications", index, cert.id)
        if not valid_cert_id(cert.id):
            yield BadCertIdField(where, cert.id)
        if cert.id in seen_certs:
            yield IdUsedTwice(where)
        seen_certs.add(cert.id)
        if not cert.name.strip():
            yield EmptyField(where, "name")
        if cert.earned and cert.expires < cert.earned:
            yield ExpiresBeforeEarnedField(where, cert.expires, cert.earned)
    yield from _activity_problems(ledger)
    yield from _reference_problems(ledger, seen_certs)
    yield from _date_problems(ledger)
    if not text_encoded:
        yield from _text_problems(ledger)


def _text_problems(ledger: Ledger) -> Iterator[UnstorableField]:
    """Text UTF-8 cannot hold would fail the save half-way: the last guard,
    for text that came in by a way the commands did not check."""
    for section in ("certifications", "activities", "bundles", "extensions", "exams"):
        for index, entry in enumerate(getattr(ledger, section)):
            for field, value in _strings(entry):
                if bad := unstorable(value):
                    yield UnstorableField(Entry(section, index), field, bad)


def _strings(record: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    for name, value in zip(record._fields, record, strict=True):
        if isinstance(value, str):
            yield prefix + name, value
        elif isinstance(value, tuple):
            for number, item in enumerate(value):
                if hasattr(item, "_fields"):
                    yield from _strings(item, f"{prefix}{name}[{number}].")


DATE_FIELDS = (
    ("certifications", ("expires", "earned")),
    ("activities", ("date",)),
    ("bundles", ("created", "as_of")),
    ("extensions", ("recorded", "previous_expiry", "new_expiry")),
    ("exams", ("date",)),
)


def _date_problems(ledger: Ledger) -> Iterator[DateOutOfRangeField]:
    """Dates far in the past or future (a typo, a hostile file) would break the
    rules' date arithmetic: every date must be in dates.EARLIEST..LATEST."""
    for section, fields in DATE_FIELDS:
        for index, entry in enumerate(getattr(ledger, section)):
            for name in fields:
                day = getattr(entry, name)
                if day is not None and date_problem(day):
                    yield DateOutOfRangeField(Entry(section, index), name, day)


def unknown_kinds(ledger: Ledger, kind_ids: set[str]) -> Iterator[tuple[int, Activity]]:
    """(index, activity) of each activity of a kind that is neither built in nor in
    config.toml: its points per hour, and so any edit of its hours, would be unknown."""
    for index, act in enumerate(ledger.activities):
        if act.kind not in kind_ids:
            yield index, act


def _activity_problems(ledger: Ledger) -> Iterator[LedgerFault]:
    seen: set[int] = set()
    for index, act in enumerate(ledger.activities):
        where = Entry("activities", index, act.id)
        if act.id in seen:
            yield IdUsedTwice(where)
        seen.add(act.id)
        if act.id >= ledger.next_activity_id:
            yield IdNotBelowNext(where, ledger.next_activity_id)
        if not act.title.strip():
            yield EmptyField(where, "title")
        for name in ("points", "hours"):
            value = getattr(act, name)
            if value is not None and (fault := amount_fault(value)):
                yield AmountField(where, name, fault)
        for number, ev in enumerate(act.evidence):
            if ev.size < 0 or not _SHA256.match(ev.sha256):
                yield BadEvidenceRecord(where, number)
            if "\0" in ev.path:
                yield NulInEvidencePath(where, number)


def _reference_problems(ledger: Ledger, cert_ids: set[str]) -> Iterator[UnknownCertRef | UnknownActivityRefs]:
    activity_ids = {a.id for a in ledger.activities}
    sections: tuple[tuple[str, Sequence[Bundle | Extension]], ...] = (
        ("bundles", ledger.bundles),
        ("extensions", ledger.extensions),
    )
    for kind, entries in sections:
        for index, entry in enumerate(entries):
            where = Entry(kind, index, entry.id)
            if entry.cert not in cert_ids:
                yield UnknownCertRef(where, entry.cert)
            missing = [i for i in entry.activities if i not in activity_ids]
            if kind == "bundles" and missing:
                continue  # a bundle is history: its activities may be removed later
            if missing:
                yield UnknownActivityRefs(where, tuple(missing))
