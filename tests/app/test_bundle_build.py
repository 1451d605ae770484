"""app/bundle_build.py: plan, check, write the zip, then record it (or leave nothing)."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import pytest

from onepoints_cli.app import bundle_build as bb
from onepoints_cli.domain.bundle.problems import PastExpiry
from onepoints_cli.domain.models import Evidence, Ledger, Settings
from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.bundle_documents import WITHOUT_HTML
from onepoints_cli.storage.bundle_zip.pending import FOLDER as PENDING
from onepoints_cli.storage.ledger import store
from onepoints_cli.storage.ledger.store import Snapshot
from tests.support.builders import activity, cert
from tests.support.worded import refused

AS_OF = dt.date(2026, 6, 1)


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    """Three activities of 20 points, each with a real file: the oldest two make 40."""
    acts = []
    for n in (1, 2, 3):
        data = f"certificate {n}".encode()
        path = tmp_path / "docs" / f"{n}.pdf"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        record = Evidence(str(path), len(data), hashlib.sha256(data).hexdigest())
        acts.append(activity(n, day=dt.date(2025, n, 1), points="20")._replace(evidence=(record,)))
    return Ledger(certifications=(cert(),), activities=tuple(acts), next_activity_id=4)


def _plan(ledger, home_paths, out=None, **kw):
    return bb.plan_bundle(
        Snapshot(ledger, Settings()), None, AS_OF, False, out, paths=home_paths, documents=WITHOUT_HTML, **kw
    )


def _save(home_paths, ledger):
    store.modify(home_paths, lambda s: (ledger, None))


def test_the_plan_takes_the_oldest_until_40_and_names_the_default_file(
    ledger, home_paths, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    plan = _plan(ledger, home_paths)
    assert [a.id for a in plan.selection.activities] == [1, 2]
    assert plan.target == tmp_path / "onepoints-oca-2026-06-01.zip"
    generated = [m for m in plan.members if not isinstance(m, bb.FileMember)]
    assert plan.total_bytes == len(b"certificate 1") * 2 + sum(len(m.data) for m in generated)


@pytest.mark.parametrize(("expires", "refused"), [(AS_OF + dt.timedelta(days=1), False), (AS_OF, True)])
def test_planning_is_refused_from_the_expiry_day_unless_forced(ledger, home_paths, expires, refused):
    ledger = ledger._replace(certifications=(cert(expires=expires),))
    if refused:
        with pytest.raises(PastExpiry) as past:
            _plan(ledger, home_paths)
        assert past.value.as_of == past.value.expires == expires
        assert _plan(ledger, home_paths, force=True).selection.cert.expires == expires
    else:
        assert _plan(ledger, home_paths).selection.cert.expires == expires


def test_a_bundle_cannot_go_to_stdout(ledger, home_paths):
    with refused("cannot go to standard output"):
        _plan(ledger, home_paths, out="-")


def test_build_writes_the_zip_and_records_it(ledger, home_paths, tmp_path):
    _save(home_paths, ledger)
    out = tmp_path / "out.zip"
    plan = _plan(ledger, home_paths, out=str(out))
    seen = []
    bundle = bb.build_bundle(plan, force=False, progress=seen.append, created=AS_OF, paths=home_paths)
    assert bundle.id == 1 and bundle.activities == (1, 2) and bundle.path == str(out)
    assert bundle.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert archive.read(names[0]) == b"certificate 1"
    assert "manifest.json" in names
    assert sum(seen) == plan.total_bytes  # progress counts every member's bytes
    assert store.load(home_paths).ledger.bundles == (bundle,)
    assert list((home_paths.data_dir / PENDING).glob("*")) == []  # the marker is cleared


def test_a_changed_file_writes_nothing_and_records_nothing(ledger, home_paths, tmp_path):
    _save(home_paths, ledger)
    Path(ledger.activities[1].evidence[0].path).write_bytes(b"certificate X")  # same size, other content
    out = tmp_path / "out.zip"
    plan = _plan(ledger, home_paths, out=str(out))
    with refused("changed since it was recorded"):
        bb.build_bundle(plan, force=False, progress=lambda n: None, created=AS_OF, paths=home_paths)
    assert not out.exists()
    assert store.load(home_paths).ledger.bundles == ()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.zip")] == []


def test_check_plan_refuses_an_existing_file_without_force_and_a_missing_source(ledger, home_paths, tmp_path):
    out = tmp_path / "out.zip"
    out.write_bytes(b"older bundle")
    plan = _plan(ledger, home_paths, out=str(out))
    with refused("already exists"):
        bb.check_plan(plan, force=False, paths=home_paths)
    assert bb.check_plan(plan, force=True, paths=home_paths) == out
    Path(ledger.activities[0].evidence[0].path).unlink()
    with refused("activity 1: .*: missing"):
        bb.check_plan(plan, force=True, paths=home_paths)
    assert out.read_bytes() == b"older bundle"


def test_a_failed_record_removes_the_zip(ledger, home_paths, tmp_path, monkeypatch):
    _save(home_paths, ledger)
    out = tmp_path / "out.zip"
    plan = _plan(ledger, home_paths, out=str(out))

    def refuse(*args, **kwargs):
        raise OnePointsError("the ledger is locked")

    monkeypatch.setattr(bb.ledger_store, "modify", refuse)
    with refused("locked"):
        bb.build_bundle(plan, force=False, progress=lambda n: None, created=AS_OF, paths=home_paths)
    assert not out.exists()
    assert list((home_paths.data_dir / PENDING).glob("*")) == []
