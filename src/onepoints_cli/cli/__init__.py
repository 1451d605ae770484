"""The command line: parse, call the domain and storage, render."""

# Importing a module registers its commands; `--help` lists them in this order.
from . import status, activities, history, scan, bundle, plan, extend, doctor  # noqa: F401, I001
from . import certs, exams, transfer, calendar, info, evidence  # noqa: F401, I001
from .app import app


def main() -> None:
    app()
