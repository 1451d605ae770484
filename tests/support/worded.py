"""Asserting a refusal as the user reads it: render.problems.word of the error.

For tests of a whole path (read, check, refuse) whose point is the message; a test
of one domain module asserts the problem's class and values instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.problems import word


class Worded:
    """The caught error and its words (set once the block raised)."""

    value: OnePointsError
    text: str


@contextmanager
def refused(pattern: str | None = None) -> Iterator[Worded]:
    """Like pytest.raises(OnePointsError, match=pattern), matched against the words."""
    result = Worded()
    with pytest.raises(OnePointsError) as caught:
        yield result
    result.value = caught.value
    result.text = word(caught.value)
    if pattern is not None:
        assert re.search(pattern, result.text), result.text
