"""Bundle safety, through `onepoints bundle`: evidence named with '..', control
characters, backslashes, device names and names of 255 bytes; titles that try
to climb out of the folder; symbolic links (to a file: followed and recorded;
to a folder or a loop: refused); a file that changes while it is zipped (the
hash check refuses the bundle and nothing is left). The zip's entry names
never leave the folder it is extracted into, with Python's zipfile or unzip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from onepoints_cli.storage.bundle_zip import copying as zip_copy
from onepoints_cli.storage.bundle_zip import writer as archive

from .conftest import FIGURES, Runner, parse_ledger_file, rng

ODD_NAMES = [
    "..evil.pdf",
    "a..b.pdf",
    "...",
    "..pdf",
    "..\\..\\windows\\system32.pdf",
    "C:evil.pdf",
    "CON.pdf",
    "nul",
    ":*?<>|.pdf",
    "cert\x01\x07\t\r\n.pdf",
    "\x1b[31mred\x1b[0m.pdf",
    "cert\u202efdp.exe",
    "line\u2028break.txt",
    "e\u0301te\u0301.txt",
    " padded. . ",
    "é" * 125 + ".pdf",  # 254 bytes: the longest name the disk allows
    "a" * 251 + ".pdf",
    "x" * 230 + ".verylongextension",
    "-rf",
    "~",
    "%2e%2e%2fescape.pdf",
]

TITLES = [
    "../../../../etc",
    "/absolute/title",
    "..",
    "C:\\Windows",
    "title\x00with\x1fcontrols\x7f",
    "T" * 300,
    "\u202etxt.exe",
]


def _entries_are_safe(names: list[str]) -> None:
    for name in names:
        assert not name.startswith("/") and "\\" not in name and "\0" not in name, name
        parts = name.split("/")
        assert all(part not in ("", ".", "..") for part in parts), name
        assert not any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in name), name
        assert not any(c in name for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), name
        assert not (len(parts[0]) >= 2 and parts[0][1] == ":"), name
        assert all(len(part.encode()) <= 255 for part in parts), name


def _inside(root: Path) -> None:
    real = os.path.realpath(root)
    for folder, dirs, files in os.walk(root):
        for item in dirs + files:
            path = os.path.realpath(os.path.join(folder, item))
            assert path == real or path.startswith(real + os.sep), path


@pytest.fixture
def odd_evidence(tmp_path: Path, run: Runner):
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
    ).assert_clean((0,))
    files = tmp_path / "files"
    files.mkdir()
    made = []
    for n, name in enumerate(ODD_NAMES):
        path = files / name
        path.write_bytes(f"evidence {n} {name!r}".encode() * 50)
        made.append(path)
    for n, path in enumerate(made):
        title = TITLES[n % len(TITLES)]
        run(
            "add",
            title,
            "--date",
            "2025-03-01",
            "--kind",
            "course",
            "--points",
            "4",
            "--evidence",
            path,
            "--duplicate",  # the titles repeat: same date, kind and title on purpose
        ).assert_clean((0,))
    return made


def test_odd_names_stay_inside_the_archive_folder(odd_evidence, run: Runner, tmp_path: Path):
    target = tmp_path / "bundle.zip"
    outcome = run("bundle", "--cert", "oca", "--as-of", "2025-06-01", "--all", "--out", target)
    outcome.assert_clean(allowed=(0,))
    with zipfile.ZipFile(target) as bundle:
        assert bundle.testzip() is None
        names = bundle.namelist()
        _entries_are_safe(names)
        evidence = [n for n in names if n.startswith("evidence/")]
        assert len(evidence) == len(ODD_NAMES)
        contents = sorted(bundle.read(n) for n in evidence)
        assert contents == sorted(p.read_bytes() for p in odd_evidence)
        extracted = tmp_path / "zipfile"
        bundle.extractall(extracted)
    _inside(extracted)
    assert sorted(os.listdir(extracted)) == [
        "case.txt",
        "evidence",
        "manifest.json",
        "summary.csv",
        "summary.html",
        "summary.md",
    ]
    if shutil.which("unzip"):
        unzipped = tmp_path / "unzip"
        done = subprocess.run(["unzip", "-q", str(target), "-d", str(unzipped)], capture_output=True)
        assert done.returncode == 0, done.stderr
        _inside(unzipped)
        assert sum(len(files) for _, _, files in os.walk(unzipped / "evidence")) == len(ODD_NAMES)
    FIGURES["bundle: odd evidence names and titles zipped, none escaping"] += len(ODD_NAMES) + len(TITLES)


def test_symlinks(tmp_path: Path, run: Runner, onepoints_home: Path):
    if not hasattr(os, "symlink"):
        pytest.skip("no symbolic links here")
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
    ).assert_clean((0,))
    files = tmp_path / "files"
    files.mkdir()
    real = files / "real.pdf"
    real.write_bytes(b"%PDF real certificate" * 100)
    (files / "to-file.pdf").symlink_to(real)
    (files / "folder").mkdir()
    (files / "to-folder.pdf").symlink_to(files / "folder")
    (files / "loop.pdf").symlink_to(files / "loop.pdf")
    (files / "ping.pdf").symlink_to(files / "pong.pdf")
    (files / "pong.pdf").symlink_to(files / "ping.pdf")

    # Recording: a link to a file is followed and the file itself recorded.
    run("add", "Linked", "--date", "2025-03-01", "--kind", "course", "--points", "40", "--evidence",
        files / "to-file.pdf").assert_clean((0,))  # fmt: skip
    recorded = parse_ledger_file(onepoints_home / "ledger.toml").activities[0].evidence[0]
    assert recorded.path == str(real)
    before = (onepoints_home / "ledger.toml").read_bytes()
    for name, message in (
        ("to-folder.pdf", "folder"),
        ("loop.pdf", "symbolic links"),
        ("ping.pdf", "symbolic links"),
    ):
        refused = run(
            "add",
            "Bad",
            "--date",
            "2025-03-01",
            "--kind",
            "course",
            "--points",
            "1",
            "--evidence",
            files / name,
        )
        refused.assert_clean(allowed=(1,))
        assert message in refused.stderr, refused.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before

    # Bundling: a recorded file later replaced by a link to the same content is followed...
    out = tmp_path / "out"
    out.mkdir()
    moved = files / "moved.pdf"
    real.rename(moved)
    real.symlink_to(moved)
    run("bundle", "--cert", "oca", "--as-of", "2025-06-01", "--out", out / "ok.zip").assert_clean((0,))
    with zipfile.ZipFile(out / "ok.zip") as bundle:
        assert [bundle.read(n) for n in bundle.namelist() if n.startswith("evidence/")] == [
            moved.read_bytes()
        ]
    # ...one replaced by a link to a folder or a loop is refused, and nothing is written.
    for target in (files / "folder", real):
        real.unlink()
        real.symlink_to(target)
        refused = run("bundle", "--cert", "oca", "--as-of", "2025-06-01", "--out", out / "bad.zip")
        refused.assert_clean(allowed=(1,))
        assert ("folder" if target != real else "loop") in refused.stderr, refused.stderr
        assert sorted(os.listdir(out)) == ["ok.zip"]
    FIGURES["bundle: symbolic link cases (file followed; folder and loops refused)"] += 6


def test_a_file_changing_while_it_is_zipped_is_caught(
    tmp_path: Path, run: Runner, onepoints_home: Path, monkeypatch
):
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
    ).assert_clean((0,))
    files = tmp_path / "files"
    files.mkdir()
    noise = rng("files changing while zipped")
    for n in range(3):
        (files / f"e{n}.txt").write_bytes(noise.randbytes(200_000))
        run("add", f"A{n}", "--date", "2025-03-01", "--kind", "course", "--points", "14", "--evidence",
            files / f"e{n}.txt").assert_clean((0,))  # fmt: skip
    ledger_before = (onepoints_home / "ledger.toml").read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(archive, "CHUNK_SIZE", 16_384)
    real_open = zip_copy.open_file
    cases = 0
    for victim, change in [(1, "same size"), (2, "grown"), (0, "shrunk")]:
        reads = [0]

        def tamper(victim=victim, change=change, reads=reads):
            reads[0] += 1
            if reads[0] == 3:  # the first file is being copied: change one (maybe that one)
                path = files / f"e{victim}.txt"
                size = path.stat().st_size
                content = {
                    "same size": noise.randbytes(size),
                    "grown": noise.randbytes(size + 10),
                    "shrunk": b"x",
                }[change]
                with open(path, "r+b") as f:  # in place, as an editor saving over it would
                    f.write(content)
                    f.truncate(len(content))

        monkeypatch.setattr(
            zip_copy, "open_file", lambda path, tamper=tamper: _Tampering(real_open(path), tamper)
        )
        refused = run("bundle", "--cert", "oca", "--as-of", "2025-06-01", "--out", out / "bundle.zip")
        refused.assert_clean(allowed=(1,))
        assert f"e{victim}.txt" in refused.stderr and ("changed" in refused.stderr), refused.stderr
        assert os.listdir(out) == [], "a partial or temporary zip was left"
        assert (onepoints_home / "ledger.toml").read_bytes() == ledger_before
        # The change was on purpose: record the new version, as the message says, for the next case.
        run("attach", victim + 1, files / f"e{victim}.txt").assert_clean((0,))
        ledger_before = (onepoints_home / "ledger.toml").read_bytes()
        cases += 1
    FIGURES["bundle: files changed while being zipped, caught by the hash check"] += cases


class _Tampering:
    """An open evidence file that calls `before_read` before each read: the file
    changes on disk while the writer copies it."""

    def __init__(self, stream, before_read) -> None:
        self._stream, self._before_read = stream, before_read

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._stream.close()

    def fileno(self) -> int:
        return self._stream.fileno()

    def readinto(self, buffer) -> int:
        self._before_read()
        return self._stream.readinto(buffer)
