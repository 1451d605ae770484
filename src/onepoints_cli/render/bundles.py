"""The bundle: its selection, the build's progress, the list of bundles, doctor's report."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any

from ..domain.bundle_selection import Selection
from ..domain.extension_cases import activity_ids_text
from ..domain.models import Bundle, Extension
from ..domain.rules import POINTS_REQUIRED_WHOLE
from ..domain.validation import points_text, points_with_noun
from . import jsonout
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


def bundle_data(bundle: Bundle, extension: Extension | None = None) -> dict[str, Any]:
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


def emit_bundles_json(bundles: tuple[Bundle, ...], extensions: tuple[Extension, ...] = ()) -> None:
    by_bundle = _extensions_by_bundle(extensions)
    jsonout.emit({"bundles": [bundle_data(b, by_bundle.get(b.id)) for b in bundles]})


def print_bundles(bundles: tuple[Bundle, ...], extensions: tuple[Extension, ...] = ()) -> None:
    """One block per bundle, in plain lines: the path stays whole (copy-pastable) at any width."""
    if not bundles:
        sys.stdout.write(
            f"No bundle yet. Once {POINTS_REQUIRED_WHOLE} points have evidence: onepoints bundle\n"
        )
        return
    by_bundle = _extensions_by_bundle(extensions)
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
            f"  file: {b.path}\n"
        )
    sys.stdout.write("\n".join(printable(line) for line in "\n".join(blocks).split("\n")))


def bundle_written(bundle: Bundle) -> str:
    """What to do with a bundle just written."""
    return (
        f"Wrote {bundle.path}. Attach it to a ServiceNow case (category Credentialing); see summary.md. "
        f"Once the case is accepted: `onepoints extend --bundle {bundle.id} --case NUMBER`."
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
