"""`add`, `cert add` and `attach` refuse a duplicate, and --duplicate records it anyway."""

from __future__ import annotations

from pathlib import Path

ADD = ("add", "Splash 2025", "--date", "2025-05-12", "--kind", "splash", "--points", "7")


def _ledger(home: Path) -> bytes:
    return (home / "ledger.toml").read_bytes()


def test_add_twice_is_refused_then_forced(cli, onepoints_home):
    assert cli(*ADD).exit_code == 0
    before = _ledger(onepoints_home)
    again = cli("add", "  splash   2025", "--date", "2025-05-12", "--kind", "Splash", "--points", "7")
    assert again.exit_code == 1
    assert again.stdout == ""
    assert (
        "Activity 1 already records 'Splash 2025' on 2025-05-12 (splash). Add --duplicate to log it again."
        in again.stderr
    )
    assert _ledger(onepoints_home) == before
    forced = cli(*ADD, "--duplicate")
    assert forced.exit_code == 0 and forced.stdout == "2\n"
    other_day = cli("add", "Splash 2025", "--date", "2025-05-13", "--kind", "splash", "--points", "7")
    assert other_day.exit_code == 0 and other_day.stdout == "3\n"


def test_cert_add_twice_is_refused_then_forced(cli, onepoints_home):
    name = "OneStream Certified Associate"
    assert cli("cert", "add", name, "--expires", "2027-05-31").exit_code == 0
    before = _ledger(onepoints_home)
    again = cli("cert", "add", name.lower(), "--expires", "2028-01-31")
    assert again.exit_code == 1 and again.stdout == ""
    assert "Certification 'oca' already tracks 'OneStream Certified Associate'" in again.stderr
    assert "--duplicate" in again.stderr
    assert _ledger(onepoints_home) == before
    forced = cli("cert", "add", name, "--expires", "2028-01-31", "--duplicate")
    assert forced.exit_code == 0 and forced.stdout == "oca-2\n"


def test_attach_of_content_already_on_the_activity(cli, onepoints_home, evidence_file):
    first = evidence_file("certificate.pdf")
    renamed = evidence_file("certificate (1).pdf")  # same bytes, another name
    assert cli(*ADD, "--evidence", first).exit_code == 0
    before = _ledger(onepoints_home)
    for path in (first, renamed):
        again = cli("attach", "1", path)
        assert again.exit_code == 1 and again.stdout == ""
        assert "Activity 1 already records the content of" in again.stderr
        assert "Add --duplicate to attach it again." in again.stderr
        assert _ledger(onepoints_home) == before
    forced = cli("attach", "1", renamed, "--duplicate")
    assert forced.exit_code == 0 and "Attached 1 file to activity 1." in forced.stderr
    assert b"certificate (1).pdf" in _ledger(onepoints_home)


def test_a_new_version_of_a_file_is_still_attached(cli, onepoints_home, evidence_file):
    first = evidence_file("certificate.pdf")
    assert cli(*ADD, "--evidence", first).exit_code == 0
    first.write_bytes(b"%PDF-1.4 the signed certificate")
    again = cli("attach", "1", first)
    assert again.exit_code == 0 and "Warning" not in again.stderr


def test_the_same_content_on_a_second_activity_warns_and_proceeds(cli, onepoints_home, evidence_file):
    shared = evidence_file("certificate.pdf")
    assert cli(*ADD, "--evidence", shared).exit_code == 0
    assert cli("add", "Webinar", "--date", "2025-06-01", "--kind", "webinar", "--points", "1").exit_code == 0
    attached = cli("attach", "2", shared)
    assert attached.exit_code == 0 and attached.stdout == ""
    assert (
        "is already evidence for activity 1 ('Splash 2025'); attached to activity 2 too." in attached.stderr
    )
    assert "Attached 1 file to activity 2." in attached.stderr
    added = cli(
        "add", "Course", "--date", "2025-06-02", "--kind", "course", "--points", "1", "--evidence", shared
    )
    assert added.exit_code == 0 and added.stdout == "3\n"
    assert "activities 1 ('Splash 2025'), 2 ('Webinar'); attached to activity 3 too." in added.stderr


def test_attaching_the_content_of_a_missing_file_again_is_a_repair(cli, onepoints_home, evidence_file):
    """doctor says: restore the file, or attach it again; the same content
    from a new place replaces the record of the missing one."""
    first = evidence_file("certificate.pdf")
    assert cli(*ADD, "--evidence", first).exit_code == 0
    moved = first.with_name("restored.pdf")
    first.rename(moved)
    repaired = cli("attach", "1", moved)
    assert repaired.exit_code == 0 and "Warning" not in repaired.stderr
