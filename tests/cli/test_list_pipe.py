"""`onepoints list | grep` gets the whole row; `show` never cuts a path or a sha256."""

from __future__ import annotations

TITLE = "Splash 2025: Planning workshop on the long close and every consolidation rule there is"


def test_list_and_show_on_a_pipe_are_whole(cli, evidence_file):
    deep = evidence_file("a-very-long-certificate-name-" + "x" * 120 + ".pdf")
    added = cli("add", TITLE, "--date", "2025-03-04", "--kind", "splash", "--hours", "8", "--evidence", deep)
    assert added.exit_code == 0, added.stderr
    listed = cli("list", "--as-of", "2025-06-01")
    (row,) = [line for line in listed.stdout.splitlines() if "Planning" in line]
    assert row.split()[0] == added.stdout.strip() and TITLE in row and row.split()[-1] == "1"
    shown = cli("show", added.stdout.strip())
    assert shown.exit_code == 0 and str(deep) in shown.stdout
    import hashlib

    assert hashlib.sha256(deep.read_bytes()).hexdigest() in shown.stdout
    assert "aged_out" not in listed.stdout and "False" not in shown.stdout
