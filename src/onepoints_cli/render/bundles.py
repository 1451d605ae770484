"""The bundle: its selection, the build's progress, the list of bundles, doctor's report."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any

from ..bundling import Selection
from ..checks import points_text
from ..records import Bundle
from . import jsonout


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
    from rich.console import Console
    from rich.table import Table

    table = Table(title=heading, title_justify="left")
    for header in ("id", "date", "title", "points", "files"):
        table.add_column(header, justify="right" if header in ("id", "points", "files") else "left")
    for a in selection.activities:
        table.add_row(str(a.id), str(a.date), a.title, points_text(a.points), str(len(a.evidence)))
    table.add_row("", "", "[bold]total[/]", f"[bold]{points_text(selection.total)}[/]", "")
    Console(highlight=False).print(table)


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

    return Console(stderr=True)


def bundle_data(bundle: Bundle) -> dict[str, Any]:
    return {
        "id": bundle.id,
        "cert": bundle.cert,
        "created": bundle.created,
        "as_of": bundle.as_of,
        "activities": list(bundle.activities),
        "points": bundle.points,
        "path": bundle.path,
        "sha256": bundle.sha256,
    }


def emit_bundles_json(bundles: tuple[Bundle, ...]) -> None:
    jsonout.emit({"bundles": [bundle_data(b) for b in bundles]})


def print_bundles(bundles: tuple[Bundle, ...], used_by: dict[int, str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if not bundles:
        console.print("No bundle yet. Once 40 points have evidence: onepoints bundle")
        return
    table = Table(title="Bundles", title_justify="left")
    for header in ("id", "cert", "created", "as of", "points", "activities", "extension", "path"):
        table.add_column(header, justify="right" if header in ("id", "points") else "left")
    for b in bundles:
        ids = ", ".join(str(i) for i in b.activities)
        table.add_row(
            str(b.id),
            b.cert,
            str(b.created),
            str(b.as_of),
            points_text(b.points),
            ids,
            used_by.get(b.id, ""),
            b.path,
        )
    console.print(table)


def emit_doctor_json(problems: list[tuple[int, str, str]], checked: int) -> None:
    jsonout.emit(
        {
            "files_checked": checked,
            "problems": [{"activity": i, "path": p, "problem": what} for i, p, what in problems],
        }
    )


def print_doctor(problems: list[tuple[int, str, str]], checked: int) -> None:
    lines = [f"Checked the ledger and {checked} evidence file{'s' if checked != 1 else ''}."]
    if problems:
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
        lines += [f"  - activity {i}: {path}: {what}" for i, path, what in problems]
        lines.append("Restore the file, or record its new version with `onepoints attach ID FILE`.")
    else:
        lines.append("Everything is in order.")
    sys.stdout.write("\n".join(lines) + "\n")
