"""The report's one stylesheet: the terminal's colour for each state, dark mode, print."""

from __future__ import annotations

from typing import get_args

import pytest

from onepoints_cli.domain.models import ActivityState
from onepoints_cli.domain.standing import State
from onepoints_cli.render import activities, status
from onepoints_cli.render.report.style import STYLESHEET


@pytest.mark.parametrize("state", get_args(State))
def test_every_certification_state_has_its_terminal_colour(state):
    colour = status.state_colour(state)
    assert colour in ("green", "yellow", "red", "dim")
    assert f".state.tone-{colour}" in STYLESHEET
    assert f".card.tone-{colour}" in STYLESHEET or colour == "dim"  # dim: the card's own border


@pytest.mark.parametrize("state", get_args(ActivityState))
def test_every_activity_state_has_its_terminal_colour(state):
    assert f".state.tone-{activities.state_colour(state)}" in STYLESHEET


def test_dark_mode_and_print():
    assert "@media (prefers-color-scheme: dark)" in STYLESHEET
    assert "@media print" in STYLESHEET and "@page" in STYLESHEET
    assert "url(" not in STYLESHEET and "@import" not in STYLESHEET  # nothing fetched
