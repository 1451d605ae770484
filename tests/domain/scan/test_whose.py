"""Whose activity a document records (domain/scan/whose.py): with holder_name, a
certificate made out to a colleague, a colleague's congratulation or acceptance is
someone else's; the holder's own, in any form of the name, is not."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.whose import someone_else

HOLDER = "Samantha Taylor"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("This is to certify that\nPriya Raman\nhas successfully completed the course", "Priya Raman"),
        ("This certifies that Priya Raman has attended the OneStream webinar", "Priya Raman"),
        ("Certificate of Completion\nawarded to\nDr. Kenji Nakamura\nfor", "Kenji Nakamura"),
        ("FYI - finally got mine!\n____\nCongratulations, Alex Morgan!\nYou have completed", "Alex Morgan"),
        ("Jordan Example has accepted this meeting.\nWhen: Thursday", "Jordan Example"),
        ("Hiermit wird bescheinigt, dass\nJonas Weber\nam Kurs teilgenommen hat", "Jonas Weber"),
        ("Nous certifions que\nMme Élodie Garnier\na suivi la formation", "Élodie Garnier"),
        ("Se certifica que\nAndrés Rojas Gómez\nasistió al webinar", "Andrés Rojas Gómez"),
    ],
)
def test_a_document_about_a_colleague_is_someone_elses(text, other):
    assert someone_else(text, HOLDER) == other


@pytest.mark.parametrize(
    "text",
    [
        "This is to certify that\nSamantha Taylor\nhas successfully completed the course",
        "This is to certify that\nTAYLOR, Samantha\nhas attended",  # LMS order, capitals
        "This certifies that Ms. Taylor has attended the webinar",
        "Congratulations, Samantha!",  # the first name alone
        "Congratulations, Sam Taylor!",  # a short first name: the family name is the holder's
        "Samantha Taylor has accepted this meeting.",
        # the holder named beside a colleague (a joint certificate): the holder's too
        "This certifies that Priya Raman and\nCongratulations, Samantha Taylor!",
        # a greeting does not count: the holder's own reply to an organiser greets the organiser
        "Hi Dana,\nI'll be there on Thursday.\nSam",
        "Dear colleague,\nthank you for attending the OneStream Tech Talk",
        "Congratulations, all! The OneStream webinar is now on demand.",
        "Congratulations on completing the OneStream course",
        "This is to certify that the course below was completed",  # no name after the words
    ],
)
def test_the_holders_own_document_or_one_that_names_nobody_is_not(text):
    assert someone_else(text, HOLDER) is None


def test_without_holder_name_nothing_is_someone_elses():
    assert someone_else("This is to certify that\nPriya Raman\nhas completed", None) is None
    assert someone_else("This is to certify that\nPriya Raman\nhas completed", "") is None
