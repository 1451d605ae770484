"""examples/: the README's demo works from a fresh clone, and the tests never change the folder."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from tests.support.paths import EXAMPLES

AS_OF = "2026-11-24"  # the date the README shows


@pytest.fixture
def examples(monkeypatch):
    """ONEPOINTS_HOME=examples, as in the README; fails if a command wrote anything there."""
    before = {p: p.read_bytes() for p in EXAMPLES.rglob("*") if p.is_file()}
    monkeypatch.setenv("ONEPOINTS_HOME", str(EXAMPLES))
    yield EXAMPLES
    after = {p: p.read_bytes() for p in EXAMPLES.rglob("*") if p.is_file()}
    assert after == before, "a command wrote into examples/"


def test_status_shows_a_meaningful_picture(cli, examples):
    data = json.loads(cli("status", "--as-of", AS_OF, "--json").stdout)
    oca, ocla = data["certifications"]
    assert (oca["id"], oca["state"], oca["deadline"]) == ("oca", "ready", "2027-01-29")
    assert (oca["balance"], oca["balance_with_evidence"], oca["balance_at_deadline"]) == (44, 43, 41.5)
    assert [a["id"] for a in oca["aging_out"]] == [6, 7]
    assert [a["id"] for a in oca["lacking_evidence"]] == [11]
    assert oca["planned"] == 8
    # Alone ocla would be ready, but the plan gives oca (earlier deadline) the points: status agrees with plan.
    assert (ocla["id"], ocla["state"], ocla["expires"]) == ("ocla", "on_track", "2027-04-30")
    assert (ocla["plan_needed"], ocla["submit_by"]) == (30, None)
    plan = json.loads(cli("plan", "--as-of", AS_OF, "--json").stdout)
    short = [c for c in plan["certifications"] if c["id"] == "ocla"][0]
    assert short["needed"] == ocla["plan_needed"]
    text = cli("status", "--as-of", AS_OF)
    assert text.exit_code == 0 and "OneStream Certified Associate (oca): ready to submit" in text.stdout


def test_every_activity_state_appears(cli, examples):
    activities = json.loads(cli("list", "--as-of", AS_OF, "--json").stdout)["activities"]
    states = {a["id"]: a["state"] for a in activities}
    assert {states[i] for i in (1, 2, 3, 4)} == {"used"}
    assert (states[5], states[14]) == ("aged_out", "planned")
    assert {a["kind"] for a in activities} >= {
        "course",
        "tech-talk",
        "webinar",
        "splash",
        "wave",
        "user-group",
    }


def test_the_evidence_is_intact_and_relative_to_the_folder(cli, examples):
    doctor = cli("doctor", "--json")
    assert doctor.exit_code == 0, doctor.stdout
    ledger = (EXAMPLES / "ledger.toml").read_text()
    assert 'path = "evidence/' in ledger and str(EXAMPLES) not in ledger


def test_bundle_dry_run(cli, examples):
    result = cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["activities"], data["total_points"]) == ([6, 7, 8, 9, 10, 12], 41)


def test_a_copy_of_the_folder_bundles_for_real(cli, tmp_path, monkeypatch):
    demo = tmp_path / "demo"
    shutil.copytree(EXAMPLES, demo)
    monkeypatch.setenv("ONEPOINTS_HOME", str(demo))
    out = tmp_path / "oca.zip"
    result = cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--out", out)
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(out) as bundle:
        assert bundle.testzip() is None
        names = bundle.namelist()
        summary = bundle.read("summary.md").decode()
    assert sum(n.startswith("evidence/") for n in names) == 7
    assert "- Holder: Sam Taylor" in summary
    assert json.loads(cli("bundles", "--json").stdout)["bundles"][0]["activities"] == [6, 7, 8, 9, 10, 12]
