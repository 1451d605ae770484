"""Make a realistic ledger of N activities in a folder, through the real write path.

Usage: python bench/make_ledger.py FOLDER N
The folder gets ledger.toml (and its cache, as after any `onepoints add`).
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from onepoints_cli.domain.kinds import BUILTIN_KINDS
from onepoints_cli.domain.models import Activity, Certification, Evidence, Ledger
from onepoints_cli.storage.ledger import store
from onepoints_cli.storage.paths import Paths


def make_ledger(count: int, seed: int = 7) -> Ledger:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    activities = tuple(
        Activity(
            id=i,
            title=f"Activity {i}: {rng.choice(['Tech Talk', 'Splash', 'Webinar', 'Course'])} session",
            date=start + timedelta(days=rng.randrange(0, 1800)),
            kind=rng.choice(BUILTIN_KINDS)[0],
            points=Decimal(rng.randrange(25, 800)) / 100,
            hours=None,
            evidence=(Evidence(f"/home/user/evidence/cert-{i}.pdf", 120_000 + i, f"{i:064x}"),)
            if rng.random() < 0.8
            else (),
            note="kept for the bench" if rng.random() < 0.2 else None,
        )
        for i in range(1, count + 1)
    )
    certs = (
        Certification("ocla", "OneStream Certified Lead Architect", date(2027, 3, 31), date(2025, 3, 31)),
        Certification("oca", "OneStream Certified Associate", date(2026, 12, 31)),
    )
    return Ledger(next_activity_id=count + 1, certifications=certs, activities=activities)


def main() -> None:
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    ledger = make_ledger(count)
    store.modify(Paths(folder, folder), lambda snapshot: (ledger, None))


if __name__ == "__main__":
    main()
