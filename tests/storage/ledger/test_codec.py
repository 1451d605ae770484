"""The ledger and config files: TOML written by tomli_w and read back, and what a broken file is told."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.ledger.problems import InvalidChange
from onepoints_cli.domain.ledger_faults import Entry, IdUsedTwice
from onepoints_cli.domain.models import Ledger
from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.problems import word
from onepoints_cli.storage.ledger import store
from onepoints_cli.storage.ledger.codec import ledger_bytes_for, ledger_from_toml, ledger_to_toml
from tests.support.builders import activity, cert
from tests.support.worded import refused


def sample_ledger() -> Ledger:
    return Ledger(
        next_activity_id=4,
        certifications=(cert(),),
        activities=(
            activity(1, points="1.5"),
            activity(2, date(2025, 2, 1), "0.25", evidence=False),
            activity(3),
        ),
    )


def write(home_paths, ledger: Ledger) -> None:
    store.modify(home_paths, lambda s: (ledger, None))


def test_round_trip_through_toml(home_paths):
    ledger = sample_ledger()
    text = ledger_to_toml(ledger)
    assert "[[activities]]" in text and "[[activities.evidence]]" in text
    assert ledger_from_toml(text.encode(), home_paths.ledger) == ledger


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema_version = 1\n[[activities]\n", "line 2"),
        ("schema_version = 99\n", "newer onepoints"),
        ('schema_version = "one"\n', "schema_version"),
        (
            "next_activity_id = 5\n[[activities]]\nid = 1\ntitle = 'x'\ndate = 2025-01-01\nkind = 'course'\npoints = -1\n",
            "activities[0] (id 1): points must be greater than 0",
        ),
        (
            "next_activity_id = 5\n[[activities]]\nid = 1\ntitle = 'x'\ndate = 2025-01-01\nkind = 'course'\n",
            "activities[0] (id 1).points: points is missing",
        ),
        (
            "[[certifications]]\nid = 'oca'\nname = 'n'\nexpires = 2025-01-01\nearned = 2026-01-01\n",
            "before earned",
        ),
        ("[[certifications]]\nid = 'oca'\nname = 'n'\nexpires = 2025-13-01\n", "line 4"),
        (
            "[[certifications]]\nid = 'a'\nname = 'n'\nexpires = 2025-01-01\n[[certifications]]\nid = 'a'\nname = 'm'\n"
            "expires = 2025-01-01\n",
            "used twice",
        ),
        ("surprise = 1\n", "surprise"),
        # a lone surrogate can come in only as an escape, which tomllib refuses (the parse
        # skips the check for text UTF-8 cannot store)
        (
            "[[certifications]]\nid = 'oca'\nname = \"OCA \\ud800\"\nexpires = 2027-01-01\n",
            "not a Unicode scalar",
        ),
    ],
)
def test_invalid_ledger_is_explained_and_never_overwritten(home_paths, text, expected):
    home_paths.data_dir.mkdir(parents=True)
    home_paths.ledger.write_text(text)
    with pytest.raises(OnePointsError) as raised:
        store.load(home_paths)
    assert expected in word(raised.value)  # the words render gives the values storage raised
    assert str(home_paths.ledger) in word(raised.value)
    with pytest.raises(OnePointsError):
        write(home_paths, sample_ledger())
    assert home_paths.ledger.read_text() == text


def test_invalid_utf8_is_explained(home_paths):
    home_paths.data_dir.mkdir(parents=True)
    home_paths.ledger.write_bytes(b"schema_version = 1\n# \xff\xfe\n")
    with refused("UTF-8"):
        store.load(home_paths)


def test_config_is_validated(home_paths):
    home_paths.config_dir.mkdir(parents=True)
    home_paths.config.write_text("lead_days = -3\n")
    with refused("lead_days"):
        store.load_settings(home_paths)
    home_paths.config.write_text('lead_days = 45\n[kinds.summit]\nname = "Summit"\npoints_per_hour = 1.5\n')
    settings = store.load_settings(home_paths)
    assert settings.lead_days == 45 and settings.kinds["summit"].points_per_hour == Decimal("1.5")


def test_a_record_is_written_as_its_own_table_whatever_its_length():
    """tomli_w on a whole document would write a short record inline: the layout would
    change with the length of a title. Each record is its own [[table]]."""
    short = Ledger(certifications=(cert(),), activities=(activity(1),))
    text = ledger_to_toml(short)
    assert "[[certifications]]" in text and "[[activities]]" in text and "[[activities.evidence]]" in text
    assert "{" not in text


def test_a_write_is_refused_when_the_next_read_would_refuse_it():
    broken = Ledger(activities=(activity(1), activity(1)))  # the same id twice
    with pytest.raises(InvalidChange) as refused:
        ledger_bytes_for(broken)
    assert IdUsedTwice(Entry("activities", 1, 1)) in refused.value.problems
    fine = Ledger(next_activity_id=2, activities=(activity(1),))
    assert ledger_from_toml(ledger_bytes_for(fine), Path("ledger.toml")) == fine


# --- a write reuses the text of the records it did not change ----------------------

_TRICKY = "Title with a line break\n[[activities]]\nid = 99"  # written as \n: never a header


def _changes(old: Ledger) -> list[Ledger]:
    first, second, third = old.activities
    return [
        old._replace(next_activity_id=5, activities=(*old.activities, activity(4))),  # add
        old._replace(activities=(first, second._replace(title=_TRICKY), third)),  # edit
        old._replace(activities=(second, third)),  # remove the first
        old._replace(activities=(third, first, second)),  # reorder
        old._replace(activities=(first, second._replace(evidence=first.evidence), third)),  # attach
        old._replace(certifications=(), bundles=()),  # a section emptied
        Ledger(),
    ]


@pytest.mark.parametrize("index", range(7))
def test_reused_text_is_the_text_of_a_full_write(index):
    old = sample_ledger()._replace(
        activities=(*sample_ledger().activities[:2], sample_ledger().activities[2]._replace(title=_TRICKY))
    )
    new = _changes(old)[index]
    assert ledger_to_toml(new, written=(old, ledger_to_toml(old))) == ledger_to_toml(new)


def test_a_record_left_unchanged_keeps_its_text_and_a_changed_one_is_written_anew():
    old = sample_ledger()
    text = ledger_to_toml(old)
    # A mark in activity 2's text shows which text was reused.
    marked = text.replace('title = "Activity 2"', 'title = "Activity 2"  # reused')
    assert marked != text
    kept = ledger_to_toml(old, written=(old, marked))
    assert kept == marked
    edited = old._replace(
        activities=(old.activities[0], old.activities[1]._replace(points=Decimal(2)), old.activities[2])
    )
    assert "# reused" not in ledger_to_toml(edited, written=(old, marked))


def test_text_in_another_layout_is_written_anew():
    old = sample_ledger()
    inline = ledger_to_toml(old).replace("\n[[activities]]\n", "\n[[activities]]  # hand\n", 1)
    assert ledger_to_toml(old, written=(old, inline)) == ledger_to_toml(old)
