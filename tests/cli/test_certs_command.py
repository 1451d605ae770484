"""`onepoints cert import` through the real CLI, from baked badges: exit code, stdout and stderr apart."""

from __future__ import annotations

import json

import pytest

from tests.support.badge_factory import itxt, jws, ob2_assertion, ob3_credential, png, write
from tests.support.cli_steps import setup_cert
from tests.support.paths import BADGES

#: Published test badges, with their licences (tests/fixtures/badges/README.md).
FIXTURES = BADGES

ONESTREAM = {"id": "https://www.credly.com/org/onestream", "type": ["Profile"], "name": "OneStream Software"}
ACHIEVEMENT_URL = "https://www.credly.com/org/onestream/badge/certified-associate"
CREDLY_BADGE_CLASS = "https://api.credly.com/v1/obi/v2/badge_classes/abcd"


def flat(text: str) -> str:
    """Messages on stderr are wrapped to the terminal width: compare them unwrapped."""
    return " ".join(text.split())


def ob3_png(tmp_path, name="OneStream Certified Associate", until="2027-05-31", file="badge.png"):
    fields = {"validFrom": "2025-05-31T00:00:00Z"}
    if until:
        fields["validUntil"] = f"{until}T23:59:59Z"
    credential = ob3_credential(name, ONESTREAM, **fields)
    return write(tmp_path, file, png(itxt("openbadgecredential", json.dumps(credential)), after_idat=True))


def credly_ob2_png(tmp_path):
    """What Credly's 2.0 download holds: the badge class as a URL only, no name, no expiry."""
    assertion = ob2_assertion(CREDLY_BADGE_CLASS, issuedOn="2025-05-31T10:00:00.000Z")
    return write(tmp_path, "credly.png", png(itxt("openbadges", json.dumps(assertion))))


def certs(cli):
    result = cli("cert", "list", "--json")
    assert result.exit_code == 0
    return json.loads(result.stdout)["certifications"]


