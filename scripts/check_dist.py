"""Build the sdist and the wheel and check them, as CI does (issue 21).

- `python -m build` with the pinned backend (pyproject.toml's [build-system]);
- `twine check --strict` on both (the metadata PyPI would show);
- the sdist holds the tests, docs, completions, examples and the LICENSE;
- the metadata's license is the SPDX expression MIT and its version is the one
  in src/onepoints_cli/__init__.py (written nowhere else).

Usage (in a virtual environment with `build` and `twine`):

    python scripts/check_dist.py
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUST_HOLD = ("LICENSE", "README.md", "tests/conftest.py", "docs/windows.md", "completions/onepoints.ps1",
             "examples/ledger.toml", "scripts/gen_completions.py")  # fmt: skip


def version() -> str:
    tree = ast.parse((ROOT / "src" / "onepoints_cli" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit("no __version__ in src/onepoints_cli/__init__.py")


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "build", "--outdir", out, str(ROOT)], check=True)
        built = sorted(Path(out).iterdir())
        subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], check=True)
        (sdist,) = [p for p in built if p.name.endswith(".tar.gz")]
        with tarfile.open(sdist) as archive:
            top = sdist.name.removesuffix(".tar.gz")
            names = set(archive.getnames())
            info = archive.extractfile(f"{top}/PKG-INFO")
            metadata = info.read().decode("utf-8") if info else ""
    problems = [f"the sdist lacks {name}" for name in MUST_HOLD if f"{top}/{name}" not in names]
    if "License-Expression: MIT\n" not in metadata:
        problems.append("the metadata has no License-Expression: MIT")
    if f"Version: {version()}\n" not in metadata:
        problems.append(f"the metadata's version is not {version()}")
    if problems:
        raise SystemExit("\n".join(problems))
    print(f"{sdist.name} and the wheel: built, twine-checked, complete.")


if __name__ == "__main__":
    main()
