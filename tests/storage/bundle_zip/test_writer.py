"""Tests for onepoints_cli.storage.bundle_zip.writer: the deterministic, checked evidence zip."""

from __future__ import annotations

import hashlib
import os
import pathlib
import subprocess
import sys
import tracemalloc
import zipfile

import pytest

from onepoints_cli.domain.bundle.members import BytesMember, EvidenceOf, FileMember
from onepoints_cli.storage.bundle_zip.writer import check_sources, write_zip
from tests.support.worded import refused

UNZIP = "/usr/bin/unzip"
needs_unzip = pytest.mark.skipif(not os.path.exists(UNZIP), reason="unzip is not installed")
needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks")


def named(member: FileMember) -> str:
    """How a refusal names the member's file (render/problems/bundle.py)."""
    return f"activity {member.label.activity_id}: {member.label.path}"


def text_like(n: int, seed: int = 0) -> bytes:
    """Compressible CSV-ish bytes with some variety."""
    lines = []
    i = seed
    size = 0
    while size < n:
        line = f"{i},activity {i * 7919 % 1000},2025-03-{i % 28 + 1:02d},{i * 31 % 97}.5\n"
        lines.append(line)
        size += len(line)
        i += 1
    return "".join(lines).encode()[:n]


def member(path: pathlib.Path, data: bytes | None = None, arcname: str | None = None) -> FileMember:
    """Write data (if given) to path and record it as a FileMember."""
    if data is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    data = path.read_bytes()
    return FileMember(
        arcname=arcname or f"evidence/{path.name}",
        source=path,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        label=EvidenceOf(1, str(path)),
    )


@pytest.fixture
def src(tmp_path: pathlib.Path) -> pathlib.Path:
    d = tmp_path / "src"
    d.mkdir()
    return d


@pytest.fixture
def out(tmp_path: pathlib.Path) -> pathlib.Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.fixture
def sample(src: pathlib.Path) -> list:
    return [
        member(src / "notes.txt", text_like(300_000)),
        member(
            src / "cert.pdf", os.urandom(150_000), "evidence/12-2025-03-01-día-de-cierre/certificat été.pdf"
        ),
        member(src / "empty.csv", b""),
        member(src / "photo.JPG", os.urandom(3 * 1024 * 1024 + 17)),  # several chunks
        BytesMember("summary.csv", b"id,title\n1,Cert\n"),
        BytesMember("manifest.json", b'{"version": 1}\n'),
    ]


def contents(member) -> bytes:
    return member.data if isinstance(member, BytesMember) else member.source.read_bytes()


# --------------------------------------------------------------------------
# The zip itself
# --------------------------------------------------------------------------


def test_round_trip_contents_order_hash_and_progress(sample, out):
    target = out / "bundle.zip"
    seen: list[int] = []
    digest = write_zip(target, sample, progress=seen.append)

    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == [m.arcname for m in sample]
        for m in sample:
            assert zf.read(m.arcname) == contents(m)
    assert sum(seen) == sum(len(contents(m)) for m in sample)
    assert all(0 < n <= 1024 * 1024 for n in seen[:-2])  # file chunks, then the two BytesMembers
    assert os.listdir(out) == ["bundle.zip"]


