"""Read and run the console transcripts of README.md and docs/*.md.

The format (what a page writes):

- A fenced ```console block is a transcript. Each line that starts with `$ ` is a
  command (a line ending in `\\` continues on the next one); the lines after it, up
  to the next `$ ` line or the end of the block, are exactly what it printed: stderr
  and stdout together, in the order they were written, as a terminal shows them.
  Blocks that are not transcripts (commands to copy, a shell session with <TAB>) use
  ```sh or ```text and are not run.
- Each page runs in a fresh folder of its own, in order, block after block. That
  folder is both the working folder and the home folder (HOME), and a transcript
  shows it as PLACEHOLDER (/home/ada): `~/Downloads/x.pdf` is typed as a user would,
  and `/home/ada/.local/share/onepoints/ledger.toml` is printed as a user would see
  it. The data folder is the Linux default inside it (~/.local/share/onepoints,
  ~/.config/onepoints); ONEPOINTS_HOME is not set unless a line sets it
  (`ONEPOINTS_HOME=examples onepoints status`).
- The day: commands whose output depends on it take `--as-of DATE` in the
  transcript. Commands that stamp today (add, bundle, extend, exam log...) read
  ONEPOINTS_TODAY, which is DEFAULT_TODAY unless the page says otherwise with a
  line `<!-- today: YYYY-MM-DD -->` (from there on).
- A page sets up what its commands need (evidence files, a copy of examples/, a
  config.toml) either in a transcript, with a shell line whose output it shows, or
  in a hidden line `<!-- run: COMMAND -->` (run like a transcript's line, at that
  point of the page; it must exit 0; $REPO is the repository, and `python3` this
  environment's Python, which imports tests.support with PYTHONPATH=$REPO).
- A plain `onepoints ...` line (optionally after VAR=value assignments, with no pipe,
  redirection or substitution) runs the real Typer app in-process, which is what
  the `onepoints` console script runs, only faster; every other line runs through
  bash with this environment's `onepoints` first on PATH (PYTHONUNBUFFERED, so that
  stdout and stderr keep their order). ONEPOINTS_TRANSCRIPTS_REAL=1 sends every line
  through bash and the real script, to check that both print the same.
- Compared exactly, line by line, after two normalisations only: the page's folder
  is shown as PLACEHOLDER, and spaces at line ends are ignored (editors strip them).

`python -m tests.docs.transcripts PAGE.md` prints what each command of PAGE.md prints
today (to write a new transcript: run it, read it, paste what is right).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.paths import REPO

#: How a page's folder (HOME and working folder) is shown in the docs.
PLACEHOLDER = "/home/ada"

#: ONEPOINTS_TODAY for a page that does not say otherwise (the day these docs were checked).
DEFAULT_TODAY = "2026-12-02"

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

#: ONEPOINTS_TRANSCRIPTS_REAL=1 runs every line through bash and the installed
#: `onepoints` script, to check that the in-process runs print the same (slower).
REAL_COMMAND = os.environ.get("ONEPOINTS_TRANSCRIPTS_REAL", "") not in ("", "0")

_FENCE = re.compile(r"^(?P<indent>\s*)```(?P<info>[\w-]*)\s*$")
_TODAY = re.compile(r"^\s*<!--\s*today:\s*(\d{4}-\d{2}-\d{2})\s*-->\s*$")
_RUN = re.compile(r"^\s*<!--\s*run:\s*(.*?)\s*-->\s*$")
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
#: Shell syntax that needs bash (checked outside quotes).
_SHELL = re.compile(r"[|&;<>()$`*?{}\[\]]")


@dataclass
class Command:
    line: int  # where the `$ ` line is in the page (1-based)
    text: str
    expected: list[str] = field(default_factory=list)
    indent: str = ""  # the block's, inside a list item


@dataclass
class Step:
    """One thing to do in a page's order: set the day, run a hidden line, or a transcript command."""

    today: str | None = None
    hidden: str | None = None
    command: Command | None = None
    line: int = 0


def steps(page: Path) -> list[Step]:
    """What the page asks to run, in its order."""
    found: list[Step] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    n = 0
    while n < len(lines):
        text = lines[n]
        if match := _TODAY.match(text):
            found.append(Step(today=match[1], line=n + 1))
        elif match := _RUN.match(text):
            found.append(Step(hidden=match[1], line=n + 1))
        elif (fence := _FENCE.match(text)) and fence["info"]:
            indent, end = fence["indent"], n + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            if fence["info"] == "console":
                body = [
                    line[len(indent) :] if line.startswith(indent) else line.lstrip()
                    for line in lines[n + 1 : end]
                ]
                for command in _commands(body, n + 2):
                    command.indent = indent
                    found.append(Step(command=command, line=command.line))
            n = end
        n += 1
    return found


