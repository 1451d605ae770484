"""Plain text helpers: user text never carries control characters to the terminal."""

from onepoints_cli.render.plaintext import clip, shown


def test_control_characters_are_written_as_escapes():
    assert shown("Tech\x1b[31m Talk\nnext\u2028") == "Tech\\x1b[31m Talk\\nnext\\u2028"
    assert shown("Café – OneStream") == "Café – OneStream"


def test_clip_keeps_a_line_within_the_width_and_whole_on_a_pipe():
    assert clip("abcdefghij", 8) == "abcde..." and len(clip("abcdefghij", 8)) == 8
    assert clip("abcdefghij", None) == "abcdefghij" and clip("abc", 3) == "abc"


def test_bidi_overrides_are_escaped_as_everywhere_else():
    # plan and timeline show titles through shown(): the same set as render/messages.printable.
    assert shown("Talk \u202eevil\u2066") == "Talk \\u202eevil\\u2066"
