"""safe_arcname drops invisible format characters (Unicode category Cf), as it drops bidi controls."""

import unicodedata

import pytest

from onepoints_cli.domain.bundle.members import safe_arcname


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2062"])
def test_format_characters_are_dropped(char):
    assert unicodedata.category(char) == "Cf"
    assert safe_arcname([f"cert{char}ificate{char}.pdf"]) == "certificate.pdf"


def test_a_name_of_format_characters_only_becomes_underscore():
    assert safe_arcname(["\u200b\ufeff"]) == "_"
