"""How fast `onepoints` starts, against `python -c "import typer"` as the floor.

Usage (from the repo, in the project's virtual environment):

    python bench/bench_startup.py [--runs 41] [--sizes 100 1000 10000] [--history]

Every measured command is alternated with the floor inside the same loop, so
both see the same machine load; each figure is the median of --runs runs.
`status` and `list` are measured twice: with stdout on a pipe (scripts, cron,
this harness) and on a pseudo-terminal made with the pty module (what a person
sees: colours, fitted to the width). `add` is a write (each run adds one). The
ledgers are made with bench/make_ledger.py, through the real write path, so
their derived cache is in place as after any `onepoints add`.

The package is byte-compiled first, as `pip install .` does: with
PYTHONDONTWRITEBYTECODE set (this machine sets it) an editable install would
otherwise compile every module from source on every run, about 20 ms that no
installed copy pays, while the floor's typer is compiled in site-packages.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = "2026-11-24"


def onepoints_command() -> list[str]:
    script = shutil.which("onepoints", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "onepoints_cli"]


def run_pipe(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def run_tty(command: list[str], env: dict[str, str]) -> float:
    """stdout on a pseudo-terminal, read to the end, as a terminal would."""
    leader, follower = pty.openpty()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=follower, stderr=subprocess.DEVNULL)
    os.close(follower)
    try:
        while os.read(leader, 65536):
            pass
    except OSError:
        pass  # EIO once the child has closed the terminal
    process.wait()
    elapsed = time.perf_counter() - start
    os.close(leader)
    if process.returncode != 0:
        raise SystemExit(f"{command} failed")
    return elapsed


def paired(command: list[str], env: dict[str, str], runs: int, runner=run_pipe) -> tuple[float, float]:
    """Median seconds of `command` and of the floor, alternating."""
    floor = [sys.executable, "-c", "import typer"]
    ours, base = [], []
    for _ in range(3):  # warm the file cache and .pyc files
        runner(command, env), run_pipe(floor, env)
    for _ in range(runs):
        ours.append(runner(command, env))
        base.append(run_pipe(floor, env))
    return statistics.median(ours), statistics.median(base)


def compile_package() -> None:
    import onepoints_cli

    compileall.compile_dir(str(Path(onepoints_cli.__file__).parent), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=41)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument(
        "--history",
        action="store_true",
        help="also time `history`, `undo` and `redo` (after the adds: some 25 versions)",
    )
    args = parser.parse_args()
    cli = onepoints_command()
    compile_package()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        empty_env = dict(os.environ, ONEPOINTS_HOME=str(Path(scratch) / "empty"))
        for label, extra in (("--version", ["--version"]), ("--help", ["--help"])):
            rows.append((f"onepoints {label}", "pipe", *paired(cli + extra, empty_env, args.runs)))
        for size in args.sizes:
            home = Path(scratch) / f"ledger-{size}"
            subprocess.run([sys.executable, str(HERE / "make_ledger.py"), str(home), str(size)], check=True)
            env = dict(os.environ, ONEPOINTS_HOME=str(home))
            for name, extra in (
                ("status", ["status", "--as-of", AS_OF]),
                ("list", ["list", "--as-of", AS_OF]),
            ):
                command = cli + extra
                rows.append((f"{name}, {size} activities", "pipe", *paired(command, env, args.runs)))
                rows.append(
                    (f"{name}, {size} activities", "terminal", *paired(command, env, args.runs, run_tty))
                )
            add = cli + [
                "add",
                "Bench talk",
                "--date",
                "2026-01-05",
                "--kind",
                "tech-talk",
                "--hours",
                "1",
                "--duplicate",
            ]
            rows.append((f"add, {size} activities", "pipe", *paired(add, env, args.runs)))
            if args.history:  # the adds above made a version each; undo then redo walks them back and forth
                for name in ("history", "undo", "redo"):
                    rows.append((f"{name}, {size} activities", "pipe", *paired(cli + [name], env, args.runs)))
            # After a hand edit the cache no longer matches ledger.toml, and a reading command
            # never rewrites it: every status parses the TOML and validates it with pydantic.
            edited = Path(scratch) / f"edited-{size}"
            shutil.copytree(home, edited)
            (edited / "ledger.cache.json").unlink()
            edited_env = dict(os.environ, ONEPOINTS_HOME=str(edited))
            status = cli + ["status", "--as-of", AS_OF]
            rows.append((f"status after a hand edit, {size}", "pipe", *paired(status, edited_env, args.runs)))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, median of {args.runs} runs each\n")
    print("| command | stdout | median ms | floor ms | ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name, where, ours, floor in rows:
        print(f"| {name} | {where} | {ours * 1000:.1f} | {floor * 1000:.1f} | {ours / floor:.2f}x |")


if __name__ == "__main__":
    main()
