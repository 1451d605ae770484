"""Exam names match ignoring case, spaces and hyphens."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.exams.schedule import exam_key


@pytest.mark.parametrize("spelling", ["OS-201", "os201", "OS 201", " os - 201 ", "Os\u2013201", "OS_201"])
def test_spellings_of_one_exam(spelling):
    assert exam_key(spelling) == exam_key("OS-201")


@pytest.mark.parametrize(
    ("one", "other"), [("OS-201", "OS-202"), ("OS-201", "OS-2010"), ("OS-201", "OSA-201")]
)
def test_other_exams_differ(one, other):
    assert exam_key(one) != exam_key(other)


@given(st.text(alphabet="abcXYZ019 -", max_size=12))
def test_noise_is_ignored(name):
    noisy = name.upper().replace("A", "A-").replace("1", " 1")
    assert exam_key(noisy) == exam_key(name)
