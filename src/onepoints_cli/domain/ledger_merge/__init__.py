"""Bringing a conflict copy's changes into the ledger: a three-way merge of records.

Pure: three_way.py merges base, ours and theirs; renumber.py gives an incoming
record a free id when both sides added a different one under the same id;
base.py chooses the shared version from the history's versions. docs/merge.md
says the rules in plain words.
"""

from .base import BaseChoice, Candidate, base_choice, choose_base
from .plan import Applied, BaseVersion, MergePlan
from .three_way import Conflict, Merge, Side, merge, settle

__all__ = [
    "Applied",
    "BaseChoice",
    "BaseVersion",
    "Candidate",
    "MergePlan",
    "Conflict",
    "Merge",
    "Side",
    "base_choice",
    "choose_base",
    "merge",
    "settle",
]
