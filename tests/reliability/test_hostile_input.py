"""Hostile input: ledger.toml, config.toml, CSV imports and badge files mutated
at random, in their bytes and in their structure (wrong types, huge numbers,
deep nesting, duplicate ids, dates far in the past or future, invalid UTF-8).

Every case runs the real CLI and must end with exit code 0 or 1, never a
traceback; exit code 1 comes with a message; a file that was invalid, or a
write that failed, leaves every file byte for byte as it was; a file that
is valid is read by every command (reading commands exit 0).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from onepoints_cli.domain.models import (
    Activity,
    Bundle,
    Certification,
    Evidence,
    ExamAttempt,
    Extension,
    Ledger,
)
from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage.ledger.codec import ledger_from_toml, ledger_to_toml, settings_from_toml
from onepoints_cli.storage.ledger.file_problems import refuse_unknown_kinds
from tests.support import badge_factory as bf

from .conftest import FIGURES, SEED, Runner, parse_ledger_file, size

LEDGER_CASES = size(14, 4000)
CONFIG_CASES = size(10, 2000)
CSV_CASES = size(10, 2000)
BADGE_CASES = size(14, 3000)


def _settings(cases: int):
    """The example count, and the suite's seed, so that a failing example replays (conftest.SEED)."""
    chosen = settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    return lambda test: seed(SEED)(chosen(test))


# --- valid starting points ----------------------------------------------------------------

SHA = "ab" * 32


def valid_ledger() -> Ledger:
    evidence = (Evidence("/nonexistent/certificate.pdf", 120, SHA),)
    return Ledger(
        next_activity_id=6,
        certifications=(
            Certification("oca", "OneStream Certified Associate", dt.date(2027, 3, 31), dt.date(2025, 3, 31)),
            Certification("ocp", "OneStream Certified Professional", dt.date(2026, 1, 31), micro=False),
        ),
        activities=(
            Activity(
                1, "Splash 2025", dt.date(2025, 5, 13), "splash", Decimal("7.5"), Decimal("7.5"), evidence
            ),
            Activity(2, "Webinar", dt.date(2025, 6, 1), "webinar", Decimal(1), None, evidence, "a note"),
            Activity(3, "Course", dt.date(2024, 2, 29), "course", Decimal("12.25")),
            Activity(5, "Planned", dt.date(2027, 1, 12), "course", Decimal(8)),
        ),
        bundles=(
            Bundle(1, "ocp", dt.date(2025, 7, 1), dt.date(2025, 7, 1), (1, 2), Decimal("8.5"), "/b.zip", SHA),
        ),
        extensions=(
            Extension(
                1, "ocp", dt.date(2025, 8, 1), dt.date(2024, 1, 31), dt.date(2026, 1, 31), (1, 2), 1, "CS1"
            ),
        ),
        exams=(
            ExamAttempt("OS-201", dt.date(2025, 1, 10), "fail"),
            ExamAttempt("OS-201", dt.date(2025, 2, 1), "pass"),
        ),
    )


VALID_LEDGER = ledger_to_toml(valid_ledger()).encode()

VALID_CONFIG = b"""lead_days = 30
warn_days = 90
holder_name = "Jane Doe"
holder_email = "jane@example.com"
copy_evidence = false

[kinds.mentoring]
name = "Mentoring"
points_per_hour = 0.5

[kinds.course]
points_per_hour = 1
"""

VALID_CSV = (
    "\ufeffdate,title,kind,hours,points,evidence,note\r\n"
    "2025-01-01,Summit day,splash,6,,,first\r\n"
    '2025-02-01,"Talk, ""quoted""",TECH-TALK,,1.25,,\r\n'
    "2025-03-01,Course,course,2,,,\r\n"
).encode()


# --- mutations ----------------------------------------------------------------------------

