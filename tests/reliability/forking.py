"""Run one CLI command in a child process that can be killed at any moment.

A forked child starts in a millisecond with everything already imported, so
nearly all of its short life is the command itself (read, validate, write,
fsync, rename): a kill at a random moment mostly lands inside the write, which
is what the crash tests are after. `exec_cli` starts the real
`python -m onepoints_cli` instead, as a user would, for kills during start-up.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

FORK_AVAILABLE = hasattr(os, "fork") and hasattr(signal, "SIGKILL")

#: Exit code of a child whose command raised (a traceback would have reached the user).
CRASHED = 70


def fork_cli(home: Path, args: list[str], before: Callable[[], None] | None = None) -> int:
    """Start `onepoints ARGS` with ONEPOINTS_HOME=home in a forked child; returns its pid.

    `before` runs in the child first (to install fault injection).
    """
    pid = os.fork()
    if pid:
        return pid
    code = CRASHED  # pragma: no cover - runs in the child
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
        os.environ["ONEPOINTS_HOME"] = str(home)
        if before is not None:
            before()
        from typer.testing import CliRunner

        from onepoints_cli.cli import app

        result = CliRunner().invoke(app, args)
        exc = result.exception
        code = result.exit_code if exc is None or isinstance(exc, SystemExit) else CRASHED
    finally:
        os._exit(code)


def wait(pid: int, timeout: float = 20.0) -> int:
    """The child's exit code (negative: killed by that signal). A child that
    does not finish in time (a lock held forever) is killed and fails the test."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError(f"`onepoints` did not finish in {timeout} s: is the ledger lock held?")
        time.sleep(0.0005)


def kill_after(pid: int, delay: float) -> int:
    """SIGKILL the child after `delay` seconds (unless it finished); its exit code."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.0002)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def exec_cli(home: Path, args: list[str]) -> subprocess.Popen:
    env = dict(os.environ, ONEPOINTS_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-m", "onepoints_cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_popen_after(process: subprocess.Popen, delay: float) -> int:
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        return process.wait()


def copy_home(source: Path, target: Path) -> None:
    """The ledger, its backup, its history and the config (not the cache nor the lock)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in ("ledger.toml", "ledger.toml.bak", "config.toml"):
        if (source / name).exists():
            shutil.copyfile(source / name, target / name)
    if (source / "history").is_dir():
        shutil.copytree(source / "history", target / "history")
