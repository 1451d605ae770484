"""Every file a page or a comment names exists: docs/*.md and README.md, and the
comments and docstrings of src/, tests/, bench/ and scripts/.

A name counts when it is a path into the repository (`src/...`, `tests/...`,
`cli/groups.py`: a layer of the package...) or a bare Python module name
(`validation.py`), which must be the name of some file of the repository.
User files in examples (`~/Downloads/notes.txt`, `ledger.toml`) are not paths
into the repository and are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "onepoints_cli"

#: First parts of a path that is meant to be in the repository.
REPOSITORY_FOLDERS = ("src", "tests", "docs", "bench", "scripts", "completions", "examples", ".ci")
PACKAGE_FOLDERS = tuple(p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("_"))

_EXTENSIONS = (".py", ".md", ".toml", ".txt", ".json", ".csv", ".bash", ".zsh", ".fish", ".ps1", ".sh")

#: A path with a folder (`tests/docs/transcripts.py`, `.ci/run`), or a bare module name.
_PATH = re.compile(r"(?<![\w/.~$-])((?:\.?[\w-]+/)+[\w.-]*[\w])")
_MODULE = re.compile(r"(?<![\w/.~$-])([a-z_][a-z0-9_]*\.py)\b")

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SOURCES = sorted(
    p
    for folder in ("src", "tests", "bench", "scripts")
    for p in (ROOT / folder).rglob("*.py")
    if "egg-info" not in p.parts
)
EVERY_FILE_NAME = {
    p.name
    for folder in ("src", "tests", "bench", "scripts", "completions", "examples")
    for p in (ROOT / folder).rglob("*")
}


def named_paths(text: str) -> set[str]:
    """The repository paths and module names that `text` mentions."""
    found = set()
    for match in _PATH.finditer(text):
        path = match.group(1).rstrip(".")
        first, last = path.split("/", 1)[0], path.rsplit("/", 1)[-1]
        if "." in last and not last.endswith(_EXTENSIONS):
            continue  # a dotted name (render/messages.printable), not a file
        if first in REPOSITORY_FOLDERS or first in PACKAGE_FOLDERS:
            found.add(path)
    found.update(match.group(1) for match in _MODULE.finditer(text))
    return found


def exists(path: str) -> bool:
    if "/" not in path:
        return path in EVERY_FILE_NAME
    return any((base / path).exists() for base in (ROOT, PACKAGE))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_path_a_page_names_exists(page: Path):
    dead = sorted(p for p in named_paths(page.read_text(encoding="utf-8")) if not exists(p))
    assert dead == [], f"{page.relative_to(ROOT)} names files that do not exist: {dead}"


def test_every_path_a_comment_names_exists():
    dead = {}
    for source in SOURCES:
        if source == Path(__file__):
            continue
        missing = sorted(p for p in named_paths(source.read_text(encoding="utf-8")) if not exists(p))
        if missing:
            dead[str(source.relative_to(ROOT))] = missing
    assert dead == {}, f"comments name files that do not exist: {dead}"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("see `src/onepoints_cli/credentials.py`", {"src/onepoints_cli/credentials.py"}),
        ("in cli/groups.py and checks.py", {"cli/groups.py", "checks.py"}),
        ("~/Downloads/notes.txt and ~/.config/onepoints/config.toml", set()),
        ("run .ci/run", {".ci/run"}),
        ("render/messages.printable", set()),
    ],
)
def test_what_counts_as_a_path(text, named):
    assert named_paths(text) == named


def test_a_dead_path_is_caught():
    assert not exists("src/onepoints_cli/credentials.py") and not exists("credential_checks.py")
    assert exists("cli/groups.py") and exists("tests/docs/transcripts.py") and exists("validation.py")
