"""What a command says while another onepoints holds the ledger's lock."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.rules import LOCK_TIMEOUT_SECONDS
from .messages import escape
from .problems.files import holder_words


def say_waiting(lock: Path, holder: str) -> None:
    """Once, after about a second of waiting (storage/ledger/lock.py)."""
    sys.stderr.write(
        escape(
            f"Waiting for another onepoints ({holder_words(holder)}) to finish changing the ledger "
            f"(it holds {lock}); giving up after {LOCK_TIMEOUT_SECONDS:.0f} seconds."
        )
        + "\n"
    )
    sys.stderr.flush()
