"""The bundle's pure parts: the selection rule at its edges, the window, the
files generated into the zip, and the extension record."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle.contents import bundle_members
from onepoints_cli.domain.bundle.extension_cases import extension_cert, find_bundle, record_extension
from onepoints_cli.domain.bundle.members import BytesMember, EvidenceOf, FileMember
from onepoints_cli.domain.bundle.problems import (
    BundleActivitiesGone,
    ExpiryNotLater,
    MicroCredential,
    NoBundleYet,
    NoSuchBundle,
    NotEnoughPoints,
    NothingToExtend,
    SeveralCerts,
    UsedByOthers,
    UsedTwice,
)
from onepoints_cli.domain.bundle.selection import (
    Selection,
    default_file_name,
    pick_cert,
    record_bundle,
    select_activities,
)
from onepoints_cli.domain.ledger.problems import NoSuchCert
from onepoints_cli.domain.models import Activity, Bundle, Evidence, Extension, Ledger, Settings
from onepoints_cli.domain.window import window_start

# The zip's bytes, worded documents included: render/bundle_documents.py writes them.
from onepoints_cli.render.bundle_documents import WITHOUT_HTML, case_text, summary_md
from tests.support.builders import activity, cert
from tests.support.oracles import counts_on

AS_OF = date(2026, 1, 15)
SHA_A = "a" * 64
SHA_B = "b" * 64


def ledger_of(*activities: Activity, certs=None, extensions=(), bundles=()) -> Ledger:
    return Ledger(
        next_activity_id=1000,
        certifications=tuple(certs or (cert(),)),
        activities=tuple(activities),
        extensions=tuple(extensions),
        bundles=tuple(bundles),
    )


def ids_selected(activities, as_of=AS_OF, take_all=False, extensions=()):
    ledger = ledger_of(*activities, extensions=extensions)
    return [a.id for a in select_activities(ledger, ledger.certifications[0], as_of, take_all).activities]


def used(*ids: int) -> Extension:
    return Extension(
        id=1,
        cert="oca",
        recorded=date(2025, 12, 1),
        previous_expiry=date(2025, 3, 31),
        new_expiry=date(2027, 3, 31),
        activities=ids,
    )


# --- the selection rule ---------------------------------------------------------------

D = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("activities", "as_of", "take_all", "extensions", "expected"),
    [
        pytest.param([activity(1, D, "20"), activity(2, D, "20")], AS_OF, False, (), [1, 2], id="exactly-40"),
        pytest.param(
            [activity(1, D, "40"), activity(2, D + timedelta(days=1), "5")],
            AS_OF,
            False,
            (),
            [1],
            id="one-is-enough",
        ),
        pytest.param([activity(i, D, "20") for i in (3, 1, 2)], AS_OF, False, (), [1, 2], id="ties-by-id"),
        pytest.param(
            [
                activity(1, date(2025, 3, 1), "30"),
                activity(2, date(2025, 1, 1), "30"),
                activity(3, date(2025, 2, 1), "30"),
            ],
            AS_OF,
            False,
            (),
            [2, 3],
            id="oldest-first",
        ),
        pytest.param(
            [activity(i, D + timedelta(days=i), "20") for i in (1, 2, 3)],
            AS_OF,
            True,
            (),
            [1, 2, 3],
            id="all",
        ),
        pytest.param(
            [activity(i, D + timedelta(days=i), "20") for i in (1, 2, 3)],
            AS_OF,
            False,
            (),
            [1, 2],
            id="stops-at-40",
        ),
        pytest.param(
            [activity(i, D + timedelta(days=i), "20") for i in (1, 2, 3)],
            AS_OF,
            False,
            (used(1),),
            [2, 3],
            id="used-excluded",
        ),
        pytest.param(
            [activity(1, AS_OF + timedelta(days=1), "40"), activity(2, D, "20"), activity(3, AS_OF, "20")],
            AS_OF,
            False,
            (),
            [2, 3],
            id="planned-excluded-as-of-day-included",
        ),
        pytest.param(
            [activity(1, date(2024, 2, 29), "40"), activity(2, D, "40")],
            date(2026, 2, 28),
            False,
            (),
            [2],
            id="aged-out-on-the-exact-day",
        ),
        pytest.param(
            [activity(1, date(2024, 2, 29), "40"), activity(2, D, "40")],
            date(2026, 2, 27),
            False,
            (),
            [1],
            id="last-day-it-counts",
        ),
        pytest.param(
            [activity(1, date(2021, 12, 31), "40"), activity(2, date(2022, 1, 1), "40")],
            date(2023, 1, 1),
            False,
            (),
            [2],
            id="before-the-program-excluded",
        ),
        pytest.param(
            [activity(1, D, "40", evidence=False), activity(2, D, "40")],
            AS_OF,
            False,
            (),
            [2],
            id="no-evidence",
        ),
    ],
)
def test_selection(activities, as_of, take_all, extensions, expected):
    assert ids_selected(activities, as_of, take_all, extensions) == expected


@pytest.mark.parametrize(
    ("activities", "extensions", "available", "missing"),
    [
        pytest.param(
            [activity(1, D, "20"), activity(2, D, "19.99")],
            (),
            "39.99 counting points have",
            "0.01 points are",
            id="39.99",
        ),
        pytest.param([activity(1, D, "39")], (), "39 counting points have", "1 point is", id="one-missing"),
        pytest.param([activity(1, D, "1")], (), "1 counting point has", "39 points are", id="one-available"),
        pytest.param(
            [activity(1, D, "40"), activity(2, D, "20")],
            (used(1),),
            "20 counting points have",
            "20 points are",
            id="used",
        ),
        pytest.param(
            [activity(1, AS_OF + timedelta(days=1), "40")],
            (),
            "0 counting points have",
            "40 points are",
            id="planned",
        ),
    ],
)
def test_fewer_than_40_is_refused_with_the_counts(activities, extensions, available, missing):
    with pytest.raises(NotEnoughPoints) as refused:
        ids_selected(activities, extensions=extensions)
    assert refused.value.available == Decimal(available.split()[0])
    assert 40 - refused.value.available == Decimal(missing.split()[0])
    assert refused.value.lacking == ()  # nothing to attach: every counting activity has evidence


def test_refusal_names_the_counting_activities_that_only_lack_evidence():
    activities = [
        activity(1, D, "30"),
        activity(2, date(2025, 7, 1), "6", evidence=False),
        activity(3, date(2025, 8, 1), "5", evidence=False),
        activity(4, date(2021, 6, 1), "9", evidence=False),  # never counts: not worth naming
        activity(5, AS_OF + timedelta(days=3), "9", evidence=False),  # planned: not yet
    ]
    with pytest.raises(NotEnoughPoints) as refused:
        ids_selected(activities)
    assert refused.value.available == 30
    assert [a.id for a in refused.value.lacking] == [2, 3]  # not 4 (never counts) nor 5 (planned)


def test_enough_points_but_not_with_evidence_is_refused():
    """40 points count, but only 39 have evidence: evidence-less points do not make up the 40."""
    with pytest.raises(NotEnoughPoints) as refused:
        ids_selected([activity(1, D, "39"), activity(2, D, "1", evidence=False)])
    assert refused.value.available == 39
    assert [a.id for a in refused.value.lacking] == [2]


def test_micro_credential_is_refused():
    ledger = ledger_of(activity(1, D, "40"), certs=[cert(micro=True, id="ofcf")])
    with pytest.raises(MicroCredential):
        select_activities(ledger, ledger.certifications[0], AS_OF)


def test_selection_total_is_exact():
    ledger = ledger_of(activity(1, D, "0.1"), activity(2, D, "0.2"), activity(3, D, "39.7"))
    selection = select_activities(ledger, ledger.certifications[0], AS_OF)
    assert selection.total == Decimal("40.0") and [a.id for a in selection.activities] == [1, 2, 3]


# --- which certification ----------------------------------------------------------------


def test_pick_cert_takes_the_only_one_and_refuses_to_guess():
    one = ledger_of(certs=[cert(id="oca")])
    assert pick_cert(one, None).id == "oca"
    several = ledger_of(certs=[cert(id="oca"), cert(id="ocla")])
    with pytest.raises(SeveralCerts) as several_refused:
        pick_cert(several, None)
    assert several_refused.value == SeveralCerts(("oca", "ocla"))
    assert pick_cert(several, "ocla").id == "ocla"
    with pytest.raises(NoSuchCert) as unknown:
        pick_cert(several, "zz")
    assert unknown.value == NoSuchCert("zz", ("oca", "ocla"))
    with pytest.raises(NothingToExtend) as nothing:
        pick_cert(Ledger(), None)
    assert nothing.value == NothingToExtend(micro_only=False)
    with pytest.raises(NothingToExtend) as micro_only:
        pick_cert(ledger_of(certs=[cert(micro=True, id="ofcf")]), None)
    assert micro_only.value == NothingToExtend(micro_only=True)


# --- the window's first day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "start"),
    [
        (date(2026, 1, 15), date(2024, 1, 16)),
        (date(2026, 2, 27), date(2024, 2, 28)),  # 2024-02-29 still counts too
        (date(2026, 2, 28), date(2024, 3, 1)),  # 2024-02-29 ages out on 2026-02-28 itself
        (date(2026, 3, 1), date(2024, 3, 2)),
        (date(2026, 3, 31), date(2024, 4, 1)),
        (date(2028, 2, 28), date(2026, 3, 1)),
        (date(2028, 2, 29), date(2026, 3, 1)),  # a leap day: 2026-02-28 aged out on 2028-02-28
        (date(2024, 2, 29), date(2022, 3, 1)),
        (date(2024, 1, 1), date(2022, 1, 2)),
        (date(2023, 12, 31), date(2022, 1, 1)),  # clamped to the program's start
        (date(2022, 1, 1), date(2022, 1, 1)),
    ],
)
def test_window_start_edges(day, start):
    assert window_start(day) == start


def test_window_start_is_exactly_the_first_day_that_counts():
    """For every day of three years (two month-end leap cycles): the start counts, the day before does not."""
    day = date(2025, 12, 1)
    while day <= date(2028, 12, 31):
        start = window_start(day)
        assert counts_on(start, day), day
        assert not counts_on(start - timedelta(days=1), day), day
        day += timedelta(days=1)


# --- the files in the zip -----------------------------------------------------------------------

SETTINGS = Settings(holder_name="Ada Lovelace", holder_email="ada@example.com")


def two_activity_selection() -> Selection:
    first = Activity(
        id=3,
        title='Splash 2025: "Planning", day 1 | hands-on',
        date=date(2025, 5, 12),
        kind="splash",
        points=Decimal("14.5"),
        hours=Decimal("14.5"),
        evidence=(
            Evidence("/downloads/a/certificate.pdf", 11, SHA_A),
            Evidence("/downloads/b/Certificate.PDF", 22, SHA_B),  # the same name, ignoring case
        ),
    )
    second = Activity(
        id=7,
        title="Día de formación — Überblick",
        date=date(2025, 9, 8),
        kind="course",
        points=Decimal(26),
        evidence=(Evidence("/downloads/Zertifikat für Ü.pdf", 33, SHA_A),),
    )
    return Selection(cert(), AS_OF, (first, second))


def members_by_name(selection=None, settings=SETTINGS):
    members = bundle_members(selection or two_activity_selection(), settings, "9.9.9", Path, WITHOUT_HTML)
    return members, {m.arcname: m for m in members}


def test_members_are_the_evidence_then_the_four_explaining_files():
    members, _ = members_by_name()
    assert [m.arcname for m in members] == [
        "evidence/3-2025-05-12-splash-2025-planning-day-1-hands-on/certificate.pdf",
        "evidence/3-2025-05-12-splash-2025-planning-day-1-hands-on/Certificate (2).PDF",
        "evidence/7-2025-09-08-día-de-formación-überblick/Zertifikat für Ü.pdf",
        "summary.csv",
        "summary.md",
        "case.txt",
        "manifest.json",
    ]
    evidence = [m for m in members if isinstance(m, FileMember)]
    assert [(str(m.source), m.size, m.sha256) for m in evidence] == [
        ("/downloads/a/certificate.pdf", 11, SHA_A),
        ("/downloads/b/Certificate.PDF", 22, SHA_B),
        ("/downloads/Zertifikat für Ü.pdf", 33, SHA_A),
    ]
    assert evidence[0].label == EvidenceOf(3, "/downloads/a/certificate.pdf")
    assert all(isinstance(m, BytesMember) for m in members[3:])


def test_summary_csv():
    _, by_name = members_by_name()
    data = by_name["summary.csv"].data
    assert data.startswith("\ufeff".encode())  # a BOM, so that Excel reads UTF-8
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [
        ["id", "date", "kind", "title", "hours", "points", "files"],
        [
            "3",
            "2025-05-12",
            "splash",
            'Splash 2025: "Planning", day 1 | hands-on',
            "14.5",
            "14.5",
            "evidence/3-2025-05-12-splash-2025-planning-day-1-hands-on/certificate.pdf; "
            "evidence/3-2025-05-12-splash-2025-planning-day-1-hands-on/Certificate (2).PDF",
        ],
        [
            "7",
            "2025-09-08",
            "course",
            "Día de formación — Überblick",
            "",
            "26",
            "evidence/7-2025-09-08-día-de-formación-überblick/Zertifikat für Ü.pdf",
        ],
    ]


def test_summary_md_holds_holder_cert_window_total_table_and_steps():
    _, by_name = members_by_name()
    text = by_name["summary.md"].data.decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "# OnePoints evidence: OneStream Certified Associate"
    for line in [
        "- Holder: Ada Lovelace",
        "- Email: ada@example.com",
        "- Certification: OneStream Certified Associate (current expiry 2027-03-31)",
        "- As of: 2026-01-15",
        "- Window: activities dated 2024-01-16 to 2026-01-15 (the last 24 months)",
        "- Total: 40.5 OnePoints in 2 activities",
        '| 3 | 2025-05-12 | splash | Splash 2025: "Planning", day 1 \\| hands-on | 14.5 | 14.5 | 2 |',
        "| 7 | 2025-09-08 | course | Día de formación — Überblick |  | 26 | 1 |",
        "## Submitting",
        '2. Choose the category "Credentialing".',
        "5. Submit by 2027-03-01 (at least 30 days before the expiry on 2027-03-31).",
    ]:
        assert line in lines
    # the table's rows all have the header's 7 columns (the | in the title is escaped)
    table = [line for line in lines if line.startswith("| ")]
    assert len(table) == 4 and all(line.replace("\\|", "").count("|") == 8 for line in table)


def test_summary_md_without_holder_and_with_other_lead_days():
    text = summary_md(two_activity_selection(), Settings(lead_days=45), {3: ["x", "y"], 7: ["z"]})
    assert "Holder" not in text and "Email" not in text
    assert "5. Submit by 2027-02-14 (at least 45 days before the expiry on 2027-03-31)." in text


def test_case_text():
    _, by_name = members_by_name()
    assert by_name["case.txt"].data.decode() == (
        "Short description:\n"
        "OnePoints certification extension: OneStream Certified Associate\n"
        "\n"
        "Description:\n"
        "Please extend my OneStream Certified Associate certification (current expiry 2027-03-31) by 24 "
        "months under the OnePoints program. The attached zip holds the evidence for 40.5 OnePoints from "
        "2 activities completed between 2025-05-12 and 2025-09-08; summary.md lists each activity and its "
        "files.\n"
        "Ada Lovelace, ada@example.com\n"
    )


def test_case_text_for_one_activity_and_no_holder():
    one = Activity(
        1, "Course", date(2025, 9, 8), "course", Decimal(40), evidence=(Evidence("/x.pdf", 1, SHA_A),)
    )
    text = case_text(Selection(cert(), AS_OF, (one,)), Settings())
    assert "evidence for 40 OnePoints from 1 activity completed on 2025-09-08;" in text
    assert text.endswith("its files.\n")  # no signature line


def test_manifest_json():
    members, by_name = members_by_name()
    manifest = json.loads(by_name["manifest.json"].data)
    folder1 = "evidence/3-2025-05-12-splash-2025-planning-day-1-hands-on"
    folder2 = "evidence/7-2025-09-08-día-de-formación-überblick"
    assert manifest == {
        "tool": "onepoints",
        "tool_version": "9.9.9",
        "certification": {"id": "oca", "name": "OneStream Certified Associate", "expires": "2027-03-31"},
        "as_of": "2026-01-15",
        "total_points": 40.5,
        "activities": [
            {
                "id": 3,
                "title": 'Splash 2025: "Planning", day 1 | hands-on',
                "kind": "splash",
                "date": "2025-05-12",
                "hours": 14.5,
                "points": 14.5,
                "files": [f"{folder1}/certificate.pdf", f"{folder1}/Certificate (2).PDF"],
            },
            {
                "id": 7,
                "title": "Día de formación — Überblick",
                "kind": "course",
                "date": "2025-09-08",
                "hours": None,
                "points": 26,
                "files": [f"{folder2}/Zertifikat für Ü.pdf"],
            },
        ],
        "files": [
            {"path": f"{folder1}/certificate.pdf", "size": 11, "sha256": SHA_A},
            {"path": f"{folder1}/Certificate (2).PDF", "size": 22, "sha256": SHA_B},
            {"path": f"{folder2}/Zertifikat für Ü.pdf", "size": 33, "sha256": SHA_A},
        ],
    }
    assert "Ü" in by_name["manifest.json"].data.decode("utf-8")  # UTF-8, not \u escapes


def test_generated_files_are_the_same_every_time():
    first, _ = members_by_name()
    second, _ = members_by_name()
    assert first == second


def test_unsafe_file_names_become_safe_entries():
    bad = Activity(
        1,
        "../../etc",
        date(2025, 1, 1),
        "other",
        Decimal(40),
        evidence=(
            Evidence("/x/..", 1, SHA_A),
            Evidence("/x/con.txt", 1, SHA_B),
            Evidence("/x/a:b?.pdf", 1, SHA_A),
        ),
    )
    members, _ = members_by_name(Selection(cert(), AS_OF, (bad,)))
    names = [m.arcname for m in members[:3]]
    assert names == [
        "evidence/1-2025-01-01-etc/_",
        "evidence/1-2025-01-01-etc/_con.txt",
        "evidence/1-2025-01-01-etc/a_b_.pdf",
    ]
    assert not any(part in ("", ".", "..") for n in names for part in n.split("/"))


def test_default_file_name():
    assert default_file_name(cert(id="ocla-2"), date(2026, 2, 28)) == "onepoints-ocla-2-2026-02-28.zip"


def test_record_bundle_gives_the_next_id():
    selection = two_activity_selection()
    earlier = Bundle(4, "oca", AS_OF, AS_OF, (1,), Decimal(40), "/old.zip", SHA_B)
    ledger, bundle = record_bundle(
        ledger_of(bundles=[earlier]), selection, date(2026, 1, 20), "/b.zip", SHA_A
    )
    assert bundle == Bundle(5, "oca", date(2026, 1, 20), AS_OF, (3, 7), Decimal("40.5"), "/b.zip", SHA_A)
    assert ledger.bundles == (earlier, bundle)


# --- the extension --------------------------------------------------------------------------------


def bundle(id: int, cert_id: str = "oca", activities=(1, 2)) -> Bundle:
    return Bundle(id, cert_id, AS_OF, AS_OF, activities, Decimal(40), f"/b{id}.zip", SHA_A)


def extension_ledger(expires=date(2027, 3, 31)) -> Ledger:
    return ledger_of(
        activity(1, D, "20"),
        activity(2, D, "20"),
        activity(3, D, "40"),
        certs=[cert(expires=expires), cert(id="ocla")],
        bundles=[bundle(1), bundle(2, activities=(3,)), bundle(3, "ocla", (3,))],
    )


@pytest.mark.parametrize(
    ("expires", "to", "expected"),
    [
        (date(2027, 3, 31), None, date(2029, 3, 31)),
        (date(2026, 2, 28), None, date(2028, 2, 28)),
        (date(2028, 2, 29), None, date(2030, 2, 28)),  # 24 months after a leap day clamps
        (date(2027, 3, 31), date(2029, 6, 30), date(2029, 6, 30)),
    ],
)
def test_extension_moves_the_expiry(expires, to, expected):
    ledger, ext = record_extension(extension_ledger(expires), "oca", None, to, "CS0001", date(2026, 2, 1))
    assert ext == Extension(1, "oca", date(2026, 2, 1), expires, expected, (3,), bundle=2, case="CS0001")
    assert [c.expires for c in ledger.certifications] == [expected, date(2027, 3, 31)]
    # its activity is used: it no longer counts, for any certification
    assert [
        a.id
        for a in select_activities(
            ledger, ledger.certifications[1], AS_OF, take_all=True, share=True
        ).activities
    ] == [1, 2]


def test_extension_is_refused_when_an_activity_is_already_used():
    ledger, _ = record_extension(extension_ledger(), "oca", 2, None, None, AS_OF)
    with pytest.raises(UsedByOthers) as by_others:
        record_extension(ledger, "ocla", None, None, None, AS_OF)
    assert by_others.value == UsedByOthers(3, "ocla", (3,), ("oca",))
    with pytest.raises(UsedTwice) as twice:
        record_extension(ledger, "oca", 2, None, None, AS_OF)
    assert twice.value == UsedTwice(2, "oca", (3,))
    ledger, ext = record_extension(ledger, "oca", 1, None, "", AS_OF)  # bundle 1 is untouched
    assert ext.case is None and ext.id == 2 and ext.activities == (1, 2)


@pytest.mark.parametrize(
    ("cert_id", "bundle_id", "to", "problem"),
    [
        ("oca", 3, None, NoSuchBundle(3, "oca")),
        ("oca", None, date(2027, 3, 31), ExpiryNotLater(date(2027, 3, 31), date(2027, 3, 31))),
        ("zz", None, None, NoSuchCert("zz", ("oca", "ocla"))),
    ],
)
def test_extension_refusals(cert_id, bundle_id, to, problem):
    with pytest.raises(type(problem)) as refused:
        record_extension(extension_ledger(), cert_id, bundle_id, to, None, AS_OF)
    assert refused.value == problem


def test_extension_without_a_bundle_and_with_removed_activities():
    with pytest.raises(NoBundleYet) as none_yet:
        record_extension(ledger_of(), "oca", None, None, None, AS_OF)
    assert none_yet.value == NoBundleYet("oca")
    gone = ledger_of(activity(1, D, "40"), bundles=[bundle(1, activities=(1, 2))])
    with pytest.raises(BundleActivitiesGone) as removed:
        record_extension(gone, "oca", None, None, None, AS_OF)
    assert removed.value == BundleActivitiesGone(1, (2,))


def test_extension_cert_and_newest_bundle():
    ledger = extension_ledger()
    assert find_bundle(ledger, "oca", None).id == 2
    assert extension_cert(ledger, None, 3) == "ocla"  # --bundle alone names its certification
    assert extension_cert(ledger, "oca", None) == "oca"
    with pytest.raises(SeveralCerts):
        extension_cert(ledger, None, None)
    with pytest.raises(NoSuchBundle) as unknown:
        extension_cert(ledger, None, 9)
    assert unknown.value == NoSuchBundle(9, None)
