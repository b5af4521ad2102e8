"""How many inputs each fuzz test gets, and how many ran.

``make test`` runs the suite at scale 1: deterministic (derandomised) examples, about
11,000 inputs in all, a couple of minutes. ``make fuzz`` sets WATCHFLOOR_FUZZ_SCALE=20:
twenty times as many, random each run. The counts are printed at the end of the run.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("WATCHFLOOR_FUZZ_SCALE") or "1")
RUNS: Counter[str] = Counter()  # inputs tried, per target
CRASHES: Counter[str] = Counter()  # inputs that raised, per target (must stay 0)


def examples(count: int) -> settings:
    """Hypothesis settings for ``count`` inputs (times the scale); no deadline, since
    the machine is shared; no example database, so every run starts the same."""
    return settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        database=None,
        derandomize=SCALE == 1,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


def tried(target: str) -> None:
    RUNS[target] += 1
