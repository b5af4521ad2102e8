"""Retries with exponential backoff and jitter, that a stop request cuts short.

Attempt ``n`` (0 for the first retry) waits ``backoff * 2**n`` seconds, capped, times a
random factor in [0.5, 1] ("equal jitter"), so feeds that failed together do not all
come back at the same moment. The same rule spaces failed checks of a feed across
cycles, never later than its own polling interval.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from typing import TypeVar

from watchfloor.watch.errors import FetchError

T = TypeVar("T")
MAX_WAIT = 300.0


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Seconds to wait before retry ``attempt`` (0, 1, 2...)."""
    return float(min(cap, base * 2**attempt) * rng.uniform(0.5, 1.0))


def with_retries(
    job: Callable[[], T],
    retries: int,
    base: float,
    stop: threading.Event,
    rng: random.Random,
    on_retry: Callable[[FetchError, float], None],
) -> T:
    """``job()``; after a retryable FetchError, up to ``retries`` more tries, unless
    ``stop`` is set (then the last error is raised at once)."""
    attempt = 0
    while True:
        try:
            return job()
        except FetchError as error:
            if not error.retryable or attempt >= retries or stop.is_set():
                raise
            delay = backoff_delay(attempt, base, MAX_WAIT, rng)
            on_retry(error, delay)
            if stop.wait(delay):
                raise
            attempt += 1
