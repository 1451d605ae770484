"""The duplicate rule: same date, kind and title (case and spacing aside)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.ledger.duplicates import (
    EvidenceElsewhere,
    evidence_elsewhere,
    refuse_duplicate_activity,
    refuse_duplicate_cert,
    refuse_evidence_already_on,
    same_activity,
    title_key,
)
from onepoints_cli.domain.ledger.problems import DuplicateActivity, DuplicateCert, DuplicateEvidence
from onepoints_cli.domain.models import Evidence, Ledger
from tests.support.builders import activity, cert

DAY = dt.date(2025, 5, 12)
SPLASH = activity(4, DAY, kind="splash")._replace(title="Splash 2025")
LEDGER = Ledger(activities=(activity(1), SPLASH), certifications=(cert(),), next_activity_id=5)


@pytest.mark.parametrize(
    ("title", "day", "kind", "same"),
    [
        ("Splash 2025", DAY, "splash", True),
        ("splash 2025", DAY, "splash", True),
        ("  SPLASH   2025 ", DAY, "splash", True),
        ("Splash\t2025", DAY, "splash", True),
        ("Splash 2025!", DAY, "splash", False),
        ("Splash2025", DAY, "splash", False),
        ("Splash 2025", DAY + dt.timedelta(days=1), "splash", False),
        ("Splash 2025", DAY, "course", False),
    ],
)
def test_what_is_the_same_activity(title, day, kind, same):
    assert (same_activity(LEDGER, day, title, kind) == SPLASH) is same


def test_the_refusal_names_what_exists():
    with pytest.raises(DuplicateActivity) as refused:
        refuse_duplicate_activity(LEDGER, DAY, "splash 2025", "splash")
    assert refused.value == DuplicateActivity(4, "Splash 2025", dt.date(2025, 5, 12), "splash")


@given(st.text(max_size=20))
def test_title_key_ignores_case_and_spacing(title):
    assert title_key(f"  {title.upper()}  ") == title_key(" ".join(title.split()).lower()) or (
        title.upper().lower() != title.lower()  # a few characters (ß, İ) change under upper()
    )
    assert title_key(title) == title_key(title_key(title))


def test_a_certification_name_already_tracked():
    with pytest.raises(DuplicateCert) as refused:
        refuse_duplicate_cert(LEDGER, "onestream  certified associate")
    assert (refused.value.cert_id, refused.value.name) == ("oca", "OneStream Certified Associate")
    refuse_duplicate_cert(LEDGER, "OneStream Certified Professional")


def test_content_already_on_the_activity_whatever_its_name():
    file = SPLASH.evidence[0]
    with pytest.raises(DuplicateEvidence) as refused:
        refuse_evidence_already_on(SPLASH, (Evidence("/new/name.pdf", file.size, file.sha256),))
    assert refused.value == DuplicateEvidence(4, "/new/name.pdf", file.path, file.sha256)
    refuse_evidence_already_on(SPLASH, (Evidence("/new/name.pdf", 3, "1" * 64),))


def test_content_on_another_activity_is_a_warning():
    file = SPLASH.evidence[0]  # activity(1) has the same sha256 (the conftest SHA)
    warnings = evidence_elsewhere(LEDGER, 4, (Evidence("/x.pdf", 1, file.sha256),))
    assert warnings == [EvidenceElsewhere("/x.pdf", 4, ((1, "Activity 1"),))]
    assert evidence_elsewhere(LEDGER, 4, (Evidence("/x.pdf", 1, "1" * 64),)) == []
