"""The layers of docs/architecture.md hold: import-linter's contracts in pyproject.toml."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

ROOT = REPO


def test_import_contracts_are_kept() -> None:
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.fail("lint-imports is not installed: install the test extras (pip install -e '.[test]').")
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_contract_forbids_cycles_between_sibling_modules() -> None:
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    acyclic = [c for c in contracts if c["type"] == "acyclic_siblings"]
    assert acyclic and acyclic[0]["ancestors"] == ["onepoints_cli"]


#: `import x._y`, `from x._y import z`, `from x import _y`, for a dependency x (not our package).
_PRIVATE_IMPORT = re.compile(
    r"^\s*(?:import\s+(?!onepoints_cli)\w+(?:\.\w+)*\._\w+"
    r"|from\s+(?!onepoints_cli|\.)\w+(?:\.\w+)*\._\w+(?:\.\w+)*\s+import"
    r"|from\s+(?!onepoints_cli|\.)\w+(?:\.\w+)*\s+import\s+\(?\s*_(?!_)\w+)",
    re.MULTILINE,
)


def private_imports(text: str) -> list[str]:
    return [m.group(0).strip() for m in _PRIVATE_IMPORT.finditer(text)]


def test_no_private_part_of_a_dependency_is_imported() -> None:
    found = {
        str(path.relative_to(ROOT)): private_imports(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "src").rglob("*.py"))
    }
    assert {path: lines for path, lines in found.items() if lines} == {}


@pytest.mark.parametrize(
    ("line", "private"),
    [
        ("    from typer._click.exceptions import UsageError", True),
        ("from typer._completion_shared import install", True),
        ("from typer._completion_shared import _get_shell_name", True),
        ("import zipfile._path", True),
        ("from zipfile import _compressor", True),
        ("from typer.core import TyperGroup", False),
        ("from ._click import x", False),
        ("from onepoints_cli.storage import _helpers", False),
        ("from __future__ import annotations", False),
    ],
)
def test_what_counts_as_a_private_import(line: str, private: bool) -> None:
    assert bool(private_imports(line)) is private
