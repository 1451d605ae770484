"""A title the text introduces: a label that names it in a form's words, or a sentence
that only says what sort of thing was attended, the title on the next line. Made-up texts."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.proposal import propose
from onepoints_cli.domain.scan.records import Proposal, Source


def _pdf_title(text: str) -> tuple[str, str]:
    result = propose(Source("Attestation_2026.pdf", "0" * 64, "pdf", text))
    assert isinstance(result, Proposal)
    return result.title.value, result.title.confidence


@pytest.mark.parametrize(
    "label", ["Intitulé de l'action", "Intitulé de l'action de formation", "Titre de l'action"]
)
def test_a_french_training_certificates_action_label_names_the_title(label):
    text = (
        "ATTESTATION DE FIN DE FORMATION\nStagiaire : Alex Martin, Northwind SAS\n"
        f"{label} : OneStream : budget des ventes par canal\n"
        "Nature de l'action : action de formation\nDates : du 3 au 4 novembre 2026\nDurée totale : 14 heures\n"
    )
    assert _pdf_title(text)[0] == "OneStream : budget des ventes par canal"


def test_a_bare_action_label_is_a_step_not_a_title():
    text = (
        "ATTESTATION DE PRÉSENCE\nAction : renvoyer ce formulaire signé\n"
        "Intitulé de la formation : OneStream : rapprochements bancaires\nDurée : 7 heures, le 3 novembre 2026\n"
    )
    assert _pdf_title(text)[0] == "OneStream : rapprochements bancaires"


@pytest.mark.parametrize(
    "sentence",
    [
        "a suivi avec succès la formation en classe virtuelle animée par un formateur",
        "has attended the two-day instructor-led class delivered remotely",
        "ha partecipato al corso in aula virtuale tenuto da un docente certificato",
    ],
)
def test_a_sentence_that_only_describes_what_was_attended_leaves_the_title_to_the_next_line(sentence):
    text = (
        f"ATTESTATION\nNous attestons que\nAlex Martin\n{sentence}\n"
        "OneStream – Rapprochements bancaires automatisés\nles 3 et 4 novembre 2026. Durée totale : 7 heures.\n"
    )
    assert _pdf_title(text)[0] == "OneStream – Rapprochements bancaires automatisés"


def test_a_description_with_a_name_in_capitals_is_the_title_itself():
    text = "Certificate\nAlex Martin\nhas attended the OneStream Reconciliation Bootcamp\non 3 November 2026, 7 hours.\n"
    assert _pdf_title(text)[0] == "OneStream Reconciliation Bootcamp"


def test_a_named_group_that_reaches_its_lines_end_above_a_label_shaped_line_is_left_alone():
    # the name may go on in what looks like a label: the sentence names no sure title
    text = (
        "This letter confirms that Alex Martin took part as a panel member in the OneStream CFO\n"
        "Roundtable: Planning in Retail, held at our office on Nov. 4, 2026.\n"
    )
    assert "OneStream CFO" != _pdf_title(text)[0]


def test_a_named_group_cut_inside_its_line_keeps_its_name_above_a_label():
    text = (
        "Certificate\nAlex Martin\nhas attended the OneStream Close Bootcamp on 3 November 2026.\nHours: 7\n"
    )
    assert _pdf_title(text)[0] == "OneStream Close Bootcamp"
