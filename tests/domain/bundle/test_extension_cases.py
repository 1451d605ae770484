"""domain/bundle/extension_cases.py: recording an accepted extension case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.bundle import extension_cases as cases
from onepoints_cli.domain.bundle.problems import (
    BundleActivitiesGone,
    ExpiryNotLater,
    NoBundleYet,
    NoSuchBundle,
    SeveralCerts,
    UsedByOthers,
    UsedTwice,
)
from onepoints_cli.domain.models import Bundle, Extension, Ledger
from onepoints_cli.errors import UsageError
from tests.support.builders import SHA, activity, cert

TODAY = dt.date(2026, 6, 1)


def _bundle(id: int, cert_id: str = "oca", activities=(1, 2), shared_with=()) -> Bundle:
    return Bundle(id, cert_id, TODAY, TODAY, activities, Decimal(40), f"/b/{id}.zip", SHA, shared_with)


def _ext(id: int, cert_id: str, activities, bundle=None) -> Extension:
    return Extension(id, cert_id, TODAY, dt.date(2026, 1, 1), dt.date(2028, 1, 1), activities, bundle)


def _ledger(**fields) -> Ledger:
    base = dict(
        certifications=(cert(), cert(id="ocp")),
        activities=(activity(1), activity(2), activity(3)),
        next_activity_id=4,
    )
    base.update(fields)
    return Ledger(**base)


# --- find_bundle --------------------------------------------------------------------


def test_find_bundle_prefers_the_newest_open_bundle():
    ledger = _ledger(
        bundles=(_bundle(1), _bundle(2), _bundle(3), _bundle(4, "ocp")),
        extensions=(_ext(1, "oca", (1,), bundle=3),),
    )
    assert cases.find_bundle(ledger, "oca", None).id == 2
    assert cases.find_bundle(ledger, "oca", 3).id == 3  # named: even an extended one


def test_find_bundle_falls_back_to_the_newest_when_every_one_was_extended():
    ledger = _ledger(
        bundles=(_bundle(1), _bundle(2)), extensions=(_ext(1, "oca", (1,), 1), _ext(2, "oca", (2,), 2))
    )
    assert cases.find_bundle(ledger, "oca", None).id == 2


def test_find_bundle_refuses_a_bundle_of_another_certification_and_none_at_all():
    ledger = _ledger(bundles=(_bundle(4, "ocp"),))
    with pytest.raises(NoSuchBundle) as unknown:
        cases.find_bundle(ledger, "oca", 4)
    assert unknown.value == NoSuchBundle(4, "oca")
    with pytest.raises(NoBundleYet) as none_yet:
        cases.find_bundle(ledger, "oca", None)
    assert none_yet.value == NoBundleYet("oca")


# --- extension_cert -------------------------------------------------------------------


def test_extension_cert_from_cert_bundle_or_the_only_open_bundle():
    ledger = _ledger(bundles=(_bundle(1, "oca"), _bundle(2, "ocp")), extensions=(_ext(1, "oca", (1,), 1),))
    assert cases.extension_cert(ledger, "oca", None) == "oca"
    assert cases.extension_cert(ledger, None, 1) == "oca"
    assert cases.extension_cert(ledger, None, 2) == "ocp"
    assert cases.extension_cert(ledger, None, None) == "ocp"  # the only bundle still open


def test_extension_cert_with_open_bundles_of_two_certifications_asks_which():
    ledger = _ledger(bundles=(_bundle(1, "oca"), _bundle(2, "ocp")))
    with pytest.raises(UsageError) as refused:
        cases.extension_cert(ledger, None, None)
    assert refused.value == SeveralCerts(("oca", "ocp"))


def test_extension_cert_of_an_unknown_bundle_is_refused():
    with pytest.raises(NoSuchBundle) as refused:
        cases.extension_cert(_ledger(), None, 9)
    assert refused.value == NoSuchBundle(9, None)


# --- record_extension -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires", "new_expiry"),
    [
        (dt.date(2027, 3, 31), dt.date(2029, 3, 31)),
        (dt.date(2024, 2, 29), dt.date(2026, 2, 28)),  # the month end clamps
    ],
)
def test_record_extension_moves_the_expiry_by_24_months(expires, new_expiry):
    ledger = _ledger(certifications=(cert(expires=expires),), bundles=(_bundle(1),))
    updated, ext = cases.record_extension(ledger, "oca", None, None, "CS001", TODAY)
    assert ext == Extension(1, "oca", TODAY, expires, new_expiry, (1, 2), 1, "CS001", ())
    assert updated.certifications[0].expires == new_expiry
    assert updated.extensions == (ext,)


@pytest.mark.parametrize(
    ("new_expiry", "refused"),
    [(dt.date(2027, 3, 31), True), (dt.date(2027, 4, 1), False)],  # the current expiry; the day after
)
def test_a_given_new_expiry_must_be_after_the_current_one(new_expiry, refused):
    ledger = _ledger(bundles=(_bundle(1),))
    if refused:
        with pytest.raises(ExpiryNotLater) as refused:
            cases.record_extension(ledger, "oca", 1, new_expiry, None, TODAY)
        assert refused.value == ExpiryNotLater(new_expiry, dt.date(2027, 3, 31))
    else:
        _, ext = cases.record_extension(ledger, "oca", 1, new_expiry, "", TODAY)
        assert ext.new_expiry == new_expiry and ext.case is None


def test_record_extension_numbers_after_the_highest_id_and_leaves_other_certs():
    ledger = _ledger(bundles=(_bundle(1, activities=(3,)),), extensions=(_ext(5, "ocp", (1,)),))
    updated, ext = cases.record_extension(ledger, "oca", 1, None, None, TODAY)
    assert ext.id == 6
    assert updated.certifications[1] == ledger.certifications[1]


@pytest.mark.parametrize(
    "removed",
    [(2,), (1, 2)],
)
def test_a_bundle_naming_removed_activities_is_refused(removed):
    kept = tuple(a for a in _ledger().activities if a.id not in removed)
    ledger = _ledger(activities=kept, bundles=(_bundle(1),))
    with pytest.raises(BundleActivitiesGone) as refused:
        cases.record_extension(ledger, "oca", 1, None, None, TODAY)
    assert refused.value == BundleActivitiesGone(1, removed)


def test_an_activity_never_extends_the_same_certification_twice_even_shared():
    ledger = _ledger(bundles=(_bundle(1), _bundle(2)), extensions=(_ext(1, "oca", (2, 3), 1),))
    with pytest.raises(UsedTwice) as refused:
        cases.record_extension(ledger, "oca", 2, None, None, TODAY, share=True)
    assert refused.value == UsedTwice(2, "oca", (2,))


def test_activities_used_by_another_certification_need_share():
    ledger = _ledger(bundles=(_bundle(2),), extensions=(_ext(1, "ocp", (1, 2)),))
    with pytest.raises(UsedByOthers) as refused:
        cases.record_extension(ledger, "oca", 2, None, None, TODAY)
    assert refused.value == UsedByOthers(2, "oca", (1, 2), ("ocp",))
    updated, ext = cases.record_extension(ledger, "oca", 2, None, None, TODAY, share=True)
    assert ext.shared_with == ("ocp",)


def test_a_bundle_built_with_share_is_accepted_without_asking_again():
    ledger = _ledger(bundles=(_bundle(2, shared_with=("ocp",)),), extensions=(_ext(1, "ocp", (1,)),))
    _, ext = cases.record_extension(ledger, "oca", 2, None, None, TODAY)
    assert ext.shared_with == ("ocp",)


def test_a_bundle_shared_with_one_certification_does_not_cover_another():
    ledger = _ledger(
        certifications=(cert(), cert(id="ocp"), cert(id="ocx")),
        bundles=(_bundle(2, shared_with=("ocp",)),),
        extensions=(_ext(1, "ocp", (1,)), _ext(2, "ocx", (2,))),
    )
    with pytest.raises(UsedByOthers) as refused:
        cases.record_extension(ledger, "oca", 2, None, None, TODAY)
    assert refused.value.others == ("ocp", "ocx")
