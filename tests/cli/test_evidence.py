"""Evidence that follows the user: evidence list/detach/replace, doctor --search/--fix,
dry-run parity with the build, and the files refused as evidence. Real files, the real CLI."""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
import zipfile
from pathlib import Path

import pytest

AS_OF = "2026-01-15"
WAVE = b"%PDF-1.4 WAVE certificate " + bytes(range(256)) * 40
COURSE = b"%PDF-1.4 course certificate " + bytes(range(255, -1, -1)) * 90


@pytest.fixture
def folders(tmp_path, monkeypatch):
    home = tmp_path / "home"
    for name in ("Downloads", "Documents"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    return home


@pytest.fixture
def ledger(cli, folders):
    """oca expiring 2027-03-31; activity 1 (24 points, wave.pdf), activity 2 (20 points, course.pdf)."""
    (folders / "Downloads" / "wave.pdf").write_bytes(WAVE)
    (folders / "Downloads" / "course.pdf").write_bytes(COURSE)
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    ok(
        cli(
            "add",
            "WAVE",
            "--date",
            "2025-05-12",
            "--kind",
            "splash",
            "--points",
            "24",
            "--evidence",
            "Downloads/wave.pdf",
        )
    )
    ok(
        cli(
            "add",
            "Course",
            "--date",
            "2025-06-01",
            "--kind",
            "course",
            "--points",
            "20",
            "--evidence",
            "Downloads/course.pdf",
        )
    )
    return folders


def ok(result):
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result


def states(cli, activity_id, *extra):
    data = json.loads(ok(cli("evidence", "list", str(activity_id), "--json", *extra)).stdout)
    return [(f["state"], f["path"], f["found_at"]) for f in data["files"]]


def test_moved_file_story_end_to_end(cli, ledger):
    old, new = ledger / "Downloads" / "wave.pdf", ledger / "Documents" / "wave.pdf"
    old.rename(new)
    for i in range(30):  # unrelated files, one of the same size
        (ledger / "Documents" / f"note-{i}.txt").write_bytes(b"x" * (i + 1))
    (ledger / "Documents" / "same-size.bin").write_bytes(b"\0" * len(WAVE))

    doctor = cli("doctor")
    assert doctor.exit_code == 1
    assert f"  - activity 1: {old}: missing" in doctor.stdout.splitlines()
    assert "onepoints doctor --search DIR --fix" in doctor.stdout
    assert "attach ID FILE" not in doctor.stdout
    bundle = cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip"))
    assert bundle.exit_code == 1 and "doctor --search DIR --fix" in bundle.stderr

    found = cli("doctor", "--search", str(ledger / "Documents"))
    assert found.exit_code == 1  # found, not yet recorded
    assert f"      found at {new}" in found.stdout.splitlines()
    assert "Searched 32 files (2 of a recorded size, read to compare): found 1 of 1 missing." in found.stdout
    assert "Run again with --fix" in found.stdout
    assert states(cli, 1) == [("missing", str(old), [])]
    assert states(cli, 1, "--search", "Documents") == [("moved", str(old), [str(new)])]

    fixed = ok(cli("doctor", "--search", str(ledger / "Documents"), "--fix"))
    assert "Recorded the new path of 1 file. `onepoints undo` takes it back." in fixed.stdout
    assert states(cli, 1) == [("ok", str(new), [])]
    ok(cli("undo"))  # the fix was one write
    assert states(cli, 1) == [("missing", str(old), [])]
    ok(cli("redo"))
    ok(cli("doctor"))
    ok(cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip")))
    with zipfile.ZipFile(ledger / "b.zip") as zf:
        assert WAVE in [zf.read(n) for n in zf.namelist()]


def test_fix_is_one_write_that_undo_takes_back(cli, ledger):
    old, new = ledger / "Downloads" / "wave.pdf", ledger / "Documents" / "wave.pdf"
    old.rename(new)
    ok(cli("doctor", "--search", "Documents", "--fix"))
    assert states(cli, 1) == [("ok", str(new), [])]
    undone = ok(cli("undo"))
    assert f"activity 1 evidence {new} -> {old}" in undone.stderr
    assert states(cli, 1) == [("missing", str(old), [])]


def test_a_renamed_file_is_found_by_its_content(cli, ledger):
    renamed = ledger / "Documents" / "sub" / "WAVE final (1).pdf"
    renamed.parent.mkdir()
    (ledger / "Downloads" / "wave.pdf").rename(renamed)
    ok(cli("doctor", "--search", str(ledger), "--fix"))
    assert states(cli, 1) == [("ok", str(renamed), [])]


def test_two_candidates_with_the_same_content(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").unlink()
    first, second = ledger / "Documents" / "a-copy.pdf", ledger / "Documents" / "wave.pdf"
    first.write_bytes(WAVE)
    second.write_bytes(WAVE)
    found = cli("doctor", "--search", "Documents")
    lines = found.stdout.splitlines()
    # Both reported; the one with the recorded name first, then by path.
    assert f"      found at {second}" in lines and f"      and at {first} (same content)" in lines
    ok(cli("doctor", "--search", "Documents", "--fix"))
    assert states(cli, 1) == [("ok", str(second), [])]


def test_a_changed_file_is_not_found_and_says_so(cli, ledger):
    wave = ledger / "Downloads" / "wave.pdf"
    (ledger / "Documents" / "wave.pdf").write_bytes(WAVE[::-1])  # same size, other content
    wave.unlink()
    result = cli("doctor", "--search", "Documents", "--fix")
    assert result.exit_code == 1
    assert "found 0 of 1 missing" in result.stdout
    assert "not found in the folders searched" in result.stdout
    assert states(cli, 1) == [("missing", str(wave), [])]


def test_a_symlink_out_of_the_searched_folder_is_not_followed(cli, ledger, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (ledger / "Downloads" / "wave.pdf").rename(outside / "wave.pdf")
    (ledger / "Documents" / "link").symlink_to(outside)
    (ledger / "Documents" / "wave-link.pdf").symlink_to(outside / "wave.pdf")
    result = cli("doctor", "--search", "Documents")
    assert "found 0 of 1 missing" in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_skipped_with_a_note(cli, ledger):
    locked = ledger / "Documents" / "locked"
    locked.mkdir()
    (ledger / "Downloads" / "wave.pdf").rename(ledger / "Documents" / "wave.pdf")
    locked.chmod(0)
    try:
        result = ok(cli("doctor", "--search", "Documents", "--fix"))
    finally:
        locked.chmod(0o755)
    assert f"Skipped {locked}" in result.stderr


def test_evidence_list_states(cli, ledger):
    (ledger / "Downloads" / "course.pdf").write_bytes(COURSE[::-1])
    result = ok(cli("evidence", "list", "2"))
    assert result.stdout.splitlines()[1].split() == [
        "1",
        "changed",
        str(ledger / "Downloads" / "course.pdf"),
        "(content",
        "changed",
        "(sha256",
        "differs))",
    ]
    assert "`onepoints evidence replace 2 N FILE`" in result.stderr


def test_moved_when_the_same_content_is_recorded_elsewhere(cli, ledger):
    copy = ledger / "Documents" / "wave-kept.pdf"
    copy.write_bytes(WAVE)
    ok(cli("attach", "2", str(copy)))
    (ledger / "Downloads" / "wave.pdf").unlink()
    assert states(cli, 1) == [("moved", str(ledger / "Downloads" / "wave.pdf"), [str(copy)])]


def test_detach_by_number_and_by_path(cli, ledger):
    extra = ledger / "Downloads" / "mail.eml"
    extra.write_bytes(b"From: training@example.com\n\nthanks")
    ok(cli("attach", "1", str(extra)))
    detached = ok(cli("evidence", "detach", "1", "Downloads/mail.eml"))
    assert f"Detached file 2 from activity 1: {extra}." in detached.stderr
    assert extra.exists()
    ok(cli("evidence", "detach", "1", "1"))
    assert states(cli, 1) == []
    missing = cli("evidence", "detach", "1", "1")
    assert missing.exit_code == 1 and "has no evidence, so there is no file number 1" in missing.stderr


def test_replace_a_corrected_certificate(cli, ledger):
    corrected = ledger / "Documents" / "wave-corrected.pdf"
    corrected.write_bytes(WAVE + b" corrected")
    replaced = ok(cli("evidence", "replace", "1", "1", str(corrected)))
    assert f"-> {corrected}" in replaced.stderr
    assert states(cli, 1) == [("ok", str(corrected), [])]
    wrong = cli("evidence", "replace", "1", str(ledger / "nothing.pdf"), str(corrected))
    assert wrong.exit_code == 1 and "has no evidence file" in wrong.stderr


def test_replace_refused_on_used_activities(cli, ledger):
    ok(cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip")))
    ok(cli("extend", "--case", "CS0001"))
    before = states(cli, 1)
    result = cli("evidence", "replace", "1", "1", str(ledger / "Downloads" / "course.pdf"))
    assert result.exit_code == 1 and result.stdout == ""
    assert "used by an accepted extension and cannot be changed" in result.stderr
    assert states(cli, 1) == before


def _extended_then_lost(cli, ledger):
    """Both activities bundled and extended; then wave.pdf (activity 1) deleted from disk."""
    ok(cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip")))
    ok(cli("extend", "--case", "CS0001"))
    (ledger / "Downloads" / "wave.pdf").unlink()


def test_doctor_a_lost_file_of_a_used_activity_kept_in_its_bundle(cli, ledger):
    _extended_then_lost(cli, ledger)
    doctor = ok(cli("doctor"))
    assert "Everything is in order." in doctor.stdout
    assert f"activity 1, file 1: {ledger / 'Downloads' / 'wave.pdf'}: kept in bundle 1" in doctor.stdout
    assert doctor.stderr == ""
    data = json.loads(ok(cli("doctor", "--json")).stdout)
    assert data["problems"] == [] and data["used_missing"] == []
    assert data["kept"] == [
        {"activity": 1, "number": 1, "path": str(ledger / "Downloads" / "wave.pdf"), "bundle": 1}
    ]
    assert states(cli, 1)[0][0] == "kept"


def test_doctor_a_lost_file_no_zip_holds_is_a_warning_then_detached(cli, ledger):
    _extended_then_lost(cli, ledger)
    # The zip rewritten with other content for wave.pdf: no longer the same sha256.
    with zipfile.ZipFile(ledger / "b.zip") as old:
        entries = {i.filename: old.read(i) for i in old.infolist()}
    with zipfile.ZipFile(ledger / "b.zip", "w") as new:
        for name, data in entries.items():
            new.writestr(name, data.replace(b"WAVE", b"wave"))
    doctor = cli("doctor")
    assert doctor.exit_code == 0, doctor.stderr
    # The warning on stderr is not "everything in order" on stdout (a script reads only stdout).
    assert "Everything is in order." not in doctor.stdout and "kept in bundle" not in doctor.stdout
    assert doctor.stdout.splitlines()[-1] == "No problem to fix; read the warning above."
    assert "Activity 1, file 1:" in doctor.stderr and "no bundle holds it any more" in doctor.stderr
    assert "`onepoints evidence detach 1 1`" in doctor.stderr
    data = json.loads(cli("doctor", "--json").stdout)
    assert data["problems"] == [] and [m["activity"] for m in data["used_missing"]] == [1]

    detached = ok(cli("evidence", "detach", "1", "1"))
    assert "Extension 1 keeps its sha256 on record." in detached.stderr
    after = ok(cli("doctor"))
    assert after.stderr == "" and after.stdout.endswith("Everything is in order.\n")
    extension = next(iter(_ledger_toml(cli)["extensions"]))
    assert extension["detached_sha256"] == [hashlib.sha256(WAVE).hexdigest()]
    assert states(cli, 1) == [] and ok(cli("status")).stderr == ""
    ok(cli("undo"))
    assert "detached_sha256" not in next(iter(_ledger_toml(cli)["extensions"]))


def test_doctor_a_lost_file_of_an_unused_activity_still_fails(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").unlink()
    doctor = cli("doctor")
    assert doctor.exit_code == 1 and "1 problem:" in doctor.stdout


@pytest.mark.parametrize("number", ["9" * 5000, "0" * 4000 + "1" + "0" * 9, "²", "1" * 10])
def test_detach_of_a_huge_or_odd_number_is_no_such_file(cli, ledger, number):
    result = cli("evidence", "detach", "1", number)
    assert result.exit_code == 1 and result.stdout == ""
    assert "no file number" in result.stderr or "has no evidence file" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr) < 400


def test_relocating_a_used_activity_is_allowed(cli, ledger):
    ok(cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip")))
    ok(cli("extend", "--case", "CS0001"))
    (ledger / "Downloads" / "wave.pdf").rename(ledger / "Documents" / "wave.pdf")
    ok(cli("doctor", "--search", "Documents", "--fix"))  # same content: the accepted record is kept


# --- dry-run parity: each refusal of the real build, reported by --dry-run too ---------------


def _parity(cli, out: Path, *extra: str):
    dry = cli("bundle", "--as-of", AS_OF, "--out", str(out), "--dry-run", "--verify", *extra)
    real = cli("bundle", "--as-of", AS_OF, "--out", str(out), *extra)
    assert real.exit_code == 1 and dry.exit_code == 1, (dry.stdout, real.stderr)
    assert "would refuse" in dry.stdout
    return dry.stderr, real.stderr


def problem_lines(text):
    return [line for line in text.splitlines() if line.lstrip().startswith("- activity")]


def test_dry_run_reports_a_missing_file(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").unlink()
    dry, real = _parity(cli, ledger / "b.zip")
    assert problem_lines(dry) == problem_lines(real) != []


def test_dry_run_reports_a_size_change(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").write_bytes(b"short")
    dry, real = _parity(cli, ledger / "b.zip")
    assert problem_lines(dry) == problem_lines(real) != []


def test_dry_run_verify_reports_changed_content(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").write_bytes(WAVE[::-1])
    dry, real = _parity(cli, ledger / "b.zip")
    assert problem_lines(dry) == problem_lines(real) != []
    assert ok(cli("bundle", "--as-of", AS_OF, "--out", str(ledger / "b.zip"), "--dry-run")).stdout


def test_dry_run_reports_a_folder_instead_of_a_file(cli, ledger):
    (ledger / "Downloads" / "wave.pdf").unlink()
    (ledger / "Downloads" / "wave.pdf").mkdir()
    dry, real = _parity(cli, ledger / "b.zip")
    assert problem_lines(dry) == problem_lines(real) != []


def test_dry_run_reports_an_existing_target_and_a_missing_folder(cli, ledger):
    (ledger / "b.zip").write_bytes(b"old")
    dry, real = _parity(cli, ledger / "b.zip")
    assert dry == real
    dry, real = _parity(cli, ledger / "no-such-folder" / "b.zip")
    assert dry == real
    (ledger / "out").mkdir()
    dry, real = _parity(cli, ledger / "out")
    assert dry == real


# --- files refused as evidence -------------------------------------------------------------


def test_empty_file_refused(cli, ledger):
    empty = ledger / "Downloads" / "empty.pdf"
    empty.write_bytes(b"")
    result = cli("attach", "1", str(empty))
    assert result.exit_code == 1 and "is empty (0 bytes)" in result.stderr


def test_system_files_and_devices_refused(cli, ledger):
    for path in ("/proc/self/status", "/dev/null"):
        result = cli("attach", "1", path)
        assert result.exit_code == 1 and "system file" in result.stderr, path


def test_link_outside_the_users_folders_refused(cli, ledger, tmp_path):
    secret = tmp_path / "elsewhere" / "shadow"
    secret.parent.mkdir()
    secret.write_bytes(b"root:x:0")
    link = ledger / "Downloads" / "cert.pdf"
    link.symlink_to(secret)
    result = cli("attach", "1", str(link))
    assert result.exit_code == 1 and "outside your folders" in result.stderr
    assert len(states(cli, 1)) == 1


def test_link_inside_the_users_folders_records_its_target(cli, ledger):
    target = ledger / "Documents" / "talk.eml"
    target.write_bytes(b"From: x\n\nthanks")
    link = ledger / "Downloads" / "talk-link.eml"
    link.symlink_to(target)
    result = ok(cli("attach", "1", str(link)))
    assert f"recorded the file it points to, {target}" in result.stderr
    assert states(cli, 1)[-1][1] == str(target)


def test_evidence_add_is_attach(cli, ledger):
    extra = ledger / "Documents" / "mail.eml"
    extra.write_bytes(b"From: training@example.com\n\nthanks")
    result = ok(cli("evidence", "add", "1", str(extra)))
    assert result.stderr == "Attached 1 file to activity 1.\n"
    assert states(cli, 1)[-1] == ("ok", str(extra), [])


def _ledger_toml(cli):
    from onepoints_cli.storage.paths import resolve_paths

    return tomllib.loads((resolve_paths().data_dir / "ledger.toml").read_text(encoding="utf-8"))
