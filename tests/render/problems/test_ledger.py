"""render/problems/ledger.py: the exact words for problems changing the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.ledger.problems import (
    ActivityUsed,
    BadCertId,
    CertHasExtensions,
    CertIdTaken,
    ChangedDuringMerge,
    DuplicateActivity,
    DuplicateCert,
    DuplicateEvidence,
    EmptyLedgerFile,
    EvidenceNumberTooLong,
    ExpiryBeforeEarned,
    HoursOfUnknownKind,
    HoursRoundToZero,
    InvalidFile,
    NoEvidenceFile,
    NoEvidenceNumber,
    NoSuchActivity,
    NoSuchCert,
    NoSuchVersion,
    NothingToRedo,
    UnknownKinds,
)
from onepoints_cli.domain.problems import Problem
from onepoints_cli.domain.rules import FILE_PROBLEMS_SHOWN
from onepoints_cli.render.problems import word

SHA = "ab" * 32


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (NoSuchCert("zz", ("oca", "ocla")), "No certification with id 'zz'. Known ids: oca, ocla."),
        (NoSuchCert("zz", ()), "No certification with id 'zz'. Known ids: none yet."),
        (NoSuchActivity(9), "No activity with id 9. See `onepoints list`."),
        (
            HoursRoundToZero(Decimal("0.01"), "quarter"),
            "0.01 hours of quarter round to 0 points; give --points.",
        ),
        (
            HoursOfUnknownKind(4, "gone-kind"),
            "Activity 4 has an unknown kind 'gone-kind'; give --kind too.",
        ),
        (
            BadCertId("OCA"),
            "Certification id 'OCA' must be 1-40 characters of lowercase letters, digits and '-', "
            "starting with a letter or digit.",
        ),
        (CertIdTaken("oca"), "A certification with id 'oca' already exists; choose another --id."),
        (
            CertHasExtensions("oca"),
            "Certification 'oca' has recorded extensions; they are part of your history and it cannot be "
            "removed. Edit it instead (`onepoints cert edit`).",
        ),
        (
            ExpiryBeforeEarned(dt.date(2025, 3, 30), dt.date(2025, 3, 31)),
            "The expiry date (2025-03-30) is before the date earned (2025-03-31).",
        ),
        (
            NoEvidenceNumber(4, 3, 7),
            "Activity 4 has 3 evidence files, so there is no file number 7; see `onepoints evidence list 4`.",
        ),
        (
            NoEvidenceNumber(4, 1, 2),
            "Activity 4 has 1 evidence file, so there is no file number 2; see `onepoints evidence list 4`.",
        ),
        (
            NoEvidenceNumber(4, 0, 1),
            "Activity 4 has no evidence, so there is no file number 1; see `onepoints evidence list 4`.",
        ),
        (
            NoEvidenceFile(4, "./2"),
            "Activity 4 has no evidence file ./2; see `onepoints evidence list 4` for its files and their numbers.",
        ),
        (
            EvidenceNumberTooLong(4, 1, "1234567890123"),
            "Activity 4 has 1 evidence file, so there is no file number 123456789012... (13 digits);"
            " see `onepoints evidence list 4`.",
        ),
        (
            ChangedDuringMerge(),
            "The ledger or the copy changed while the merge was shown; nothing was changed."
            " Run `onepoints merge` again.",
        ),
        (
            ActivityUsed(3, "removed"),
            "Activity 3 was used by an accepted extension and cannot be removed; it is part of the record "
            "the Certification team accepted.",
        ),
        (
            DuplicateActivity(4, "Splash 2025", dt.date(2025, 5, 12), "splash"),
            "Activity 4 already records 'Splash 2025' on 2025-05-12 (splash). Add --duplicate to log it again.",
        ),
        (
            DuplicateCert("oca", "OneStream Certified Associate", dt.date(2027, 3, 31)),
            "Certification 'oca' already tracks 'OneStream Certified Associate' (expires 2027-03-31); "
            "`onepoints cert edit oca` changes it. Add --duplicate to track it again.",
        ),
        (
            DuplicateEvidence(4, "/new/name.pdf", "/old/name.pdf", SHA),
            "Activity 4 already records the content of '/new/name.pdf' as '/old/name.pdf' "
            "(sha256 abababababab...). Add --duplicate to attach it again.",
        ),
        (
            DuplicateEvidence(4, "/a.pdf", None, SHA),
            "Activity 4 already records the content of '/a.pdf' (sha256 abababababab...). "
            "Add --duplicate to attach it again.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text


def test_an_invalid_file_shows_the_first_problems_and_counts_the_rest() -> None:
    problems = tuple(f"p{n}" for n in range(FILE_PROBLEMS_SHOWN + 3))
    assert word(InvalidFile(Path("/d/ledger.toml"), problems)) == (
        "/d/ledger.toml is not a valid onepoints file:\n"
        + "".join(f"  - p{n}\n" for n in range(FILE_PROBLEMS_SHOWN))
        + "  ... and 3 more\nThe file was not changed; fix it by hand or run `onepoints undo`."
    )


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            EmptyLedgerFile(Path("/d/ledger.toml")),
            "/d/ledger.toml is empty. Only a missing file is a new ledger, so onepoints does not start over on "
            "it. `onepoints history` lists the saved versions; `onepoints undo` restores the last one onepoints "
            "wrote (and keeps the empty file beside it). To start a new ledger on purpose, delete the file.",
        ),
        (
            UnknownKinds(Path("/d/ledger.toml"), ((2, 7, "nonsense"),)),
            "/d/ledger.toml is not a valid onepoints file:\n  - activities[2] (id 7).kind: 'nonsense' is not a "
            "kind onepoints knows; write one of `onepoints kinds`, or define it in config.toml as "
            "[kinds.nonsense]\nThe file was not changed; fix it by hand or run `onepoints undo`.",
        ),
        (NoSuchVersion(9), "There is no version 9 in the history: `onepoints history` lists them."),
        (NothingToRedo(False), "Nothing to redo: `onepoints history` lists every version."),
        (
            NothingToRedo(True),
            "Nothing to redo (ledger.toml was changed by hand since): `onepoints history` lists every version.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_file_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text