def test_an_ob3_badge_with_an_expiry_becomes_a_certification(cli, tmp_path):
    result = cli("cert", "import", ob3_png(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "oca\n"
    assert "Imported certification 'oca': OneStream Certified Associate, expiring 2027-05-31." in flat(
        result.stderr
    )
    assert "micro" not in result.stderr and "not verified" not in result.stderr
    assert certs(cli) == [
        {
            "id": "oca",
            "name": "OneStream Certified Associate",
            "type": "certification",
            "earned": "2025-05-31",
            "expires": "2027-05-31",
            "badge_url": ACHIEVEMENT_URL,
        }
    ]


def test_a_plain_ob3_json_file_imports_too(cli, tmp_path):
    credential = ob3_credential("OneStream Certified Lead Architect", ONESTREAM, validUntil="2028-01-31")
    path = write(tmp_path, "credential.json", json.dumps(credential).encode())
    result = cli("cert", "import", path, "--id", "lead")
    assert result.exit_code == 0 and result.stdout == "lead\n"
    assert certs(cli)[0]["expires"] == "2028-01-31"


def test_a_credly_ob2_badge_needs_name_and_expiry_from_the_options(cli, tmp_path, onepoints_home):
    path = credly_ob2_png(tmp_path)
    refused = cli("cert", "import", path)
    assert refused.exit_code == 1 and refused.stdout == ""
    message = flat(refused.stderr)
    assert "does not give the certification's name and expiry date" in message
    assert CREDLY_BADGE_CLASS in message
    assert '--name "OneStream Certified Associate" --expires YYYY-MM-DD' in message
    assert "Open Badges 3.0 version" in message
    assert not (onepoints_home / "ledger.toml").exists()

    result = cli("cert", "import", path, "--name", "OneStream Certified Associate", "--expires", "2027-05-31")
    assert result.exit_code == 0 and result.stdout == "oca\n"
    assert "From your options: name, expiry date." in flat(result.stderr)
    (cert,) = certs(cli)
    assert cert["earned"] == "2025-05-31" and cert["badge_url"] == CREDLY_BADGE_CLASS

    # The same file again needs no options: the certification it matches keeps its name and expiry.
    again = cli("cert", "import", path)
    assert again.exit_code == 0 and again.stdout == "oca\n"
    assert "Kept from certification 'oca': name, expiry date." in flat(again.stderr)
    assert "Already up to date: certification" in flat(again.stderr) and "Updated" not in again.stderr
    assert len(certs(cli)) == 1


def test_a_missing_expiry_alone_is_named(cli, tmp_path):
    result = cli("cert", "import", ob3_png(tmp_path, until=None))
    assert result.exit_code == 1 and result.stdout == ""
    message = flat(result.stderr)
    assert "does not give the certification's expiry date;" in message and "--expires YYYY-MM-DD" in message
    assert "--name" not in message


def test_reimporting_a_renewed_badge_updates_its_certification(cli, tmp_path):
    assert cli("cert", "import", ob3_png(tmp_path)).exit_code == 0
    renewed = ob3_png(tmp_path, until="2029-05-31", file="renewed.png")
    result = cli("cert", "import", renewed)
    assert result.exit_code == 0 and result.stdout == "oca\n"
    assert "Updated certification 'oca'" in flat(result.stderr)
    assert "Changed: expiry 2027-05-31 -> 2029-05-31." in flat(result.stderr)
    assert [c["expires"] for c in certs(cli)] == ["2029-05-31"]

    older = cli("cert", "import", ob3_png(tmp_path, until="2027-05-31", file="old.png"))
    assert older.exit_code == 0
    assert "The expiry moved earlier, from 2029-05-31 to 2027-05-31" in flat(older.stderr)


def test_the_ob2_and_ob3_downloads_of_one_badge_are_one_certification(cli, tmp_path):
    first = cli(
        "cert",
        "import",
        credly_ob2_png(tmp_path),
        "--name",
        "OneStream Certified Associate",
        "--expires",
        "2027-05-31",
    )
    assert first.exit_code == 0 and first.stdout == "oca\n"
    # Their URLs differ (badge class API URL, achievement page): the name matches them.
    second = cli("cert", "import", ob3_png(tmp_path, until="2027-06-30"))
    assert second.exit_code == 0 and second.stdout == "oca\n"
    assert "Matched certification 'oca' by its name" in flat(second.stderr)
    (cert,) = certs(cli)
    assert cert["badge_url"] == ACHIEVEMENT_URL and cert["expires"] == "2027-06-30"


def test_a_certification_added_by_hand_is_matched_by_name_unless_ambiguous(cli, tmp_path):
    for cert_id in ("oca", "oca-old"):
        added = cli(
            "cert",
            "add",
            "OneStream  certified associate",
            "--expires",
            "2027-05-31",
            "--id",
            cert_id,
            "--duplicate",
        )
        assert added.exit_code == 0
    ambiguous = cli("cert", "import", ob3_png(tmp_path))
    assert ambiguous.exit_code == 1 and ambiguous.stdout == ""
    assert "Several certifications are named" in flat(ambiguous.stderr) and "(oca, oca-old)" in flat(
        ambiguous.stderr
    )
    assert cli("cert", "rm", "oca-old", "--yes").exit_code == 0
    result = cli("cert", "import", ob3_png(tmp_path))
    assert result.exit_code == 0 and result.stdout == "oca\n"
    assert certs(cli)[0]["name"] == "OneStream Certified Associate"


def test_options_override_the_file(cli, tmp_path):
    result = cli("cert", "import", ob3_png(tmp_path), "--expires", "2028-12-31", "--earned", "2025-06-01")
    assert result.exit_code == 0
    assert (
        "From your options: expiry date, date earned (the badge says expiry date 2027-05-31; "
        "the badge says date earned 2025-05-31)." in flat(result.stderr)
    )
    (cert,) = certs(cli)
    assert (cert["expires"], cert["earned"]) == ("2028-12-31", "2025-06-01")


def test_id_links_the_badge_to_a_certification_added_by_hand(cli, tmp_path):
    added = cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31", "--id", "assoc")
    assert added.exit_code == 0
    result = cli("cert", "import", ob3_png(tmp_path, until="2027-06-30"), "--id", "assoc")
    assert result.exit_code == 0 and result.stdout == "assoc\n"
    (cert,) = certs(cli)
    assert cert["badge_url"] == ACHIEVEMENT_URL and cert["expires"] == "2027-06-30"
    clash = cli("cert", "import", ob3_png(tmp_path), "--id", "other")
    assert clash.exit_code == 1 and "already imported as certification 'assoc'" in flat(clash.stderr)


def test_a_name_without_certified_is_a_micro_credential(cli, tmp_path):
    path = ob3_png(tmp_path, name="OneStream Financial Close Fundamentals", until="2026-12-31")
    result = cli("cert", "import", path)
    assert result.exit_code == 0 and result.stdout == "ofcf\n"
    assert "Imported micro-credential 'ofcf'" in flat(result.stderr)
    assert "A micro-credential: listed, but OnePoints do not extend it." in flat(result.stderr)
    assert certs(cli)[0]["type"] == "micro-credential"

    # status and cert list show it with its expiry, and say it cannot be extended.
    status = json.loads(cli("status", "--json", "--as-of", "2026-06-01").stdout)["certifications"][0]
    assert status["state"] == "micro" and status["expires"] == "2026-12-31"
    assert "OnePoints extend certifications only" in status["next_step"]
    assert status["warnings"] == []
    text = cli("status", "--as-of", "2026-06-01")
    assert text.exit_code == 0
    assert "micro-credential" in text.stdout and "2026-12-31" in text.stdout
    assert "Balance" not in text.stdout
    listed = cli("cert", "list", "--as-of", "2026-06-01")
    assert "micro" in listed.stdout and "2026-12-31" in listed.stdout
    check = cli("status", "--check", "--as-of", "2026-06-01")
    assert check.exit_code == 0


def test_a_signed_badge_says_its_signature_was_not_verified(cli, tmp_path):
    credential = ob3_credential("OneStream Certified Associate", ONESTREAM, validUntil="2027-05-31")
    path = write(tmp_path, "signed.png", png(itxt("openbadgecredential", jws(credential))))
    result = cli("cert", "import", path)
    assert result.exit_code == 0 and result.stdout == "oca\n"
    assert "the signature was not verified" in flat(result.stderr)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.txt", b"just some text", "is not a badge file onepoints can read"),
        ("plain.png", png(), "without Open Badges metadata"),
        ("cut.png", png(itxt("openbadges", "{}"))[:-20], "is a damaged PNG"),
        ("bad.png", png(itxt("openbadgecredential", "{not json")), "is not valid JSON"),
        ("class.json", json.dumps({"type": "BadgeClass", "name": "x"}).encode(), "is not an award"),
    ],
)
def test_a_malformed_file_is_refused_cleanly_and_the_ledger_is_untouched(
    cli, tmp_path, onepoints_home, name, data, message
):
    assert cli("cert", "import", ob3_png(tmp_path)).exit_code == 0
    before = (onepoints_home / "ledger.toml").read_bytes()
    result = cli("cert", "import", write(tmp_path, name, data), "--expires", "2030-01-01")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: ") and message in flat(result.stderr)
    assert "Traceback" not in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before


