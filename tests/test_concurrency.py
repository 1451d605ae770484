"""Several `onepoints add` at once: the lock makes every one of them land."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROCESSES = 4
ADDS_EACH = 5

_SCRIPT = """
import subprocess, sys
for n in range({adds}):
    done = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "add", f"Worker {{sys.argv[1]}} talk {{n}}",
         "--date", "2025-03-01", "--kind", "tech-talk", "--hours", "1"],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        sys.exit(done.stderr)
"""


def test_parallel_adds_all_land(onepoints_home):
    env = dict(os.environ, ONEPOINTS_HOME=str(onepoints_home))
    script = _SCRIPT.format(adds=ADDS_EACH)
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(w)], env=env, stderr=subprocess.PIPE, text=True)
        for w in range(PROCESSES)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
    listed = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    activities = json.loads(listed.stdout)["activities"]
    ids = [a["id"] for a in activities]
    assert len(ids) == PROCESSES * ADDS_EACH
    assert sorted(ids) == list(range(1, PROCESSES * ADDS_EACH + 1))
    titles = {a["title"] for a in activities}
    assert titles == {f"Worker {w} talk {n}" for w in range(PROCESSES) for n in range(ADDS_EACH)}