HUGE_NUMBERS = st.sampled_from(
    [0, -1, 2**31, 2**63 - 1, 2**63, -(2**63), 10**30, 10**400, Decimal("1e-30"), Decimal("9" * 40)]
)
HOSTILE_VALUES = st.one_of(
    st.integers(),
    HUGE_NUMBERS,
    st.floats(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=40),
    st.sampled_from(["", " ", "\x00", "\u202ecod.exe", "../../etc/passwd", "x" * 10_000, "🎉" * 50]),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1899, 12, 31), dt.date(9900, 1, 1)]),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=4),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
)

INVALID_UTF8 = [
    b"\xff",
    b"\xfe\xff",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xe2\x82",
    b"\xc0\xaf",
    b"\x80",
]


def _paths(value, prefix=()):
    """Every place in a parsed TOML document, as key/index paths."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _parent(document, path):
    for part in path[:-1]:
        document = document[part]
    return document


def _plausible_like(value):
    """Another value of the same type, in the range a real file would have."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(0, 400)
    if isinstance(value, (float, Decimal)):
        return st.decimals("0.01", "1000", places=2)
    if isinstance(value, dt.date):
        return st.dates(dt.date(2020, 1, 1), dt.date(2032, 12, 31))
    if isinstance(value, str):
        return st.text(min_size=1, max_size=30)
    if isinstance(value, list) and value and not isinstance(value[0], dict):
        return st.lists(st.sampled_from(value), max_size=len(value) + 1)  # fewer, more, none
    return st.just(value)


@st.composite
def structural(draw, valid: bytes) -> bytes:
    """Parse the valid file, change one to three things, write it back."""
    document = tomllib.loads(valid.decode())
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _paths(document) if p]
        action = draw(st.sampled_from(["set", "set", "delete", "add", "duplicate", "retype-section"]))
        path = draw(st.sampled_from(places)) if places else ("x",)
        parent = _parent(document, path) if places else document
        key = path[-1]
        if action == "set":
            parent[key] = draw(st.one_of(HOSTILE_VALUES, _plausible_like(parent[key])))
        elif action == "delete":
            del parent[key]
        elif action == "add":
            target = parent[key] if isinstance(parent[key], dict) else document
            target[draw(st.sampled_from(["id", "unknown", "points", "date", "evidence", "kinds", "π"]))] = (
                draw(HOSTILE_VALUES)
            )
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(
                json.loads(json.dumps(parent[key], default=str)) if draw(st.booleans()) else parent[key]
            )
        elif action == "retype-section" and len(path) == 1:
            document[key] = draw(st.sampled_from([{}, [], "text", 1, [1, 2], [[]]]))
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        text = valid.decode()  # a value TOML cannot hold: keep the file as it was
    if draw(st.booleans()):
        return text.encode()
    return _nested(draw, text).encode()


def _nested(draw, text: str) -> str:
    """Deeply nested arrays, inline tables or table headers, up to thousands of levels."""
    depth = draw(st.sampled_from([2, 50, 500, 999, 1000, 3000]))
    kind = draw(st.sampled_from(["array", "inline", "header", "dotted"]))
    if kind == "array":
        line = "nest = " + "[" * depth + "1" + "]" * depth + "\n"
    elif kind == "inline":
        line = "nest = " + "{a = " * depth + "1" + "}" * depth + "\n"
    elif kind == "header":
        return text + "\n[" + ".".join(["a"] * depth) + "]\nb = 1\n"
    else:
        line = ".".join(["a"] * depth) + " = 1\n"
    return line + text


@st.composite
def byte_level(draw, valid: bytes) -> bytes:
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "utf8", "delete", "truncate", "repeat"]))
        if action == "flip" and position < len(data):
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "utf8":
            data[position:position] = draw(st.sampled_from(INVALID_UTF8))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "truncate":
            del data[position:]
        elif action == "repeat":
            end = min(len(data), position + draw(st.integers(1, 400)))
            data[end:end] = data[position:end]
    return bytes(data)


def hostile(valid: bytes):
    return st.one_of(structural(valid), byte_level(valid), st.binary(max_size=200))


