"""Plain text helpers: user text never carries control characters to the terminal."""

from onepoints_cli.render.plaintext import Fitted, shown, wrapped


def test_control_characters_are_written_as_escapes():
    assert shown("Tech\x1b[31m Talk\nnext\u2028") == "Tech\\x1b[31m Talk\\nnext\\u2028"
    assert shown("Café – OneStream") == "Café – OneStream"


def test_a_long_line_is_folded_to_the_width_and_nothing_is_cut():
    line = "  OneStream Certified Lead Architect (ocla): submit from 2026-01-15, by 2026-08-31"
    folded = wrapped(line, 40)
    assert all(len(part) <= 40 for part in folded) and len(folded) > 1
    assert folded[0].startswith("  OneStream") and all(part.startswith("    ") for part in folded[1:])
    assert " ".join(part.strip() for part in folded) == line.strip()


def test_a_pipe_a_short_line_and_a_table_line_are_left_whole():
    long = "x " * 50
    assert wrapped(long, None) == [long]
    assert wrapped("abc", 3) == ["abc"]
    assert wrapped(Fitted(long), 10) == [long]


def test_bidi_overrides_are_escaped_as_everywhere_else():
    # plan and timeline show titles through shown(): the same set as render/messages.printable.
    assert shown("Talk \u202eevil\u2066") == "Talk \\u202eevil\\u2066"
