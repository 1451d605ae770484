"""Output never crashes, whatever the encoding of stdout and stderr (issue 21).

Each command runs as a real process with PYTHONIOENCODING set as a Windows
redirection, PowerShell 5.1 pipe or Git Bash would have it, on a pipe and on a
pseudo-terminal (python's pty module), over a ledger whose titles hold ✓ and 日本語.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TITLE = "Workshop ✓ 日本語 on cube views, consolidation and the long close"
ENCODINGS = ("cp1252", "cp437", "ascii", "utf-8")
COMMANDS = (
    ("show", "1"),
    ("list",),
    ("plan",),
    ("history",),
    ("bundle", "--dry-run"),
    ("status",),
    ("list", "--json"),
)


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM"}
    }
    env.update(ONEPOINTS_HOME=str(home), ONEPOINTS_TODAY="2026-06-01", COLUMNS="70")
    env.update(extra)
    return env


def _run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "onepoints_cli", *args]
    return subprocess.run(command, env=_env(home, **env), capture_output=True, timeout=60)


def _run_on_pty(home: Path, *args: str, **env: str) -> tuple[int, bytes]:
    """The command with stdout and stderr on one pseudo-terminal; its exit code and what it showed."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "onepoints_cli", *args],
        env=_env(home, **env),
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=60), shown


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("encodings")
    home = folder / "home"
    evidence = folder / "certificate ✓.pdf"
    evidence.write_bytes(b"%PDF-1.4 certificate")
    other = folder / "other.pdf"
    other.write_bytes(b"%PDF-1.4 another")
    steps = (
        ("cert", "add", "OneStream Certified Associate ✓", "--expires", "2027-05-31", "--id", "oca"),
        (
            "add",
            TITLE,
            "--date",
            "2026-03-04",
            "--kind",
            "tech-talk",
            "--hours",
            "30",
            "--evidence",
            str(evidence),
        ),
        (
            "add",
            "Second ✓ 日本語",
            "--date",
            "2026-03-05",
            "--kind",
            "tech-talk",
            "--hours",
            "10",
            "--evidence",
            str(other),
        ),
    )
    for step in steps:
        done = _run(home, *step, PYTHONIOENCODING="utf-8")
        assert done.returncode == 0, done.stderr
    return home


def _non_utf(encoding: str) -> bool:
    return encoding != "utf-8"


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_on_a_pipe(home: Path, encoding: str, args: tuple[str, ...]) -> None:
    done = _run(home, *args, PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    assert done.stderr == b""
    out = done.stdout.decode(encoding)  # strict: every byte is of the stream's encoding
    assert "Traceback" not in out
    if args[-1] == "--json":
        titles = [a["title"] for a in json.loads(out)["activities"]]
        assert TITLE in titles  # \u escapes: the same JSON, not a lossy one
        assert out.isascii() == _non_utf(encoding)
    else:
        shown = "Associate ? (oca)" if args == ("status",) else "Workshop ? ??? on cube"
        if not _non_utf(encoding):
            shown = shown.replace("? ???", "✓ 日本語").replace("?", "✓")
        assert shown in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_user_text_on_stderr_is_replaced(tmp_path: Path, encoding: str) -> None:
    done = _run(
        tmp_path / "h",
        "cert",
        "add",
        "Certified ✓ 日本語",
        "--expires",
        "2027-05-31",
        PYTHONIOENCODING=encoding,
    )
    assert done.returncode == 0
    said = done.stderr.decode(encoding)
    assert ("Certified ? ???" if _non_utf(encoding) else "Certified ✓ 日本語") in said
    failed = _run(tmp_path / "h", "show", "日本語", PYTHONIOENCODING=encoding)
    # click writes its usage errors in UTF-8 on a stream it thinks misconfigured (ascii): its choice
    assert failed.returncode == 2 and "Traceback" not in failed.stderr.decode(encoding, "replace")


def _glyph(char: str, ascii_form: str, encoding: str) -> str:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return ascii_form
    return char


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_status_bar_on_a_terminal_falls_back_to_ascii(home: Path, encoding: str) -> None:
    code, shown = _run_on_pty(home, "status", PYTHONIOENCODING=encoding, NO_COLOR="1")
    text = shown.decode(encoding)
    assert code == 0, text
    bar = _glyph("█", "#", encoding) * 24
    assert f"40 / 40  {bar}  enough" in text
    # cp437 has the block (0xDB): kept; cp1252 and ascii do not: '#'
    assert ("█" in text) == (encoding in {"cp437", "utf-8"})


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_shortened_title_on_a_terminal(home: Path, encoding: str) -> None:
    code, shown = _run_on_pty(home, "list", PYTHONIOENCODING=encoding, NO_COLOR="1", COLUMNS="60")
    text = shown.decode(encoding)
    assert code == 0, text
    (row,) = [line for line in text.splitlines() if line.lstrip().startswith("1 ")]
    mark = _glyph("…", "...", encoding)
    assert mark in row and len(row.rstrip()) <= 60
    # cp1252 has the ellipsis (0x85): kept; cp437 and ascii do not: '...'
    assert ("…" in text) == (encoding in {"cp1252", "utf-8"})


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("args", [("show", "1"), ("history",), ("plan",), ("list", "--json")], ids=" ".join)
def test_other_commands_on_a_terminal(home: Path, encoding: str, args: tuple[str, ...]) -> None:
    code, shown = _run_on_pty(home, *args, PYTHONIOENCODING=encoding, NO_COLOR="1")
    text = shown.decode(encoding)
    assert code == 0 and "Traceback" not in text
    if args[-1] == "--json":
        assert TITLE in [a["title"] for a in json.loads(text)["activities"]]
