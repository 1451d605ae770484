"""`onepoints scan` and `add --from`: files -> proposals -> (on request) activities."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from ..domain.kinds import catalogue
from ..domain.ledger import duplicates, edits
from ..domain.ledger.lookup import find_activity
from ..domain.ledger.notices import AddWarning
from ..domain.models import Activity, Evidence, Ledger, Settings
from ..domain.scan.problems import (
    FieldNotInFile,
    FileAwardsPoints,
    FromFileUnread,
    NoSuchProposal,
    ProposalIncomplete,
)
from ..domain.scan.proposal import propose, read_fields
from ..domain.scan.records import Proposal, Reason, Skip
from ..storage.documents import RawFile, files_in, read_candidate
from ..storage.ledger import store as ledger_store
from ..storage.ledger.store import Snapshot
from ..storage.paths import Paths
from .activity_input import ActivityRequest, collect_evidence, new_activity


class ScanReport(NamedTuple):
    #: Numbered from 1 in the order the files were met (sorted within a folder).
    proposals: tuple[tuple[int, Proposal], ...]
    skipped: tuple[Skip, ...]


def own_kinds(settings: Settings) -> tuple[tuple[str, str], ...]:
    """(id, name) of the kinds config.toml adds: the scan recognises them too."""
    return tuple((k.id, k.name) for k in catalogue(settings).values() if not k.builtin)


def scan(arguments: list[str], recursive: bool, snapshot: Snapshot) -> ScanReport:
    ledger, kinds, holder = snapshot.ledger, own_kinds(snapshot.settings), snapshot.settings.holder_name
    recorded = {item.sha256: a.id for a in ledger.activities for item in a.evidence}
    seen: dict[str, str] = {}
    proposals: list[Proposal] = []
    skipped: list[Skip] = []
    for found in files_in(arguments, recursive):
        result = found if isinstance(found, Skip) else _read(*found, recorded, seen, kinds, holder)
        if isinstance(result, Skip):
            skipped.append(result)
        else:
            proposals.append(_logged(ledger, result))
    return ScanReport(tuple(enumerate(proposals, 1)), tuple(skipped))


def _logged(ledger: Ledger, proposal: Proposal) -> Proposal:
    """A proposal for an activity the ledger already records (same date, kind
    and title) is evidence for it: `onepoints attach`, not a second activity."""
    day, title, kind = proposal.date.value, proposal.title.value, proposal.kind.value
    if not isinstance(day, date):
        return proposal
    existing = duplicates.same_activity(ledger, day, title, kind)
    return proposal._replace(logged=existing.id) if existing else proposal


def _read(
    shown: str,
    path: Path,
    recorded: dict[str, int],
    seen: dict[str, str],
    kinds: tuple[tuple[str, str], ...],
    holder: str | None,
) -> Proposal | Skip:
    raw = read_candidate(shown, path)
    if isinstance(raw, Skip):
        return raw
    if raw.sha256 in recorded:
        return Skip(shown, Reason("recorded", recorded[raw.sha256]), problem=False)
    if raw.sha256 in seen:
        return Skip(shown, Reason("same-file", text=seen[raw.sha256]), problem=False)
    seen[raw.sha256] = shown
    source = _source(raw)
    return source if isinstance(source, Skip) else propose(source, kinds, holder)


def _source(raw: RawFile):
    from ..storage.document_text import Unreadable, read_source

    try:
        return read_source(raw)
    except Unreadable as problem:
        return Skip(raw.path, Reason("unreadable", text=str(problem)), problem=True)


def chosen(report: ScanReport, only: set[int] | None) -> list[tuple[int, Proposal]]:
    """The proposals --only names (all of them without it); an unknown number is an error."""
    if only is None:
        return list(report.proposals)
    numbers = {number for number, _ in report.proposals}
    if unknown := sorted(only - numbers):
        raise NoSuchProposal(tuple(unknown), len(numbers))
    return [(number, p) for number, p in report.proposals if number in only]


def addable(proposals: list[tuple[int, Proposal]], chosen_by_number: bool) -> list[tuple[int, Proposal]]:
    """The complete proposals; one chosen by its number must be complete (checked
    before the ledger is even locked, so that a refusal leaves no trace)."""
    if not chosen_by_number:
        return [(number, p) for number, p in proposals if p.complete or p.logged]
    for number, proposal in proposals:
        if not proposal.complete and not proposal.logged:
            raise ProposalIncomplete(number, proposal.path, _missing(proposal), chosen=True)
    return proposals


def add_proposals(
    paths: Paths, proposals: list[tuple[int, Proposal]], copy: bool | None, today: date
) -> list[tuple[int, Activity, list[AddWarning], bool]]:
    """Every proposal as an activity, in one ledger write: all of them or none.

    As for `add`, the evidence is fingerprinted (and copied) before the lock."""
    for number, proposal in proposals:
        if not proposal.complete and not proposal.logged:
            raise ProposalIncomplete(number, proposal.path, _missing(proposal))
    settings = ledger_store.load_settings(paths)
    keep = settings.copy_evidence if copy is None else copy
    files = [collect_evidence([p.path], keep, paths.evidence_dir) for _, p in proposals]
    return ledger_store.modify(paths, lambda s: _record_proposals(s, proposals, files, today))


def _record_proposals(
    snapshot: Snapshot,
    proposals: list[tuple[int, Proposal]],
    files: list[tuple[Evidence, ...]],
    today: date,
) -> tuple[Ledger, list[tuple[int, Activity, list[AddWarning], bool]]]:
    added: list[tuple[int, Activity, list[AddWarning], bool]] = []
    current = snapshot
    for (number, proposal), evidence in zip(proposals, files, strict=True):
        # The activity may be in the ledger already, or added by an earlier
        # proposal of this batch: the file is attached to it, and the batch goes on.
        day, title, kind = proposal.date.value, proposal.title.value, proposal.kind.value
        existing = (
            duplicates.same_activity(current.ledger, day, title, kind) if isinstance(day, date) else None
        )
        if existing is not None or proposal.logged is not None:
            target = existing.id if existing is not None else proposal.logged
            assert target is not None  # one of the two is set: the condition above
            ledger = edits.attach_evidence(current.ledger, target, evidence)
            current = Snapshot(ledger, snapshot.settings)
            added.append((number, find_activity(ledger, target), [], True))
            continue
        request = ActivityRequest(
            title=proposal.title.value,
            day=proposal.date.value,
            kind=proposal.kind.value,
            hours=str(proposal.hours.value) if proposal.hours.value is not None else None,
            points=str(proposal.points.value) if proposal.points.value is not None else None,
            evidence=[proposal.path],
            note=None,
            copy=None,
        )
        ledger, (activity, warnings) = new_activity(current, request, evidence, today)
        current = Snapshot(ledger, snapshot.settings)
        added.append((number, activity, warnings, False))
    return current.ledger, added


def _missing(proposal: Proposal) -> tuple[str, ...]:
    return tuple(name for name in ("date", "hours") if getattr(proposal, name).value is None)


def fields_from_file(path_text: str, settings: Settings) -> Proposal:
    """What one file says, for `add --from`, whether or not it names OneStream."""
    raw = read_candidate(path_text, Path(path_text).expanduser())
    if isinstance(raw, Skip):
        raise FromFileUnread(path_text, raw.reason)
    source = _source(raw)
    if isinstance(source, Skip):
        raise FromFileUnread(path_text, source.reason)
    return read_fields(source, own_kinds(settings))


def fill_from_file(
    path_text: str,
    title: str | None,
    day: str | None,
    kind: str | None,
    hours: str | None,
    points: str | None,
    evidence: list[str],
    settings: Settings,
) -> tuple[str, str, str, str | None]:
    """(title, date, kind, hours): what the options give, the rest from the file,
    which joins `evidence`. A field the file does not state clearly is an error."""
    proposal = fields_from_file(path_text, settings)
    if hours is None and points is None and proposal.points.value is not None:
        raise FileAwardsPoints(path_text, proposal.points.value)
    wanted = {"title": title, "date": day, "kind": kind}
    if hours is None and points is None:
        wanted["hours"] = None
    filled = {}
    for name, given in wanted.items():
        field = getattr(proposal, name)
        if given is not None:
            filled[name] = given
        elif field.value is None:
            raise FieldNotInFile(path_text, name, field.note)
        else:
            filled[name] = str(field.value)
    if path_text not in evidence:
        evidence.append(path_text)
    return filled["title"], filled["date"], filled["kind"], filled.get("hours", hours)