# --- running the CLI on a prepared folder -------------------------------------------------


def _reset(home: Path, ledger: bytes | None, config: bytes | None) -> None:
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    if ledger is not None:
        (home / "ledger.toml").write_bytes(ledger)
    if config is not None:
        (home / "config.toml").write_bytes(config)


def _files(home: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in home.iterdir()
        if p.name in ("ledger.toml", "config.toml", "ledger.toml.bak")
    }


def _both_read(ledger: bytes, config: bytes, home: Path) -> bool:
    """What every command needs: both files valid, and every activity of a kind the
    config knows (the kinds depend on both files, so neither alone can say)."""
    try:
        refuse_unknown_kinds(
            ledger_from_toml(ledger, home / "ledger.toml"),
            settings_from_toml(config, home / "config.toml"),
            home / "ledger.toml",
        )
    except OnePointsError:
        return False
    return True  # anything else than OnePointsError is a traceback: the test fails right here


_READS = [
    ["status"],
    ["list", "--json"],
    ["status", "--json", "--as-of", "2026-01-01"],
    ["cert", "list"],
    ["bundles"],
]
_WRITES = [
    ["add", "Fuzz", "--date", "2025-04-01", "--kind", "course", "--points", "1"],
    ["edit", "3", "--points", "2"],
    ["rm", "5", "--yes"],
    ["undo"],
    ["extend", "--cert", "oca"],
]


def _exercise(run: Runner, home: Path, readable: bool, rng_pick: int) -> None:
    """Two reading commands and a write; checks what each may do to the files."""
    reads = [_READS[0], _READS[1 + rng_pick % (len(_READS) - 1)]]
    for command in reads:
        before = _files(home)
        outcome = run(*command)
        outcome.assert_clean()
        assert outcome.exit_code == 0 or not readable, (command, outcome.stderr)
        assert outcome.exit_code == 1 or readable, command
        assert _files(home) == before, "a reading command changed a file"
    for command in (_WRITES[0], _WRITES[rng_pick % len(_WRITES)]):
        before = _files(home)
        outcome = run(*command)
        outcome.assert_clean()
        after = _files(home)
        assert after.get("config.toml") == before.get("config.toml")
        if outcome.exit_code == 1:
            assert after == before, f"{command} failed but changed a file"
        else:
            parse_ledger_file(home / "ledger.toml")  # what a write leaves is always valid


@_settings(LEDGER_CASES)
@given(data=hostile(VALID_LEDGER), pick=st.integers(0, 99))
def test_hostile_ledger(run: Runner, onepoints_home: Path, data: bytes, pick: int):
    _reset(onepoints_home, data, VALID_CONFIG)
    readable = _both_read(data, VALID_CONFIG, onepoints_home)
    _exercise(run, onepoints_home, readable, pick)
    FIGURES["fuzz: hostile ledger.toml cases"] += 1
    FIGURES["fuzz: hostile ledger.toml cases still valid"] += readable


@_settings(CONFIG_CASES)
@given(data=hostile(VALID_CONFIG), pick=st.integers(0, 99))
def test_hostile_config(run: Runner, onepoints_home: Path, data: bytes, pick: int):
    _reset(onepoints_home, VALID_LEDGER, data)
    readable = _both_read(VALID_LEDGER, data, onepoints_home)
    _exercise(run, onepoints_home, readable, pick)
    FIGURES["fuzz: hostile config.toml cases"] += 1
    FIGURES["fuzz: hostile config.toml cases still valid"] += readable


# --- CSV imports -------------------------------------------------------------------------

CSV_CELLS = st.one_of(
    st.text(max_size=20),
    HUGE_NUMBERS.map(str),
    st.sampled_from(
        [
            "nan",
            "inf",
            "-0",
            "1e999999",
            "0.001",
            "1,5",
            "9999-12-31",
            "0001-01-01",
            "2025-02-30",
            "=cmd|' /C calc'!A0",
            "'=1+1",
            '"',
            '""',
            "\x00",
            "\r",
            "a;b;c",
            "/dev/zero",
            ".",
            "..",
            "/",
            "x" * 200_000,
        ]
    ),
    st.dates().map(str),
)


