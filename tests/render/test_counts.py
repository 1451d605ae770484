"""render/counts.py: counts in words, with their plurals."""

import pytest

from onepoints_cli.render.counts import activities_text, activity_ids_text


@pytest.mark.parametrize(("ids", "text"), [([4], "activity 4"), ([4, 7], "activities 4, 7")])
def test_activity_ids_text(ids, text):
    assert activity_ids_text(ids) == text


@pytest.mark.parametrize(("count", "text"), [(0, "0 activities"), (1, "1 activity"), (3, "3 activities")])
def test_activities_text(count, text):
    assert activities_text(count) == text
