"""Steps many CLI tests start with: a certification, an activity."""

from __future__ import annotations


def setup_cert(cli, expires="2027-03-31", cert_id="oca"):
    result = cli("cert", "add", "OneStream Certified Associate", "--expires", expires, "--id", cert_id)
    assert result.exit_code == 0, result.stderr
    return result


def add(cli, *args):
    result = cli("add", *args)
    assert result.exit_code == 0, result.stderr
    return int(result.stdout.strip())