def test_a_missing_file_is_named(cli, tmp_path):
    result = cli("cert", "import", tmp_path / "nope.png")
    assert result.exit_code == 1 and "Badge file not found" in flat(result.stderr)


# --- Published badges (tests/fixtures/badges, see its README.md) -------------------------------

PUBLISHED = [
    # file, extra options, expected name, micro?
    ("ob30_json.png", [], "Teamwork", True),
    ("ob30_jwt_vc11.png", [], "Teamwork", True),
    ("ob30_jwt.svg", [], "Teamwork", True),
    (
        "ob20_hosted_json.png",
        ["--name", "OneStream Certified Associate"],
        "OneStream Certified Associate",
        False,
    ),
    (
        "ob1_assertion.svg",
        ["--name", "OneStream Certified Associate"],
        "OneStream Certified Associate",
        False,
    ),
]


@pytest.mark.skipif(not FIXTURES.is_dir(), reason=f"published badges not found at {FIXTURES}")
@pytest.mark.parametrize(("file", "options", "name", "micro"), PUBLISHED)
def test_published_badges_import_with_an_expiry_given(cli, file, options, name, micro):
    path = FIXTURES / file
    # None of them has an expiry: without --expires the import names what is missing.
    refused = cli("cert", "import", path, *options)
    assert refused.exit_code == 1 and "expiry date" in flat(refused.stderr)
    result = cli("cert", "import", path, *options, "--expires", "2030-01-31")
    assert result.exit_code == 0, result.stderr
    (cert,) = certs(cli)
    assert cert["name"] == name and cert["expires"] == "2030-01-31"
    assert cert["type"] == ("micro-credential" if micro else "certification")
    assert result.stdout == f"{cert['id']}\n"
    assert cert["badge_url"]
    if micro:
        assert "not OneStream" in flat(result.stderr) and "not verified" in flat(result.stderr)


