"""app/extension.py: recording an accepted case, with what the command must warn about."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.app.extension import extend_certification
from onepoints_cli.domain.bundle.problems import ExpiryNotLater
from onepoints_cli.domain.models import Bundle, Ledger
from onepoints_cli.storage.ledger import store
from tests.support.builders import SHA, activity, cert

EXPIRES = dt.date(2027, 3, 31)


def _save(home_paths, ledger: Ledger) -> None:
    store.modify(home_paths, lambda s: (ledger, None))


def _ledger(activity_day=dt.date(2025, 6, 1)) -> Ledger:
    bundle = Bundle(1, "oca", dt.date(2027, 1, 1), dt.date(2027, 1, 1), (1,), Decimal(40), "/b.zip", SHA)
    return Ledger(
        certifications=(cert(expires=EXPIRES),),
        activities=(activity(1, day=activity_day, points="40"),),
        bundles=(bundle,),
        next_activity_id=2,
    )


@pytest.mark.parametrize(("recorded", "after"), [(EXPIRES, False), (EXPIRES + dt.timedelta(days=1), True)])
def test_after_expiry_is_said_only_from_the_day_after_the_expiry(home_paths, recorded, after):
    _save(home_paths, _ledger())
    result = extend_certification(home_paths, None, None, None, "CS1", recorded=recorded)
    assert result.after_expiry is after
    assert result.extension.new_expiry == dt.date(2029, 3, 31)
    saved = store.load(home_paths).ledger
    assert saved.certifications[0].expires == dt.date(2029, 3, 31)
    assert saved.extensions == (result.extension,)


@pytest.mark.parametrize(
    ("recorded", "complete"),
    # The activity of 2025-06-01 ages out on 2027-06-01: the bundle holds 40 until 2027-05-31.
    [(dt.date(2027, 5, 31), True), (dt.date(2027, 6, 1), False)],
)
def test_the_bundle_is_checked_on_the_day_recorded(home_paths, recorded, complete):
    ledger = _ledger()._replace(certifications=(cert(expires=dt.date(2027, 12, 31)),))
    _save(home_paths, ledger)
    result = extend_certification(home_paths, "oca", 1, None, None, recorded=recorded)
    assert result.check is not None
    assert result.check.complete is complete
    assert result.check.complete_until == dt.date(2027, 5, 31)


def test_a_refused_extension_changes_nothing(home_paths):
    _save(home_paths, _ledger())
    before = home_paths.ledger.read_bytes()
    with pytest.raises(ExpiryNotLater):
        extend_certification(home_paths, "oca", 1, EXPIRES, None, recorded=EXPIRES)
    assert home_paths.ledger.read_bytes() == before
