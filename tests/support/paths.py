"""Where the repository's test data is, found from this file, so a plain clone has all of it."""

from __future__ import annotations

from pathlib import Path

#: The repository's root folder.
REPO = Path(__file__).resolve().parents[2]

#: The shipped example data folder (a complete ONEPOINTS_HOME).
EXAMPLES = REPO / "examples"

#: The shell completion scripts.
COMPLETIONS = REPO / "completions"

#: Published Open Badges test images, with their licences (see its README.md).
BADGES = REPO / "tests" / "fixtures" / "badges"