# --- certifications -----------------------------------------------------------


def test_cert_add_prints_the_id_and_list_shows_it(cli):
    result = setup_cert(cli)
    assert result.stdout == "oca\n"
    assert "Added certification" in result.stderr
    listed = cli("cert", "list", "--json")
    assert listed.exit_code == 0 and listed.stderr == ""
    data = json.loads(listed.stdout)
    assert data["certifications"][0] == {
        "id": "oca",
        "name": "OneStream Certified Associate",
        "type": "certification",
        "earned": None,
        "expires": "2027-03-31",
        "badge_url": None,
    }


def test_cert_id_is_made_from_the_name(cli):
    result = cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-01-01")
    assert result.stdout == "ocla\n"
    again = cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-01-01", "--duplicate")
    assert again.stdout == "ocla-2\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--expires", "2025-02-30"], "not a valid date"),
        (["--expires", "2025-01-01", "--earned", "2026-01-01"], "before the date earned"),
        (["--expires", "2025-01-01", "--id", "Bad Id!"], "lowercase"),
    ],
)
def test_cert_add_refusals(cli, onepoints_home, args, message):
    result = cli("cert", "add", "Cert", *args)
    assert result.exit_code == (2 if "valid date" in message else 1)  # a malformed option is a usage error
    assert result.stdout == ""
    assert message in result.stderr
    assert not onepoints_home.exists() or not (onepoints_home / "ledger.toml").exists()


def test_duplicate_cert_id_is_refused(cli):
    setup_cert(cli)
    result = cli("cert", "add", "Other", "--expires", "2028-01-01", "--id", "oca")
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_cert_edit_and_rm(cli):
    setup_cert(cli)
    assert cli("cert", "edit", "oca", "--expires", "2029-03-31").exit_code == 0
    assert json.loads(cli("cert", "list", "--json").stdout)["certifications"][0]["expires"] == "2029-03-31"
    refused = cli("cert", "rm", "oca")  # no terminal to ask on
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert cli("cert", "rm", "oca", "--yes").exit_code == 0
    assert json.loads(cli("cert", "list", "--json").stdout)["certifications"] == []
    missing = cli("cert", "edit", "nope", "--name", "x")
    assert missing.exit_code == 1 and "No certification with id 'nope'" in missing.stderr


def test_an_upper_case_certified_badge_is_a_certification(cli, tmp_path):
    result = cli("cert", "import", ob3_png(tmp_path, name="ONESTREAM CERTIFIED ASSOCIATE"))
    assert result.exit_code == 0, result.stderr
    assert "micro" not in flat(result.stderr)
    assert certs(cli)[0]["type"] == "certification"


def test_cert_add_of_a_name_without_either_word_warns_and_says_how_to_mark_it(cli):
    added = cli("cert", "add", "Financial Close Essentials", "--expires", "2027-01-01", "--id", "fce")
    assert added.exit_code == 0 and added.stdout == "fce\n"
    assert "Added certification 'Financial Close Essentials'" in flat(added.stderr)
    assert "it looks like a micro-credential" in flat(added.stderr)
    assert "`onepoints cert edit fce --micro`" in flat(added.stderr)
    assert certs(cli)[0]["type"] == "certification"  # added as asked

    marked = cli("cert", "edit", "fce", "--micro")
    assert marked.exit_code == 0 and marked.stdout == ""
    assert certs(cli)[0]["type"] == "micro-credential"
    assert cli("cert", "edit", "fce", "--certification").exit_code == 0
    assert certs(cli)[0]["type"] == "certification"


@pytest.mark.parametrize(
    "name", ["OneStream Certified Associate", "ONESTREAM  CERTIFIED ASSOCIATE", "onestream certification x"]
)
def test_cert_add_of_a_certification_name_does_not_warn(cli, name):
    added = cli("cert", "add", name, "--expires", "2027-01-01", "--id", "oca")
    assert (
        added.exit_code == 0
        and added.stderr.startswith("Added certification")
        and "micro" not in added.stderr
    )


def test_cert_add_micro_does_not_warn(cli):
    added = cli("cert", "add", "Financial Close Essentials", "--expires", "2027-01-01", "--micro")
    assert added.exit_code == 0 and "looks like" not in flat(added.stderr)
