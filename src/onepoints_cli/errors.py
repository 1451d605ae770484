"""The one exception the program raises for anything a user can fix."""


class OnePointsError(Exception):
    """A problem with the user's input, ledger, config or files.

    The message is shown to the user as is (on stderr, exit code 1), so it
    must say what is wrong and, where possible, what to do about it.
    """


class UsageError(OnePointsError):
    """The command line itself is wrong (an option missing, a value malformed),
    whatever the ledger holds: exit code 2, as click's own usage errors."""
