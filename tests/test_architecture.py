"""The layers of docs/architecture.md hold: import-linter's contracts in pyproject.toml."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from onepoints_cli.cli.registry import COMMAND_MODULES
from onepoints_cli.storage.ledger.codec import LEDGER_HEADER
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


# --- All wording in render/ (issue 19) ----------------------------------------------------------

#: Raised for a bug in the program, never shown to a user as advice: a sentence is fine there.
#: A ValueError or TypeError from the domain is a caller's bug (a traceback, never a message:
#: the CLI words OnePointsError only), as are AssertionError and AttributeError.
_PROGRAMMER_ERRORS = {"AssertionError", "AttributeError", "TypeError", "ValueError"}


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_text(node: ast.expr) -> bool:
    """An f-string or a string literal of several words, alone or built into text (+, %, .join).
    A one-word literal is a value (a Literal field such as "not_a_number"), not wording."""
    return any(
        isinstance(part, ast.JoinedStr)
        or (isinstance(part, ast.Constant) and isinstance(part.value, str) and len(part.value.split()) > 1)
        for part in ast.walk(node)
    )


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are a statement of their own: docstrings and the like."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


#: `onepoints status`, `onepoints cert add`, `onepoints --version`: a command a message tells
#: the user to run (not "onepoints refuses", which only names the program).
_COMMAND_HINT = re.compile(rf"\bonepoints (?:--[a-z]|(?:{'|'.join(COMMAND_MODULES)})\b)")


def worded_in_domain(source: str) -> list[str]:
    """Where domain code words a message: text given to an exception's constructor
    (any callable named *Error or *Problem, or raised), or a `onepoints ...` command hint."""
    tree = ast.parse(source)
    found = []
    raised = {id(node.exc) for node in ast.walk(tree) if isinstance(node, ast.Raise) and node.exc}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            constructor = name.endswith(("Error", "Problem", "Exception")) or id(node) in raised
            arguments = [*node.args, *(k.value for k in node.keywords)]
            if constructor and name not in _PROGRAMMER_ERRORS and any(_is_text(a) for a in arguments):
                found.append(f"line {node.lineno}: {name}(...) given text")
    return found + command_hints(tree)


def command_hints(tree: ast.AST) -> list[str]:
    """Where code tells the user to run a command (`onepoints status`) outside a docstring."""
    skip = _docstrings(tree)
    return [
        f"line {node.lineno}: command hint {node.value[:40]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and _COMMAND_HINT.search(node.value)
    ]


def test_the_app_hints_no_command() -> None:
    """A use case returns values and raises problems; render/ words the next command to run."""
    found = {
        str(path.relative_to(ROOT)): command_hints(ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((ROOT / "src" / "onepoints_cli" / "app").rglob("*.py"))
    }
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_the_domain_words_no_message() -> None:
    found = {
        str(path.relative_to(ROOT)): worded_in_domain(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "src" / "onepoints_cli" / "domain").rglob("*.py"))
    }
    assert {path: lines for path, lines in found.items() if lines} == {}


@pytest.mark.parametrize(
    ("source", "worded"),
    [
        ('raise OnePointsError("No activity")', True),
        ('raise OnePointsError(f"No activity {n}")', True),
        ('raise UsageError("Bad value: " + text)', True),
        ('error = OnePointsError("x is wrong")', True),
        ('raise ValueError("one choice per conflict")', False),
        ('hint = "(counted on 2026-11-24). See: onepoints status"', True),
        ('hint = "see `onepoints list`"', True),
        ("hint = f'run onepoints bundle --cert {c}'", True),
        ('text = "a file onepoints can read"', False),
        ("raise NoSuchActivity(activity_id)", False),
        ('raise AssertionError("the sweep and the window disagree")', False),
        ('def f():\n    """Like `onepoints list`, in a docstring."""', False),
        ('name = "onepoints"', False),
        ("raise BadAmount(what, text, 'not_a_number')", False),
    ],
)
def test_what_counts_as_wording_in_the_domain(source: str, worded: bool) -> None:
    assert bool(worded_in_domain(source)) is worded


# --- No sentence in the domain at all (issue 19): not in warnings, reminders or documents either -

#: A string of two or more words, outside a docstring, is wording: it belongs in render/.
#: These modules hold text that is data, not wording; each says why. Keep the list short.
_DATA_TEXT = {
    # The names of the Open Badges specifications and the namespaces of their SVG
    # assertion: what a badge file holds, compared as data.
    "domain/badges/fields.py": "Open Badges specification names",
    "domain/badges/svg.py": "Open Badges XML namespaces and element names",
    # The file-name patterns sync tools give conflicted copies, and the tools' names.
    "domain/conflict_copies.py": "sync tools' file-name patterns",
    # The built-in kinds' names: the catalogue the ledger's kind ids point into.
    "domain/kinds.py": "built-in kind names",
}

#: Single strings allowed in a module that is otherwise held to the rule, each with why
#: (module, the string as ast.unparse writes it).
_ALLOWED_LINES: set[tuple[str, str]] = {
    # A PDF table's total row ("Total | 3 hours") rebuilt as the line a form would print,
    # for the hours patterns to read: the document's words, not ours.
    ("domain/scan/layout.py", "f'Total {label}: {cells[0]}'"),
}

#: The functions of `re` whose first argument is a pattern.
_PATTERN_FUNCTIONS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
}


def _pattern_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.func.attr in _PATTERN_FUNCTIONS
        and node.args
    ]


def pattern_names(source: str) -> set[str]:
    """The constants (UPPER_CASE names) a module's patterns read: another module's among them."""
    calls = _pattern_calls(ast.parse(source))
    names = {n.id for call in calls for n in ast.walk(call.args[0]) if isinstance(n, ast.Name)}
    return {name for name in names if name.strip("_").isupper()}


def _patterns(tree: ast.AST, elsewhere: frozenset[str] = frozenset()) -> set[int]:
    """ids of the nodes of a regular expression: the pattern given to re.compile (or
    re.search, re.sub...), and each module-level constant such a pattern reads, directly
    or through another constant (`elsewhere`: names the patterns of other modules read).
    A pattern is data, not wording."""
    calls = _pattern_calls(tree)
    parts: list[ast.expr] = [call.args[0] for call in calls]
    constants = {
        target.id: node.value
        for node in getattr(tree, "body", [])
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    read: set[str] = set()
    parts += [ast.Name(name) for name in elsewhere]
    while parts:
        part = parts.pop()
        for node in ast.walk(part):
            if isinstance(node, ast.Name) and node.id in constants and node.id not in read:
                read.add(node.id)
                parts.append(constants[node.id])
    return {id(n) for call in calls for n in ast.walk(call.args[0])} | {
        id(n) for name in read for n in ast.walk(constants[name])
    }


def _joins(tree: ast.AST) -> set[int]:
    """ids of the text that is not wording: an f-string whose own characters hold no
    letter (f"{heading}\n{text}", f"{label}: {value}" join the document's texts), and a
    word list split into words ("the le la der".split())."""
    joins = {
        id(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and not any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value)) for v in node.values
        )
    }
    return joins | {
        id(node.func.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and not node.args
        and isinstance(node.func.value, ast.Constant)
    }


def _word_count(node: ast.expr) -> int:
    """The words of a string literal, or of an f-string with each value as one word."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "x" for v in node.values
        )
        return len(text.split())
    return len(node.value.split()) if isinstance(node, ast.Constant) and isinstance(node.value, str) else 0


