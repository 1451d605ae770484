"""`onepoints --install-completion SHELL`: the script where that shell loads it.

The same places as Typer's own --install-completion uses, written here because
Typer's installer is not part of its public API."""

import shutil
import subprocess
from pathlib import Path

from ..errors import OnePointsError


def install(shell: str, script: str, prog_name: str) -> Path:
    """Install the completion `script` of `prog_name` for `shell` in the user's home folder.

    Returns the path of the file that holds the script."""
    home = Path.home()
    if shell == "bash":
        path = home / ".bash_completions" / f"{prog_name}.sh"
        _write(path, script)
        _add_lines(home / ".bashrc", [f"source '{path}'"])
    elif shell == "zsh":
        path = home / ".zfunc" / f"_{prog_name}"
        _write(path, script)
        _add_lines(home / ".zshrc", ["fpath+=~/.zfunc; autoload -Uz compinit; compinit"])
    elif shell == "fish":
        path = home / ".config" / "fish" / "completions" / f"{prog_name}.fish"
        _write(path, script)
    else:  # powershell, pwsh: the profile is wherever that PowerShell says
        path = _powershell_profile(shell)
        _add_lines(path, script.splitlines())
    return path


def _powershell_profile(shell: str) -> Path:
    if shutil.which(shell) is None:
        raise OnePointsError(
            f"{shell} was not found on the PATH, so its profile cannot be found. In PowerShell, run "
            f"`onepoints --show-completion {shell} >> $PROFILE`, or add the line "
            "`. path\\to\\completions\\onepoints.ps1` to your profile (docs/completion.md)."
        )
    try:
        answer = subprocess.run(
            [shell, "-NoProfile", "-Command", "echo", "$profile"], check=True, capture_output=True, text=True
        )
    except (OSError, subprocess.CalledProcessError) as failure:
        raise OnePointsError(f"Could not ask {shell} where its profile is ({failure}).") from None
    return Path(answer.stdout.strip())


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _add_lines(path: Path, lines: list[str]) -> None:
    """Append `lines` to the startup file `path`, unless it already holds them."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    block = "\n".join(lines)
    if block in text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(("\n" if text and not text.endswith("\n") else "") + block + "\n")
