"""A PDF page's layout read as a form: a table's labels paired with the values
under them, centred or not, and a caption in small type over its value."""

from __future__ import annotations

from onepoints_cli.domain.scan.layout import paired_lines, stacked_pairs
from onepoints_cli.domain.scan.records import Line


def _row(y: float, *cells: tuple[float, str], size: float = 11) -> Line:
    return Line("  ".join(text for _, text in cells), size, cells, y)


def test_values_centred_under_their_labels_are_paired_with_them():
    """'Training hours' over '2.5' printed in the middle of its column, right of the label's start."""
    lines = (
        _row(
            324, (246.9, "Completion date"), (356.7, "Training hours"), (455.8, "Certificate code"), size=12
        ),
        _row(300.8, (260.2, "18 Feb 2025"), (390.0, "2.5"), (460.1, "SIC-7731-2025"), size=12),
    )
    assert "Training hours: 2.5" in paired_lines(lines)
    # a row whose cells do not fall one under each label is no row of values
    shifted = (
        lines[0],
        _row(300.8, (260.2, "18 Feb 2025"), (470.0, "2.5"), (520.1, "SIC-7731-2025"), size=12),
    )
    assert "Training hours: 2.5" not in paired_lines(shifted)


def test_a_wide_value_centred_under_its_label_starts_left_of_it():
    labels = _row(
        298,
        (191.0, "COMPLETED"),
        (306.5, "LEARNING HOURS"),
        (447.3, "CERTIFICATE ID"),
        (600.9, "VALID UNTIL"),
    )
    labels = labels._replace(size=8.2)
    values = _row(
        281.5,
        (168.8, "September 9, 2026"),
        (335.8, "7.0"),
        (422.8, "NAV-CVD-2026-00913"),
        (577.7, "September 9, 2028"),
    )._replace(size=11.2)
    pairs = paired_lines((labels, values))
    assert "LEARNING HOURS: 7.0" in pairs
    assert "CERTIFICATE ID: NAV-CVD-2026-00913" in pairs


def test_a_caption_in_small_type_over_its_value_is_its_label():
    lines = (
        _row(613, (82.5, "Session"), size=8.2),
        _row(600, (82.5, "Financial Close Workflows in OneStream – Live Q&A"), size=11.2),
        _row(582, (82.5, "Date and time"), size=8.2),
        _row(569, (82.5, "Tuesday, 24 November 2026, 14:00–15:30 GMT"), size=11.2),
        _row(322, (164.1, "L E N GT H"), size=9),
        _row(308, (164.1, "3 hr 45 min · 34 lectures"), size=11.2),
    )
    assert paired_lines(lines) == [
        "Session: Financial Close Workflows in OneStream – Live Q&A",
        "Date and time: Tuesday, 24 November 2026, 14:00–15:30 GMT",
        "LENGTH: 3 hr 45 min · 34 lectures",
    ]


def test_a_heading_over_body_text_is_no_caption():
    lines = (
        _row(700, (60, "Session"), size=14),  # larger than what follows: a heading
        _row(680, (60, "Planning basics"), size=11),
        _row(660, (60, "Thanks for joining"), size=8),  # no label
        _row(640, (60, "Planning basics"), size=11),
    )
    assert paired_lines(lines) == []


def test_a_forms_label_wrapped_over_two_lines_is_one_label():
    lines = (
        _row(507, (507.0, "Sessions attended"), (741.4, "17"), size=10.5),
        _row(482.3, (507.0, "Total session"), size=10.5),
        _row(476.3, (507.0, "hours"), (730.1, "19.5"), size=10.5),
        _row(445.5, (507.0, "CPE credits (50-"), size=10.5),
        _row(439.5, (507.0, "minute hour)"), (730.1, "23.0"), size=10.5),
    )
    pairs = paired_lines(lines)
    assert "Total session hours: 19.5" in pairs
    assert "Sessions attended: 17" in pairs


