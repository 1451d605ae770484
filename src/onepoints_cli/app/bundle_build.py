"""Building a bundle on disk: plan, check the evidence, stream the zip, record it.

The zip is written before the ledger records it, outside the ledger lock (a
large bundle takes seconds, and `add` must not wait on it); a failed build
records nothing and leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .. import __version__
from ..domain.bundle.contents import Documents, bundle_members
from ..domain.bundle.members import FileMember, Member
from ..domain.bundle.selection import (
    Selection,
    default_file_name,
    pick_cert,
    record_bundle,
    refuse_after_expiry,
    select_activities,
)
from ..domain.models import Bundle
from ..storage.bundle_zip import pending as pending_bundles
from ..storage.bundle_zip.writer import check_sources, write_zip
from ..storage.evidence_files import evidence_location
from ..storage.ledger import store as ledger_store
from ..storage.outfile import is_stdout, output_target, refuse_stdout_zip
from ..storage.paths import Paths


class BundlePlan(NamedTuple):
    selection: Selection
    members: list[Member]
    target: Path

    @property
    def total_bytes(self) -> int:
        return sum(m.size if isinstance(m, FileMember) else len(m.data) for m in self.members)


def plan_bundle(
    snapshot: ledger_store.Snapshot,
    cert_id: str | None,
    as_of: date,
    take_all: bool,
    out: str | None,
    share: bool = False,
    *,
    paths: Paths,
    documents: Documents,
    force: bool = False,
) -> BundlePlan:
    """What `bundle` would write; refused from the certification's expiry day on, unless `force`."""
    cert = pick_cert(snapshot.ledger, cert_id)
    if not force:
        refuse_after_expiry(cert, as_of)
    owners = _plan_owners(snapshot, as_of)
    selection = select_activities(snapshot.ledger, cert, as_of, take_all, share=share, owners=owners)
    locate = lambda path: evidence_location(path, paths.data_dir)  # noqa: E731
    members = bundle_members(selection, snapshot.settings, __version__, locate, documents)
    if is_stdout(out):
        raise refuse_stdout_zip()
    target = Path(out).expanduser() if out else Path(default_file_name(cert, as_of))
    return BundlePlan(selection, members, target.absolute())


def _plan_owners(snapshot: ledger_store.Snapshot, as_of: date) -> dict[int, str]:
    """The allocation plan, when several certifications compete for the activities."""
    if sum(1 for c in snapshot.ledger.certifications if not c.micro) < 2:
        return {}
    from ..domain.points.allocation import make_plan

    return make_plan(snapshot.ledger, snapshot.settings, as_of).owners()


def check_plan(
    plan: BundlePlan, *, force: bool, paths: Paths, verify: bool = False, readable: bool = True
) -> Path:
    """What the build would refuse, checked before it writes anything; `--dry-run` runs this too.
    Returns the file to write (a link's target when --out names a link; outfile.py).

    The build itself passes readable=False: it opens each file only once,
    while it copies it (a file it cannot read is reported then, in the same words).
    """
    target = output_target(str(plan.target), paths, force=force)
    check_sources(plan.members, verify=verify, readable=readable)
    return target


def build_bundle(
    plan: BundlePlan, *, force: bool, progress: Callable[[int], None], created: date, paths: Paths
) -> Bundle:
    target = check_plan(plan, force=force, paths=paths, readable=False)
    pending_bundles.mark(paths.data_dir, target)  # a kill before the record is then reported
    try:
        sha256 = write_zip(target, plan.members, progress=progress)
        try:
            return ledger_store.modify(
                paths,
                lambda s: record_bundle(s.ledger, plan.selection, created, str(target), sha256),
            )
        except BaseException:
            target.unlink(missing_ok=True)  # a bundle the ledger does not know is not left behind
            raise
    finally:
        pending_bundles.clear(paths.data_dir, target)
