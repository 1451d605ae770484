"""summary.html in the bundle: the reviewer's index, opened first once the zip is extracted.

Links are relative to the page, so they open the evidence beside it on any
system; the sha256 of each file is the manifest's. No date, clock or path of the
holder's machine: the same ledger gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.bundle.members import FileMember, Member
from ...domain.bundle.selection import Selection
from ...domain.models import Settings
from ...domain.rules import POINTS_REQUIRED, WINDOW_MONTHS
from ...domain.validation import points_text
from ...domain.window import ages_out, window_start
from ..counts import activities_text
from .markup import cells, day, esc, page, relative_href
from .style import STYLESHEET


def summary_html(
    selection: Selection, settings: Settings, files: dict[int, list[str]], evidence: Sequence[Member]
) -> bytes:
    """`files`: each activity's entries in the zip; `evidence`: the evidence members (manifest order)."""
    cert, as_of = selection.cert, selection.as_of
    first_out = min(ages_out(a.date) for a in selection.activities)
    facts = [
        *([("Holder", esc(settings.holder_name))] if settings.holder_name else []),
        *([("Email", esc(settings.holder_email))] if settings.holder_email else []),
        ("Certification", f"{esc(cert.name)} (current expiry {day(cert.expires)})"),
        (
            "Total",
            f'<strong data-key="total">{points_text(selection.total)}</strong> OnePoints in '
            f"{activities_text(len(selection.activities))} ({points_text(POINTS_REQUIRED)} required)",
        ),
        (
            "Window",
            f"activities dated {day(window_start(as_of))} to {day(as_of)} (the last {WINDOW_MONTHS} months); "
            f"all count on {day(as_of)}, the first ages out on {day(first_out)}",
        ),
    ]
    body = (
        f"<header><h1>OnePoints evidence: {esc(cert.name)}</h1></header>\n<main>\n"
        "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>\n"
        f"<h2>Activities</h2>{_activities(selection, files)}\n"
        f"<h2>Files</h2>{_files(evidence)}\n"
        '<p class="muted">summary.csv holds the same table; manifest.json the size and SHA-256 of every file; '
        "case.txt the text of the case.</p>\n</main>\n"
    )
    return page(f"OnePoints evidence: {cert.name}", STYLESHEET, body).encode()


def _link(arcname: str) -> str:
    name = arcname.rsplit("/", 1)[-1]
    return f'<a href="{esc(relative_href(arcname))}">{esc(name)}</a>'


def _activities(selection: Selection, files: dict[int, list[str]]) -> str:
    head = cells(["id", "date", "kind", "title", "hours", "points", "evidence"], "th")
    rows = "".join(
        f'<tr data-activity="{a.id}">'
        + cells(
            [
                str(a.id),
                day(a.date),
                esc(a.kind),
                esc(a.title),
                points_text(a.hours) if a.hours is not None else "",
                points_text(a.points),
                "<br>".join(_link(f) for f in files[a.id]),
            ]
        )
        + "</tr>"
        for a in selection.activities
    )
    total = f'<tr><th colspan="5">Total</th><th>{points_text(selection.total)}</th><th></th></tr>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody><tfoot>{total}</tfoot></table>"


def _files(evidence: Sequence[Member]) -> str:
    head = cells(["file", "bytes", "sha256"], "th")
    rows = "".join(
        "<tr>" + cells([_link(m.arcname), str(m.size), f'<span class="hash">{m.sha256}</span>']) + "</tr>"
        for m in evidence
        if isinstance(m, FileMember)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
