"""A hand-edited ledger is held to the rules of the commands, and each broken
rule is named by entry, id and field, with a plain sentence of what to write,
from every command and from `doctor`."""

from __future__ import annotations

from pathlib import Path

import pytest

HEAD = "next_activity_id = 9\n"
CERT = '[[certifications]]\nid = "oca"\nname = "OneStream Certified Associate"\nexpires = {expires}\n'
ACT = '[[activities]]\nid = {id}\ntitle = "t"\ndate = {date}\nkind = "{kind}"\npoints = 1\n'


def _ledger(expires="2027-03-31", date="2025-03-04", kind="course") -> str:
    return (
        HEAD
        + CERT.format(expires=expires)
        + ACT.format(id=1, date="2025-03-01", kind="course")
        + ACT.format(id=4, date="2025-03-02", kind="webinar")
        + ACT.format(id=7, date=date, kind=kind)
    )


CASES = {
    "string-date": (
        _ledger(date='"2025-03-04"'),
        "activities[2] (id 7).date: write a date without quotes, like date = 2025-03-04",
    ),
    "integer-expiry": (
        _ledger(expires="20270331"),
        "certifications[0] (id 'oca').expires: write a date, like expires = 2025-03-04 (not the number 20270331)",
    ),
    "datetime": (
        _ledger(date="2025-03-04T10:00:00"),
        "activities[2] (id 7).date: write only the day, like date = 2025-03-04",
    ),
    "unknown-kind": (
        _ledger(kind="nonsense"),
        "activities[2] (id 7).kind: 'nonsense' is not a kind onepoints knows",
    ),
}
COMMANDS = [
    ["status"],
    ["list"],
    ["show", "1"],
    ["doctor"],
    ["export"],
    ["add", "x", "--date", "2025-01-01", "--kind", "course", "--points", "1"],
    ["edit", "1", "--points", "2"],
]


@pytest.mark.parametrize("case", list(CASES))
def test_every_command_names_the_entry_and_field(cli, onepoints_home: Path, case: str):
    text, sentence = CASES[case]
    onepoints_home.mkdir()
    ledger = onepoints_home / "ledger.toml"
    ledger.write_text(text)
    for command in COMMANDS:
        result = cli(*command)
        assert result.exit_code == 1, (command, result.stdout)
        assert result.stdout == ""
        assert sentence in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert ledger.read_text() == text


def test_a_kind_defined_in_config_is_known(cli, onepoints_home: Path):
    onepoints_home.mkdir()
    (onepoints_home / "ledger.toml").write_text(_ledger(kind="mentoring"))
    (onepoints_home / "config.toml").write_text(
        '[kinds.mentoring]\nname = "Mentoring"\npoints_per_hour = 1\n'
    )
    assert cli("list").exit_code == 0
    assert cli("doctor").exit_code == 0
