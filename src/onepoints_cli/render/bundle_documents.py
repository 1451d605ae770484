"""The bundle's worded documents: summary.md (the reviewer's index, also the
holder's checklist for submitting) and case.txt (what to paste into the case).

domain/bundle/contents.py decides what the zip holds and the day to submit by;
these are its words. Their bytes are part of the bundle's deterministic zip.
"""

from __future__ import annotations

import re
from datetime import date

from ..domain.bundle.contents import Documents, SubmitDay, submit_day
from ..domain.bundle.selection import Selection
from ..domain.models import Settings
from ..domain.rules import EXTENSION_MONTHS, WINDOW_MONTHS
from ..domain.validation import points_text
from ..domain.window import window_start
from .counts import activities_text
from .report.bundle_summary import summary_html


def summary_md(selection: Selection, settings: Settings, files: dict[int, list[str]]) -> str:
    cert, as_of = selection.cert, selection.as_of
    holder = [f"- Holder: {_md(settings.holder_name)}"] if settings.holder_name else []
    holder += [f"- Email: {settings.holder_email}"] if settings.holder_email else []
    rows = [
        f"| {a.id} | {a.date} | {_md(a.kind)} | {_md(a.title)} | {points_text(a.hours) if a.hours else ''} "
        f"| {points_text(a.points)} | {len(files[a.id])} |"
        for a in selection.activities
    ]
    lines = [
        f"# OnePoints evidence: {_md(cert.name)}",
        "",
        *holder,
        f"- Certification: {_md(cert.name)} (current expiry {cert.expires})",
        f"- As of: {as_of}",
        f"- Window: activities dated {window_start(as_of)} to {as_of} (the last {WINDOW_MONTHS} months)",
        f"- Total: {points_text(selection.total)} OnePoints in {activities_text(len(selection.activities))}",
        "",
        "| id | date | kind | title | hours | points | files |",
        "| ---: | --- | --- | --- | ---: | ---: | ---: |",
        *rows,
        "",
        "Each activity's evidence is in `evidence/<id>-<date>-<title>/`; `summary.csv` holds the same table",
        "and `manifest.json` the size and SHA-256 of every file.",
        "",
        "## Submitting",
        "",
        "1. Sign in to the ServiceNow support portal and open a new case.",
        '2. Choose the category "Credentialing".',
        "3. Paste the short description and description from `case.txt`.",
        "4. Attach this zip file.",
        f"5. {submit_line(selection, settings)}",
        "",
    ]
    return "\n".join(lines)


def submit_line(selection: Selection, settings: Settings) -> str:
    """The day to submit by (domain/bundle/contents.submit_day), and why."""
    return submit_words(submit_day(selection, settings), selection.cert.expires, settings.lead_days)


def submit_words(when: SubmitDay, expires: date, lead_days: int) -> str:
    match when.rule:
        case "expired":
            return f"Submit at once: the certification expired on {expires} (built with --force)."
        case "ages_out":
            return (
                f"Submit by {when.day}: the day after, some of these activities age out and the bundle "
                "is below 40 points."
            )
        case "deadline":
            why = f"at least {lead_days} days before the expiry on {expires}"
        case "past_deadline":
            why = (
                f"the submission deadline {when.deadline} has passed: submit at once, "
                f"before the expiry on {expires}"
            )
    return f"Submit by {when.day} ({why})."


#: Characters Markdown (CommonMark and GitHub's) may read as markup inside a line:
#: emphasis, code, links and images, raw HTML, entities, table cells, email autolinks.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~&@]|:(?=//)|(?<=www)\.)", re.IGNORECASE)


def _md(text: str) -> str:
    """User text shown as text in Markdown: a title `[click](http://evil.example)`
    (titles come from scanned invitations) is no link once its marks are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def case_text(selection: Selection, settings: Settings) -> str:
    cert = selection.cert
    first, last = selection.activities[0].date, selection.activities[-1].date
    signature = ", ".join(x for x in (settings.holder_name, settings.holder_email) if x)
    return "\n".join(
        [
            "Short description:",
            f"OnePoints certification extension: {cert.name}",
            "",
            "Description:",
            f"Please extend my {cert.name} certification (current expiry {cert.expires}) by {EXTENSION_MONTHS} months "
            f"under the OnePoints program. The attached zip holds the evidence for "
            f"{points_text(selection.total)} OnePoints from {activities_text(len(selection.activities))} "
            f"completed {_between(first, last)}; summary.md lists each activity and its files.",
            *([f"{signature}"] if signature else []),
            "",
        ]
    )


def _between(first: date, last: date) -> str:
    return f"on {first}" if first == last else f"between {first} and {last}"


#: The documents of a bundle, as `bundle` writes them.
DOCUMENTS = Documents(summary_md, case_text, summary_html)
#: Without summary.html: what the domain's and app's tests build (a browser test checks the HTML).
WITHOUT_HTML = Documents(summary_md, case_text)
