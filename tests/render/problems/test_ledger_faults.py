"""render/problems/ledger_faults.py: the exact line for each fault of a ledger or config file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.ledger.problems import InvalidChange
from onepoints_cli.domain.ledger_faults import (
    AmountField,
    BadCertIdField,
    BadEvidenceRecord,
    DateOutOfRangeField,
    EmptyField,
    Entry,
    ExpiresBeforeEarnedField,
    IdNotBelowNext,
    IdUsedTwice,
    NulInEvidencePath,
    SettingAmount,
    UnknownActivityRefs,
    UnknownCertRef,
    UnstorableField,
)
from onepoints_cli.domain.models import Ledger
from onepoints_cli.domain.rules import FILE_PROBLEMS_SHOWN
from onepoints_cli.domain.validation import ledger_problems
from onepoints_cli.render.problems import word
from onepoints_cli.render.problems.ledger_faults import fault_text
from tests.support.builders import activity

CERT = Entry("certifications", 0, "oca")
ACT = Entry("activities", 2, 7)


@pytest.mark.parametrize(
    ("fault", "text"),
    [
        ("storage's own words", "storage's own words"),
        (
            SettingAmount("kinds.x.points_per_hour", "not_positive"),
            "kinds.x.points_per_hour must be greater than 0",
        ),
        (
            BadCertIdField(CERT, "OCA"),
            "certifications[0] (id 'oca'): certification id 'OCA' must be 1-40 characters of lowercase "
            "letters, digits and '-', starting with a letter or digit",
        ),
        (IdUsedTwice(CERT), "certifications[0] (id 'oca'): the id is used twice"),
        (EmptyField(CERT, "name"), "certifications[0] (id 'oca'): name must not be empty"),
        (EmptyField(ACT, "title"), "activities[2] (id 7): title must not be empty"),
        (
            ExpiresBeforeEarnedField(CERT, dt.date(2025, 1, 1), dt.date(2026, 1, 1)),
            "certifications[0] (id 'oca'): expires (2025-01-01) is before earned (2026-01-01)",
        ),
        (IdNotBelowNext(ACT, 7), "activities[2] (id 7): id is not below next_activity_id (7)"),
        (AmountField(ACT, "points", "too_large"), "activities[2] (id 7): points must be at most 1000"),
        (
            AmountField(ACT, "hours", "too_precise"),
            "activities[2] (id 7): hours may have at most 2 decimal places",
        ),
        (AmountField(ACT, "hours", "not_finite"), "activities[2] (id 7): hours must be a finite number"),
        (
            BadEvidenceRecord(ACT, 1),
            "activities[2] (id 7): evidence[1] needs a size >= 0 and a 64-digit lowercase sha256",
        ),
        (
            NulInEvidencePath(ACT, 0),
            "activities[2] (id 7): evidence[0] path holds a NUL character, which no file name can",
        ),
        (UnknownCertRef(Entry("bundles", 0, 1), "ocp"), "bundles[0] (id 1): unknown certification 'ocp'"),
        (
            UnknownActivityRefs(Entry("extensions", 0, 1), (9, 12)),
            "extensions[0] (id 1): unknown activities [9, 12]",
        ),
        (
            UnstorableField(Entry("activities", 2), "note", "\udcff"),
            "activities[2]: note holds '\\udcff', which is not valid text (UTF-8)",
        ),
        (
            DateOutOfRangeField(Entry("exams", 1), "date", dt.date(9999, 1, 1)),
            "exams[1]: date 9999-01-01 is out of range: use a date from 1900-01-01 to 9899-12-31",
        ),
    ],
    ids=lambda value: type(value).__name__ if not isinstance(value, str) else "",
)
def test_each_fault_in_words(fault, text):
    assert fault_text(fault) == text


def test_a_change_the_next_read_would_refuse():
    assert word(InvalidChange((IdUsedTwice(ACT),))) == (
        "This change would make the ledger invalid:\n  - activities[2] (id 7): the id is used twice\n"
        "The ledger was not changed."
    )
    assert word(InvalidChange(())) == (
        "This change would make the ledger invalid:\n  - text that is not valid UTF-8\nThe ledger was not changed."
    )


def test_a_change_with_many_faults_shows_the_first_ones():
    faults = tuple(IdUsedTwice(Entry("activities", n, n)) for n in range(FILE_PROBLEMS_SHOWN + 3))
    assert word(InvalidChange(faults)).count("\n  - ") == FILE_PROBLEMS_SHOWN


def test_the_domain_finds_what_render_words():
    """An amount the rules refuse, end to end: the value, then its line."""
    ledger = Ledger(next_activity_id=2, activities=(activity(1)._replace(points=Decimal("-1")),))
    (fault,) = ledger_problems(ledger)
    assert fault == AmountField(Entry("activities", 0, 1), "points", "not_positive")
    assert fault_text(fault) == "activities[0] (id 1): points must be greater than 0"
