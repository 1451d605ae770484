"""The direct TOML writer gives exactly what tomli_w gives, and reads back the same."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.storage.codec import _dumps

scalars = st.one_of(
    st.text(max_size=20),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.dates(),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6),
    st.lists(st.integers(min_value=0, max_value=10**6), max_size=4),
)
tables = st.dictionaries(st.text(min_size=1, max_size=8), scalars, max_size=8)


@given(tables)
def test_same_text_as_tomli_w(table):
    assert _dumps(table) == tomli_w.dumps(table)


@given(tables)
def test_reads_back_the_same(table):
    assert tomllib.loads(_dumps(table), parse_float=Decimal) == tomllib.loads(
        tomli_w.dumps(table), parse_float=Decimal
    )
