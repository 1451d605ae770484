"""domain/ledger/edits.py: pure changes to the ledger, each refused before anything changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.ledger import edits
from onepoints_cli.domain.ledger.problems import (
    ActivityUsed,
    BadCertId,
    CertHasExtensions,
    CertIdTaken,
    ExpiryBeforeEarned,
    NoEvidenceNumber,
    NoSuchActivity,
    NoSuchCert,
)
from onepoints_cli.domain.models import Bundle, Certification, Evidence, Extension, Ledger, replace
from onepoints_cli.domain.problems import EmptyText, UnstorableText
from tests.support.builders import SHA, activity, cert

OTHER_SHA = "1" * 64


def _bundle(id: int, cert_id: str) -> Bundle:
    day = dt.date(2026, 1, 1)
    return Bundle(id, cert_id, day, day, (1,), Decimal(1), f"/b/{id}.zip", SHA)


def _extension(cert_id: str = "oca", activities: tuple[int, ...] = (1,)) -> Extension:
    return Extension(
        id=1,
        cert=cert_id,
        recorded=dt.date(2026, 1, 1),
        previous_expiry=dt.date(2026, 3, 31),
        new_expiry=dt.date(2028, 3, 31),
        activities=activities,
    )


# --- certifications ----------------------------------------------------------


def test_add_cert_makes_an_id_from_the_name_and_strips_the_name():
    new = Certification(id="", name="  OneStream Certified Lead Architect ", expires=dt.date(2027, 1, 1))
    ledger = edits.add_cert(Ledger(), new)
    (added,) = ledger.certifications
    assert added.id == "ocla"
    assert added.name == "OneStream Certified Lead Architect"


def test_add_cert_numbers_a_made_id_that_is_taken():
    ledger = Ledger()
    for _ in range(3):
        ledger = edits.add_cert(
            ledger, Certification(id="", name="Lead Architect", expires=dt.date(2027, 1, 1))
        )
    assert [c.id for c in ledger.certifications] == ["la", "la-2", "la-3"]


def test_add_cert_refuses_a_given_id_that_is_taken():
    ledger = Ledger(certifications=(cert(),))
    with pytest.raises(CertIdTaken) as refused:
        edits.add_cert(ledger, cert())
    assert refused.value.cert_id == "oca"


@pytest.mark.parametrize("bad_id", ["OCA", "-oca", "o_ca", "a" * 200])
def test_add_cert_refuses_a_malformed_id(bad_id):
    with pytest.raises(BadCertId) as refused:
        edits.add_cert(Ledger(), cert(id=bad_id))
    assert refused.value.cert_id == bad_id


@pytest.mark.parametrize(
    ("earned", "refused"),
    [
        (dt.date(2027, 3, 30), False),
        (dt.date(2027, 3, 31), False),  # expires the day it is earned: odd but not impossible
        (dt.date(2027, 4, 1), True),  # the first day after expiry
    ],
)
def test_add_cert_refuses_an_expiry_before_the_date_earned(earned, refused):
    new = replace(cert(expires=dt.date(2027, 3, 31)), earned=earned)
    if refused:
        with pytest.raises(ExpiryBeforeEarned) as refused:
            edits.add_cert(Ledger(), new)
        assert (refused.value.expires, refused.value.earned) == (new.expires, earned)
    else:
        assert edits.add_cert(Ledger(), new).certifications == (new,)


def test_edit_cert_changes_only_that_certification():
    other = cert(id="ocp")
    ledger = Ledger(certifications=(cert(), other))
    edited = edits.edit_cert(ledger, "oca", name=" New name ", expires=dt.date(2029, 1, 1))
    assert edited.certifications[0] == replace(cert(), name="New name", expires=dt.date(2029, 1, 1))
    assert edited.certifications[1] is other


def test_edit_cert_refuses_dates_out_of_order_and_an_unknown_id():
    ledger = Ledger(certifications=(replace(cert(), earned=dt.date(2025, 3, 31)),))
    with pytest.raises(ExpiryBeforeEarned) as refused:
        edits.edit_cert(ledger, "oca", expires=dt.date(2025, 3, 30))
    assert refused.value.expires == dt.date(2025, 3, 30)
    with pytest.raises(NoSuchCert) as unknown:
        edits.edit_cert(ledger, "nope", name="x")
    assert (unknown.value.cert_id, unknown.value.known) == ("nope", ("oca",))
    with pytest.raises(EmptyText) as empty:
        edits.edit_cert(ledger, "oca", name="   ")
    assert empty.value.what == "cert_name"


def test_remove_cert_drops_its_bundles_but_keeps_the_others():
    ledger = Ledger(
        certifications=(cert(), cert(id="ocp")),
        bundles=(_bundle(1, "oca"), _bundle(2, "ocp")),
    )
    removed = edits.remove_cert(ledger, "oca")
    assert [c.id for c in removed.certifications] == ["ocp"]
    assert [b.id for b in removed.bundles] == [2]


def test_remove_cert_refuses_a_certification_with_extensions():
    ledger = Ledger(certifications=(cert(),), extensions=(_extension("oca"),))
    with pytest.raises(CertHasExtensions) as refused:
        edits.remove_cert(ledger, "oca")
    assert refused.value.cert_id == "oca"


# --- activities ----------------------------------------------------------------


def test_add_activity_takes_the_next_id_and_never_reuses_one():
    ledger, first = edits.add_activity(
        Ledger(), title=" Course ", day=dt.date(2026, 1, 2), kind="course", points=Decimal("2.5")
    )
    assert first.id == 1 and first.title == "Course" and first.note is None
    ledger = edits.remove_activity(ledger, 1)
    ledger, second = edits.add_activity(
        ledger, title="Again", day=dt.date(2026, 1, 3), kind="course", points=Decimal(1)
    )
    assert second.id == 2
    assert ledger.next_activity_id == 3
    assert ledger.activities == (second,)


def test_add_activities_keeps_order_and_records_a_repeated_file_once():
    twice = (Evidence("/a.pdf", 1, SHA), Evidence("/a.pdf", 2, OTHER_SHA))
    rows = [
        edits.NewActivity("One", dt.date(2026, 1, 1), "course", Decimal(1), evidence=twice),
        edits.NewActivity("Two", dt.date(2026, 1, 2), "event", Decimal(2), note="a note"),
    ]
    ledger, added = edits.add_activities(Ledger(next_activity_id=7), rows)
    assert [a.id for a in added] == [7, 8]
    assert ledger.next_activity_id == 9
    # The later record of the same path wins: it is the newest version of that file.
    assert added[0].evidence == (Evidence("/a.pdf", 2, OTHER_SHA),)
    assert added[1].note == "a note"


def test_add_activities_of_nothing_changes_nothing():
    ledger = Ledger(next_activity_id=4)
    assert edits.add_activities(ledger, []) == (ledger, ())


def test_add_activity_refuses_an_empty_title_and_unstorable_text():
    with pytest.raises(EmptyText) as empty:
        edits.add_activity(Ledger(), title="  ", day=dt.date(2026, 1, 1), kind="course", points=Decimal(1))
    assert empty.value.what == "title"
    with pytest.raises(UnstorableText) as unstorable:
        edits.add_activity(
            Ledger(), title="ok", day=dt.date(2026, 1, 1), kind="course", points=Decimal(1), note="\udcff"
        )
    assert unstorable.value.bad == "\udcff"


def test_edit_activity_cleans_title_and_drops_an_empty_note():
    ledger = Ledger(activities=(replace(activity(1), note="old"),), next_activity_id=2)
    edited = edits.edit_activity(ledger, 1, title="  New  ", note="")
    assert edited.activities[0].title == "New"
    assert edited.activities[0].note is None


@pytest.mark.parametrize(
    "change",
    [
        lambda ledger: edits.edit_activity(ledger, 1, points=Decimal(5)),
        lambda ledger: edits.remove_activity(ledger, 1),
        lambda ledger: edits.replace_evidence(ledger, 1, 1, Evidence("/new.pdf", 1, OTHER_SHA)),
    ],
    ids=["edit", "remove", "replace-evidence"],
)
def test_an_activity_used_by_an_extension_cannot_be_changed(change):
    ledger = Ledger(certifications=(cert(),), activities=(activity(1),), extensions=(_extension(),))
    with pytest.raises(ActivityUsed) as refused:
        change(ledger)
    assert refused.value.activity_id == 1


def test_an_unused_activity_next_to_a_used_one_can_be_removed():
    ledger = Ledger(activities=(activity(1), activity(2)), extensions=(_extension(activities=(1,)),))
    assert [a.id for a in edits.remove_activity(ledger, 2).activities] == [1]


def test_remove_activity_of_an_unknown_id_is_refused():
    with pytest.raises(NoSuchActivity) as refused:
        edits.remove_activity(Ledger(activities=(activity(1),)), 9)
    assert refused.value.activity_id == 9


# --- evidence --------------------------------------------------------------------


def test_attach_evidence_replaces_a_file_of_the_same_path_and_keeps_the_others():
    ledger = Ledger(activities=(activity(1),))
    newer = Evidence("/evidence/1.pdf", 99, OTHER_SHA)
    extra = Evidence("/evidence/extra.pdf", 5, SHA)
    attached = edits.attach_evidence(ledger, 1, (newer, extra))
    assert attached.activities[0].evidence == (newer, extra)


def test_attach_evidence_is_allowed_on_a_used_activity():
    ledger = Ledger(activities=(activity(1),), extensions=(_extension(),))
    extra = Evidence("/evidence/extra.pdf", 5, SHA)
    assert edits.attach_evidence(ledger, 1, (extra,)).activities[0].evidence[-1] == extra


def _three_files():
    files = tuple(Evidence(f"/e/{n}.pdf", n, str(n) * 64) for n in (1, 2, 3))
    return Ledger(activities=(replace(activity(1), evidence=files),)), files


@pytest.mark.parametrize("number", [1, 2, 3])
def test_detach_evidence_removes_exactly_the_numbered_file(number):
    ledger, files = _three_files()
    detached, gone = edits.detach_evidence(ledger, 1, number)
    assert gone == files[number - 1]
    assert detached.activities[0].evidence == tuple(f for f in files if f != gone)


@pytest.mark.parametrize("number", [0, 4, -1])
def test_detach_evidence_refuses_a_number_out_of_range(number):
    ledger, _ = _three_files()
    with pytest.raises(NoEvidenceNumber) as refused:
        edits.detach_evidence(ledger, 1, number)
    assert refused.value == NoEvidenceNumber(1, 3, number)


def test_detach_from_an_activity_without_evidence_says_so():
    ledger = Ledger(activities=(activity(1, evidence=False),))
    with pytest.raises(NoEvidenceNumber) as refused:
        edits.detach_evidence(ledger, 1, 1)
    assert (refused.value.count, refused.value.number) == (0, 1)


def test_detach_evidence_of_one_file_says_file_in_the_singular():
    ledger = Ledger(activities=(activity(1),))
    with pytest.raises(NoEvidenceNumber) as refused:
        edits.detach_evidence(ledger, 1, 2)
    assert (refused.value.count, refused.value.number) == (1, 2)


def test_detach_from_a_used_activity_keeps_the_sha256_on_its_extensions_only():
    ledger, files = _three_files()
    used = _extension(activities=(1,))
    unrelated = replace(_extension(activities=(5,)), id=2)
    ledger = replace(ledger, extensions=(used, unrelated))
    detached, gone = edits.detach_evidence(ledger, 1, 2)
    assert detached.extensions[0].detached_sha256 == (gone.sha256,)
    assert detached.extensions[1] == unrelated


def test_replace_evidence_puts_the_new_file_in_place_and_drops_its_old_duplicate():
    ledger, files = _three_files()
    new = Evidence("/e/3.pdf", 30, OTHER_SHA)  # the path of file 3, put in place of file 1
    replaced, gone = edits.replace_evidence(ledger, 1, 1, new)
    assert gone == files[0]
    assert replaced.activities[0].evidence == (new, files[1])


def test_relocate_evidence_moves_only_records_whose_content_still_matches():
    ledger, files = _three_files()
    moves = {
        (1, "/e/1.pdf", files[0].sha256): "/moved/1.pdf",
        (1, "/e/2.pdf", "f" * 64): "/moved/2.pdf",  # the file changed meanwhile
        (2, "/e/3.pdf", files[2].sha256): "/moved/3.pdf",  # another activity
        (1, "/e/3.pdf", files[2].sha256): "/e/3.pdf",  # not a move
    }
    moved, count = edits.relocate_evidence(ledger, moves)
    assert count == 1
    assert [e.path for e in moved.activities[0].evidence] == ["/moved/1.pdf", "/e/2.pdf", "/e/3.pdf"]
    assert [e.sha256 for e in moved.activities[0].evidence] == [f.sha256 for f in files]


def test_relocate_evidence_onto_a_path_already_recorded_keeps_one_record():
    ledger, files = _three_files()
    moved, count = edits.relocate_evidence(ledger, {(1, "/e/1.pdf", files[0].sha256): "/e/2.pdf"})
    assert count == 1
    assert [e.path for e in moved.activities[0].evidence] == ["/e/2.pdf", "/e/3.pdf"]


@given(st.lists(st.sampled_from(["/a", "/b", "/c", "/d"]), max_size=8))
def test_attached_evidence_never_holds_a_path_twice(paths):
    ledger = Ledger(activities=(activity(1),))
    files = tuple(Evidence(p, n, SHA) for n, p in enumerate(paths))
    recorded = edits.attach_evidence(ledger, 1, files).activities[0].evidence
    recorded_paths = [e.path for e in recorded]
    assert len(recorded_paths) == len(set(recorded_paths))
    assert set(recorded_paths) == set(paths) | {"/evidence/1.pdf"}
    # Each path keeps the last version given for it.
    for e in recorded:
        if e.path in paths:
            assert e.size == max(n for n, p in enumerate(paths) if p == e.path)
