"""Where a file the user asked for with --out goes (an export, a calendar, a bundle).

One rule for every command:

- `-` is stdout (export, calendar; a bundle is a file that is recorded, so
  it refuses `-`);
- a new file is created; an existing regular file is replaced only with
  `--force`, whole or not at all (atomic_write);
- a symbolic link is written through, to the file it points to;
- a folder, a FIFO, a device or a socket is refused, even with --force: the
  temporary file would be renamed over the node itself (as root, over
  /dev/null), and a FIFO would take the data nobody reads;
- never one of onepoints' own files (own_files.py).

What these files hold is private (certificates, the holder's name, the
activities and notes), so a new one is made 0600 on POSIX; one that is
replaced keeps the mode it had (a chmod the user made stays).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..domain.file_problems import (
    BundleToStdout,
    CannotUseOut,
    OutExists,
    OutFolderMissing,
    OutIsFolder,
    OutNotAName,
    OutNotRegular,
)
from . import atomic_write
from .own_files import refuse_own_file
from .paths import Paths

#: What `--out` takes to mean standard output.
STDOUT = "-"

#: A file that holds the holder's data: read and written by its owner only (POSIX).
PRIVATE_FILE_MODE = 0o600
#: A folder that holds such files.
PRIVATE_FOLDER_MODE = 0o700


def is_stdout(path_text: str | None) -> bool:
    return path_text == STDOUT


def output_target(path_text: str, paths: Paths, *, force: bool) -> Path:
    """The file `--out path_text` names, checked; nothing is written yet."""
    target = Path(path_text).expanduser().absolute()
    refuse_own_file(target, paths)  # first: no --force makes one of them a target
    try:
        info = os.stat(target)  # follows a link: what matters is what would be replaced
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as error:
        raise CannotUseOut(str(target), error.strerror) from None
    except ValueError:  # a NUL character: no file has such a name
        raise OutNotAName(path_text) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutIsFolder(str(target))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutNotRegular(str(target))
    if info is not None and not force:
        raise OutExists(str(target))
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if not target.parent.is_dir():
        raise OutFolderMissing(str(target.parent))
    return target


def write_output(path_text: str, data: bytes, paths: Paths, *, force: bool) -> Path:
    """Write `data` to the file the user named; returns its absolute path."""
    target = output_target(path_text, paths, force=force)
    atomic_write.write_file(target, data, new_mode=PRIVATE_FILE_MODE)
    return target


def refuse_stdout_zip() -> BundleToStdout:
    return BundleToStdout()