def sentences_in(
    source: str, allowed: frozenset[str] = frozenset(), elsewhere: frozenset[str] = frozenset()
) -> list[str]:
    """Every string of two or more words outside docstrings and the program's own
    errors (AssertionError and the like: a bug, never shown as advice)."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _patterns(tree, elsewhere) | _joins(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # its parts are counted with it
            skip |= {id(v) for v in node.values}
        if isinstance(node, ast.Call | ast.Raise):
            call = node.exc if isinstance(node, ast.Raise) else node
            if isinstance(call, ast.Call) and _callee(call) in _PROGRAMMER_ERRORS:
                skip |= {id(n) for a in call.args for n in ast.walk(a)}
    return [
        f"line {node.lineno}: {ast.unparse(node)[:50]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant | ast.JoinedStr)
        and id(node) not in skip
        and _word_count(node) > 1
        and ast.unparse(node) not in allowed
    ]


def test_the_domain_holds_no_sentence() -> None:
    domain = ROOT / "src" / "onepoints_cli" / "domain"
    found = {}
    paths = sorted(domain.rglob("*.py"))
    # A pattern may read another module's constant (titles.py reads title_words.TITLE_LABEL).
    elsewhere = frozenset(name for path in paths for name in pattern_names(path.read_text(encoding="utf-8")))
    for path in paths:
        name = "domain/" + str(path.relative_to(domain))
        if not any(name.startswith(prefix) for prefix in _DATA_TEXT):
            allowed = frozenset(text for module, text in _ALLOWED_LINES if module == name)
            found[name] = sentences_in(path.read_text(encoding="utf-8"), allowed, elsewhere)
    assert {name: lines for name, lines in found.items() if lines} == {}


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        ('text = "expires today, unless it has been extended."', True),
        ('line = f"Submit by {day} ({why})."', True),
        ("label = f'activity {a.id}: {e.path}'", True),
        ('warnings.append("No evidence yet")', True),
        ('uid = f"onepoints-{cert.id}-deadline@{UID_DOMAIN}"', False),
        ('kind = "not_a_number"', False),
        ('header = ["id", "date", "kind"]', False),
        ('sep = "; "', False),
        ('def f():\n    """A docstring of many words."""', False),
        ('raise AssertionError("the sweep and the window disagree")', False),
        ('raise ValueError(f"one choice per conflict: {c}")', False),
        # A pattern is data: given to re.compile, or a module constant a pattern reads.
        ('PATTERN = re.compile(r"(?:total|grand total)[ \\t]+hours")', False),
        ('_UNIT = r"(?:contact hours|seat time)"\nP = re.compile(rf"{_UNIT} of")', False),
        ('_UNIT = r"(?:contact hours|seat time)"\nQ = rf"{_UNIT} of"\nP = re.compile(Q)', False),
        ('_UNIT = "no pattern reads this sentence"\nP = re.compile("x")', True),
        ('m = re.search(r"held on (\\d+)", text)', False),
        ('note = f"from {label} in the file"\nP = re.compile(label)', True),
        # Text joins and word lists are not sentences.
        ("joined = f'{heads}\\n{text}'", False),
        ("line = f'{label}: {value}'", False),
        ('WORDS = frozenset("the la le der die".split())', False),
        ('WORDS = "the la le der die".split(",")', True),
    ],
)
def test_what_counts_as_a_sentence(source: str, sentence: bool) -> None:
    assert bool(sentences_in(source)) is sentence


def test_a_constant_another_modules_pattern_reads_is_a_pattern() -> None:
    label, pattern = 'LABEL = r"course title|course name"', 'P = re.compile(rf"{LABEL}:")'
    assert sentences_in(label) and not sentences_in(label, elsewhere=frozenset(pattern_names(pattern)))


# --- No sentence in storage/ or app/ either (issue 19): they raise problems, render words them ---

#: Modules of storage/ and app/ whose text is data, not wording; each says why. Keep it short.
_LAYER_DATA_TEXT = {
    # The scan's readers say why a document was skipped; the scan's owner is moving their
    # words to render (domain/scan's Reason values) in a change of its own.
    "storage/document_readers/": "the scan's readers: not yet moved (their own change)",
    "storage/document_text.py": "the scan's readers: not yet moved (their own change)",
}

#: Modules not yet held to the rule, each with why; remove an entry once its module is done.
_LAYER_NOT_YET: dict[str, str] = {}

#: Single strings allowed in storage/ and app/, each with why (module, the string as ast.unparse writes it).
_LAYER_ALLOWED_LINES: set[tuple[str, str]] = {
    # The comment ledger.toml is written with, and a record's evidence table as TOML: the file's text.
    ("storage/ledger/codec.py", repr(LEDGER_HEADER)),
    ("storage/ledger/codec.py", "f'\\n[[{section}.evidence]]\\n{tomli_w.dumps(item)}'"),
    # What a writer writes in the lock file for a waiting onepoints to name it: the file's text.
    ("storage/ledger/lock.py", "f'process {os.getpid()}'"),
    ("storage/ledger/lock.py", "f': onepoints {holder}'"),
    # The command a history entry records for a version onepoints did not write: stored in the
    # history's files (and shown by `history` as recorded).
    ("storage/ledger/store.py", "'(edited by hand)'"),
    ("storage/ledger/store.py", "'(before the history)'"),
    ("storage/ledger/store.py", "'(ledger.toml.bak, before the history)'"),
    ("storage/ledger/versions.py", "'(ledger.toml.bak, before the history)'"),
    # The strerror of the OSErrors open_file raises for a folder or a pipe: a problem
    # built from an OSError carries its strerror, as it does the system's.
    ("storage/regular_files.py", "'is a folder, not a file'"),
    ("storage/regular_files.py", "'is not a regular file'"),
}


def sentences_in_layer(layer: str) -> dict[str, list[str]]:
    """The sentences of each module of src/onepoints_cli/<layer>, but for the listed ones."""
    package = ROOT / "src" / "onepoints_cli"
    paths = sorted((package / layer).rglob("*.py"))
    elsewhere = frozenset(name for path in paths for name in pattern_names(path.read_text(encoding="utf-8")))
    found = {}
    for path in paths:
        name = str(path.relative_to(package))
        if any(name.startswith(prefix) for prefix in (*_LAYER_DATA_TEXT, *_LAYER_NOT_YET)):
            continue
        allowed = frozenset(text for module, text in _LAYER_ALLOWED_LINES if module == name)
        found[name] = sentences_in(path.read_text(encoding="utf-8"), allowed, elsewhere)
    return {name: lines for name, lines in found.items() if lines}


@pytest.mark.parametrize("layer", ["storage", "app"])
def test_storage_and_app_hold_no_sentence(layer: str) -> None:
    assert sentences_in_layer(layer) == {}


def test_each_listed_module_and_line_is_still_there() -> None:
    """An allow-list entry whose module or line is gone is stale: remove it."""
    package = ROOT / "src" / "onepoints_cli"
    for prefix in (*_LAYER_DATA_TEXT, *_LAYER_NOT_YET):
        assert any(str(p.relative_to(package)).startswith(prefix) for p in package.rglob("*.py")), prefix
    for module, text in _LAYER_ALLOWED_LINES:
        tree = ast.parse((package / module).read_text(encoding="utf-8"))
        assert any(
            ast.unparse(n) == text for n in ast.walk(tree) if isinstance(n, ast.Constant | ast.JoinedStr)
        ), (
            module,
            text,
        )
