"""bundle, bundles, extend, doctor and --copy through the real CLI: exit code,
stdout and stderr apart, and the zip itself checked byte by byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from onepoints_cli.storage.ledger import store
from onepoints_cli.storage.paths import resolve_paths

AS_OF = "2026-01-15"
ZIP_NAME = "onepoints-oca-2026-01-15.zip"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 3  # every byte value: stored as is
EML = b"From: events@onestream.com\r\nSubject: Tech Talk\r\n\r\n" + b"Thank you for attending. " * 20
COURSE = b"%PDF-1.7 course certificate " + bytes(range(255, -1, -1))


def flat(text: str) -> str:
    """Messages may be wrapped to the terminal width: compare them unwrapped."""
    return " ".join(text.split())


def ok(result):
    assert result.exit_code == 0, result.stderr
    return result


def add(cli, *args) -> int:
    return int(ok(cli("add", *args)).stdout)


def ledger():
    return store.load(resolve_paths()).ledger


def zip_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder, where the bundle goes by default: empty at first."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "downloads"
    folder.mkdir(exist_ok=True)
    made = {}
    for name, content in (("splash.pdf", PDF), ("talk.eml", EML), ("course.pdf", COURSE)):
        made[name] = folder / name
        made[name].write_bytes(content)
    return made


@pytest.fixture
def tracked(cli, files, work) -> dict[str, Path]:
    """oca expiring 2027-03-31; as of 2026-01-15, activities 1-3 (44 points) have evidence, 4 (2) has none."""
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    add(
        cli,
        "Splash 2025: Planning",
        "--date",
        "2025-05-12",
        "--kind",
        "splash",
        "--hours",
        "16",
        "--evidence",
        files["splash.pdf"],
    )
    add(
        cli,
        "Tech Talk | Cube Views",
        "--date",
        "2025-06-01",
        "--kind",
        "tech-talk",
        "--points",
        "4",
        "--evidence",
        files["talk.eml"],
    )
    add(
        cli,
        "Course",
        "--date",
        "2025-09-01",
        "--kind",
        "course",
        "--hours",
        "24",
        "--evidence",
        files["course.pdf"],
    )
    add(cli, "Webinar", "--date", "2025-09-02", "--kind", "webinar", "--hours", "2")
    return files


def build(cli, *args):
    return ok(cli("bundle", "--as-of", AS_OF, "--json", *args))


# --- the selection, shown -------------------------------------------------------------------


def test_dry_run_json_is_exact_and_writes_nothing(cli, tracked, work):
    result = ok(cli("bundle", "--as-of", AS_OF, "--dry-run", "--json"))
    assert result.stderr == ""
    assert json.loads(result.stdout) == {
        "cert": "oca",
        "as_of": AS_OF,
        "total_points": 44,
        "activities": [1, 2, 3],
    }
    assert os.listdir(work) == []
    assert ledger().bundles == ()


def test_dry_run_table(cli, tracked, work):
    result = ok(cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--dry-run"))
    assert "Would bundle" in result.stdout
    assert "Tech Talk | Cube Views" in result.stdout and "Webinar" not in result.stdout
    assert "44" in result.stdout
    assert os.listdir(work) == []


def test_all_takes_every_counting_activity_with_evidence(cli, tracked, tmp_path):
    extra = tmp_path / "downloads" / "wave.pdf"
    extra.write_bytes(b"%PDF wave")
    add(cli, "WAVE", "--date", "2025-10-01", "--kind", "wave", "--points", "6", "--evidence", extra)
    add(cli, "Planned", "--date", "2026-02-01", "--kind", "wave", "--points", "6", "--evidence", extra)
    some = json.loads(ok(cli("bundle", "--as-of", AS_OF, "--dry-run", "--json")).stdout)
    every = json.loads(ok(cli("bundle", "--as-of", AS_OF, "--dry-run", "--json", "--all")).stdout)
    assert (some["activities"], some["total_points"]) == ([1, 2, 3], 44)
    assert (every["activities"], every["total_points"]) == ([1, 2, 3, 5], 50)


# --- the zip ----------------------------------------------------------------------------------


def test_build_prints_the_selection_with_the_path(cli, tracked, work):
    result = build(cli)
    target = work / ZIP_NAME
    assert json.loads(result.stdout) == {
        "cert": "oca",
        "as_of": AS_OF,
        "total_points": 44,
        "activities": [1, 2, 3],
        "path": str(target),
    }
    assert result.stderr == ""  # no progress bar off a terminal, no message with --json
    assert os.listdir(work) == [ZIP_NAME]


def test_build_without_json_says_where_the_zip_is(cli, tracked, work):
    result = ok(cli("bundle", "--as-of", AS_OF))
    assert f"Bundle 1: {work / ZIP_NAME}" in flat(result.stdout)
    assert flat(result.stderr) == (
        f"Wrote {work / ZIP_NAME}. Attach it to a ServiceNow case (category Credentialing); see summary.md. "
        "Once the case is accepted: `onepoints extend --bundle 1 --case NUMBER`."
    )


def test_zip_entries_and_contents_equal_the_sources(cli, tracked, work, files):
    times = {"splash.pdf": 1_747_000_000, "talk.eml": 1_748_000_000, "course.pdf": 1_756_000_000}
    for name, moment in times.items():
        os.utime(files[name], (moment, moment))
    build(cli)
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == [
            "evidence/1-2025-05-12-splash-2025-planning/splash.pdf",
            "evidence/2-2025-06-01-tech-talk-cube-views/talk.eml",
            "evidence/3-2025-09-01-course/course.pdf",
            "summary.csv",
            "summary.md",
            "summary.html",
            "case.txt",
            "manifest.json",
        ]
        assert zf.read(infos[0]) == PDF
        assert zf.read(infos[1]) == EML
        assert zf.read(infos[2]) == COURSE
        types = [i.compress_type for i in infos]
        assert (
            types
            # By content, not extension: PDF repeats its 256 bytes (deflated), COURSE does not (stored).
            == [zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED] + [zipfile.ZIP_DEFLATED] * 5
        )
        # Each file's own time (UTC); the generated files take the newest one's.
        assert [i.date_time for i in infos] == [
            (2025, 5, 11, 21, 46, 40),
            (2025, 5, 23, 11, 33, 20),
            (2025, 8, 24, 1, 46, 40),
        ] + [(2025, 8, 24, 1, 46, 40)] * 5  # summary.csv, .md, .html, case.txt, manifest.json
        summary = zf.read("summary.csv").decode("utf-8-sig").splitlines()
        assert summary[0] == "id,date,kind,title,hours,points,files"
        assert (
            summary[2]
            == "2,2025-06-01,tech-talk,Tech Talk | Cube Views,,4,evidence/2-2025-06-01-tech-talk-cube-views/talk.eml"
        )
        md = zf.read("summary.md").decode()
        assert "- Total: 44 OnePoints in 3 activities" in md and "Holder" not in md
        assert (
            "OnePoints certification extension: OneStream Certified Associate" in zf.read("case.txt").decode()
        )


def test_manifest_matches_the_ledger(cli, tracked, work):
    build(cli)
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    recorded = ledger()
    by_id = {a.id: a for a in recorded.activities}
    assert manifest["certification"] == {
        "id": "oca",
        "name": "OneStream Certified Associate",
        "expires": "2027-03-31",
    }
    assert (manifest["as_of"], manifest["total_points"]) == (AS_OF, 44)
    assert [a["id"] for a in manifest["activities"]] == [1, 2, 3]
    for item in manifest["activities"]:
        activity = by_id[item["id"]]
        assert item["title"] == activity.title and item["kind"] == activity.kind
        assert item["date"] == activity.date.isoformat() and item["points"] == float(activity.points)
        assert item["hours"] == (None if activity.hours is None else float(activity.hours))
        assert len(item["files"]) == len(activity.evidence)
    recorded_files = [e for i in (1, 2, 3) for e in by_id[i].evidence]
    assert [(f["size"], f["sha256"]) for f in manifest["files"]] == [
        (e.size, e.sha256) for e in recorded_files
    ]
    assert [f["path"] for f in manifest["files"]] == [p for a in manifest["activities"] for p in a["files"]]
    assert [f["sha256"] for f in manifest["files"]] == [
        hashlib.sha256(c).hexdigest() for c in (PDF, EML, COURSE)
    ]


def test_zip_passes_python_and_unzip_tests(cli, tracked, work):
    build(cli)
    checked = subprocess.run(
        [sys.executable, "-m", "zipfile", "-t", ZIP_NAME], capture_output=True, text=True, cwd=work
    )
    assert checked.returncode == 0 and "Done testing" in checked.stdout, checked.stdout + checked.stderr
    if shutil.which("unzip") is None:
        pytest.skip("unzip is not installed")
    tested = subprocess.run(["unzip", "-t", ZIP_NAME], capture_output=True, text=True, cwd=work)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "No errors detected" in tested.stdout


def test_two_builds_are_byte_identical(cli, tracked, work):
    first = json.loads(build(cli, "--out", "a.zip").stdout)
    second = json.loads(build(cli, "--out", "b.zip").stdout)
    assert (first["path"], second["path"]) == (str(work / "a.zip"), str(work / "b.zip"))
    original = (work / "a.zip").read_bytes()
    assert (work / "b.zip").read_bytes() == original
    build(cli, "--out", "a.zip", "--force")
    assert (work / "a.zip").read_bytes() == original
    assert sorted(os.listdir(work)) == ["a.zip", "b.zip"]
    recorded = json.loads(ok(cli("bundles", "--json")).stdout)["bundles"]
    assert [(b["id"], b["path"]) for b in recorded] == [
        (1, str(work / "a.zip")),
        (2, str(work / "b.zip")),
        (3, str(work / "a.zip")),
    ]
    assert {b["sha256"] for b in recorded} == {hashlib.sha256(original).hexdigest()}


# --- refusals leave nothing behind ------------------------------------------------------------


def _fewer_than_40(tracked, work):
    # as of 2027-06-01 activities 1 and 2 have aged out (2 on that very day): 3 is left, 24 points
    # (after the expiry: --force gets past that refusal to this one)
    return ("--as-of", "2027-06-01", "--force"), (
        "Not enough points to bundle on 2027-06-01: 24 counting points have evidence, 16 points are missing."
    )


def _missing_file(tracked, work):
    tracked["splash.pdf"].unlink()
    return (), f"activity 1: {tracked['splash.pdf']}: missing"


def _changed_size(tracked, work):
    tracked["talk.eml"].write_bytes(EML + b"P.S.")
    return (), f"activity 2: {tracked['talk.eml']}: size changed from {len(EML)} to {len(EML) + 4} bytes"


def _changed_same_size(tracked, work):
    tracked["course.pdf"].write_bytes(COURSE[:-1] + b"!")
    return (
        (),
        f"activity 3: {tracked['course.pdf']}: changed since it was recorded (same size, different contents)",
    )


def _existing_target(tracked, work):
    (work / ZIP_NAME).write_bytes(b"an older bundle")
    return (), f"{work / ZIP_NAME} already exists; use --force to replace it, or --out to choose another."


@pytest.mark.parametrize(
    "scenario", [_fewer_than_40, _missing_file, _changed_size, _changed_same_size, _existing_target]
)
def test_refusals_exit_1_and_leave_nothing(cli, tracked, work, scenario):
    args, message = scenario(tracked, work)
    before = {p.name: p.read_bytes() for p in work.iterdir()}
    as_of = [] if "--as-of" in args else ["--as-of", AS_OF]
    result = cli("bundle", *as_of, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert message in flat(result.stderr)
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in work.iterdir()} == before  # no zip, no hidden temporary file
    assert ledger().bundles == ()


def test_every_bad_file_is_named_at_once(cli, tracked, work):
    tracked["splash.pdf"].unlink()
    tracked["talk.eml"].write_bytes(b"short")
    result = cli("bundle", "--as-of", AS_OF)
    assert result.exit_code == 1
    message = flat(result.stderr)
    assert "2 evidence files are not as recorded" in message
    assert f"activity 1: {tracked['splash.pdf']}: missing" in message
    assert f"activity 2: {tracked['talk.eml']}: size changed" in message
    assert "onepoints doctor --search DIR --fix" in message
    assert "onepoints evidence replace ID N FILE" in message
    assert os.listdir(work) == []


def test_changed_file_with_force_keeps_the_old_zip(cli, tracked, work):
    build(cli)
    old = (work / ZIP_NAME).read_bytes()
    tracked["course.pdf"].write_bytes(COURSE[::-1])  # same size, other contents
    result = cli("bundle", "--as-of", AS_OF, "--force")
    assert result.exit_code == 1 and "same size, different contents" in flat(result.stderr)
    assert os.listdir(work) == [ZIP_NAME] and (work / ZIP_NAME).read_bytes() == old
    assert len(ledger().bundles) == 1


def test_attach_again_records_the_new_version(cli, tracked, work):
    new = COURSE[::-1]
    tracked["course.pdf"].write_bytes(new)
    assert cli("bundle", "--as-of", AS_OF).exit_code == 1
    ok(cli("attach", "3", tracked["course.pdf"]))
    evidence = [e for a in ledger().activities if a.id == 3 for e in a.evidence]
    assert [(e.size, e.sha256) for e in evidence] == [(len(new), hashlib.sha256(new).hexdigest())]
    build(cli)
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        assert zf.read("evidence/3-2025-09-01-course/course.pdf") == new


def test_several_certifications_need_cert_and_micro_is_refused(cli, tracked, work):
    ok(cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-06-30", "--id", "ocla"))
    ok(
        cli(
            "cert",
            "add",
            "Financial Close Fundamentals",
            "--expires",
            "2027-06-30",
            "--id",
            "ofcf",
            "--micro",
        )
    )
    result = cli("bundle", "--as-of", AS_OF, "--dry-run")
    assert (
        result.exit_code == 2 and result.stdout == ""
    )  # a usage error; the micro-credential is no candidate
    assert "Several certifications are tracked; choose one with --cert (oca, ocla)." in flat(result.stderr)
    micro = cli("bundle", "--cert", "ofcf", "--as-of", AS_OF)
    assert micro.exit_code == 1 and "micro-credential" in micro.stderr
    other = json.loads(ok(cli("bundle", "--cert", "ocla", "--as-of", AS_OF, "--dry-run", "--json")).stdout)
    assert other["cert"] == "ocla" and other["activities"] == [1, 2, 3]
    assert os.listdir(work) == []


def test_fewer_than_40_names_what_only_lacks_evidence(cli, tracked, work):
    tracked["course.pdf"].unlink()
    ok(cli("rm", "3", "--yes"))
    result = cli("bundle", "--as-of", AS_OF, "--dry-run")
    assert result.exit_code == 1 and result.stdout == ""
    message = flat(result.stderr)
    assert "20 counting points have evidence, 20 points are missing" in message
    assert (
        "This counting activity only lacks evidence (`onepoints attach ID FILE`): - 4: Webinar (2025-09-02, 2 points)"
        in message
    )


def test_bad_out_folder_and_folder_target(cli, tracked, work):
    missing = cli("bundle", "--as-of", AS_OF, "--out", "nowhere/b.zip")
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    folder = cli("bundle", "--as-of", AS_OF, "--out", str(work))
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    assert os.listdir(work) == []


# --- names --------------------------------------------------------------------------------------


def test_unicode_and_clashing_file_names(cli, tmp_path, work):
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    sources = [
        (folders[0] / "Résumé.pdf", b"first"),
        (folders[1] / "Résumé.pdf", b"second"),
        (folders[2] / "résumé.PDF", b"third, other case"),
        (folders[2] / "Cafe\u0301 notes.txt", "décomposé".encode()),  # NFD on disk
    ]
    for path, content in sources:
        path.write_bytes(content)
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    evidence = [arg for path, _ in sources for arg in ("--evidence", path)]
    add(
        cli,
        "Día de formación — Überblick",
        "--date",
        "2025-05-12",
        "--kind",
        "course",
        "--points",
        "40",
        *evidence,
    )
    build(cli)
    folder = "evidence/1-2025-05-12-día-de-formación-überblick"
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        infos = zf.infolist()[:4]
        assert [i.filename for i in infos] == [
            f"{folder}/Résumé.pdf",
            f"{folder}/Résumé (2).pdf",
            f"{folder}/résumé (3).PDF",
            f"{folder}/Café notes.txt",  # NFC in the zip
        ]
        assert all(i.flag_bits & 0x800 for i in infos)  # the UTF-8 flag: names stay Unicode
        assert [zf.read(i) for i in infos] == [content for _, content in sources]
        manifest = json.loads(zf.read("manifest.json"))
        assert [f["path"] for f in manifest["files"]] == [i.filename for i in infos]
        zf.extractall(tmp_path / "out")
    assert (tmp_path / "out" / folder / "Résumé (2).pdf").read_bytes() == b"second"
    if shutil.which("unzip"):
        tested = subprocess.run(["unzip", "-t", ZIP_NAME], capture_output=True, cwd=work)
        assert tested.returncode == 0, tested.stdout


def test_holder_name_and_email_from_config(cli, tracked, work, onepoints_home):
    (onepoints_home / "config.toml").write_text(
        'holder_name = "Zoë Lovelace"\nholder_email = "zoe@example.com"\nlead_days = 45\n', encoding="utf-8"
    )
    build(cli)
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        md = zf.read("summary.md").decode().splitlines()
        case = zf.read("case.txt").decode().splitlines()
    assert md[2:4] == ["- Holder: Zoë Lovelace", "- Email: zoe@example.com"]
    assert "5. Submit by 2027-02-14 (at least 45 days before the expiry on 2027-03-31)." in md
    assert case[-1] == "Zoë Lovelace, zoe@example.com"


# --- bundles ------------------------------------------------------------------------------------


def test_bundles_before_and_after_a_build(cli, tracked, work):
    assert json.loads(ok(cli("bundles", "--json")).stdout) == {"bundles": []}
    assert "No bundle yet" in ok(cli("bundles")).stdout
    long_out = work / ("a-rather-long-folder-name-for-the-evidence-bundles-of-this-year" + "/" + ZIP_NAME)
    long_out.parent.mkdir()
    build(cli, "--out", long_out)
    target = long_out
    listed = json.loads(ok(cli("bundles", "--json", "--as-of", AS_OF)).stdout)
    assert listed == {
        "bundles": [
            {
                "id": 1,
                "cert": "oca",
                "created": dt.date.today().isoformat(),
                "as_of": AS_OF,
                "activities": [1, 2, 3],
                "points": 44,
                "path": str(target),
                "sha256": zip_sha256(target),
                "extension": None,
                "check": {
                    "day": AS_OF,
                    "counting_points": 44,
                    "complete_until": "2027-05-11",  # the 16 points of 2025-05-12 age out on 2027-05-12
                    "out_of_date": False,
                    "stopped_on": None,
                    "replaced_by": None,
                },
            }
        ]
    }
    table = ok(cli("bundles", "--as-of", AS_OF))
    assert table.stderr == ""
    lines = table.stdout.splitlines()
    assert lines[0] == f"Bundle 1: oca, as of {AS_OF}, 44 points, built {dt.date.today()}"
    assert "  activities: 1, 2, 3" in lines
    assert f"  file: {target}" in lines  # whole, never cut, however narrow the terminal
    assert "onepoints extend --bundle 1" in table.stdout
    assert "  holds: complete until 2027-05-11: 44 of its points count on 2026-01-15" in lines


# --- extend -------------------------------------------------------------------------------------


def status(cli, as_of=AS_OF):
    return json.loads(ok(cli("status", "--json", "--as-of", as_of)).stdout)["certifications"][0]


def test_extend_lifecycle(cli, tracked, work, monkeypatch):
    monkeypatch.setenv("ONEPOINTS_TODAY", AS_OF)  # extend records the day it is run: the as-of day here
    build(cli)
    before = status(cli)
    assert (before["expires"], before["balance"], before["balance_with_evidence"]) == ("2027-03-31", 46, 44)

    extended = ok(cli("extend", "--case", "CS0123456"))
    assert extended.stdout == ""
    assert flat(extended.stderr) == (
        "Recorded the extension of 'oca': expires 2029-03-31 (was 2027-03-31); activities 1, 2, 3 are used "
        "and no longer count. `onepoints undo` takes it back."
    )
    after = status(cli)
    assert (after["expires"], after["balance"], after["balance_with_evidence"]) == ("2029-03-31", 2, 0)
    table = ok(cli("status", "--as-of", AS_OF)).stdout
    assert "2029-03-31" in table and "2 / 40" in table
    states = {
        a["id"]: a["state"]
        for a in json.loads(ok(cli("list", "--json", "--as-of", AS_OF)).stdout)["activities"]
    }
    assert states == {1: "used", 2: "used", 3: "used", 4: "counting"}
    recorded = json.loads(ok(cli("bundles", "--json")).stdout)["bundles"][0]["extension"]
    assert recorded == {
        "id": 1,
        "recorded": AS_OF,
        "case": "CS0123456",
        "previous_expiry": "2027-03-31",
        "new_expiry": "2029-03-31",
    }
    assert (
        "extension: recorded" in ok(cli("bundles")).stdout and "case CS0123456" in ok(cli("bundles")).stdout
    )

    again = cli("extend")
    assert again.exit_code == 1 and again.stdout == ""
    assert "Activities 1, 2, 3 of bundle 1 were already used by an accepted extension" in flat(again.stderr)
    assert status(cli)["expires"] == "2029-03-31"
    rebuild = cli("bundle", "--as-of", AS_OF, "--out", "again.zip")
    assert rebuild.exit_code == 1 and "0 counting points have evidence" in flat(rebuild.stderr)
    assert not (work / "again.zip").exists()

    undone = ok(cli("undo"))
    assert "extension 1 (oca to 2029-03-31) removed" in undone.stderr
    back = status(cli)
    assert (back["expires"], back["balance"], back["balance_with_evidence"]) == ("2027-03-31", 46, 44)
    assert ledger().extensions == ()


def test_extend_to_a_date(cli, tracked, work):
    build(cli)
    ok(cli("extend", "--cert", "oca", "--bundle", "1", "--to", "2029-06-30", "--case", "CS7"))
    cert = json.loads(ok(cli("cert", "list", "--json")).stdout)["certifications"][0]
    assert cert["expires"] == "2029-06-30"
    (extension,) = ledger().extensions
    assert (extension.case, extension.bundle, extension.new_expiry) == ("CS7", 1, dt.date(2029, 6, 30))
    assert extension.recorded == dt.date.today()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "2027-03-31"], "must be after the current one (2027-03-31)"),
        (["--to", "2029-02-30"], "--to '2029-02-30' is not a valid date"),
        (["--bundle", "9"], "No bundle 9"),
        (["--cert", "zz"], "No certification with id 'zz'"),
    ],
)
def test_extend_refusals_change_nothing(cli, tracked, work, args, message):
    build(cli)
    result = cli("extend", *args)
    assert result.exit_code == (2 if "valid date" in message else 1) and result.stdout == ""
    assert message in flat(result.stderr)
    assert ledger().extensions == () and status(cli)["expires"] == "2027-03-31"


def test_extend_before_any_bundle(cli, tracked):
    result = cli("extend")
    assert result.exit_code == 1
    assert "No bundle was built for 'oca' yet: run `onepoints bundle --cert oca` first." in flat(
        result.stderr
    )


def test_extend_bundle_names_its_certification(cli, tracked, work):
    ok(cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-06-30", "--id", "ocla"))
    build(cli, "--cert", "ocla")
    result = ok(cli("extend", "--bundle", "1"))
    assert "Recorded the extension of 'ocla': expires 2029-06-30" in flat(result.stderr)
    certs = {
        c["id"]: c["expires"] for c in json.loads(ok(cli("cert", "list", "--json")).stdout)["certifications"]
    }
    assert certs == {"oca": "2027-03-31", "ocla": "2029-06-30"}


# --- evidence that lasts: --copy ----------------------------------------------------------------


def test_copy_keeps_the_file_beside_the_ledger(cli, files, work, onepoints_home):
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    source = files["course.pdf"]
    add(
        cli,
        "Course",
        "--date",
        "2025-09-01",
        "--kind",
        "course",
        "--points",
        "40",
        "--evidence",
        source,
        "--copy",
    )
    sha = hashlib.sha256(COURSE).hexdigest()
    copy = onepoints_home / "evidence" / sha / "course.pdf"
    assert copy.read_bytes() == COURSE
    shown = json.loads(ok(cli("show", "1", "--json")).stdout)["evidence"]
    assert shown == [{"path": str(copy), "size": len(COURSE), "sha256": sha}]
    source.unlink()
    doctor = ok(cli("doctor"))
    assert doctor.stdout == "Checked the ledger and 1 evidence file.\nEverything is in order.\n"
    build(cli)
    with zipfile.ZipFile(work / ZIP_NAME) as zf:
        assert zf.read("evidence/1-2025-09-01-course/course.pdf") == COURSE
    assert sorted(p.name for p in copy.parent.iterdir()) == ["course.pdf"]  # no temporary file left


def test_config_copy_evidence_is_the_default_and_no_copy_overrides_it(cli, files, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text("copy_evidence = true\n")
    add(cli, "Course", "--date", "2025-09-01", "--kind", "course", "--hours", "8")
    ok(cli("attach", "1", files["course.pdf"]))
    ok(cli("attach", "1", files["talk.eml"], "--no-copy"))
    paths = [e["path"] for e in json.loads(ok(cli("show", "1", "--json")).stdout)["evidence"]]
    assert paths == [
        str(onepoints_home / "evidence" / hashlib.sha256(COURSE).hexdigest() / "course.pdf"),
        str(files["talk.eml"].resolve()),
    ]


def test_copy_replaces_a_damaged_earlier_copy(cli, files, onepoints_home):
    add(cli, "Course", "--date", "2025-09-01", "--kind", "course", "--hours", "8")
    ok(cli("attach", "1", files["course.pdf"], "--copy"))
    copy = onepoints_home / "evidence" / hashlib.sha256(COURSE).hexdigest() / "course.pdf"
    copy.write_bytes(COURSE[::-1])  # the same size, damaged
    assert cli("doctor").exit_code == 1
    ok(cli("attach", "1", files["course.pdf"], "--copy"))
    assert copy.read_bytes() == COURSE
    assert ok(cli("doctor")).stdout.endswith("Everything is in order.\n")


# --- doctor -------------------------------------------------------------------------------------


def test_doctor_clean(cli, tracked):
    result = ok(cli("doctor"))
    assert result.stdout == "Checked the ledger and 3 evidence files.\nEverything is in order.\n"
    assert result.stderr == ""
    assert json.loads(ok(cli("doctor", "--json")).stdout) == {
        "files_checked": 3,
        "problems": [],
        "kept": [],
        "used_missing": [],
        "conflict_copies": [],
    }


def test_doctor_lists_each_problem_with_its_activity(cli, tracked):
    tracked["splash.pdf"].unlink()
    tracked["course.pdf"].write_bytes(COURSE[::-1])  # same size
    tracked["talk.eml"].write_bytes(b"x")
    result = cli("doctor")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "Checked the ledger and 3 evidence files.",
        "3 problems:",
        f"  - activity 1: {tracked['splash.pdf']}: missing",
        f"  - activity 2: {tracked['talk.eml']}: size changed from {len(EML)} to 1 bytes",
        f"  - activity 3: {tracked['course.pdf']}: content changed (sha256 differs)",
        "For a missing file: a file that was moved or renamed is found by"
        " `onepoints doctor --search DIR --fix` (DIR: where it may be, e.g. ~/Documents).",
        "For a changed file: a file changed on purpose (a corrected certificate) is recorded by"
        " `onepoints evidence replace ID N FILE`.",
        "A file that is no longer evidence: `onepoints evidence detach ID N`.",
        "(ID N: the activity and the file's number in `onepoints evidence list ID`.)",
    ]
    data = json.loads(cli("doctor", "--json").stdout)
    assert data["files_checked"] == 3
    assert [(p["activity"], p["problem"]) for p in data["problems"]] == [
        (1, "missing"),
        (2, f"size changed from {len(EML)} to 1 bytes"),
        (3, "content changed (sha256 differs)"),
    ]


def test_doctor_on_a_folder_instead_of_a_file(cli, tracked):
    tracked["splash.pdf"].unlink()
    tracked["splash.pdf"].mkdir()
    result = cli("doctor")
    assert result.exit_code == 1
    assert f"  - activity 1: {tracked['splash.pdf']}: not a regular file" in result.stdout.splitlines()


def test_doctor_on_an_invalid_ledger(cli, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "ledger.toml").write_text("[[activities]]\nid = 'x'\n")
    result = cli("doctor")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "is not a valid onepoints file" in result.stderr
    assert "Traceback" not in result.stderr


# --- the progress bar -------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "shown"), [(_Terminal, True), (io.StringIO, False)])
def test_progress_bar_only_on_a_terminal(monkeypatch, stream, shown):
    from onepoints_cli.render.bundles import progress_bar

    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    fake = stream()
    monkeypatch.setattr(sys, "stderr", fake)
    with progress_bar(2048) as advance:
        advance(1024)
        advance(1024)
    assert ("Bundling" in fake.getvalue()) is shown
    assert shown or fake.getvalue() == ""


def test_titles_are_shown_verbatim_not_as_markup(cli, files, work):
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"))
    title = "Closing [/] talk [bold]day 1[/bold]"
    add(
        cli,
        title,
        "--date",
        "2025-09-01",
        "--kind",
        "course",
        "--points",
        "40",
        "--evidence",
        files["course.pdf"],
    )
    result = ok(cli("bundle", "--as-of", AS_OF, "--dry-run"))
    assert title in result.stdout


def test_bundles_says_when_another_extension_used_the_activities(cli, tracked, work):
    build(cli, "--out", "a.zip")
    build(cli, "--out", "b.zip")  # the same activities again
    ok(cli("extend", "--bundle", "2"))
    blocks = ok(cli("bundles")).stdout.split("\n\n")
    assert "  extension: none possible: extension 1 used its activities (or some of them)" in blocks[0]
    assert "onepoints extend --bundle 1" not in blocks[0]
    assert "  extension: recorded " in blocks[1]
    refused = cli("extend", "--bundle", "1")
    assert refused.exit_code == 1 and "were already used" in refused.stderr


# --- deadline and expiry (oca: deadline 2027-03-01, expiry 2027-03-31) -------------------------


@pytest.mark.parametrize(
    ("as_of", "warned"),
    [
        ("2027-03-01", False),  # the deadline day is on time
        ("2027-03-02", True),  # the day after: late, submit at once
        ("2027-03-30", True),  # the last day before the expiry
    ],
)
def test_bundle_after_the_deadline_warns(cli, tracked, work, as_of, warned):
    result = cli("bundle", "--as-of", as_of, "--out", "late.zip")
    assert result.exit_code == 0 and (work / "late.zip").exists()
    late = "The submission deadline (2027-03-01) has passed" in flat(result.stderr)
    assert late is warned
    if warned:
        assert "submit the case at once, by 2027-03-30 at the latest" in flat(result.stderr)
    with zipfile.ZipFile(work / "late.zip") as z:
        md = z.read("summary.md").decode()
    step = [line for line in md.splitlines() if line.startswith("5. ")][0]
    assert step == (
        "5. Submit by 2027-03-30 (the submission deadline 2027-03-01 has passed: submit at once, before the "
        "expiry on 2027-03-31)."
        if warned
        else "5. Submit by 2027-03-01 (at least 30 days before the expiry on 2027-03-31)."
    )


@pytest.mark.parametrize("as_of", ["2027-03-31", "2027-04-01"])  # the expiry day, the day after
def test_bundle_from_the_expiry_day_is_refused_unless_forced(cli, tracked, work, as_of):
    before = resolve_paths().ledger.read_bytes()
    result = cli("bundle", "--as-of", as_of, "--out", "expired.zip")
    assert result.exit_code == 1 and result.stdout == ""
    assert "Renew it by sitting the current exam" in flat(result.stderr)
    named = re.findall(r"`onepoints ([a-z ]+)`", flat(result.stderr))
    assert named == ["exam log"]  # a command that exists (it once said `onepoints exams`)
    assert cli(*named[0].split(), "--help").exit_code == 0
    assert not (work / "expired.zip").exists() and resolve_paths().ledger.read_bytes() == before
    forced = cli("bundle", "--as-of", as_of, "--out", "expired.zip", "--force")
    assert forced.exit_code == 0 and (work / "expired.zip").exists()
    assert "built with --force and cannot extend it" in flat(forced.stderr)
    # The closing note does not send an expired certification's bundle to a case as if it were in time.
    assert "Attach it to a ServiceNow case" not in flat(forced.stderr)
    assert "whether it can still be considered" in flat(forced.stderr)
    with zipfile.ZipFile(work / "expired.zip") as z:
        md = z.read("summary.md").decode()
    assert "5. Submit at once: the certification expired on 2027-03-31 (built with --force)." in md
    assert "Submit by 2027" not in md
