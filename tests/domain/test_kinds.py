"""domain/kinds.py: the built-in kinds, config.toml's changes, and points from hours."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.kinds import BUILTIN_KINDS, catalogue, find_kind, points_for
from onepoints_cli.domain.models import Kind, KindSetting, Settings
from onepoints_cli.domain.problems import UnknownKind


def test_the_catalogue_is_the_builtins_at_one_point_an_hour_by_default():
    kinds = catalogue(Settings())
    assert list(kinds) == [kind_id for kind_id, _ in BUILTIN_KINDS]
    assert all(k.builtin and k.points_per_hour == Decimal(1) for k in kinds.values())


def test_config_adjusts_a_builtin_and_adds_new_kinds_after_them():
    settings = Settings(
        kinds={
            "webinar": KindSetting(points_per_hour=Decimal("0.5")),
            "mentoring": KindSetting(name="Mentoring a colleague"),
            "reading": KindSetting(),
        }
    )
    kinds = catalogue(settings)
    assert kinds["webinar"] == Kind("webinar", "Attending a technical webinar", Decimal("0.5"), True)
    assert kinds["mentoring"] == Kind("mentoring", "Mentoring a colleague", Decimal(1), False)
    assert kinds["reading"] == Kind("reading", "reading", Decimal(1), False)
    assert list(kinds)[-2:] == ["mentoring", "reading"]


@pytest.mark.parametrize("text", ["tech-talk", "TECH-TALK", " OneStream Tech Talk ", "onestream tech talk"])
def test_find_kind_by_id_or_name_ignoring_case(text):
    assert find_kind(catalogue(Settings()), text).id == "tech-talk"


def test_an_unknown_kind_lists_the_known_ones():
    with pytest.raises(UnknownKind) as refused:
        find_kind(catalogue(Settings()), "tech talk")
    assert refused.value.text == "tech talk"
    assert refused.value.known[:2] == ("course", "tech-talk")


@pytest.mark.parametrize(
    ("rate", "hours", "points"),
    [
        ("1", "7.5", Decimal("7.5")),
        ("0.5", "3", Decimal("1.5")),
        ("0.25", "0.02", Decimal("0.01")),  # 0.005: half a cent rounds up
        ("0.25", "0.01", Decimal("0")),  # 0.0025 rounds down to nothing
        ("0.33", "3", Decimal("0.99")),
        ("1.5", "2", Decimal("3")),
    ],
)
def test_points_for_rounds_half_up_to_the_cent(rate, hours, points):
    result = points_for(Kind("k", "k", Decimal(rate), False), Decimal(hours))
    assert result == points
    assert result.as_tuple().exponent >= -2


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000), places=2),
)
def test_points_for_is_within_half_a_cent_of_the_exact_product(rate, hours):
    result = points_for(Kind("k", "k", rate, False), hours)
    assert abs(result - rate * hours) <= Decimal("0.005")
