"""Properties of the three-way merge, on ledgers grown as two computers grow them:
the same start, then each side adds, edits and removes records on its own, giving
activity ids from its own next_activity_id (so both give the same ones)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.ledger_merge import Candidate, base_choice, merge, settle
from onepoints_cli.domain.models import Activity, Certification, ExamAttempt, Ledger

TITLES = st.sampled_from(["Tech Talk", "Splash 2025", "Planning course", "Webinar"])
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
POINTS = st.sampled_from([Decimal(1), Decimal("2.5"), Decimal(8)])
CERTS = st.sampled_from(["oca", "ocp", "ocs"])

OPERATION = st.one_of(
    st.tuples(st.just("add"), TITLES, DAYS, POINTS),
    st.tuples(
        st.just("edit"), st.integers(0, 20), st.one_of(st.none(), TITLES), st.one_of(st.none(), DAYS), POINTS
    ),
    st.tuples(st.just("rm"), st.integers(0, 20)),
    st.tuples(st.just("cert"), CERTS, DAYS),
    st.tuples(st.just("uncert"), CERTS),
    st.tuples(
        st.just("exam"), st.sampled_from(["OS-101", "OS-201"]), DAYS, st.sampled_from(["pass", "fail"])
    ),
)


def apply(ledger: Ledger, operation: tuple) -> Ledger:
    """One command of onepoints, as the ledger sees it."""
    name, *args = operation
    acts = ledger.activities
    if name == "add":
        title, day, points = args
        new = Activity(ledger.next_activity_id, title, day, "course", points)
        return ledger._replace(activities=(*acts, new), next_activity_id=ledger.next_activity_id + 1)
    if name == "edit" and acts:
        index, title, day, points = args
        old = acts[index % len(acts)]
        new = old._replace(title=title or old.title, date=day or old.date, points=points)
        return ledger._replace(activities=tuple(new if a is old else a for a in acts))
    if name == "rm" and acts:
        gone = acts[args[0] % len(acts)]
        return ledger._replace(activities=tuple(a for a in acts if a is not gone))
    if name == "cert":
        cert_id, day = args
        others = tuple(c for c in ledger.certifications if c.id != cert_id)
        return ledger._replace(certifications=(*others, Certification(cert_id, cert_id.upper(), day)))
    if name == "uncert":
        return ledger._replace(certifications=tuple(c for c in ledger.certifications if c.id != args[0]))
    if name == "exam":
        exam, day, result = args
        others = tuple(e for e in ledger.exams if (e.exam, e.date) != (exam, day))
        return ledger._replace(exams=(*others, ExamAttempt(exam, day, result)))
    return ledger


def grown(start: Ledger, operations: list[tuple]) -> list[Ledger]:
    """Every version after each operation (the last is the result)."""
    versions = [start]
    for operation in operations:
        versions.append(apply(versions[-1], operation))
    return versions[1:] or [start]


STEPS = st.lists(OPERATION, max_size=8)


def content(activity: Activity) -> tuple:
    return activity._replace(id=0)


def added(base: Ledger, side: Ledger) -> set[tuple]:
    ids = {a.id for a in base.activities}
    return {content(a) for a in side.activities if a.id not in ids}


@settings(max_examples=300, deadline=None)
@given(STEPS, STEPS, STEPS)
def test_no_activity_added_on_either_side_is_lost(start: list, mine: list, theirs: list) -> None:
    base = grown(Ledger(), start)[-1]
    ours, other = grown(base, mine)[-1], grown(base, theirs)[-1]
    result = merge(base, ours, other)
    for side in ("mine", "theirs"):
        merged = settle(result, [side] * len(result.conflicts))
        kept = {content(a) for a in merged.activities}
        assert added(base, ours) <= kept and added(base, other) <= kept
        ids = [a.id for a in merged.activities]
        assert len(ids) == len(set(ids)) and all(i < merged.next_activity_id for i in ids)


@settings(max_examples=200, deadline=None)
@given(STEPS, STEPS)
def test_merging_a_side_with_itself_or_with_the_base(start: list, changes: list) -> None:
    base = grown(Ledger(), start)[-1]
    side = grown(base, changes)[-1]
    assert merge(base, side, side).merged == side and merge(base, side, side).conflicts == ()
    assert merge(base, base, side).merged == side
    assert merge(base, side, base).merged == side


@settings(max_examples=200, deadline=None)
@given(STEPS, STEPS, st.integers(0, 20))
def test_a_removal_on_one_side_is_honoured(start: list, theirs: list, index: int) -> None:
    base = grown(Ledger(), [("add", "Tech Talk", dt.date(2025, 3, 4), Decimal(1)), *start])[-1]
    if not base.activities:
        return
    gone = base.activities[index % len(base.activities)]
    ours = base._replace(activities=tuple(a for a in base.activities if a != gone))
    other = grown(base, theirs)[-1]
    result = merge(base, ours, other)
    still = {a.id: a for a in other.activities}.get(gone.id)
    if still == gone:  # unchanged on their side: removed
        assert gone.id not in {a.id for a in result.merged.activities} and result.conflicts == ()
    elif still is not None:  # changed on theirs: the holder chooses
        assert [c.key for c in result.conflicts if c.section == "activities"] == [gone.id]


def side_steps(titles: list[str], parity: int) -> st.SearchStrategy[list[tuple]]:
    """One computer's own commands: its titles, and days of its own (even or odd)."""
    days = DAYS.map(lambda d: d if d.toordinal() % 2 == parity else d + dt.timedelta(days=1))
    own = st.one_of(
        st.tuples(st.just("add"), st.sampled_from(titles), days, POINTS),
        st.tuples(
            st.just("edit"),
            st.integers(0, 20),
            st.one_of(st.none(), st.sampled_from(titles)),
            st.one_of(st.none(), days),
            POINTS,
        ),
        st.tuples(st.just("rm"), st.integers(0, 20)),
        st.tuples(st.just("cert"), CERTS, DAYS),
        st.tuples(st.just("uncert"), CERTS),
    )
    return st.lists(own, max_size=8)


