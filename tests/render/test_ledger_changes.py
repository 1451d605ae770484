"""render/ledger_changes.py: what a version changed, in the words `history` shows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onepoints_cli.domain.models import Evidence, Ledger, replace
from onepoints_cli.render.ledger_changes import describe_changes, field_changes
from tests.support.builders import SHA, activity, cert


def test_records_added_removed_and_changed():
    before = Ledger(certifications=(cert(),), activities=(activity(1), activity(2)))
    after = Ledger(
        certifications=(cert(expires=dt.date(2029, 3, 31)),),
        activities=(replace(activity(2), points=Decimal(3)), activity(4)),
    )
    assert describe_changes(before, after) == [
        "certification 'oca' expiry 2027-03-31 -> 2029-03-31",
        "activity 4 (Activity 4, 2025-01-01) added",
        "activity 1 (Activity 1, 2025-01-01) removed",
        "activity 2 points 1 -> 3",
    ]


def test_no_difference_is_said_so():
    ledger = Ledger(certifications=(cert(),))
    assert describe_changes(ledger, ledger) == ["no difference in the records"]


def test_evidence_names_the_paths_that_went_and_came():
    old = activity(1)
    moved = replace(old, evidence=(Evidence("/Documents/1.pdf", 10, SHA),))
    assert field_changes(old, moved) == ["evidence /evidence/1.pdf -> /Documents/1.pdf"]
    rehashed = replace(old, evidence=(Evidence("/evidence/1.pdf", 10, "1" * 64),))
    assert field_changes(old, rehashed) == ["evidence: same files, another recorded content"]


def test_a_long_title_is_shortened_and_an_empty_value_named():
    old = activity(1)
    new = replace(old, title="T" * 80, evidence=())
    title, evidence = field_changes(old, new)
    assert title == f"title 'Activity 1' -> '{'T' * 57}...'"
    assert evidence == "evidence /evidence/1.pdf -> (none)"
