"""The command line: parse, call the domain and storage, render."""

from __future__ import annotations

from . import activities, certs, info, status  # noqa: F401  (registers the commands)
from .app import app


def main() -> None:
    app()
