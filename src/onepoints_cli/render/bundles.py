"""The bundle: its selection, the build's progress, the list of bundles, doctor's report."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from ..domain.bundle.selection import Selection
from ..domain.models import Bundle, Certification, Extension, Settings
from ..domain.points.bundle_check import BundleCheck
from ..domain.rules import POINTS_REQUIRED_WHOLE
from ..domain.validation import points_text
from . import jsonout
from .counts import activity_ids_text, points_with_noun
from .messages import printable


def selection_data(selection: Selection, path: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "cert": selection.cert.id,
        "as_of": selection.as_of,
        "total_points": selection.total,
        "activities": [a.id for a in selection.activities],
    }
    if path is not None:
        data["path"] = path
    return data


def emit_selection_json(selection: Selection, path: str | None = None) -> None:
    jsonout.emit(selection_data(selection, path))


def print_selection(selection: Selection, heading: str) -> None:
    from . import table

    rows = [
        (str(a.id), str(a.date), a.title, points_text(a.points), str(len(a.evidence)))
        for a in selection.activities
    ]
    rows.append(("", "", "total", points_text(selection.total), ""))
    styles = [(None,) * 5] * len(selection.activities) + [(None, None, "bold", "bold", None)]
    # The heading is a line of its own, never shortened: it holds the zip's path.
    sys.stdout.write(table.clean(heading) + "\n")
    table.write(
        ("id", "date", "title", "points", "files"),
        rows,
        right=("id", "points", "files"),
        flex="title",
        styles=styles,
    )


@contextmanager
def progress_bar(total_bytes: int):
    """A rich progress bar on stderr when it is a terminal; a silent callback otherwise."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    columns = (TextColumn("Bundling"), BarColumn(), DownloadColumn())
    with Progress(*columns, transient=True, console=_stderr()) as progress:
        task = progress.add_task("bundle", total=total_bytes)
        yield lambda n: progress.advance(task, n)


def _stderr():
    from rich.console import Console

    from .console import colour_on

    return Console(stderr=True, no_color=not colour_on(sys.stderr))


def check_data(check: BundleCheck | None, replaced_by: int | None = None) -> dict[str, Any] | None:
    """A bundle not extended yet, checked on a day: None for an extended one."""
    if check is None:
        return None
    return {
        "day": check.day,
        "counting_points": check.counting,
        "complete_until": check.complete_until,
        "out_of_date": not check.complete,
        "stopped_on": check.stopped_on,
        "replaced_by": replaced_by,
    }


def check_text(check: BundleCheck, replaced_by: int | None = None) -> str:
    """'complete until 2027-01-09: 40 of its points count on 2026-12-06', or out of date."""
    counting = f"{points_text(check.counting)} of its points count on {check.day}"
    if check.complete:
        return f"complete until {check.complete_until}: {counting}"
    since = f" since {check.stopped_on}" if check.stopped_on is not None else ""
    instead = (
        f"bundle {replaced_by}, built later, replaces it"
        if replaced_by is not None
        else f"build a new one with `onepoints bundle --cert {check.bundle.cert}`"
    )
    return (
        f"OUT OF DATE{since}, below {POINTS_REQUIRED_WHOLE} points ({counting}): do not submit it; {instead}"
    )


def _replaced_by(bundles: tuple[Bundle, ...], checks: dict[int, BundleCheck]) -> dict[int, int]:
    """Each open bundle and the newest open bundle built after it for the same certification:
    once that one is built, "build a new one" is advice already followed."""
    newest: dict[int, int] = {}
    for b in bundles:
        later = [o.id for o in bundles if o.cert == b.cert and o.id > b.id and o.id in checks]
        if b.id in checks and later:
            newest[b.id] = max(later)
    return newest


def bundle_data(
    bundle: Bundle,
    extension: Extension | None = None,
    check: BundleCheck | None = None,
    replaced_by: int | None = None,
) -> dict[str, Any]:
    return {
        "id": bundle.id,
        "cert": bundle.cert,
        "created": bundle.created,
        "as_of": bundle.as_of,
        "activities": list(bundle.activities),
        "points": bundle.points,
        "path": bundle.path,
        "sha256": bundle.sha256,
        "extension": None if extension is None else extension_data(extension),
        "check": check_data(check, replaced_by),
    }


def extension_data(extension: Extension) -> dict[str, Any]:
    return {
        "id": extension.id,
        "recorded": extension.recorded,
        "case": extension.case,
        "previous_expiry": extension.previous_expiry,
        "new_expiry": extension.new_expiry,
    }


def _extensions_by_bundle(extensions: tuple[Extension, ...]) -> dict[int, Extension]:
    return {e.bundle: e for e in extensions if e.bundle is not None}


def emit_bundles_json(
    bundles: tuple[Bundle, ...],
    extensions: tuple[Extension, ...] = (),
    checks: dict[int, BundleCheck] | None = None,
) -> None:
    by_bundle, checks = _extensions_by_bundle(extensions), checks or {}
    replaced = _replaced_by(bundles, checks)
    jsonout.emit(
        {
            "bundles": [
                bundle_data(b, by_bundle.get(b.id), checks.get(b.id), replaced.get(b.id)) for b in bundles
            ]
        }
    )


