"""The holder's name printed large on a certificate is told apart from a title."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.person_names import person_shaped


@pytest.mark.parametrize(
    "line",
    [
        "Jamie Okafor",
        "Hannah Okonkwo-Berg",
        "Karthik Ramasubramanian",
        "Ing. Jakub Novák",
        "Jordan A. Whitfield",
        "Daniel Ortiz, CPA",
        "Priya Raman, CPA, CMA",
        "Ruud van der Berg",
        "JAMIE OKAFOR",
        "Dott.ssa Giulia De Luca",
    ],
)
def test_a_name_is_person_shaped(line: str) -> None:
    assert person_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Learning OneStream Cube Views",
        "Splash 2026",
        "WAVE Nordics",
        "Account Reconciliations",
        "Certificate of Completion",
        "ACHIEVEMENT",
        "Jamie",  # one word: no name to tell
        "A. B.",  # initials alone
        "Data Integration with Smart Integration Connector",
        "This is to certify that Mr./Ms.",
        "Northwind Learning Studio",
    ],
)
def test_a_title_is_not(line: str) -> None:
    assert not person_shaped(line)