@st.composite
def csv_structural(draw) -> bytes:
    header = ["date", "title", "kind", "hours", "points", "evidence", "note"]
    if draw(st.booleans()):
        header = draw(
            st.permutations(header + draw(st.lists(st.sampled_from(["id", "state", "x", ""]), max_size=2)))
        )
    rows = [
        ["2025-01-01", "Summit day", "splash", "6", "", "", ""],
        ["2025-03-01", "Course", "course", "2", "", "", ""],
    ]
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):  # a plausible row: only some cells odd
            day = draw(st.one_of(st.dates(dt.date(2022, 1, 1), dt.date(2030, 1, 1)).map(str), CSV_CELLS))
            amount = draw(st.one_of(st.decimals("0.25", "999", places=2).map(str), CSV_CELLS))
            rows.append(
                [day, draw(st.text(min_size=1, max_size=30)), "course", "", amount, "", draw(CSV_CELLS)]
            )
        else:
            rows.append([draw(CSV_CELLS) for _ in range(draw(st.integers(0, len(header) + 2)))])
    for _ in range(draw(st.integers(0, 2))):
        row = draw(st.sampled_from(rows))
        if row:
            row[draw(st.integers(0, len(row) - 1))] = draw(CSV_CELLS)
    delimiter = draw(st.sampled_from([",", ";", "\t"]))

    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in f'"\r\n{delimiter}') else text

    lines = [delimiter.join(cell(c) for c in r) for r in [header, *rows]]
    return ("\ufeff" * draw(st.booleans()) + draw(st.sampled_from(["\r\n", "\n"])).join(lines)).encode(
        "utf-8", "surrogatepass"
    )


@_settings(CSV_CASES)
@given(
    data=st.one_of(csv_structural(), byte_level(VALID_CSV), st.binary(max_size=300)), dry_run=st.booleans()
)
def test_hostile_csv_import(run: Runner, onepoints_home: Path, tmp_path: Path, data: bytes, dry_run: bool):
    _reset(onepoints_home, VALID_LEDGER, VALID_CONFIG)
    source = tmp_path / "activities.csv"
    source.write_bytes(data)
    before = _files(onepoints_home)
    outcome = run("import", source, *(["--dry-run"] if dry_run else []))
    outcome.assert_clean()
    assert source.read_bytes() == data
    if outcome.exit_code == 1 or dry_run:
        assert _files(onepoints_home) == before
    else:
        ledger = parse_ledger_file(onepoints_home / "ledger.toml")
        assert ledger.activities[: len(valid_ledger().activities)] == valid_ledger().activities
    FIGURES["fuzz: hostile CSV imports"] += 1
    FIGURES["fuzz: hostile CSV imports accepted"] += outcome.exit_code == 0


# --- badge images ------------------------------------------------------------------------

ONESTREAM = {"id": "https://www.credly.com/org/onestream", "type": ["Profile"], "name": "OneStream Software"}
DATE_VALUES = st.one_of(
    st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31)).map(lambda d: f"{d}T23:59:59Z"),
    HOSTILE_VALUES,
    st.sampled_from(
        [
            "2027-05-31T23:59:59Z",
            "9999-12-31T23:59:59Z",
            "0001-01-01",
            "1e308",
            "-99999999999",
            10**20,
            -(10**12),
            "2027-02-30",
            "2027-05-31t00:00:00z",
            "  2027-05-31  ",
        ]
    ),
)


PLAUSIBLE_DATES = st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31)).map(lambda d: f"{d}T23:59:59Z")
PLAUSIBLE_ISSUED = st.dates(dt.date(2020, 1, 1), dt.date(2023, 12, 31)).map(lambda d: f"{d}T10:00:00Z")


