"""User text with terminal escape sequences never reaches the terminal raw.

Each hostile string goes in as a title, a note or a name and is looked for,
raw, in every human output: on a pipe (the in-process runner) and on a real
pseudo-terminal (rich's output), on stdout and stderr, and in the ICS file.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from tests.support import badge_factory as bf

HOSTILE = {
    "clear": "\x1b[2J",
    "osc8": "\x1b]8;;http://x\x07link\x1b]8;;\x07",
    "cr": "\r",
    "c1": "\x9b",
}
RAW = ("\x1b", "\x07", "\r", "\x9b")


def _clean(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)


@pytest.fixture(params=list(HOSTILE), ids=list(HOSTILE))
def bad(request) -> str:
    return f"Talk {HOSTILE[request.param]} end"


@pytest.fixture
def tracked(cli, bad, evidence_file):
    assert (
        cli("cert", "add", f"OneStream Certified {bad}", "--expires", "2026-03-31", "--id", "oca").exit_code
        == 0
    )
    path = evidence_file("talk.pdf")
    added = cli(
        "add",
        bad,
        "--date",
        "2025-01-10",
        "--kind",
        "course",
        "--points",
        "50",
        "--note",
        bad,
        "--evidence",
        path,
    )
    assert added.exit_code == 0
    return added


def test_every_output_on_a_pipe(cli, tracked, bad):
    _clean(tracked.stderr)
    for command in (
        ["status", "--as-of", "2025-06-01"],
        ["status", "--as-of", "2026-02-01"],  # the aging-out table and the warnings
        ["list", "--as-of", "2025-06-01"],
        ["show", "1", "--as-of", "2025-06-01"],
        ["cert", "list", "--as-of", "2025-06-01"],
        ["bundle", "--cert", "oca", "--as-of", "2025-06-01", "--dry-run"],
        ["calendar"],
    ):
        result = cli(*command)
        assert result.exit_code == 0, (command, result.stderr)
        _clean(result.stdout)
        _clean(result.stderr)
        assert "\\x1b" in result.stdout or "\\r" in result.stdout or "\\x9b" in result.stdout, command


def test_json_keeps_the_text_exact_and_escaped(cli, tracked, bad):
    for command in (["list", "--json"], ["status", "--json"], ["cert", "list", "--json"]):
        output = cli(*command).stdout
        _clean(output)
        assert any(bad in text for text in _strings(json.loads(output))), command
    assert json.loads(cli("list", "--json").stdout)["activities"][0]["title"] == bad


def test_stderr_messages_that_quote_user_text(cli, tracked, bad):
    again = cli("add", bad, "--date", "2025-01-10", "--kind", "course", "--points", "50")
    assert again.exit_code == 1 and "already records" in again.stderr
    removed = cli("rm", "1")  # not confirmed: the question quotes the title
    assert removed.exit_code == 1 and "Not confirmed" in removed.stderr
    for result in (again, removed):
        _clean(result.stderr)


def test_a_dry_run_import_table(cli, tmp_path, bad):
    source = tmp_path / "rows.csv"
    source.write_text(f'date,title,kind,points\n2025-01-01,"{bad}",course,1\n', encoding="utf-8", newline="")
    result = cli("import", source, "--dry-run")
    assert result.exit_code == 0, result.stderr
    _clean(result.stdout)


def test_a_badge_name_on_cert_import(cli, tmp_path, bad):
    badge = bf.ob2_badge_class(f"OneStream Certified {bad}", "OneStream")
    path = bf.write(tmp_path, "badge.png", bf.png(bf.itxt("openbadges", json.dumps(bf.ob2_assertion(badge)))))
    result = cli("cert", "import", path, "--expires", "2027-01-01")
    assert result.exit_code == 0, result.stderr
    _clean(result.stderr)
    listed = cli("cert", "list")
    _clean(listed.stdout)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_on_a_real_terminal(cli, evidence_file):
    """rich draws these (colours are its own escape sequences, allowed); one
    title holds every hostile string, to start few processes."""
    import pty
    import subprocess

    bad = "Talk " + " ".join(HOSTILE.values()) + " end"
    assert cli("cert", "add", f"OneStream Certified {bad}", "--expires", "2026-03-31").exit_code == 0
    path = evidence_file("talk.pdf")
    add = ("add", bad, "--date", "2025-01-10", "--kind", "course", "--points", "50", "--note", bad)
    assert cli(*add, "--evidence", path).exit_code == 0

    for command in (["status", "--as-of", "2026-02-01"], ["list"], ["show", "1"], ["cert", "list"]):
        leader, follower = pty.openpty()
        env = {**os.environ, "COLUMNS": "200", "TERM": "xterm-256color"}
        process = subprocess.run(
            [sys.executable, "-m", "onepoints_cli", *command],
            stdout=follower,
            stderr=follower,
            env=env,
            timeout=60,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        shown = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
        assert process.returncode == 0, shown
        assert "\x1b[2J" not in shown and "\x1b]8" not in shown and "\x9b" not in shown, (command, shown)
        assert "\x07" not in shown and "\r" not in shown, (command, shown)
        assert "Talk" in shown, shown
