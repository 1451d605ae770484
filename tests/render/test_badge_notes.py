"""render/badge_notes.py: what `cert import` notes, in words."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.badges.notes import (
    Changed,
    ExpiryEarlier,
    ForeignIssuer,
    FromOptions,
    KeptFields,
    MatchedByName,
    Note,
    SignatureNotChecked,
)
from onepoints_cli.render.badge_notes import note_text


@pytest.mark.parametrize(
    ("note", "text"),
    [
        (
            MatchedByName("assoc"),
            "Matched certification 'assoc' by its name: it was added by hand or from another download of the badge.",
        ),
        (
            FromOptions(("expires", "earned"), (("expires", dt.date(2027, 3, 31)),)),
            "From your options: expiry date, date earned (the badge says expiry date 2027-03-31).",
        ),
        (FromOptions(("name",), ()), "From your options: name."),
        (KeptFields("oca", ("name", "expires")), "Kept from certification 'oca': name, expiry date."),
        (
            ExpiryEarlier("oca", dt.date(2029, 3, 31), dt.date(2027, 3, 31)),
            "The expiry moved earlier, from 2029-03-31 to 2027-03-31. If an extension was granted after this "
            "badge was downloaded, download it again, or set the expiry: onepoints cert edit oca --expires YYYY-MM-DD",
        ),
        (
            Changed(
                (
                    ("name", "Old Certified", "New Certified"),
                    ("expires", dt.date(2027, 3, 31), dt.date(2029, 3, 31)),
                    ("earned", None, dt.date(2025, 3, 31)),
                    ("micro", True, False),
                    ("badge_url", None, "https://x.org/b"),
                )
            ),
            "Changed: name 'Old Certified' -> 'New Certified'; expiry 2027-03-31 -> 2029-03-31; "
            "earned none -> 2025-03-31; micro yes -> no; badge URL none -> https://x.org/b.",
        ),
        (
            ForeignIssuer("Acme Badges"),
            "The badge was issued by 'Acme Badges', not OneStream: check that it is the right file.",
        ),
        (
            SignatureNotChecked(),
            "The badge is signed; the signature was not verified (that needs the network). "
            "To verify the badge, open it on Credly.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, tuple) else "",
)
def test_each_note_in_words(note: Note, text: str) -> None:
    assert note_text(note) == text
