"""Bundles being written: a marker per target, so a killed `bundle` is noticed.

The zip gets its name before the ledger records it (the zip is written
outside the lock). A kill in between (a window of milliseconds)
leaves a complete zip that no bundle in the ledger lists. So `bundle` writes
pending-bundles/<hash of the path>.json before the zip, and removes it once
the ledger records the bundle (or the failed zip is gone); `bundles` and
`doctor` report a marker whose zip exists but is not recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ...domain.models import Ledger
from .. import atomic_write
from ..evidence_files import file_sha256

FOLDER = "pending-bundles"


def _marker(data_dir: Path, target: Path) -> Path:
    name = hashlib.sha256(str(target).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir / FOLDER / f"{name}.json"


def mark(data_dir: Path, target: Path) -> None:
    marker = _marker(data_dir, target)
    try:
        marker.parent.mkdir(exist_ok=True)
    except OSError as error:
        raise atomic_write.failure(error, marker.parent) from None
    atomic_write.write_file(marker, json.dumps({"path": str(target)}).encode(), new_mode=0o600)


def clear(data_dir: Path, target: Path) -> None:
    atomic_write.abandon(_marker(data_dir, target))


def unrecorded(data_dir: Path, ledger: Ledger) -> list[Path]:
    """Zips a killed `bundle` left complete but unrecorded. Read-only."""
    try:
        names = sorted(os.listdir(data_dir / FOLDER))
    except OSError:
        return []
    recorded = {(b.path, b.sha256) for b in ledger.bundles}
    found = []
    for name in names:
        try:
            target = Path(json.loads((data_dir / FOLDER / name).read_bytes())["path"])
            if target.is_file() and (str(target), file_sha256(target)[0]) not in recorded:
                found.append(target)
        except Exception:  # a damaged marker or an unreadable zip: nothing to report on
            continue
    return found