@st.composite
def badge_document(draw) -> dict:
    """Half the time a plausible badge with one odd field at most, else odd throughout."""
    odd = draw(st.booleans())
    oddest = draw(st.integers(0, 9))  # 5 to 9: none

    def pick(n: int, plausible, hostile):
        return draw(hostile if odd or n == oddest else plausible)

    fields = {
        "validFrom": pick(0, PLAUSIBLE_ISSUED, DATE_VALUES),
        "validUntil": pick(1, PLAUSIBLE_DATES, DATE_VALUES),
    }
    name = pick(2, st.just("OneStream Certified Associate"), st.one_of(st.text(max_size=30), HOSTILE_VALUES))
    if draw(st.booleans()):
        return bf.ob3_credential(name, pick(3, st.just(ONESTREAM), HOSTILE_VALUES), **fields)
    badge = pick(3, st.just(bf.ob2_badge_class(name, "OneStream")), HOSTILE_VALUES)
    return bf.ob2_assertion(
        badge, issuedOn=pick(4, PLAUSIBLE_ISSUED, DATE_VALUES), expires=fields["validUntil"]
    )


def _bake(draw, document) -> tuple[str, bytes]:
    text = json.dumps(document, default=str)
    if draw(st.integers(0, 9)) == 0:
        text = "[" * 3000 + "]" * 3000  # nested past any recursion limit
    form = draw(st.sampled_from(["png", "png-compressed", "svg", "json", "jws"]))
    if form == "png":
        return "badge.png", bf.png(
            bf.itxt("openbadgecredential" if "credentialSubject" in text else "openbadges", text)
        )
    if form == "png-compressed":
        return "badge.png", bf.png(bf.itxt("openbadges", text, compressed=True), after_idat=True)
    if form == "svg":
        escaped = text.replace("&", "&amp;").replace("<", "&lt;")
        return "badge.svg", bf.svg(f"<openbadges:assertion>{escaped}</openbadges:assertion>")
    if form == "jws":
        return "badge.png", bf.png(bf.itxt("openbadges", bf.jws(text.encode())))
    return "badge.json", text.encode()


@st.composite
def badge_file(draw) -> tuple[str, bytes]:
    name, data = _bake(draw, draw(badge_document()))
    if draw(st.integers(0, 3)) == 0:
        data = draw(byte_level(data))
    return name, data


@_settings(BADGE_CASES)
@given(badge=badge_file(), with_options=st.booleans())
def test_hostile_badge_import(run: Runner, onepoints_home: Path, tmp_path: Path, badge, with_options: bool):
    _reset(onepoints_home, VALID_LEDGER, VALID_CONFIG)
    name, data = badge
    source = tmp_path / name
    source.write_bytes(data)
    before = _files(onepoints_home)
    options = ["--expires", "2028-01-31", "--name", "OneStream Certified Architect"] if with_options else []
    outcome = run("cert", "import", source, *options)
    outcome.assert_clean()
    assert source.read_bytes() == data
    if outcome.exit_code == 1:
        assert _files(onepoints_home) == before
    else:
        parse_ledger_file(onepoints_home / "ledger.toml")
    FIGURES["fuzz: hostile badge files imported"] += 1
    FIGURES["fuzz: hostile badge files accepted"] += outcome.exit_code == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nest = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
        (
            "next_activity_id = 9\n[[activities]]\nid = 1\ntitle = 'x'\ndate = 9999-12-31\nkind = 'course'\npoints = 1\n",
            "out of range",
        ),
        ("[[certifications]]\nid = 'oca'\nname = 'n'\nexpires = 0001-01-01\n", "out of range"),
    ],
)
def test_found_by_fuzzing(run: Runner, onepoints_home: Path, text: str, message: str):
    """Cases that once ended in a traceback (RecursionError, OverflowError, ValueError)."""
    _reset(onepoints_home, text.encode(), None)
    for command in (
        ["status"],
        ["list"],
        ["add", "x", "--date", "2025-01-01", "--kind", "course", "--points", "1"],
    ):
        outcome = run(*command)
        outcome.assert_clean(allowed=(1,))
        assert message in outcome.stderr
        assert (onepoints_home / "ledger.toml").read_text() == text


