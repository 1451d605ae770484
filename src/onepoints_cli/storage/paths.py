"""Where the ledger and config live."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

HOME_VARIABLE = "ONEPOINTS_HOME"
APP_NAME = "onepoints"


class Paths(NamedTuple):
    data_dir: Path
    config_dir: Path

    @property
    def ledger(self) -> Path:
        return self.data_dir / "ledger.toml"

    @property
    def backup(self) -> Path:
        return self.data_dir / "ledger.toml.bak"

    @property
    def lock(self) -> Path:
        return self.data_dir / "ledger.lock"

    @property
    def cache(self) -> Path:
        return self.data_dir / "ledger.cache.json"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def config(self) -> Path:
        return self.config_dir / "config.toml"


def resolve_paths(environ: Mapping[str, str] = os.environ) -> Paths:
    """ONEPOINTS_HOME holds both files when set; otherwise the platform's folders."""
    home = environ.get(HOME_VARIABLE)
    if home:
        folder = Path(home).expanduser().absolute()
        return Paths(folder, folder)
    import platformdirs  # only here: ONEPOINTS_HOME users never pay for the import

    return Paths(platformdirs.user_data_path(APP_NAME), platformdirs.user_config_path(APP_NAME))
