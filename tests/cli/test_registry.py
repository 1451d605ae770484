"""The table of which module registers which command: `main` imports only that module,
so a command missing from the table, or listed under the wrong module, would vanish."""

import json
import subprocess
import sys

import pytest

from onepoints_cli.cli import app
from onepoints_cli.cli.completion import COMPLETE_VARIABLE
from onepoints_cli.cli.registry import COMMAND_MODULES, EVERY_MODULE, modules_for


def _registered() -> dict[str, set[str]]:
    """Each top-level name of the whole application -> the modules its callbacks are in."""
    found = {info.name: {info.callback.__module__} for info in app.registered_commands}
    for group in app.registered_groups:
        found[group.name] = {info.callback.__module__ for info in group.typer_instance.registered_commands}
    return found


def test_every_command_is_in_the_table_under_the_module_that_registers_it():
    expected = {name: {f"onepoints_cli.cli.{module}"} for name, module in COMMAND_MODULES.items()}
    assert _registered() == expected


@pytest.mark.parametrize(
    ("args", "modules"),
    [
        (["status", "--as-of", "2026-11-24"], ("status",)),
        (["add", "Talk", "--hours", "1"], ("activities",)),
        (["cert", "list"], ("certs",)),
        (["import", "rows.csv"], ("transfer",)),
        (["--version"], ()),
        (["-V"], ()),
        ([], EVERY_MODULE),  # the help: every command is listed
        (["--help"], EVERY_MODULE),
        (["-h"], EVERY_MODULE),
        (["--install-completion", "zsh"], EVERY_MODULE),
        (["stauts"], EVERY_MODULE),  # click suggests the nearest command among all of them
    ],
)
def test_modules_for_a_command_line(args, modules):
    assert modules_for(args, {}) == modules


def test_a_completion_request_loads_every_command():
    assert modules_for(["status"], {COMPLETE_VARIABLE: "zsh_complete"}) == EVERY_MODULE


def test_the_script_imports_only_the_command_it_runs(onepoints_home):
    code = (
        "import json, os, sys\n"
        "from onepoints_cli.cli import main\n"
        "sys.argv = ['onepoints', 'status', '--as-of', '2026-11-24']\n"
        "end = os._exit\n"  # the script ends by os._exit (cli/process_exit.py): report just before
        "def report(code):\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith('onepoints_cli.cli.'))\n"
        "    print(json.dumps(loaded), file=sys.stderr, flush=True)\n"
        "    end(code)\n"
        "os._exit = report\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stderr.strip().splitlines()[-1])
    commands = {f"onepoints_cli.cli.{module}" for module in EVERY_MODULE}
    assert commands & set(loaded) == {"onepoints_cli.cli.status"}
    assert "No certification is tracked yet" in result.stdout  # status itself ran