MINE_STEPS = side_steps(["Mine: course", "Mine: talk"], 0)
THEIR_STEPS = side_steps(["Theirs: course", "Theirs: talk"], 1)


@settings(max_examples=300, deadline=None)
@given(STEPS, MINE_STEPS, THEIR_STEPS, STEPS, st.booleans())
# Found by hypothesis: the other computer gave id 1 to an activity of its own and removed
# it; a base holding this computer's activity 1 made that look like its removal.
@example(
    start=[],
    mine=[
        ("add", "Mine: course", dt.date(2024, 1, 1), Decimal(1)),
        ("cert", "oca", dt.date(2024, 2, 1)),
        ("add", "Mine: course", dt.date(2024, 1, 1), Decimal("2.5")),
    ],
    theirs=[
        ("edit", 0, None, None, Decimal(1)),
        ("cert", "oca", dt.date(2024, 2, 1)),
        ("add", "Theirs: course", dt.date(2024, 1, 2), Decimal(1)),
        ("rm", 0),
    ],
    earlier=[],
    copy_is_mine=False,
)
# The same with two certifications added alike on both computers: the base holding
# this computer's activity 1 is then strictly the closest, with no tie to cast doubt.
@example(
    start=[],
    mine=[
        ("add", "Mine: course", dt.date(2024, 1, 1), Decimal(1)),
        ("cert", "oca", dt.date(2024, 2, 1)),
        ("cert", "ocp", dt.date(2024, 2, 1)),
    ],
    theirs=[
        ("add", "Theirs: course", dt.date(2024, 1, 2), Decimal(1)),
        ("rm", 0),
        ("cert", "oca", dt.date(2024, 2, 1)),
        ("cert", "ocp", dt.date(2024, 2, 1)),
    ],
    earlier=[],
    copy_is_mine=False,
)
def test_the_base_chosen_from_the_history_loses_no_activity(
    start: list, mine: list, theirs: list, earlier: list, copy_is_mine: bool
) -> None:
    """This computer's history: the versions before the fork, the shared one, then its
    own; the copy's versions are not in it. Whatever version is chosen, nothing added
    after the fork on either side is lost. The model (docs/merge.md): an activity one
    computer logs has neither the title nor the day of one the other logs (the same
    event logged alike on both is one activity: test_ledger_merge.py). `copy_is_mine`: the sync service kept the other
    computer's file as ledger.toml and renamed this one's (OneDrive does)."""
    history = [*grown(Ledger(), earlier), *grown(grown(Ledger(), earlier)[-1], start)]
    base = history[-1]
    own = grown(base, mine)
    history += own
    other = grown(base, theirs)[-1]
    candidates = [Candidate(number, ledger) for number, ledger in enumerate(history, 1)]
    if copy_is_mine:
        chosen, doubtful = base_choice(candidates, other, own[-1], theirs_version=len(history))
        result = merge(chosen.ledger if chosen else Ledger(), other, own[-1], doubtful)
    else:
        chosen, doubtful = base_choice(candidates, own[-1], other, ours_version=len(history))
        result = merge(chosen.ledger if chosen else Ledger(), own[-1], other, doubtful)
    # What a conflict names is the holder's to keep or drop; nothing else may be lost.
    asked = {
        content(r) for c in result.conflicts for r in (c.base, c.mine, c.theirs) if isinstance(r, Activity)
    }
    for side in ("mine", "theirs"):
        kept = {content(a) for a in settle(result, [side] * len(result.conflicts)).activities}
        assert (added(base, own[-1]) | added(base, other)) - kept <= asked
    kept_as_is = {content(a) for a in settle(result, ["mine"] * len(result.conflicts)).activities}
    mine_side = other if copy_is_mine else own[-1]
    assert added(base, mine_side) <= kept_as_is  # taking this computer's side loses none of its own
