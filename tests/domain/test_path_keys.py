"""Evidence paths compared by the platform's rule, the rule a parameter (domain/path_keys.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from onepoints_cli.domain.ledger.duplicates import refuse_evidence_already_on
from onepoints_cli.domain.ledger.problems import DuplicateEvidence
from onepoints_cli.domain.models import Activity, Evidence
from onepoints_cli.domain.path_keys import name_key, path_key
from tests.support.builders import SHA


@pytest.mark.parametrize(
    ("a", "b", "windows", "same"),
    [
        (r"C:\Docs\Cert.pdf", "c:/docs/cert.pdf", True, True),
        (r"C:\Docs\Cert.pdf", r"C:\Docs\Cert.pdf", False, True),
        (r"C:\Docs\Cert.pdf", "c:/docs/cert.pdf", False, False),
        ("/home/sam/Cert.pdf", "/home/sam/cert.pdf", False, False),  # Linux: two files
        ("/home/sam/Cert.pdf", "/home/sam/cert.pdf", True, True),
        (r"\\server\share\A.PDF", "//SERVER/share/a.pdf", True, True),
        (r"C:\Docs\Ä.pdf", r"c:\docs\ä.pdf", True, True),
    ],
)
def test_path_keys(a: str, b: str, windows: bool, same: bool) -> None:
    assert (path_key(a, windows=windows) == path_key(b, windows=windows)) is same


def test_name_keys() -> None:
    assert name_key(r"C:\Docs\Cert.PDF", windows=True) == name_key("D:/Other/cert.pdf", windows=True)
    assert name_key("/a/Cert.PDF", windows=False) != name_key("/b/cert.pdf", windows=False)
    assert name_key(r"a\b.pdf", windows=False) == r"a\b.pdf"  # a backslash is part of a Linux name


@pytest.mark.parametrize(("windows", "said_as"), [(True, False), (False, True)])
def test_the_same_file_attached_again_is_named_by_the_platforms_rule(windows: bool, said_as: bool) -> None:
    activity = Activity(
        1, "T", date(2025, 1, 1), "course", Decimal(1), evidence=(Evidence(r"C:\Docs\Cert.pdf", 1, SHA),)
    )
    with pytest.raises(DuplicateEvidence) as error:
        refuse_evidence_already_on(activity, (Evidence("c:/docs/cert.pdf", 1, SHA),), windows=windows)
    assert (error.value.recorded_as == r"C:\Docs\Cert.pdf") is said_as
