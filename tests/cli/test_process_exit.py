"""The installed script ends without the interpreter's teardown (cli/process_exit.py):
the exit code, every byte written and the error reports stay what they were."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(body: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    program = textwrap.dedent(
        """
        import atexit
        import sys
        from onepoints_cli.cli.process_exit import run_and_exit

        atexit.register(print, "teardown ran", file=sys.stderr)

        def command():
        {body}

        run_and_exit(command)
        print("after the exit", file=sys.stderr)
        """
    ).format(body=textwrap.indent(textwrap.dedent(body), "    "))
    return subprocess.run([sys.executable, "-c", program], capture_output=True, **kwargs)


def test_a_finished_command_exits_with_its_code_and_skips_the_teardown():
    done = _run("raise SystemExit(3)")
    assert (done.returncode, done.stdout, done.stderr) == (3, b"", b"")


def test_a_command_that_returns_exits_0():
    done = _run("pass")
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")


def test_buffered_output_is_written_whole_before_the_process_ends():
    # 1 MB with no newline stays in the text buffer until the flush.
    done = _run('sys.stdout.write("x" * 1_000_000); sys.stderr.write("warned")')
    assert done.returncode == 0
    assert done.stdout == b"x" * 1_000_000 and done.stderr == b"warned"


def test_an_exit_with_a_message_is_reported_as_python_always_did():
    done = _run('raise SystemExit("Cannot go on.")')
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr == b"Cannot go on.\nteardown ran\n"  # the ordinary exit, teardown included


def test_output_that_cannot_be_written_is_not_an_exit_0():
    # /dev/full: the flush fails; the ordinary exit reports it and does not claim success.
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from onepoints_cli.cli.process_exit import run_and_exit;run_and_exit(lambda: print('data'))",
            ],
            stdout=full,
            stderr=subprocess.PIPE,
        )
    assert done.returncode != 0
    assert b"No space left on device" in done.stderr


def test_an_unexpected_exception_is_not_swallowed():
    done = _run('raise KeyError("boom")')
    assert done.returncode == 1 and b"KeyError: 'boom'" in done.stderr


def test_cycles_are_still_collected():
    import gc

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc\nfrom onepoints_cli.cli.process_exit import run_and_exit\n"
            "run_and_exit(lambda: print(gc.isenabled(), gc.get_threshold()[0]))",
        ],
        capture_output=True,
        text=True,
    )
    enabled, first = done.stdout.split()
    assert enabled == "True" and int(first) > gc.get_threshold()[0]