def print_bundles(
    bundles: tuple[Bundle, ...],
    extensions: tuple[Extension, ...] = (),
    checks: dict[int, BundleCheck] | None = None,
) -> None:
    """One block per bundle, in plain lines: the path stays whole (copy-pastable) at any width."""
    if not bundles:
        sys.stdout.write(
            f"No bundle yet. Once {POINTS_REQUIRED_WHOLE} points have evidence: onepoints bundle\n"
        )
        return
    by_bundle, checks = _extensions_by_bundle(extensions), checks or {}
    replaced = _replaced_by(bundles, checks)
    blocks = []
    for b in bundles:
        ids = ", ".join(str(i) for i in b.activities)
        ext = by_bundle.get(b.id)
        users = [e.id for e in extensions if set(e.activities) & set(b.activities)]
        if ext is None and users:
            extended = f"none possible: extension {users[0]} used its activities (or some of them)"
        elif ext is None:
            extended = f"not recorded yet (once the case is accepted: onepoints extend --bundle {b.id})"
        else:
            case = f", case {ext.case}" if ext.case else ""
            extended = f"recorded {ext.recorded}{case}: expiry {ext.previous_expiry} -> {ext.new_expiry}"
        blocks.append(
            f"Bundle {b.id}: {b.cert}, as of {b.as_of}, {points_with_noun(b.points)}, built {b.created}\n"
            f"  {'activity' if len(b.activities) == 1 else 'activities'}: {ids}\n"
            f"  extension: {extended}\n"
            + (f"  holds: {check_text(checks[b.id], replaced.get(b.id))}\n" if b.id in checks else "")
            + f"  file: {b.path}\n"
        )
    sys.stdout.write("\n".join(printable(line) for line in "\n".join(blocks).split("\n")))


def late_bundle(cert: Certification, settings: Settings, day: date) -> str | None:
    """Past the deadline (stderr): the case is late; the day before the expiry is the last chance."""
    deadline = cert.expires - timedelta(days=settings.lead_days)
    if day <= deadline or cert.micro:
        return None
    if day >= cert.expires:
        return (
            f"{cert.name} expired on {cert.expires}: this bundle was built with --force and cannot extend it."
        )
    return (
        f"The submission deadline ({deadline}) has passed and {cert.name} expires on {cert.expires}: "
        f"submit the case at once, by {cert.expires - timedelta(days=1)} at the latest."
    )


def bundle_written(bundle: Bundle, cert: Certification | None = None, day: date | None = None) -> str:
    """What to do with a bundle just written; past the expiry (built with --force) no case extends it."""
    if cert is not None and day is not None and day >= cert.expires and not cert.micro:
        return (
            f"Wrote {bundle.path}. {cert.name} expired on {cert.expires}, so a case with this bundle "
            "cannot extend it: ask in a ServiceNow case (category Credentialing) whether it can still be "
            "considered, and attach it there only if they say so; otherwise sit the current exam."
        )
    return (
        f"Wrote {bundle.path}. Attach it to a ServiceNow case (category Credentialing); see summary.md. "
        f"Once the case is accepted: `onepoints extend --bundle {bundle.id} --case NUMBER`."
    )


def extended_out_of_date(check: BundleCheck) -> str:
    """`extend` of a bundle that no longer holds 40 points: recorded, but said."""
    counting = f"only {points_text(check.counting)} of its points count on {check.day}"
    if check.stopped_on is None:
        return (
            f"Bundle {check.bundle.id} does not hold {POINTS_REQUIRED_WHOLE} points ({counting}). The extension "
            "is recorded as you said the case was accepted; `onepoints undo` takes it back."
        )
    return (
        f"Bundle {check.bundle.id} stopped being complete on {check.stopped_on} ({counting}). The extension is "
        f"recorded: a case submitted by {check.complete_until} was complete. If it was submitted later, the "
        "Certification team may refuse it; `onepoints undo` takes the record back."
    )


def extended_after_expiry(ext: Extension) -> str:
    return (
        f"{ext.cert!r} expired on {ext.previous_expiry}: OnePoints extend a certification only when the case "
        "is submitted before its expiry. Recorded as you said the case was accepted; if it was not, "
        "`onepoints undo` takes it back, and sitting the current exam is the way to renew."
    )


def extension_recorded(ext: Extension) -> str:
    one = len(ext.activities) == 1
    return (
        f"Recorded the extension of {ext.cert!r}: expires {ext.new_expiry} (was {ext.previous_expiry}); "
        f"{activity_ids_text(list(ext.activities))} {'is' if one else 'are'} used and no longer "
        f"count{'s' if one else ''}. `onepoints undo` takes it back."
    )


def unrecorded_zip(zip_path) -> str:
    """A zip a killed `bundle` left complete, but that the ledger does not know."""
    return (
        f"{zip_path} is a bundle whose `onepoints bundle` was interrupted before the ledger recorded it. "
        f"Run the same `onepoints bundle` again with `--force` (e.g. --out {zip_path} --force), or delete the file."
    )


def partial_zip(path) -> str:
    """A hidden, unfinished zip a killed `bundle` left beside its target."""
    return (
        f"{printable(str(path))} is the unfinished zip of an interrupted `onepoints bundle`; nothing uses it. "
        "The next `onepoints bundle` to that file removes it, or delete it yourself."
    )
