"""render/problems/bundle.py: the exact words for problems building a bundle or recording an extension."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.bundle.members import EvidenceOf
from onepoints_cli.domain.bundle.problems import (
    BundleActivitiesGone,
    EvidenceNotAsRecorded,
    ExpiryNotLater,
    MemberState,
    MicroCredential,
    NoBundleYet,
    NoSuchBundle,
    NotEnoughPoints,
    NothingToExtend,
    PastExpiry,
    SeveralCerts,
    UsedByOthers,
    UsedTwice,
)
from onepoints_cli.domain.models import Bundle
from onepoints_cli.domain.problems import Problem
from onepoints_cli.render.problems import word
from tests.support.builders import activity

D = dt.date(2026, 6, 1)
EXPIRED = (
    ", and a OnePoints case must be submitted before the expiry date: a bundle can no longer extend it. "
    "Renew it by sitting the current exam (`onepoints exam log` records your attempts), or ask in a "
    "ServiceNow case (category Credentialing). No file was written; --force builds the bundle anyway."
)


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (NothingToExtend(False), "No certification is tracked yet: add one with `onepoints cert add`."),
        (
            NothingToExtend(True),
            "Only micro-credentials are tracked, and OnePoints do not extend them: "
            "add the certification with `onepoints cert add`.",
        ),
        (
            SeveralCerts(("oca", "ocla")),
            "Several certifications are tracked; choose one with --cert (oca, ocla).",
        ),
        (PastExpiry("OCA", D, D), "OCA expires today" + EXPIRED),
        (PastExpiry("OCA", D, D + dt.timedelta(days=1)), "OCA expired on 2026-06-01" + EXPIRED),
        (
            MicroCredential("Workflow"),
            "Workflow is a micro-credential: OnePoints extend certifications only.",
        ),
        (NoSuchBundle(9, None), "No bundle 9. See `onepoints bundles`."),
        (NoSuchBundle(3, "oca"), "No bundle 3 for certification 'oca'. See `onepoints bundles`."),
        (NoBundleYet("oca"), "No bundle was built for 'oca' yet: run `onepoints bundle --cert oca` first."),
        (
            BundleActivitiesGone(1, (2,)),
            "Bundle 1 names activity 2 that was removed since; build a new bundle with `onepoints bundle`.",
        ),
        (
            BundleActivitiesGone(1, (1, 2)),
            "Bundle 1 names activities 1, 2 that were removed since; build a new bundle with `onepoints bundle`.",
        ),
        (
            ExpiryNotLater(dt.date(2027, 3, 31), dt.date(2027, 3, 31)),
            "The new expiry (2027-03-31) must be after the current one (2027-03-31).",
        ),
        (
            UsedTwice(2, "oca", (2,)),
            "Activity 2 of bundle 2 was already used by an accepted extension of 'oca' and cannot count "
            "twice. See `onepoints bundles`.",
        ),
        (
            UsedByOthers(2, "oca", (1, 2), ("ocp", "ocx")),
            "Activities 1, 2 of bundle 2 were already used by the extension of ocp, ocx, and one activity "
            "extends one certification. Build a bundle without them: `onepoints bundle --cert oca`. If the "
            "Certification team accepted this case with them anyway, record it so: "
            "`onepoints extend --cert oca --bundle 2 --share`.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text


@pytest.mark.parametrize(
    ("available", "counts"),
    [
        ("39.99", "39.99 counting points have evidence, 0.01 points are missing."),
        ("39", "39 counting points have evidence, 1 point is missing."),
        ("1", "1 counting point has evidence, 39 points are missing."),
    ],
)
def test_not_enough_points_says_how_many_are_missing(available: str, counts: str) -> None:
    assert word(NotEnoughPoints(D, Decimal(available), (), ())) == (
        f"Not enough points to bundle on 2026-06-01: {counts} The Certification team only accepts "
        "complete submissions of 40 points. No file was written."
    )


def test_not_enough_points_lists_what_only_lacks_evidence_and_what_another_bundle_holds() -> None:
    lacking = (activity(2, dt.date(2025, 7, 1), "6"), activity(3, dt.date(2025, 8, 1), "5"))
    held = (
        (
            activity(5, dt.date(2025, 9, 1), "1"),
            Bundle(1, "oca", D, D, (5,), Decimal(40), "/b.zip", "0" * 64),
        ),
    )
    assert word(NotEnoughPoints(D, Decimal(30), lacking, held)).splitlines()[1:] == [
        "These counting activities only lack evidence (`onepoints attach ID FILE`):",
        "  - 2: Activity 2 (2025-07-01, 6 points)",
        "  - 3: Activity 3 (2025-08-01, 5 points)",
        "1 more point with evidence is in bundle 1 (oca), not extended yet, so left out: one activity "
        "extends one certification. If the Certification team is to count them for both, add --share.",
    ]
    one = word(NotEnoughPoints(D, Decimal(30), lacking[:1], ()))
    assert one.endswith(
        "\nThis counting activity only lacks evidence (`onepoints attach ID FILE`):\n"
        "  - 2: Activity 2 (2025-07-01, 6 points)"
    )


SEARCH_HINT = (
    "If a file was moved or renamed, `onepoints doctor --search DIR --fix` finds it by its content "
    "(DIR: where it may be, e.g. ~/Documents)."
)
REPLACE_HINT = (
    "If a file was changed on purpose (a corrected certificate), record it with "
    "`onepoints evidence replace ID N FILE` (N: its number in `onepoints evidence list ID`)."
)


def test_evidence_not_as_recorded_lists_every_file_and_the_hints_that_apply() -> None:
    files = (
        (EvidenceOf(2, "gone.pdf"), MemberState("missing")),
        (EvidenceOf(3, "folder"), MemberState("folder")),
        (EvidenceOf(4, "resized.pdf"), MemberState("size_changed", recorded=5, now=10)),
    )
    assert word(EvidenceNotAsRecorded(files, built=False)).splitlines() == [
        "Cannot build the bundle: 3 evidence files are not as recorded:",
        "  - activity 2: gone.pdf: missing",
        "  - activity 3: folder: is a folder, not a file",
        "  - activity 4: resized.pdf: size changed from 5 to 10 bytes since it was recorded",
        SEARCH_HINT,
        REPLACE_HINT,
    ]
    assert word(
        EvidenceNotAsRecorded(((EvidenceOf(1, "a"), MemberState("folder")),), built=False)
    ).splitlines() == [
        "Cannot build the bundle: 1 evidence file is not as recorded:",
        "  - activity 1: a: is a folder, not a file",
    ]


@pytest.mark.parametrize(
    ("files", "first"),
    [
        (
            ((EvidenceOf(1, "a"), MemberState("content_changed")),),
            "1 evidence file no longer matches what was recorded:",
        ),
        (
            ((EvidenceOf(1, "a"), MemberState("missing")), (EvidenceOf(2, "b"), MemberState("missing"))),
            "2 evidence files no longer match what was recorded:",
        ),
    ],
)
def test_evidence_changed_while_building_is_worded_in_the_singular_or_plural(
    files: tuple[tuple[EvidenceOf, MemberState], ...], first: str
) -> None:
    lines = word(EvidenceNotAsRecorded(files, built=True)).splitlines()
    assert lines[0] == "The bundle was not written: " + first
    assert (SEARCH_HINT in lines) is (files[0][1].fault == "missing")
    assert (REPLACE_HINT in lines) is (files[0][1].fault != "missing")


@pytest.mark.parametrize(
    ("state", "text"),
    [
        (MemberState("not_regular"), "is not a regular file"),
        (MemberState("link_loop"), "is a symbolic link loop"),
        (MemberState("dangling_link"), "missing (the symbolic link points to nothing)"),
        (MemberState("unreadable", "Permission denied"), "cannot be read (Permission denied)"),
        (
            MemberState("grown", recorded=3, now=5),
            "size changed from 3 to at least 5 bytes since it was recorded",
        ),
        (MemberState("content_changed"), "changed since it was recorded (same size, different contents)"),
    ],
)
def test_each_member_state_in_words(state: MemberState, text: str) -> None:
    from onepoints_cli.render.problems.bundle import member_state

    assert member_state(state) == text
