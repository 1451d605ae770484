"""render/catalog.py: certifications, kinds and settings, as tables or JSON."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.models import KindSetting, Settings, replace
from onepoints_cli.render import catalog
from tests.support.builders import cert

EXPIRES = dt.date(2027, 3, 31)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def test_cert_json_types_and_dates(capsys):
    certs = (replace(cert(), earned=dt.date(2025, 3, 31), badge_url="https://b"), cert(id="wfe", micro=True))
    catalog.emit_certs_json(certs)
    data = json.loads(capsys.readouterr().out)
    assert data["certifications"][0] == {
        "id": "oca",
        "name": "OneStream Certified Associate",
        "type": "certification",
        "earned": "2025-03-31",
        "expires": "2027-03-31",
        "badge_url": "https://b",
    }
    assert data["certifications"][1]["type"] == "micro-credential"
    assert data["certifications"][1]["earned"] is None


def test_no_certification_says_how_to_add_one(capsys):
    catalog.print_certs((), EXPIRES)
    out, err = capsys.readouterr()
    assert out.startswith("No certification yet. Add one: onepoints cert add")
    assert err == ""


@pytest.mark.parametrize(
    ("as_of", "days_left"),
    [
        (EXPIRES - dt.timedelta(days=1), "1"),
        (EXPIRES, "0"),  # the expiry day itself
        (EXPIRES + dt.timedelta(days=1), "expired 1 days ago"),
    ],
)
def test_days_left_at_the_expiry_edge(capsys, as_of, days_left):
    catalog.print_certs((cert(),), as_of)
    row = next(line for line in capsys.readouterr().out.splitlines() if "oca" in line)
    assert row.rstrip().endswith(days_left)
    assert "2027-03-31" in row


def test_kinds_show_the_rate_and_where_it_comes_from(capsys):
    kinds = catalogue(Settings(kinds={"mentoring": KindSetting(points_per_hour=Decimal("0.50"))}))
    catalog.print_kinds(kinds)
    lines = capsys.readouterr().out.splitlines()
    course = next(line for line in lines if line.lstrip().startswith("course"))
    mentoring = next(line for line in lines if line.lstrip().startswith("mentoring"))
    assert "built-in" in course and course.split()[-2] == "1"
    assert mentoring.split()[-2:] == ["0.5", "config.toml"]
    catalog.emit_kinds_json(kinds)
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"][-1] == {
        "id": "mentoring",
        "name": "mentoring",
        "points_per_hour": 0.5,
        "builtin": False,
    }


def test_settings_list_unset_values_and_kinds_in_one_line(capsys):
    kinds = catalogue(Settings())
    data = catalog.settings_data(Settings(holder_name="Ann"), "/cfg/config.toml", kinds)
    assert list(data) == [
        "config_file",
        "lead_days",
        "warn_days",
        "holder_name",
        "holder_email",
        "copy_evidence",
        "kinds",
    ]
    catalog.print_settings(data)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["config_file", "/cfg/config.toml"]
    assert lines[4].split(None, 1) == ["holder_email", "(not set)"]
    assert lines[6].startswith("kinds") and "course (1/h), tech-talk (1/h)" in lines[6]
    widths = {line.index(line.split()[1]) for line in lines}
    assert len(widths) == 1  # the values line up
