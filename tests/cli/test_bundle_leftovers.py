"""What a `bundle` killed while it writes leaves, and who finds it; and entry names.

A real `onepoints bundle` runs in a child process and is SIGKILLed while it
copies the second evidence file: a hidden partial zip (`.NAME.xxxx.tmp`) stays
beside the target. `bundles` and `doctor` report it (a warning, not a failure),
and the next bundle to that file removes it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from tests.support.cli_steps import setup_cert

KILL_ON_SECOND_FILE = """
import os, signal, sys
from onepoints_cli.storage.bundle_zip import copying as zip_copy
real_open, opened = zip_copy.open_file, []
def open_then_die(path):
    opened.append(path)
    if len(opened) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_open(path)
zip_copy.open_file = open_then_die
from onepoints_cli.cli import main
sys.argv = ["onepoints", *sys.argv[1:]]
main()
"""


@pytest.fixture
def two_files(cli, tmp_path):
    setup_cert(cli)
    folder = tmp_path / "downloads"
    folder.mkdir()
    for n in (1, 2):
        path = folder / f"e{n}.pdf"
        path.write_bytes(os.urandom(300_000))
        added = cli("add", f"Course {n}", "--date", "2025-03-01", "--kind", "course", "--points", "20",
                    "--evidence", path)  # fmt: skip
        assert added.exit_code == 0, added.stderr
    return folder


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_bundle_leaves_a_partial_zip_that_is_reported_then_swept(cli, two_files, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bundle.zip"
    killed = subprocess.run(
        [sys.executable, "-c", KILL_ON_SECOND_FILE, "bundle", "--as-of", "2025-06-01", "--out", str(target)],
        capture_output=True,
        env=os.environ,
    )
    assert killed.returncode == -9, killed.stderr
    (leftover,) = os.listdir(out)
    assert leftover.startswith(".bundle.zip.") and leftover.endswith(".tmp")

    for command in (["bundles"], ["doctor"]):
        result = cli(*command)
        assert result.exit_code == 0, (command, result.stderr)
        assert f"{out / leftover} is the unfinished zip of an interrupted `onepoints bundle`" in " ".join(
            result.stderr.split()
        )
        assert leftover not in result.stdout
    assert os.listdir(out) == [leftover]  # reading commands remove nothing

    built = cli("bundle", "--as-of", "2025-06-01", "--out", target)
    assert built.exit_code == 0, built.stderr
    assert os.listdir(out) == ["bundle.zip"]
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    assert "unfinished zip" not in cli("bundles").stderr


@pytest.mark.skipif(os.name != "posix", reason="a backslash is part of a file name on POSIX only")
def test_a_backslash_in_a_linux_file_name_keeps_the_whole_name(cli, tmp_path):
    setup_cert(cli)
    path = tmp_path / "scan\\certificate.pdf"
    path.write_bytes(b"%PDF-1.4 " + os.urandom(2000))
    added = cli(
        "add", "Course", "--date", "2025-03-01", "--kind", "course", "--points", "40", "--evidence", path
    )
    assert added.exit_code == 0, added.stderr
    target = tmp_path / "bundle.zip"
    assert cli("bundle", "--as-of", "2025-06-01", "--out", target).exit_code == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist()[0] == "evidence/1-2025-03-01-course/scan_certificate.pdf"
        assert archive.read(archive.namelist()[0]) == path.read_bytes()