def _commands(body: list[str], first_line: int) -> Iterator[Command]:
    current: Command | None = None
    continuing = False
    for offset, text in enumerate(body):
        if continuing and current is not None:
            current.text += "\n" + text
        elif text.startswith("$ "):
            if current is not None:
                yield current
            current = Command(first_line + offset, text[2:])
        elif current is None:
            raise ValueError(f"line {first_line + offset}: a console block must start with a `$ ` command")
        else:
            current.expected.append(text)
        continuing = text.endswith("\\") and not current.expected
    if current is not None:
        yield current


class Page:
    """A page's folder and environment, and how to run a line in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.today = DEFAULT_TODAY
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("ONEPOINTS_", "XDG_"))}
        for noisy in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE", "TERM"):
            self.env.pop(noisy, None)
        bin_dir = str(Path(sys.executable).parent)
        self.env |= {
            "HOME": str(folder),
            "XDG_DATA_HOME": str(folder / ".local" / "share"),
            "XDG_CONFIG_HOME": str(folder / ".config"),
            "PATH": bin_dir + os.pathsep + self.env.get("PATH", ""),
            "PYTHONUNBUFFERED": "1",
            "REPO": str(REPO),
            "PYTHONPATH": str(REPO),
        }

    def environment(self) -> dict[str, str]:
        return self.env | {"ONEPOINTS_TODAY": self.today}

    def bash(self, text: str) -> tuple[int, str]:
        done = subprocess.run(
            ["bash", "-c", text],
            cwd=self.folder,
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
        )
        return done.returncode, done.stdout

    def run(self, text: str) -> tuple[int, str]:
        """The exit code, and what the line prints (stdout and stderr in their order)."""
        args = None if REAL_COMMAND else in_process_args(text)
        if args is None:
            return self.bash(text)
        assignments = {}
        while args and _ASSIGNMENT.match(args[0]):
            name, _, value = args.pop(0).partition("=")
            assignments[name] = value
        with _environment(self.environment() | assignments), _cwd(self.folder):
            return _invoke(args[1:])

    def shown(self, output: str) -> list[str]:
        """The output as the docs show it."""
        text = output.replace(str(self.folder), PLACEHOLDER)
        return [line.rstrip() for line in text.splitlines()]


def in_process_args(text: str) -> list[str] | None:
    """The words of a plain `[VAR=value...] onepoints ...` line, or None when it needs bash."""
    if "\n" in text or _SHELL.search(re.sub(r"'[^']*'|\"[^\"]*\"", "", text)):
        return None
    words = shlex.split(text)
    command = next((w for w in words if not _ASSIGNMENT.match(w)), None)
    if command != "onepoints":
        return None
    return words


def _invoke(args: list[str]) -> tuple[int, str]:
    from typer.testing import CliRunner

    from onepoints_cli.cli import app

    class TerminalRunner(CliRunner):
        """Line-buffered streams, as on a terminal: the mixed output keeps the order of the
        writes (the runner's wrappers would otherwise hold stdout back until the end)."""

        @contextmanager
        def isolation(self, *args, **kwargs):
            with super().isolation(*args, **kwargs) as streams:
                sys.stdout.reconfigure(line_buffering=True)
                sys.stderr.reconfigure(line_buffering=True)
                yield streams

    home = os.environ["HOME"]  # the page's: bash would expand ~ to it
    args = [home + a[1:] if a == "~" or a.startswith("~/") else a for a in args]
    result = TerminalRunner().invoke(app, args, prog_name="onepoints")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback would have reached the user
    return result.exit_code, result.output


@contextmanager
def _environment(values: dict[str, str]):
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextmanager
def _cwd(folder: Path):
    saved = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(saved)


def play(page: Path, folder: Path) -> Iterator[tuple[Command, list[str]]]:
    """Run the page's steps in order; yields each transcript command with what it printed."""
    state = Page(folder)
    for step in steps(page):
        if step.today:
            state.today = step.today
        elif step.hidden is not None:
            code, output = state.run(step.hidden)
            if code:
                raise AssertionError(f"{page.name}:{step.line}: hidden line failed ({code}): {output}")
        elif step.command is not None:
            yield step.command, state.shown(state.run(step.command.text)[1])


def main(argv: list[str]) -> int:
    """Print what each command prints; with --write, put it in the page in place of what it shows."""
    import tempfile

    write = "--write" in argv
    for name in (a for a in argv if a != "--write"):
        page = Path(name).resolve()
        with tempfile.TemporaryDirectory() as folder:
            ran = list(play(page, Path(folder)))
        lines = page.read_text(encoding="utf-8").splitlines()
        for command, printed in reversed(ran):
            start = command.line + command.text.count("\n")  # 0-based index of the first output line
            lines[start : start + len(command.expected)] = [(command.indent + p).rstrip() for p in printed]
            if not write:
                print(f"{page.name}:{command.line}\n$ {command.text}\n" + "\n".join(printed))
        if write:
            page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
