"""One warning per command run when a sync service has left a conflict copy of ledger.toml.

Given here, once, before the command runs, rather than in each command: every
command that reads the ledger gets it, even one that then fails.
"""

from __future__ import annotations

from collections.abc import Collection

#: Commands that do not read ledger.toml; `doctor` lists the copies as a finding instead,
#: and `merge` is what the warning asks for.
_NOT_READING_THE_LEDGER = frozenset({"kinds", "path", "config", "doctor", "merge"})
_HELP = frozenset({"-h", "--help"})
#: Groups that show their help when given nothing more (`onepoints cert`).
_GROUPS = frozenset({"cert", "exam", "evidence"})


def warn_about_conflict_copies(args: list[str], commands: Collection[str]) -> None:
    """`args`: the command line after `onepoints`; `commands`: the names of the commands there are."""
    if not args or args[0] not in commands or args[0] in _NOT_READING_THE_LEDGER or _HELP & set(args):
        return
    if args[0] in _GROUPS and len(args) == 1:
        return
    from ..render.conflict_copies import warning_text
    from ..render.messages import warning
    from ..storage.conflict_copies import find
    from .common import paths

    where = paths()
    if copies := find(where):
        warning(warning_text(copies, where.data_dir))
