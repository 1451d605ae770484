"""Make docs/report.png (and docs/report-dark.png): the report of examples/ as of
2026-11-24, as headless Chromium draws it, light and dark.

The page is made by the real `onepoints report` on a copy of examples/ (a reading
command, but the copy keeps examples/ untouched whatever happens), then shot by
Debian's Chromium with the same flags as tests/render/test_report_browser.py.

Usage (from the repo, in the project's virtual environment, Chromium installed):

    python scripts/report_screenshot.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-24"
#: Wide enough for two cards side by side; tall enough for the cards and the chart.
WINDOW = "1000,1450"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    f"--window-size={WINDOW}",
]
#: prefers-color-scheme: dark, for the second picture.
DARK = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("Chromium is not installed (Debian: apt-get install chromium).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "examples"
        shutil.copytree(ROOT / "examples", home)
        page = Path(tmp) / "report.html"
        env = {**os.environ, "ONEPOINTS_HOME": str(home)}
        command = [sys.executable, "-m", "onepoints_cli", "report", "--as-of", AS_OF, "--out", str(page)]
        subprocess.run(command, env=env, check=True, capture_output=True)
        for name, extra in (("report.png", []), ("report-dark.png", DARK)):
            profile = Path(tmp) / f"profile-{name}"
            target = ROOT / "docs" / name
            shot = [chromium, *FLAGS, *extra, f"--user-data-dir={profile}", f"--screenshot={target}"]
            subprocess.run([*shot, page.as_uri()], check=True, capture_output=True, timeout=120)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
