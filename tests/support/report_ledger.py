"""A ledger for the HTML report's tests: two certifications, a planned activity, one
without evidence, hostile titles and evidence names that need escaping in a URI."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tests.support.cli_steps import add, setup_cert

AS_OF = "2026-11-24"
HOSTILE = '<script>alert(1)</script> " onload="alert(2)'
MD_LINK = "[click](http://evil.example)"
#: File names a file: URI must encode: a space, #, %, non-ASCII.
ODD_NAMES = ("certificate #1 100%.pdf", "Zoë résumé.pdf", "plain.pdf")


def make_ledger(cli, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name in ODD_NAMES:
        files[name] = folder / name
        files[name].write_bytes(b"%PDF-1.4 " + name.encode())
    setup_cert(cli, "2027-02-28", "oca")
    result = cli(
        "cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-04-30", "--id", "ocla"
    )
    assert result.exit_code == 0, result.stderr
    ev = "--evidence"
    add(cli, HOSTILE, "--date", "2024-12-10", "--kind", "webinar", "--hours", "1.5", ev, files[ODD_NAMES[0]])
    add(cli, MD_LINK, "--date", "2025-05-13", "--kind", "splash", "--hours", "16", ev, files[ODD_NAMES[1]])
    add(cli, "Course", "--date", "2025-09-08", "--kind", "course", "--hours", "24", ev, files[ODD_NAMES[2]])
    add(cli, "Tech Talk", "--date", "2026-03-03", "--kind", "tech-talk", "--hours", "1")
    add(cli, "Booked course", "--date", "2027-01-12", "--kind", "course", "--hours", "8")
    return files


class Page(HTMLParser):
    """What a page holds, read with the standard library's parser: tags must balance."""

    VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.keys: list[tuple[str | None, str, str]] = []  # (card's cert, data-key, data-value)
        self.cert: str | None = None
        self.text: list[str] = []
        self.feed(text)
        self.close()
        if self.open:
            self.problems.append(f"never closed: {self.open}")
        ids = [a["id"] for _, a in self.tags if a.get("id")]
        if len(ids) != len(set(ids)):
            self.problems.append(f"ids used twice: {sorted(i for i in set(ids) if ids.count(i) > 1)}")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "data-cert" in a:
            self.cert = a["data-cert"]
        if "data-key" in a:
            self.keys.append((self.cert, a["data-key"], a.get("data-value") or ""))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)

    def values(self, cert: str) -> dict[str, str]:
        return {k: v for c, k, v in self.keys if c == cert}

    def hrefs(self) -> list[str]:
        return [a["href"] or "" for tag, a in self.tags if tag == "a"]

    def event_handlers(self) -> list[str]:
        return [name for _, a in self.tags for name in a if re.match(r"on", name)]

    def series(self) -> list[tuple[str, str]]:
        """The chart's table: (day, balance) per row."""
        return [
            (a["data-day"] or "", a["data-balance"] or "")
            for tag, a in self.tags
            if tag == "tr" and "data-day" in a
        ]

    def plan(self) -> dict[str, list[int]]:
        """The plan section: each certification's activities, in order."""
        plan: dict[str, list[int]] = {}
        cert = None
        for tag, a in self.tags:
            if tag == "h3" and "data-plan" in a:
                cert = a["data-plan"] or ""
                plan[cert] = []
            elif tag == "section" and cert is not None:
                break
            elif tag == "tr" and cert is not None and "data-activity" in a:
                plan[cert].append(int(a["data-activity"] or 0))
        return plan
