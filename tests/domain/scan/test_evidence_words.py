"""A receipt charges something: a sum above zero beside its currency."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.evidence_words import charged


@pytest.mark.parametrize(
    ("text", "is_charged"),
    [
        ("Total charged to card ending 4412: USD 1,995.00", True),
        ("Total (INR)              99,120.00", True),
        ("Montant : 450,00 €", True),
        ("Amount paid\nINR 0.00", False),  # a free ticket
        ("Podem emitir a fatura em nome da Contoso?", False),  # no sum at all
    ],
)
def test_a_sum_above_zero_is_charged(text, is_charged):
    assert charged(text) is is_charged
