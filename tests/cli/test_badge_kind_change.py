"""A badge whose URL is a certification's, naming a micro-credential, is refused unless --id says so."""

from __future__ import annotations

import json

from tests.cli.test_certs_command import flat, ob3_png


def test_a_known_badge_url_does_not_silently_make_a_micro_credential(cli, tmp_path, onepoints_home):
    first = cli("cert", "import", ob3_png(tmp_path))
    assert first.exit_code == 0 and first.stdout == "oca\n"
    before = (onepoints_home / "ledger.toml").read_bytes()
    renamed = ob3_png(tmp_path, name="OneStream Financial Close Fundamentals", file="other.png")
    refused = cli("cert", "import", renamed)
    assert refused.exit_code == 1 and refused.stdout == ""
    assert "Nothing was changed" in flat(refused.stderr) and "--id oca" in flat(refused.stderr)
    assert (onepoints_home / "ledger.toml").read_bytes() == before
    meant = cli("cert", "import", renamed, "--id", "oca")
    assert meant.exit_code == 0 and "Updated micro-credential 'oca'" in flat(meant.stderr)
    assert json.loads(cli("cert", "list", "--json").stdout)["certifications"][0]["type"] == "micro-credential"
