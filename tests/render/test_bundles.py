"""render/bundles.py: the bundle's selection, the list of bundles and the sentences about them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from onepoints_cli.domain.bundle.selection import Selection
from onepoints_cli.domain.models import Bundle, Extension, Ledger, Settings
from onepoints_cli.domain.points.bundle_check import BundleCheck, check_bundle
from onepoints_cli.render import bundles as r
from tests.support.builders import SHA, activity, cert

AS_OF = dt.date(2026, 6, 1)
EXPIRES = dt.date(2027, 3, 31)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _bundle(id: int = 1, activities=(1, 2), cert_id: str = "oca", path: str = "/out/b.zip") -> Bundle:
    return Bundle(id, cert_id, AS_OF, AS_OF, activities, Decimal(40), path, SHA)


def _ext(id: int = 1, bundle: int | None = 1, activities=(1, 2), case: str | None = "CS0012") -> Extension:
    return Extension(id, "oca", AS_OF, EXPIRES, dt.date(2029, 3, 31), activities, bundle, case)


# --- check_text ------------------------------------------------------------------------------


def _ledger_for_check() -> Ledger:
    # 40 points dated 2024-07-01: they age out on 2026-07-01, so the bundle holds until 2026-06-30.
    return Ledger(activities=(activity(1, day=dt.date(2024, 7, 1), points="40"),))


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 6, 30), "complete until 2026-06-30: 40 of its points count on 2026-06-30"),
        (
            dt.date(2026, 7, 1),
            "OUT OF DATE since 2026-07-01, below 40 points (0 of its points count on 2026-07-01): do not "
            "submit it; build a new one with `onepoints bundle --cert oca`",
        ),
    ],
)
def test_check_text_on_the_last_complete_day_and_the_first_after(day, text):
    check = check_bundle(_ledger_for_check(), _bundle(activities=(1,)), day)
    assert r.check_text(check) == text


def test_an_out_of_date_bundle_replaced_by_a_later_one_says_so():
    check = check_bundle(_ledger_for_check(), _bundle(activities=(1,)), dt.date(2026, 7, 1))
    assert r.check_text(check, replaced_by=3).endswith("do not submit it; bundle 3, built later, replaces it")


def test_a_bundle_that_never_held_40_has_no_since():
    check = BundleCheck(_bundle(), AS_OF, Decimal(30), None)
    assert r.check_text(check).startswith("OUT OF DATE, below 40 points (30 of its points")


# --- JSON ------------------------------------------------------------------------------------


def test_selection_json(capsys):
    selection = Selection(cert(), AS_OF, (activity(1, points="25"), activity(2, points="15.5")))
    r.emit_selection_json(selection, "/out/b.zip")
    assert json.loads(capsys.readouterr().out) == {
        "cert": "oca",
        "as_of": "2026-06-01",
        "total_points": 40.5,
        "activities": [1, 2],
        "path": "/out/b.zip",
    }
    assert "path" not in r.selection_data(selection)


def test_bundles_json_links_extensions_checks_and_replacements(capsys):
    old, newer, other = _bundle(1), _bundle(2), _bundle(3, cert_id="ocp")
    checks = {b.id: BundleCheck(b, AS_OF, Decimal(30), dt.date(2026, 5, 1)) for b in (old, newer, other)}
    r.emit_bundles_json((old, newer, other), (_ext(bundle=None),), checks)
    data = json.loads(capsys.readouterr().out)["bundles"]
    assert [b["check"]["replaced_by"] for b in data] == [
        2,
        None,
        None,
    ]  # only by a later one of the same cert
    assert data[0]["check"] == {
        "day": "2026-06-01",
        "counting_points": 30,
        "complete_until": "2026-05-01",
        "out_of_date": True,
        "stopped_on": "2026-05-02",
        "replaced_by": 2,
    }
    assert all(b["extension"] is None for b in data)  # the extension names no bundle
    r.emit_bundles_json((old,), (_ext(),))
    (only,) = json.loads(capsys.readouterr().out)["bundles"]
    assert only["extension"]["case"] == "CS0012" and only["check"] is None


# --- print_bundles ------------------------------------------------------------------------------


def test_no_bundle_says_when_one_can_be_built(capsys):
    r.print_bundles(())
    assert capsys.readouterr().out == "No bundle yet. Once 40 points have evidence: onepoints bundle\n"


def test_each_bundle_is_a_block_with_its_extension_state(capsys):
    extended, blocked, waiting = (
        _bundle(1),
        _bundle(2, activities=(2,)),
        _bundle(3, activities=(5,), path="/o/\x1b[31m.zip"),
    )
    r.print_bundles((extended, blocked, waiting), (_ext(),))
    blocks = capsys.readouterr().out.split("\n\n")
    assert blocks[0].splitlines() == [
        "Bundle 1: oca, as of 2026-06-01, 40 points, built 2026-06-01",
        "  activities: 1, 2",
        "  extension: recorded 2026-06-01, case CS0012: expiry 2027-03-31 -> 2029-03-31",
        "  file: /out/b.zip",
    ]
    assert "  extension: none possible: extension 1 used its activities (or some of them)" in blocks[1]
    assert "  activity: 2" in blocks[1]
    assert "not recorded yet (once the case is accepted: onepoints extend --bundle 3)" in blocks[2]
    assert "  file: /o/\\x1b[31m.zip" in blocks[2]  # no control character reaches the terminal


# --- sentences ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2027, 3, 1), None),  # the deadline itself (30 days before)
        (
            dt.date(2027, 3, 2),
            "The submission deadline (2027-03-01) has passed and OneStream Certified Associate expires on "
            "2027-03-31: submit the case at once, by 2027-03-30 at the latest.",
        ),
        (
            dt.date(2027, 3, 31),
            "OneStream Certified Associate expired on 2027-03-31: this bundle was built with --force and cannot extend it.",
        ),
    ],
)
def test_late_bundle_at_the_deadline_and_expiry_edges(day, expected):
    assert r.late_bundle(cert(), Settings(lead_days=30), day) == expected


def test_a_micro_credential_is_never_late():
    assert r.late_bundle(cert(micro=True), Settings(lead_days=30), dt.date(2027, 3, 30)) is None


def test_extended_out_of_date_with_and_without_a_stop_day():
    stopped = BundleCheck(_bundle(), AS_OF, Decimal(30), dt.date(2026, 5, 1))
    assert r.extended_out_of_date(stopped).startswith(
        "Bundle 1 stopped being complete on 2026-05-02 (only 30 of its points count on 2026-06-01). "
        "The extension is recorded: a case submitted by 2026-05-01 was complete."
    )
    never = BundleCheck(_bundle(), AS_OF, Decimal(30), None)
    assert r.extended_out_of_date(never).startswith(
        "Bundle 1 does not hold 40 points (only 30 of its points count"
    )


@pytest.mark.parametrize(
    ("activities", "words"),
    [
        ((4,), "activity 4 is used and no longer counts."),
        ((4, 7), "activities 4, 7 are used and no longer count."),
    ],
)
def test_extension_recorded_agrees_in_number(activities, words):
    text = r.extension_recorded(_ext(activities=activities))
    assert text == (
        f"Recorded the extension of 'oca': expires 2029-03-31 (was 2027-03-31); {words} `onepoints undo` takes it back."
    )


def test_the_other_sentences_name_the_next_step():
    assert "`onepoints extend --bundle 1 --case NUMBER`" in r.bundle_written(_bundle())
    assert r.extended_after_expiry(_ext()).startswith("'oca' expired on 2027-03-31")
    assert "--out /x/b.zip --force" in r.unrecorded_zip("/x/b.zip")
    assert r.partial_zip("/x/.b.zip.\x07.tmp").startswith("/x/.b.zip.\\x07.tmp is the unfinished zip")


def test_progress_bar_off_a_terminal_is_silent(capsys):
    with r.progress_bar(100) as advance:
        advance(50)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("day", "in_time"),
    [(dt.date(2027, 3, 30), True), (dt.date(2027, 3, 31), False), (dt.date(2027, 4, 1), False)],
)
def test_bundle_written_says_attach_only_before_the_expiry_day(day, in_time):
    from onepoints_cli.domain.models import Bundle

    bundle = Bundle(3, "oca", day, day, (1,), Decimal(40), "/b.zip", "0" * 64)
    text = r.bundle_written(bundle, cert(), day)
    assert ("Attach it to a ServiceNow case" in text) is in_time
    assert ("expired on 2027-03-31" in text) is not in_time
    assert text.startswith("Wrote /b.zip.")
