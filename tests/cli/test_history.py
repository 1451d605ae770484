"""The ledger never loses a version: history, undo, redo, and the data-loss bugs of issue 9."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tests.support.files import every_file

# --duplicate: these tests log the same talk several times on purpose (domain/duplicates.py).
ADD = ["add", "Tech Talk", "--date", "2025-03-04", "--kind", "tech-talk", "--hours", "1", "--duplicate"]
#: 40 points in one activity, the evidence file to follow.
COURSE_40 = ["add", "Course", "--date", "2025-03-04", "--kind", "course", "--points", "40", "--evidence"]
CERT = ["cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"]


def ok(result):
    assert result.exit_code == 0, result.stderr
    return result


def ids(cli) -> list[int]:
    return [a["id"] for a in json.loads(ok(cli("list", "--json")).stdout)["activities"]]


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_an_empty_ledger_is_an_error_not_a_new_ledger(cli, onepoints_home, content):
    ok(cli(*ADD))
    ok(cli(*ADD))
    (onepoints_home / "ledger.toml").write_bytes(content)
    for args in (ADD, ["status"], ["list"]):
        result = cli(*args)
        assert result.exit_code == 1 and result.stdout == ""
        assert "ledger.toml is empty" in result.stderr and "onepoints undo" in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == content  # nothing was written over it
    restored = ok(cli("undo"))
    assert "kept as" in restored.stderr
    assert ids(cli) == [1, 2]
    assert ok(cli(*ADD)).stdout == "3\n"  # the id is not reused


def test_an_empty_config_is_an_error(cli, onepoints_home):
    ok(cli(*ADD))
    (onepoints_home / "config.toml").write_bytes(b"")
    result = cli("status")
    assert result.exit_code == 1 and "config.toml is empty" in result.stderr


def test_an_empty_cache_is_only_a_miss(cli, onepoints_home):
    ok(cli(*ADD))
    (onepoints_home / "ledger.cache.json").write_bytes(b"")
    assert ids(cli) == [1]


def test_undo_with_an_invalid_config_changes_nothing(cli, onepoints_home):
    ok(cli(*ADD))
    ok(cli(*ADD))
    (onepoints_home / "config.toml").write_text("lead_days = -3\n")
    before = (onepoints_home / "ledger.toml").read_bytes()
    history = sorted(os.listdir(onepoints_home / "history"))
    for _ in range(2):
        result = cli("undo")
        assert result.exit_code == 1 and "lead_days" in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before
    assert sorted(os.listdir(onepoints_home / "history")) == history


def test_undo_after_a_broken_hand_edit_keeps_the_edit_and_restores_the_last_write(cli, onepoints_home):
    ok(cli(*ADD))
    ok(cli(*ADD))
    ledger = onepoints_home / "ledger.toml"
    written = ledger.read_bytes()
    broken = written + b"\n[[activities]\nid = 3\n"
    ledger.write_bytes(broken)
    result = ok(cli("undo"))
    kept = [p for p in onepoints_home.iterdir() if p.name.startswith("ledger.toml.broken-")]
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    assert ledger.read_bytes() == written  # the last version onepoints wrote, not the one before
    assert str(kept[0]) in result.stderr


def test_a_valid_hand_edit_is_a_version_of_its_own(cli, onepoints_home):
    ok(cli(*ADD))
    ledger = onepoints_home / "ledger.toml"
    edited = ledger.read_text().replace('title = "Tech Talk"', 'title = "By hand"')
    ledger.write_text(edited)
    ok(cli(*ADD))
    ok(cli("undo"))
    # Back to the hand edit, not past it (with the newer next id: ids are never reused).
    assert ledger.read_text() == edited.replace("next_activity_id = 2", "next_activity_id = 3")
    assert ok(cli(*ADD)).stdout == "3\n"
    listed = json.loads(ok(cli("history", "--json")).stdout)["versions"]
    assert "edit" in [v["action"] for v in listed]


def test_a_hand_revert_to_the_version_before_keeps_the_version_it_replaced(cli, onepoints_home):
    """Putting back by hand the bytes of the version before (a copy kept aside)
    must not be taken for a write killed before ledger.toml was replaced (the
    newest version was removed as unfinished, and with it the only copy of it)."""
    ok(cli(*ADD))
    ok(cli(*ADD))
    ledger = onepoints_home / "ledger.toml"
    with_two = ledger.read_bytes()
    before = json.loads((onepoints_home / "history" / "000002.json").read_text())["ledger"]
    ledger.write_text(before)
    listed = json.loads(ok(cli("history", "--json")).stdout)
    assert len(listed["versions"]) == 3 and listed["current"] is None  # edited by hand since version 3
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    versions = json.loads(ok(cli("history", "--json")).stdout)["versions"]
    assert [v["action"] for v in versions] == ["start", "write", "write", "edit", "write"]
    ok(cli("undo", "--to", "3"))
    assert ledger.read_bytes().replace(b"next_activity_id = 3", b"") == with_two.replace(
        b"next_activity_id = 3", b""
    )
    assert ids(cli) == [1, 2]


def test_an_undo_that_cannot_be_done_leaves_a_ledger_from_before_the_history_as_it_was(cli, onepoints_home):
    """The history's first versions (ledger.toml.bak, then ledger.toml) were written and
    left behind by an `undo 5` that then failed: a failing command changes nothing."""
    import shutil

    ok(cli(*ADD))
    ok(cli(*ADD))
    # As a ledger from before the history has it: ledger.toml.bak, no history/.
    with_one = json.loads((onepoints_home / "history" / "000002.json").read_text())["ledger"]
    (onepoints_home / "ledger.toml.bak").write_text(with_one)
    shutil.rmtree(onepoints_home / "history")
    before = every_file(onepoints_home)
    refused = cli("undo", "5")
    assert refused.exit_code == 1 and "Nothing was changed" in refused.stderr
    assert every_file(onepoints_home) == before
    ok(cli("undo"))  # one step there is: ledger.toml.bak
    assert ids(cli) == [1]


def test_an_undo_that_cannot_be_done_does_not_save_a_hand_edit_as_a_version(cli, onepoints_home):
    ok(cli(*ADD))
    ledger = onepoints_home / "ledger.toml"
    ledger.write_text(ledger.read_text().replace('title = "Tech Talk"', 'title = "By hand"'))
    before = every_file(onepoints_home)
    refused = cli("undo", "9")
    assert refused.exit_code == 1 and "Nothing was changed" in refused.stderr
    assert every_file(onepoints_home) == before


def test_undo_n_redo_and_a_new_write_keep_every_version(cli, onepoints_home):
    ok(cli(*CERT))
    for _ in range(3):
        ok(cli(*ADD))
    ok(cli("undo", "2"))
    assert ids(cli) == [1]
    ok(cli("redo"))
    assert ids(cli) == [1, 2]
    ok(cli("redo"))
    assert ids(cli) == [1, 2, 3]
    nothing = cli("redo")
    assert nothing.exit_code == 1 and "Nothing to redo" in nothing.stderr
    ok(cli("undo"))
    ok(cli("cert", "edit", "oca", "--expires", "2029-03-31"))  # ends the redo branch...
    assert cli("redo").exit_code == 1
    listed = json.loads(ok(cli("history", "--json")).stdout)
    versions = listed["versions"]
    assert listed["current"] == versions[-1]["version"]
    assert [v["version"] for v in versions] == list(range(1, len(versions) + 1))
    assert "certification 'oca' expiry 2027-03-31 -> 2029-03-31" in versions[-1]["changes"]
    assert versions[-1]["command"] == "cert edit oca --expires 2029-03-31"
    with_three = [
        v["version"] for v in versions if "activity 3 (Tech Talk, 2025-03-04) added" in v["changes"]
    ]
    ok(cli("undo", "--to", str(with_three[0])))  # ...but the undone versions are still there
    assert ids(cli) == [1, 2, 3]


def test_history_keep_limits_the_versions(cli, onepoints_home):
    onepoints_home.mkdir(exist_ok=True)
    (onepoints_home / "config.toml").write_text("history_keep = 2\n")
    for _ in range(5):
        ok(cli(*ADD))
    assert len(os.listdir(onepoints_home / "history")) == 3  # the current one and 2 before it
    ok(cli("undo", "2"))
    too_far = cli("undo", "5")
    assert too_far.exit_code == 1 and "history_keep" in too_far.stderr
    (onepoints_home / "config.toml").write_text("history_keep = 0\n")
    assert cli("status").exit_code == 1


def test_reading_commands_never_create_the_history(cli, onepoints_home):
    for args in (["status"], ["list"], ["history"], ["history", "--json"]):
        ok(cli(*args))
    assert not (onepoints_home / "history").exists()


def test_a_read_only_ledger_is_refused_and_modes_are_kept(cli, onepoints_home):
    ok(cli(*ADD))
    ledger = onepoints_home / "ledger.toml"
    ledger.chmod(0o640)
    ok(cli(*ADD))
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o640
    ledger.chmod(0o444)
    before = ledger.read_bytes()
    for args in (ADD, ["undo"]):
        result = cli(*args)
        assert (
            result.exit_code == 1 and "read-only" in result.stderr and "Nothing was changed" in result.stderr
        )
    assert ledger.read_bytes() == before and stat.S_IMODE(ledger.stat().st_mode) == 0o444


@pytest.mark.parametrize(
    "own", ["ledger.toml", "ledger.toml.bak", "ledger.cache.json", "ledger.lock", "history/000001.json"]
)
@pytest.mark.parametrize("command", ["bundle", "export", "calendar"])
def test_no_out_lands_on_onepoints_own_files(cli, onepoints_home, evidence_file, own, command):
    ok(cli(*CERT))
    ok(cli(*COURSE_40, evidence_file()))
    ok(cli(*ADD))
    if own == "ledger.toml.bak":  # left by an older onepoints (this one reads it, never writes it)
        (onepoints_home / own).write_bytes((onepoints_home / "ledger.toml").read_bytes())
    before = every_file(onepoints_home)
    link = onepoints_home.parent / "link.out"
    link.symlink_to(onepoints_home / own)
    hard = onepoints_home.parent / "hard.out"
    os.link(onepoints_home / own, hard)
    args = {
        "bundle": ["bundle", "--as-of", "2025-06-01", "--force"],
        "export": ["export", "--force"],
        "calendar": ["calendar", "--force"],
    }
    for target in (onepoints_home / own, link, hard):
        result = cli(*args[command], "--out", target)
        assert result.exit_code == 1 and "own files" in result.stderr, result.stderr
    assert every_file(onepoints_home) == before


def test_export_then_import_never_brings_used_points_back(cli, onepoints_home, tmp_path, evidence_file):
    ok(cli(*CERT))
    ok(cli(*COURSE_40, evidence_file()))
    ok(cli("bundle", "--as-of", "2025-06-01", "--out", tmp_path / "b.zip"))
    ok(cli("extend", "--case", "CS1"))
    exported = tmp_path / "all.csv"
    ok(cli("export", "--out", exported, "--as-of", "2025-06-01"))
    fresh = tmp_path / "fresh"
    os.environ["ONEPOINTS_HOME"] = str(fresh)
    ok(cli(*CERT))
    result = ok(cli("import", exported))
    assert "state is `used`" in result.stderr and result.stdout == ""
    assert ids(cli) == []


def test_an_interrupted_bundle_is_reported_by_bundles_and_doctor(
    cli, onepoints_home, tmp_path, evidence_file
):
    from onepoints_cli.storage import pending_bundles

    ok(cli(*CERT))
    ok(cli(*COURSE_40, evidence_file()))
    done = tmp_path / "done.zip"
    ok(cli("bundle", "--as-of", "2025-06-01", "--out", done))
    assert not list((onepoints_home / "pending-bundles").iterdir())  # cleared once recorded
    assert "interrupted" not in ok(cli("bundles")).stderr
    # What a kill between the zip's rename and the ledger's record leaves:
    orphan = tmp_path / "orphan.zip"
    orphan.write_bytes(done.read_bytes() + b"x")
    pending_bundles.mark(onepoints_home, orphan)
    listed = ok(cli("bundles"))
    assert "interrupted" in listed.stderr and str(orphan) in listed.stderr and "--force" in listed.stderr
    doctor = cli("doctor")
    assert doctor.exit_code == 1 and str(orphan) in doctor.stderr
