"""The one exception the program raises for anything a user can fix."""


class OnePointsError(Exception):
    """A problem with the user's input, ledger, config or files.

    The user reads render.problems.word(error) on stderr (exit code 1): for a
    domain problem (domain/problems.py: values, no sentence) render words it;
    any other OnePointsError is shown as raised. Either way the words say what
    is wrong and, where possible, what to do about it.
    """


class UsageError(OnePointsError):
    """The command line itself is wrong (an option missing, a value malformed),
    whatever the ledger holds: exit code 2, as click's own usage errors."""