def test_a_change_that_would_make_the_ledger_unreadable_is_refused(run: Runner, onepoints_home: Path):
    """An extension of a certification that expires near the last accepted date
    would move it past that date: refused before anything is written."""
    run(
        "cert", "add", "OneStream Certified Associate", "--expires", "9899-06-30", "--id", "oca"
    ).assert_clean((0,))
    ledger = parse_ledger_file(onepoints_home / "ledger.toml")
    from onepoints_cli.storage.ledger import store
    from onepoints_cli.storage.paths import Paths

    bundle = Bundle(1, "oca", dt.date(2025, 1, 1), dt.date(2025, 1, 1), (), Decimal(40), "/b.zip", SHA)
    store.modify(Paths(onepoints_home, onepoints_home), lambda s: (ledger._replace(bundles=(bundle,)), None))
    before = _files(onepoints_home)
    outcome = run("extend", "--cert", "oca")
    outcome.assert_clean(allowed=(1,))
    assert "would make the ledger invalid" in outcome.stderr and "out of range" in outcome.stderr
    assert _files(onepoints_home) == before
    typed = run("add", "Typo", "--date", "0202-05-01", "--kind", "course", "--points", "1")
    typed.assert_clean(allowed=(2,))  # a date typed out of range is a usage error
    assert "out of range" in typed.stderr


def test_a_valid_hand_edit_survives_the_next_write(run: Runner, onepoints_home: Path):
    """`activities = []` in a bundle is valid; the next write once dropped the key,
    leaving a ledger that no command could read ("Field required")."""
    text = (
        "[[certifications]]\nid = 'oca'\nname = 'n'\nexpires = 2027-01-01\n"
        "[[bundles]]\nid = 1\ncert = 'oca'\ncreated = 2025-01-01\nas_of = 2025-01-01\nactivities = []\n"
        f"points = 40\npath = '/b.zip'\nsha256 = '{SHA}'\n"
    )
    _reset(onepoints_home, text.encode(), None)
    run("add", "x", "--date", "2025-01-01", "--kind", "course", "--points", "1").assert_clean((0,))
    run("status").assert_clean((0,))
    assert parse_ledger_file(onepoints_home / "ledger.toml").bundles[0].activities == ()


# --- what onepoints writes, it reads back ----------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
_TITLE = _TEXT.filter(str.strip)
_DAY = st.dates(dt.date(1900, 1, 1), dt.date(9899, 12, 31))
_AMOUNT = st.decimals("0.01", "1000", places=2)
_SHA = st.text("0123456789abcdef", min_size=64, max_size=64)


