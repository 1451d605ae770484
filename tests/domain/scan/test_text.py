"""The text a reader searches: letter-spaced headings closed up, kerned pairs and all."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.text import close_spacing


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("O N E S T R E A M  T E C H", "ONESTREAM TECH"),
        # a kerning pair left joined by the PDF's producer
        ("L E N GT H", "LENGTH"),
        ("C E R T I F I C AT E  O F  C O M P L E T I O N", "CERTIFICATE OF COMPLETION"),
        ("AWA R D E D  TO", "AWARDED TO"),
        ("I N S T R U CTO R", "INSTRUCTOR"),
        ("AT T E S TATO  DI  PA R T E C I PA Z I O N E", "ATTESTATO DI PARTECIPAZIONE"),
        # words, not letters spaced out
        ("OneStream Tech Talk: Q & A", "OneStream Tech Talk: Q & A"),
        ("ISO 9001 UK US", "ISO 9001 UK US"),
        ("TAX AND GAAP", "TAX AND GAAP"),
    ],
)
def test_letters_spaced_out_are_one_word(line, closed):
    assert close_spacing(line) == closed
