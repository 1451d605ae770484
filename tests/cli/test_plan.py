"""Several certifications, one set of activities, through the real CLI (issue 14)."""

from __future__ import annotations

import json

import pytest

AS_OF = "2026-01-15"


def ok(result):
    assert result.exit_code == 0, result.stderr
    return result


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def two_certs(cli, evidence_file):
    """oca and ocla, and 60 points of activities with evidence: enough for one, not both."""
    pdf = evidence_file()
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2026-06-30", "--id", "oca"))
    ok(cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2026-09-30", "--id", "ocla"))
    for day, hours in [("2024-03-01", 10), ("2024-06-01", 10), ("2024-09-01", 20), ("2025-03-01", 20)]:
        ok(
            cli(
                "add", f"Course {day}", "--date", day, "--kind", "course", "--hours", hours, "--evidence", pdf
            )
        )
    return cli


def test_a_second_bundle_leaves_out_the_first_ones_activities_and_says_so(two_certs, tmp_path):
    cli = two_certs
    ok(cli("bundle", "--cert", "oca", "--as-of", AS_OF, "--out", tmp_path / "oca.zip"))
    refused = cli("bundle", "--cert", "ocla", "--as-of", AS_OF, "--dry-run", "--json")
    assert refused.exit_code == 1 and refused.stdout == ""
    assert "in bundle 1 (oca), not extended yet, so left out" in flat(refused.stderr)
    assert "--share" in refused.stderr
    shared = ok(cli("bundle", "--cert", "ocla", "--as-of", AS_OF, "--share", "--out", tmp_path / "ocla.zip"))
    assert "Shares activities with the open bundle of oca on purpose" in flat(shared.stderr)
    ok(cli("extend", "--cert", "oca", "--case", "CS1"))
    extended = ok(cli("extend", "--cert", "ocla", "--case", "CS2"))  # shared on purpose: accepted
    assert "Recorded the extension of 'ocla'" in flat(extended.stderr)


def test_extend_of_an_unshared_overlap_is_refused_with_a_way_out(two_certs, tmp_path):
    cli = two_certs
    ok(cli("bundle", "--cert", "ocla", "--as-of", AS_OF, "--out", tmp_path / "ocla.zip"))
    ok(cli("extend", "--cert", "ocla", "--case", "CS1"))
    # the ledger of an older version could hold a silent overlap: made here by hand
    from onepoints_cli.domain.models import Bundle
    from onepoints_cli.storage import ledger_store as store
    from onepoints_cli.storage.paths import resolve_paths

    def overlap(snapshot):
        first = snapshot.ledger.bundles[0]
        bundle = Bundle(
            2, "oca", first.created, first.as_of, first.activities, first.points, "/x.zip", "0" * 64
        )
        return snapshot.ledger._replace(bundles=snapshot.ledger.bundles + (bundle,)), None

    store.modify(resolve_paths(), overlap)
    refused = cli("extend", "--cert", "oca")
    assert refused.exit_code == 1 and refused.stdout == ""
    message = flat(refused.stderr)
    assert "already used by the extension of ocla" in message
    assert "onepoints extend --cert oca --bundle 2 --share" in message
    ok(cli("extend", "--cert", "oca", "--bundle", "2", "--share"))
    again = cli("extend", "--cert", "oca", "--bundle", "2", "--share")
    assert again.exit_code == 1 and "cannot count twice" in flat(again.stderr)


def test_plan_json_gives_each_activity_to_one_certification(two_certs):
    data = json.loads(ok(two_certs("plan", "--as-of", AS_OF, "--json")).stdout)
    oca, ocla = data["certifications"]
    assert (data["served"], data["proven_optimal"]) == (1, True)
    assert (oca["state"], oca["submit_on"], oca["points"]) == ("served", AS_OF, 40)
    assert [a["id"] for a in oca["activities"]] == [1, 2, 3]
    assert (ocla["state"], ocla["needed"], ocla["last_day"]) == ("short", 20, "2026-08-31")
    assert [a["id"] for a in ocla["activities"]] == [4]


def test_plan_text_on_a_pipe(two_certs):
    result = ok(two_certs("plan", "--as-of", AS_OF))
    assert result.stderr == ""
    assert result.stdout.startswith(f"Plan as of {AS_OF}: 1 of 2 certifications reach 40 points.\n")
    assert "OneStream Certified Lead Architect (ocla): short by 20 points" in result.stdout
    assert "Earn 20 more points by 2026-08-31; 20 points left for it count then." in result.stdout


def test_status_says_whose_plan_shares_the_points(two_certs):
    data = json.loads(ok(two_certs("status", "--as-of", AS_OF, "--json")).stdout)
    oca, ocla = data["certifications"]
    assert oca["shared_with_plan"] == []
    assert ocla["shared_with_plan"] == [{"cert": "oca", "points": 40}]
    text = ok(two_certs("status", "--as-of", AS_OF)).stdout
    assert "Shared           40 to oca (given by the plan or held in a built bundle: onepoints plan" in text
    # the plan leaves ocla short: it follows the plan, not "ready to submit" (issue 18, point 4)
    assert (ocla["state"], ocla["plan_needed"], ocla["submit_by"]) == ("on_track", 20, None)
    assert "earn 20 more points by 2026-08-31 for this one" in ocla["next_step"]


def test_timeline_json_has_every_change(two_certs):
    data = json.loads(ok(two_certs("timeline", "--from", AS_OF, "--json")).stdout)
    assert (data["from"], data["to"]) == (AS_OF, "2026-09-30")
    assert [(s["date"], s["balance"], s["ageing_out"]) for s in data["series"]] == [
        (AS_OF, 60, []),
        ("2026-03-01", 50, [1]),
        ("2026-06-01", 40, [2]),
        ("2026-09-01", 20, [3]),
    ]
    assert [c["balance_on_deadline"] for c in data["certifications"]] == [
        50,
        40,
    ]  # on 2026-05-31 and 2026-08-31


@pytest.mark.parametrize("width", [40, 61, 120])
def test_timeline_chart_fits_the_width(two_certs, width):
    result = ok(two_certs("timeline", "--from", AS_OF, "--width", width))
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    assert any(line.lstrip().startswith("40 |") for line in lines)
    assert all(ch.isprintable() for line in lines for ch in line)
    marks = [line for line in lines if line.lstrip().startswith(("oca ", "ocla "))]
    assert len(marks) == 2 and all("D" in m and "X" in m for m in marks)


def test_timeline_refuses_a_backwards_period(two_certs):
    result = two_certs("timeline", "--from", "2026-05-01", "--to", "2026-04-01")
    assert result.exit_code == 1 and result.stdout == ""
    assert "--to (2026-04-01) is before --from (2026-05-01)" in result.stderr


def test_a_one_day_timeline_on_an_empty_ledger(cli):
    result = ok(cli("timeline", "--from", AS_OF, "--to", AS_OF, "--width", 40))
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Balance of the unused activities,", f"  {AS_OF} to {AS_OF}"]  # folded at 40
    assert max(map(len, lines)) <= 40
    assert f"On {AS_OF}: 0 points." in result.stdout
    assert "No activity starts to count or ages out in this period." in " ".join(result.stdout.split())


LONG_TITLE = "Splash 2025: Planning workshop on consolidation, cube views and the long close"


@pytest.fixture
def long_title(cli, evidence_file):
    """oca, and one 40-point course with a title longer than any terminal row."""
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2026-06-30", "--id", "oca"))
    course = ["--date", "2024-06-01", "--kind", "course", "--hours", 40, "--evidence", evidence_file()]
    ok(cli("add", LONG_TITLE, *course))
    return cli


def test_on_a_pipe_plan_and_timeline_keep_every_title_whole(long_title):
    cli = long_title
    plan = ok(cli("plan", "--as-of", AS_OF))
    timeline = ok(cli("timeline", "--from", AS_OF))  # the chart is 80 wide on a pipe; the text is not cut
    assert any(line.rstrip().endswith(LONG_TITLE) for line in plan.stdout.splitlines())
    assert any(line.endswith(f"1 ages out: {LONG_TITLE}") for line in timeline.stdout.splitlines())
    assert "..." not in plan.stdout + timeline.stdout and "…" not in plan.stdout + timeline.stdout


@pytest.mark.parametrize("command", [["plan", "--as-of", AS_OF], ["timeline", "--from", AS_OF]])
def test_with_a_width_their_tables_shorten_the_title_to_fit(long_title, command):
    cli = long_title
    lines = ok(cli(*command, "--width", 60)).stdout.splitlines()
    assert max(map(len, lines)) <= 60
    (row,) = [line for line in lines if "Splash" in line]
    assert row.endswith("…") and len(row) == 60  # the title takes the room left, with the table's ellipsis
