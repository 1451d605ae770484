"""Shell completion: the scripts in completions/ are what the CLI generates, and real
shells complete commands and values from the ledger with them.

bash always runs; zsh and fish run where installed (.ci/run installs them).
Each shell starts the real `onepoints` executable of this environment, so
these tests cover Typer's completion protocol end to end.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from onepoints_cli.cli import completion
from tests.support.paths import REPO

ROOT = REPO
COMPLETIONS = ROOT / "completions"
BIN = Path(sys.executable).parent


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_completions", ROOT / "scripts" / "gen_completions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def ledger(cli, evidence_file):
    """Two certifications, three activities, one extra kind from config.toml."""
    for name, cert_id in (
        ("OneStream Certified Associate", "oca"),
        ("OneStream Certified Architect", "ocla"),
    ):
        assert cli("cert", "add", name, "--expires", "2027-05-31", "--id", cert_id).exit_code == 0
    for title, day in (("Splash 2025", "2025-05-12"), ("Tech Talk", "2025-06-01"), ("WAVE", "2025-09-10")):
        assert cli("add", title, "--date", day, "--kind", "course", "--hours", "2").exit_code == 0
    return cli


@pytest.fixture
def shell_env(ledger, onepoints_home) -> dict[str, str]:
    """The environment for a real shell: this environment's `onepoints` first on PATH."""
    assert shutil.which("onepoints", path=str(BIN)), f"no `onepoints` executable in {BIN}: pip install -e ."
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env["ONEPOINTS_HOME"] = str(onepoints_home)
    env.pop("_ONEPOINTS_COMPLETE", None)
    return env


# --- the scripts --------------------------------------------------------------


def test_completion_scripts_are_what_the_cli_generates():
    stale = load_generator().out_of_date()
    assert stale == [], f"completions/ is out of date ({stale}): run python scripts/gen_completions.py"


def test_a_changed_script_is_detected(tmp_path):
    generator = load_generator()
    for name in generator.SHELLS.values():
        shutil.copy(COMPLETIONS / name, tmp_path / name)
    (tmp_path / "onepoints.fish").write_text("# edited by hand\n")
    (tmp_path / "onepoints.ps1").unlink()
    assert generator.out_of_date(tmp_path) == ["onepoints.fish", "onepoints.ps1"]


def test_scripts_call_onepoints_with_its_completion_variable():
    generated = load_generator().generate()
    assert set(generated) == {"onepoints.bash", "onepoints.zsh", "onepoints.fish", "onepoints.ps1"}
    for name, script in generated.items():
        assert "_ONEPOINTS_COMPLETE" in script, name
        assert "do not edit" in script, name
    assert generated["onepoints.zsh"].startswith("#compdef onepoints\n")
    assert "complete -o default -F _onepoints_completion onepoints" in generated["onepoints.bash"]


# --- the values, from the ledger ---------------------------------------------


def test_cert_ids_come_from_the_ledger(ledger):
    assert completion.cert_ids("") == [
        ("oca", "OneStream Certified Associate"),
        ("ocla", "OneStream Certified Architect"),
    ]
    assert completion.cert_ids("ocl") == [("ocla", "OneStream Certified Architect")]


