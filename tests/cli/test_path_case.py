"""On Windows an evidence path is named in any case (emulated: storage's rule switched to Windows')."""

from __future__ import annotations

import pytest

from onepoints_cli.storage import path_keys


@pytest.fixture
def attached(cli, evidence_file):
    cert = evidence_file("Certificate.pdf")
    assert (
        cli(
            "add", "Talk", "--date", "2026-03-04", "--kind", "tech-talk", "--hours", "1", "--evidence", cert
        ).exit_code
        == 0
    )
    return cert


def test_detach_by_a_path_in_another_case_on_windows(cli, attached, monkeypatch) -> None:
    monkeypatch.setattr(path_keys, "CASE_BLIND", True)
    result = cli("evidence", "detach", "1", str(attached).upper())
    assert result.exit_code == 0, result.stderr
    listed = cli("evidence", "list", "1")
    assert "Certificate.pdf" not in listed.stdout


def test_on_linux_another_case_is_another_file(cli, attached, monkeypatch) -> None:
    monkeypatch.setattr(path_keys, "CASE_BLIND", False)
    result = cli("evidence", "detach", "1", str(attached).upper())
    assert result.exit_code == 1 and "has no evidence file" in result.stderr


@pytest.mark.parametrize(("case_blind", "places"), [(True, 1), (False, 2)])
def test_doctor_counts_one_place_for_two_spellings_on_windows(
    cli, evidence_file, monkeypatch, case_blind, places
):
    from onepoints_cli.app.evidence_search import file_states
    from onepoints_cli.cli.common import load

    content = b"%PDF-1.4 the same certificate"
    first, lost = evidence_file("Cert.pdf", content), evidence_file("lost.pdf", content)
    second = first.with_name("CERT.PDF")
    second.write_bytes(content)
    for title, path in (("A", first), ("B", second), ("C", lost)):
        added = cli(
            "add", title, "--date", "2026-03-04", "--kind", "tech-talk", "--hours", "1", "--evidence", path
        )
        assert added.exit_code == 0, added.stderr
    lost.unlink()
    monkeypatch.setattr(path_keys, "CASE_BLIND", case_blind)
    (state,) = [s for s in file_states(load().ledger, None).states if s.state != "ok"]
    assert state.state == "moved" and len(state.found_at) == places