@st.composite
def any_valid_ledger(draw) -> Ledger:
    """A ledger with every optional field filled or empty, every list short or empty."""
    cert_ids = draw(
        st.lists(st.from_regex(r"[a-z0-9][a-z0-9-]{0,39}", fullmatch=True), max_size=3, unique=True)
    )
    certs = []
    for cert_id in cert_ids:
        expires = draw(_DAY)
        earned = draw(st.none() | st.dates(dt.date(1900, 1, 1), expires))
        certs.append(
            Certification(
                cert_id, draw(_TITLE), expires, earned, draw(st.booleans()), draw(st.none() | _TEXT)
            )
        )
    ids = draw(st.lists(st.integers(1, 10**20), max_size=4, unique=True))
    path = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\0"), max_size=20)
    evidence = st.builds(Evidence, path, st.integers(0, 2**63), _SHA)
    activities = tuple(
        Activity(
            i,
            draw(_TITLE),
            draw(_DAY),
            draw(_TEXT),
            draw(_AMOUNT),
            draw(st.none() | _AMOUNT),
            tuple(draw(st.lists(evidence, max_size=2))),
            draw(st.none() | _TEXT),
        )  # fmt: skip
        for i in ids
    )
    owned = st.sampled_from(cert_ids) if cert_ids else st.nothing()
    bundles = tuple(
        Bundle(
            n,
            draw(owned),
            draw(_DAY),
            draw(_DAY),
            tuple(draw(st.lists(st.integers(1, 10**6), max_size=3))),
            draw(_AMOUNT),
            draw(_TEXT),
            draw(_SHA),
        )  # fmt: skip
        for n in range(draw(st.integers(0, 2) if cert_ids else st.just(0)))
    )
    used = st.lists(st.sampled_from(ids), max_size=2) if ids else st.just([])
    extensions = tuple(
        Extension(
            n,
            draw(owned),
            draw(_DAY),
            draw(_DAY),
            draw(_DAY),
            tuple(draw(used)),
            draw(st.none() | st.integers(1, 5)),
            draw(st.none() | _TEXT),
        )  # fmt: skip
        for n in range(draw(st.integers(0, 2) if cert_ids else st.just(0)))
    )
    exams = tuple(
        draw(
            st.lists(
                st.builds(
                    ExamAttempt, _TEXT, _DAY, st.sampled_from(["pass", "fail", "pending"]), st.booleans()
                )
            )
        )
    )
    return Ledger(
        1, max(ids, default=0) + draw(st.integers(1, 3)), tuple(certs), activities, bundles, extensions, exams
    )


@_settings(size(20, 2000))
@given(ledger=any_valid_ledger())
def test_every_valid_ledger_reads_back_as_written(ledger: Ledger):
    from onepoints_cli.domain.validation import ledger_problems

    assert list(ledger_problems(ledger)) == []
    assert ledger_from_toml(ledger_to_toml(ledger).encode(), Path("ledger.toml")) == ledger
    FIGURES["fuzz: valid ledgers written and read back identical"] += 1


def test_a_nul_character_in_an_evidence_path(run: Runner, onepoints_home: Path, tmp_path: Path):
    """Found by the CSV fuzzing: os.stat raises ValueError (not OSError) on a NUL."""
    _reset(onepoints_home, VALID_LEDGER, None)
    source = tmp_path / "nul.csv"
    source.write_bytes(
        b"date,title,kind,hours,points,evidence,note\r\n2025-01-01,Summit day,splash,6,,\x00,\r\n"
    )
    before = _files(onepoints_home)
    imported = run("import", source)
    imported.assert_clean(allowed=(1,))
    # A NUL byte anywhere: not a text file (UTF-16 without its byte order mark, a binary file).
    assert "holds NUL bytes" in imported.stderr
    assert _files(onepoints_home) == before
    # The same path written into the ledger by hand: refused when read, by every command.
    ledger = VALID_LEDGER.replace(b'path = "/nonexistent/certificate.pdf"', b'path = "/tmp/a\\u0000b.pdf"', 1)
    _reset(onepoints_home, ledger, None)
    for command in (["doctor"], ["bundle", "--cert", "oca", "--dry-run"], ["status"]):
        outcome = run(*command)
        outcome.assert_clean(allowed=(1,))
        assert "NUL" in outcome.stderr


def test_undo_with_a_record_whose_id_is_0(run: Runner, onepoints_home: Path):
    """Found by the ledger fuzzing: `undo` described the changes with `id or ...`,
    and an extension with id 0 (valid) ended in AttributeError."""
    ledger = VALID_LEDGER.replace(b"[[extensions]]\nid = 1", b"[[extensions]]\nid = 0")
    assert ledger != VALID_LEDGER
    _reset(onepoints_home, ledger, None)
    run("add", "x", "--date", "2025-01-01", "--kind", "course", "--points", "1").assert_clean((0,))
    undone = run("undo")
    undone.assert_clean((0,))
    assert "activity 6 (x, 2025-01-01) removed" in undone.stderr
