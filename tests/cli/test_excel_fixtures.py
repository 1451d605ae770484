"""The committed files of tests/fixtures/excel/ (Excel's formats, made by make_fixtures.py)
import, each to the same three activities."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tests.support.paths import REPO

FOLDER = REPO / "tests" / "fixtures" / "excel"


def _generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", FOLDER / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()
EXPECTED = [
    ("2026-03-04", "Schulung Zürich: Konsolidierung", "course", 7.5, 7.5, "Raum 4; zweiter Tag"),
    ("2026-03-12", "Tech Talk: Cube Views", "tech-talk", None, 0.25, None),
    ("2026-04-21", "Café des analystes: planning", "webinar", 2, 2, None),
]


def test_the_committed_files_are_what_the_script_writes() -> None:
    generated = GENERATOR.generated()
    assert sorted(generated) == sorted(p.name for p in FOLDER.iterdir() if p.suffix in {".csv", ".txt"})
    for name, data in generated.items():
        assert (FOLDER / name).read_bytes() == data, (
            f"{name}: run python tests/fixtures/excel/make_fixtures.py"
        )


@pytest.mark.parametrize("name", sorted(GENERATOR.FILES))
def test_each_imports_to_the_same_activities(cli, name: str) -> None:
    imported = cli("import", FOLDER / name)
    assert imported.exit_code == 0, imported.stderr
    assert imported.stdout == "1\n2\n3\n"
    said_cp1252 = "as Windows-1252" in imported.stderr
    assert said_cp1252 == (GENERATOR.FILES[name][1] == "cp1252")
    listed = json.loads(cli("list", "--json", "--as-of", "2026-06-01").stdout)["activities"]
    got = [(a["date"], a["title"], a["kind"], a["hours"], a["points"], a["note"]) for a in listed]
    assert got == EXPECTED
