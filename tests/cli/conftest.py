"""Fixtures shared by some of the CLI tests (the others are in tests/conftest.py)."""

from tests.support.two_computers import conflicting, two_computers  # noqa: F401 (fixtures, by name)