def test_python_zipfile_test_passes(sample, out):
    target = out / "bundle.zip"
    write_zip(target, sample)
    result = subprocess.run(
        [sys.executable, "-m", "zipfile", "-t", str(target)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Done testing" in result.stdout


@needs_unzip
def test_unzip_test_passes(sample, out):
    target = out / "bundle.zip"
    write_zip(target, sample)
    result = subprocess.run([UNZIP, "-t", str(target)], capture_output=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert b"No errors detected" in result.stdout


def test_two_builds_are_byte_identical(sample, tmp_path):
    first = tmp_path / "one.zip"
    second_dir = tmp_path / "elsewhere"
    second_dir.mkdir()
    second = second_dir / "two.zip"
    write_zip(first, sample)
    # Nothing about the source files but their bytes and times may leak into the zip.
    for m in sample:
        if isinstance(m, FileMember):
            os.chmod(m.source, 0o600)
    write_zip(second, sample)
    assert first.read_bytes() == second.read_bytes()


def test_entries_are_dated_from_their_files(sample, out, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Auckland")  # UTC whatever the machine's zone
    times = {
        "notes.txt": 1_700_000_000,
        "cert.pdf": 1_600_000_001,
        "empty.csv": 0,
        "photo.JPG": 7_258_118_400,
    }
    for m in sample:
        if isinstance(m, FileMember):
            os.utime(m.source, (times[m.source.name], times[m.source.name]))
    target = out / "bundle.zip"
    write_zip(target, sample)
    with zipfile.ZipFile(target) as zf:
        dates = [i.date_time for i in zf.infolist()]
    assert dates == [
        (2023, 11, 14, 22, 13, 20),
        (2020, 9, 13, 12, 26, 40),  # DOS time: 2-second steps
        (1980, 1, 1, 0, 0, 0),  # 1970: clamped to the earliest a zip holds
        (2107, 12, 31, 23, 59, 58),  # 2200: clamped to the latest
        (2107, 12, 31, 23, 59, 58),  # the generated files: the newest evidence file's
        (2107, 12, 31, 23, 59, 58),
    ]
    again = out / "again.zip"
    write_zip(again, sample)
    assert again.read_bytes() == target.read_bytes()


def test_entry_metadata_is_fixed_and_small_zips_stay_plain(sample, out):
    target = out / "bundle.zip"
    write_zip(target, sample)
    with zipfile.ZipFile(target) as zf:
        for info in zf.infolist():
            assert info.external_attr == 0o100644 << 16
            assert info.create_system == 3
            assert info.extra == b""  # no zip64 or timestamp extras
            assert info.extract_version == 20
            assert not info.flag_bits & 0x08  # no data descriptors


@pytest.mark.parametrize("name", ["a.pdf", "b.Jpeg", "c.tar.gz", "g.txt", "pdf", "zip.d/k.html"])
@pytest.mark.parametrize(
    ("content", "compress_type"),
    [
        (lambda: text_like(5000), zipfile.ZIP_DEFLATED),
        (lambda: b"%PDF-1.4 " + text_like(200_000), zipfile.ZIP_DEFLATED),  # a PDF of text streams
        (lambda: os.urandom(5000), zipfile.ZIP_STORED),  # like a JPEG or a PDF of images
        (lambda: b"", zipfile.ZIP_STORED),
    ],
)
def test_stored_or_deflated_by_content_not_extension(name, content, compress_type, src, out):
    data = content()
    members = [member(src / "x", data, arcname=name), BytesMember("gen/" + name, data)]
    target = out / "bundle.zip"
    write_zip(target, members)
    with zipfile.ZipFile(target) as zf:
        assert [i.compress_type for i in zf.infolist()] == [compress_type, compress_type]
        assert [zf.read(i) for i in zf.infolist()] == [data, data]


def test_deflate_is_deterministic_and_reads_back(src, out):
    """Several MiB of text, deflated as it is read, give the same zip twice."""
    data = b"".join(text_like(1 << 20, seed=i) for i in range(5)) + os.urandom(1000) + text_like(777)
    members = [member(src / "big.txt", data, arcname="big.txt")]
    first, second = out / "1.zip", out / "2.zip"
    write_zip(first, members)
    write_zip(second, members)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as zf:
        assert zf.testzip() is None
        assert zf.read("big.txt") == data
        assert zf.infolist()[0].compress_size < len(data) // 2


def test_unicode_names_set_the_utf8_flag_and_read_back(src, out):
    names = [
        "evidence/plain.txt",
        "evidence/12-día-de-cierre/résumé.txt",
        "evidence/証明書.txt",
        "evidence/Ünïcode 🎓.txt",
    ]
    members = [member(src / f"f{i}", f"file {i}".encode(), arcname=n) for i, n in enumerate(names)]
    target = out / "bundle.zip"
    write_zip(target, members)

    raw = target.read_bytes()
    for name in names:
        assert name.encode("utf-8") in raw
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == names
        flags = [bool(i.flag_bits & 0x800) for i in zf.infolist()]
    assert flags == [False, True, True, True]

    if os.path.exists(UNZIP):
        env = dict(os.environ, LC_ALL="C.UTF-8")
        listed = subprocess.run([UNZIP, "-Z1", str(target)], capture_output=True, env=env, check=True)
        assert listed.stdout.decode("utf-8").splitlines() == names
        dest = out / "x"
        subprocess.run([UNZIP, "-q", str(target), "-d", str(dest)], env=env, check=True)
        for i, name in enumerate(names):
            assert (dest / name).read_bytes() == f"file {i}".encode()


def test_empty_bundle_is_a_valid_zip(out):
    target = out / "empty.zip"
    write_zip(target, [])
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == []


def test_replaces_an_existing_target(sample, out):
    target = out / "bundle.zip"
    target.write_bytes(b"old")
    write_zip(target, sample)
    assert zipfile.is_zipfile(target)
    assert os.listdir(out) == ["bundle.zip"]


def test_memory_stays_flat(src, out):
    members = [
        member(src / "big.pdf", os.urandom(4 * 1024 * 1024)),
        member(src / "big.csv", text_like(16 * 1024 * 1024)),
    ]
    tracemalloc.start()
    try:
        write_zip(out / "bundle.zip", members)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The 1 MiB read buffer, the read-back buffer and zlib's output, never a whole file.
    assert peak < 4 * 1024 * 1024


def test_bad_arcnames_are_a_programming_error(src, out):
    good = member(src / "a.txt", b"a")
    for bad in ["../a.txt", "/a.txt", "a//b.txt", "a/./b.txt", "a\\b.txt", ""]:
        with pytest.raises(ValueError):
            write_zip(out / "bundle.zip", [FileMember(bad, good.source, good.size, good.sha256, good.label)])
    with pytest.raises(ValueError, match="clashes"):
        write_zip(out / "bundle.zip", [good, BytesMember(good.arcname.upper(), b"")])
    assert os.listdir(out) == []


def test_missing_target_folder_is_a_user_error(sample, tmp_path):
    with refused("No such file or directory while writing .*bundle.zip"):
        write_zip(tmp_path / "no" / "such" / "bundle.zip", sample)


# --------------------------------------------------------------------------
# Integrity: nothing is ever left half-written
# --------------------------------------------------------------------------


def test_file_changed_after_check_same_size_is_refused(sample, out):
    check_sources(sample)
    changed = sample[1]
    data = bytearray(changed.source.read_bytes())
    data[1000] ^= 0xFF
    changed.source.write_bytes(bytes(data))
    assert changed.source.stat().st_size == changed.size

    with refused() as err:
        write_zip(out / "bundle.zip", sample)
    message = err.text
    assert named(changed) in message
    assert "changed since it was recorded" in message
    assert "onepoints evidence replace ID N FILE" in message
    assert os.listdir(out) == []  # neither the bundle nor a temporary file


def test_every_changed_file_is_named_and_an_old_bundle_kept(sample, out):
    target = out / "bundle.zip"
    target.write_bytes(b"previous bundle")
    sample[0].source.write_bytes(text_like(300_000, seed=5))  # same size, other bytes
    sample[3].source.write_bytes(b"shorter")
    sample[1].source.unlink()

    with refused() as err:
        write_zip(target, sample)
    message = err.text
    assert message.startswith("The bundle was not written: 3 evidence files")
    lines = message.splitlines()
    assert f"  - {named(sample[0])}: changed since it was recorded (same size, different contents)" in lines
    assert (
        f"  - {named(sample[3])}: size changed from {sample[3].size} to 7 bytes since it was recorded"
        in lines
    )
    assert f"  - {named(sample[1])}: missing" in lines
    assert target.read_bytes() == b"previous bundle"
    assert os.listdir(out) == ["bundle.zip"]


def test_file_grown_since_recorded_is_refused(src, out):
    m = member(src / "a.txt", b"abc")
    m.source.write_bytes(b"abc" * 1_000_000)
    # Seen on the open handle, before a byte is copied.
    with refused("size changed from 3 to 3000000 bytes"):
        write_zip(out / "bundle.zip", [m])
    assert os.listdir(out) == []


def test_keyboard_interrupt_from_progress_leaves_nothing(sample, out):
    target = out / "bundle.zip"
    target.write_bytes(b"previous bundle")
    calls = 0

    def progress(n: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_zip(target, sample, progress=progress)
    assert os.listdir(out) == ["bundle.zip"]
    assert target.read_bytes() == b"previous bundle"


def test_any_exception_while_writing_leaves_nothing(sample, out):
    def progress(n: int) -> None:
        raise RuntimeError("bug in the progress bar")

    with pytest.raises(RuntimeError):
        write_zip(out / "bundle.zip", sample, progress=progress)
    assert os.listdir(out) == []


def test_write_errors_are_user_errors_and_leave_nothing(sample, out, monkeypatch):
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with refused("No space left on device while writing .*bundle.zip"):
        write_zip(out / "bundle.zip", sample)
    assert os.listdir(out) == []


# --------------------------------------------------------------------------
# check_sources
# --------------------------------------------------------------------------


def test_check_sources_passes_when_all_is_as_recorded(sample):
    check_sources(sample)


def test_check_sources_lists_every_problem(src, tmp_path):
    ok = member(src / "ok.txt", b"fine")
    gone = member(src / "gone.pdf", b"soon gone")
    gone.source.unlink()
    resized = member(src / "resized.txt", b"12345")
    resized.source.write_bytes(b"1234567")
    folder = src / "folder.pdf"
    folder.mkdir()
    as_folder = FileMember("evidence/folder.pdf", folder, 0, "0" * 64, EvidenceOf(3, str(folder)))

    with refused() as err:
        check_sources([ok, gone, BytesMember("summary.csv", b""), resized, as_folder])
    lines = err.text.splitlines()
    assert lines[0] == "Cannot build the bundle: 3 evidence files are not as recorded:"
    assert f"  - {named(gone)}: missing" in lines
    assert f"  - {named(resized)}: size changed from 5 to 7 bytes since it was recorded" in lines
    assert f"  - {named(as_folder)}: is a folder, not a file" in lines
    assert not any(named(ok) in line for line in lines)
    assert "onepoints evidence replace ID N FILE" in lines[-1]


@needs_symlinks
def test_symlink_to_a_file_is_followed(src, out):
    real = member(src / "real.pdf", os.urandom(5000))
    link = src / "link.pdf"
    link.symlink_to(real.source)
    m = FileMember("evidence/link.pdf", link, real.size, real.sha256, EvidenceOf(1, str(link)))
    check_sources([m])
    write_zip(out / "bundle.zip", [m])
    with zipfile.ZipFile(out / "bundle.zip") as zf:
        assert zf.read("evidence/link.pdf") == real.source.read_bytes()


@needs_symlinks
def test_symlinks_to_a_folder_a_loop_or_nothing_are_refused(src, out):
    (src / "folder").mkdir()
    (src / "to-folder").symlink_to(src / "folder")
    (src / "loop").symlink_to(src / "loop")
    (src / "ping").symlink_to(src / "pong")
    (src / "pong").symlink_to(src / "ping")
    (src / "dangling").symlink_to(src / "nothing-here")
    members = [
        FileMember(f"evidence/{name}", src / name, 1, "0" * 64, EvidenceOf(i, str(src / name)))
        for i, name in enumerate(["to-folder", "loop", "ping", "dangling"])
    ]
    with refused() as err:
        check_sources(members)
    lines = err.text.splitlines()
    assert f"  - {named(members[0])}: is a folder, not a file" in lines
    assert f"  - {named(members[1])}: is a symbolic link loop" in lines
    assert f"  - {named(members[2])}: is a symbolic link loop" in lines
    assert f"  - {named(members[3])}: missing (the symbolic link points to nothing)" in lines

    # write_zip refuses them the same way, even without check_sources.
    with refused() as err:
        write_zip(out / "bundle.zip", members)
    assert "is a folder, not a file" in err.text
    assert "is a symbolic link loop" in err.text
    assert os.listdir(out) == []


# --------------------------------------------------------------------------
# Entries over 4 GiB: slow, run with ONEPOINTS_SLOW_TESTS=1
# --------------------------------------------------------------------------


@pytest.mark.skipif(not os.environ.get("ONEPOINTS_SLOW_TESTS"), reason="slow: set ONEPOINTS_SLOW_TESTS=1")
@pytest.mark.parametrize("name", ["huge.zip", "huge.bin"])
def test_entry_over_4_gib(tmp_path, name):
    size = 2**32 + 1000
    path = tmp_path / name
    with open(path, "wb") as f:
        f.truncate(size)  # sparse: reads back as zeros
        f.seek(size - 5)
        f.write(b"tail!")
    hasher = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            hasher.update(chunk)
    m = FileMember(f"evidence/{name}", path, size, hasher.hexdigest(), EvidenceOf(1, "huge"))
    target = tmp_path / "bundle.zip"
    try:
        write_zip(target, [m, BytesMember("summary.csv", b"after the big one\n")])
        path.unlink()
        with zipfile.ZipFile(target) as zf:
            info = zf.getinfo(f"evidence/{name}")
            assert info.file_size == size
            with zf.open(info) as f:
                f.seek(size - 5)
                assert f.read() == b"tail!"
            assert zf.read("summary.csv") == b"after the big one\n"
        if os.path.exists(UNZIP):
            subprocess.run([UNZIP, "-tq", str(target)], check=True)
    finally:  # pytest keeps the last runs' tmp_path: do not leave 4 GiB there
        path.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