def test_a_forms_labels_with_their_colon_pair_with_values_wrapped_in_their_column():
    lines = (
        _row(663.6, (90.1, "Veranstaltung:"), (297.8, "OneStream Tech Talk (DACH-Reihe,")),
        _row(649.1, (297.8, "Folge 14)")),
        _row(624.6, (90.1, "Thema:"), (297.8, "Smart Integration Connector: Daten aus")),
        _row(610.1, (297.8, "SAP S/4HANA und Snowflake sicher")),
        _row(595.6, (297.8, "anbinden")),
        _row(571.1, (90.1, "Datum:"), (297.8, "Mittwoch, 21. Oktober 2026")),
    )
    assert (
        "Thema: Smart Integration Connector: Daten aus SAP S/4HANA und Snowflake sicher anbinden"
        in paired_lines(lines)
    )


def test_a_caption_centred_over_its_value_is_its_label():
    lines = (
        _row(520, (270.0, "Attendance hours"), size=9),
        _row(505, (294.0, "16.0"), size=13),
    )
    assert paired_lines(lines) == ["Attendance hours: 16.0"]


def test_an_emails_table_as_text_pairs_a_label_over_its_value():
    text = "Event date\n19 May 2026\nTime\n09:30 AM - 05:30 PM IST\nLearning credits\n6 hours (certificate issued)\nHello Sam"
    assert stacked_pairs(text) == [
        "Event date: 19 May 2026",
        "Time: 09:30 AM - 05:30 PM IST",
        "Learning credits: 6 hours (certificate issued)",
    ]


def test_a_value_with_a_figure_is_no_label_of_the_line_below():
    text = "Gesamtdauer 14 Stunden\nMünchen, den 26.11.2025\nDuración en horas\n20"
    assert stacked_pairs(text) == ["Duración en horas: 20"]


def test_a_title_wrapped_word_by_word_in_a_narrow_column_is_read_whole():
    words = [
        "OneStream",
        "Consolidation",
        "Fundamentals:",
        "Ownership,",
        "Eliminations and",
        "Currency",
        "Translation",
    ]
    lines = (
        _row(600, (60, "Training title"), (200, "Date(s) of training"), (330, "Training hours"), size=9),
        *(_row(585 - 12 * i, (60, word), size=9) for i, word in enumerate(words)),
    )
    assert (
        "Training title: OneStream Consolidation Fundamentals: Ownership, Eliminations and Currency Translation"
        in paired_lines(lines)
    )


def test_a_label_in_small_letters_is_a_wrapped_labels_end_not_a_sentences():
    label_wrapped = "Intitulé de la\nformation\nReporting financier et tableaux de bord\n"
    assert stacked_pairs(label_wrapped) == ["formation: Reporting financier et tableaux de bord"]
    sentence_wrapped = "richiesta di accreditamento n. 2026/447 in\ncorso\nTest finale superato (9/10)\n"
    assert stacked_pairs(sentence_wrapped) == []


def test_a_row_of_tiles_pairs_each_figure_with_the_caption_under_it():
    lines = (
        _row(290, (189.0, "14")),
        _row(278, (147.0, "sessions attended")),
        _row(290, (362.0, "18.0 hours")),
        _row(278, (350.0, "total attendance")),
        _row(290, (590.0, "3")),
        _row(278, (515.0, "hands-on labs (90 min each)")),  # a figure in the caption: no caption
    )
    assert paired_lines(lines) == ["sessions attended: 14", "total attendance: 18.0 hours"]


def test_a_figure_far_from_the_line_under_it_or_a_sentence_is_no_tile():
    far = (_row(500, (189.0, "14")), _row(300, (189.0, "sessions attended")))
    sentence = (
        _row(290, (120.0, "Rohan Patel attended 14 sessions")),
        _row(278, (150.0, "total attendance")),
    )
    assert paired_lines(far) == [] and paired_lines(sentence) == []


def test_onepoints_on_a_line_of_its_own_over_its_figure_is_its_label():
    text = "Article\nSeven Lessons from Our First Year\nOnePoints\n10 (credited to your profile within 5 business days)\n"
    assert "OnePoints: 10 (credited to your profile within 5 business days)" in stacked_pairs(text)


def test_a_forms_numbered_question_labels_the_answer_under_it():
    text = "1. Name\nSam Taylor\n3. Class\nOneStream Data Integration Essentials\n5. How many years?\n3\n"
    assert "Class: OneStream Data Integration Essentials" in stacked_pairs(text)