def test_kinds_come_from_the_catalogue_with_config(onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text('[kinds.summit]\nname = "Summit"\n')
    ids = [value for value, _ in completion.kind_ids("")]
    assert ids[:2] == ["course", "tech-talk"] and ids[-1] == "summit"
    assert completion.kind_ids("WEB") == [
        ("webinar", "Attending a technical webinar"),
        ("webinar-host", "Facilitating a technical webinar"),
    ]


def test_activity_ids_newest_first_with_date_and_title(ledger):
    assert completion.activity_ids("") == [
        ("3", "2025-09-10 WAVE"),
        ("2", "2025-06-01 Tech Talk"),
        ("1", "2025-05-12 Splash 2025"),
    ]
    assert completion.activity_ids("2") == [("2", "2025-06-01 Tech Talk")]


def test_completion_never_raises(onepoints_home):
    assert completion.cert_ids("") == [] and completion.activity_ids("") == []  # no ledger yet
    onepoints_home.mkdir()
    (onepoints_home / "ledger.toml").write_text("not = [valid")
    (onepoints_home / "config.toml").write_text("lead_days = 'x'")
    assert completion.cert_ids("") == []
    assert completion.kind_ids("") == []
    assert completion.activity_ids("") == []


def test_callbacks_are_given_to_typer_only_when_the_shell_asks(monkeypatch):
    monkeypatch.delenv("_ONEPOINTS_COMPLETE", raising=False)
    assert completion.when_completing(completion.cert_ids) is None  # no start-up cost otherwise
    monkeypatch.setenv("_ONEPOINTS_COMPLETE", "complete_bash")
    assert completion.when_completing(completion.cert_ids) is completion.cert_ids


# --- real shells --------------------------------------------------------------


def bash_complete(env: dict[str, str], *lines: str) -> list[list[str]]:
    """What bash offers for each command line (completing its last word), in one bash."""
    script = [f"source {COMPLETIONS / 'onepoints.bash'}"]
    for line in lines:
        words = line.split(" ")
        quoted = " ".join(f"'{w}'" for w in words)
        script += [
            f"COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; COMPREPLY=()",
            # What `complete -p` registered for onepoints is what bash calls on TAB.
            'eval "$(complete -p onepoints | sed -E "s/.* -F ([^ ]+) .*/\\1/")" onepoints',
            'printf "%s\\n" "${COMPREPLY[@]}"; echo "--end--"',
        ]
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", "\n".join(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.split("--end--\n")[:-1]
    return [[w for w in block.splitlines() if w] for block in blocks]


def test_bash_completes_commands_and_values_from_the_ledger(shell_env):
    commands, certs, kinds, activities, cert_args = bash_complete(
        shell_env,
        "onepoints st",
        "onepoints status --cert ",
        "onepoints add T --kind tech",
        "onepoints show ",
        "onepoints cert rm ocl",
    )
    assert commands == ["status"]
    assert certs == ["oca", "ocla"]
    assert kinds == ["tech-talk"]
    assert sorted(activities) == ["1", "2", "3"]
    assert cert_args == ["ocla"]


ZPTY = r"""
zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z 'PS1="> "; {setup}; print READY$((40+2))'
zpty -r z line '*READY42*'
zpty -w -n z $'{line}\t'
out=""; integer i=0
while (( i++ < 200 )); do
  zpty -r -t z chunk && out+=$chunk
  [[ $out == *{expect}* ]] && break
  sleep 0.05
done
print -r -- "$out"
zpty -d z
"""


@pytest.mark.skipif(not shutil.which("zsh"), reason="zsh is not installed (.ci/run installs it)")
@pytest.mark.parametrize(
    ("install", "line", "expect"),
    [
        ("source", "onepoints st", "onepoints status"),
        ("source", "onepoints bundle --cert ocl", "--cert ocla"),
        ("fpath", "onepoints add T --kind tech", "--kind tech-talk"),  # the first TAB already completes
        ("fpath", "onepoints cert edit ocl", "edit ocla"),
    ],
)
def test_zsh_completes_on_tab(shell_env, tmp_path, install, line, expect):
    """An interactive zsh in a pseudo-terminal, with compinit: TAB completes the line.

    Both ways the README gives: sourced from .zshrc, or installed in $fpath as _onepoints.
    """
    script = COMPLETIONS / "onepoints.zsh"
    if install == "source":
        setup = f"autoload -U compinit; compinit -u -D; source {script}"
    else:
        (tmp_path / "zfunc").mkdir()
        shutil.copy(script, tmp_path / "zfunc" / "_onepoints")
        setup = f"fpath=({tmp_path / 'zfunc'} $fpath); autoload -U compinit; compinit -u -D"
    program = ZPTY.format(setup=setup, line=line, expect=f"'{expect}'")
    result = subprocess.run(
        ["zsh", "-f", "-c", program], env=shell_env, capture_output=True, text=True, timeout=30
    )
    assert expect in result.stdout, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("fish"), reason="fish is not installed (.ci/run installs it)")
def test_fish_completes_with_descriptions(shell_env):
    script = (
        f"source {COMPLETIONS / 'onepoints.fish'}\n"
        "complete -C 'onepoints st'; echo --end--\n"
        "complete -C 'onepoints status --cert '; echo --end--\n"
        "complete -C 'onepoints edit '; echo --end--\n"
    )
    result = subprocess.run(
        ["fish", "--no-config", "-c", script], env=shell_env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    commands, certs, activities, _ = result.stdout.split("--end--\n")
    assert commands.startswith("status\t")
    assert certs.splitlines() == ["oca\tOneStream Certified Associate", "ocla\tOneStream Certified Architect"]
    assert "2\t2025-06-01 Tech Talk" in activities.splitlines()
