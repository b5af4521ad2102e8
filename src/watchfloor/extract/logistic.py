"""The logistic function the learned models share (``learned.py``, ``targets.py``, and
``training.py`` that fits them): summed feature weights as a probability."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

# past this a weight sum is certain either way, and exp() of more may overflow
_LIMIT = 30.0


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-_LIMIT, min(_LIMIT, z))))


def probability(weights: Mapping[str, float], features: Iterable[str]) -> float:
    """The probability a logistic model with ``weights`` gives a case with ``features``
    (a feature it has no weight for adds nothing)."""
    return sigmoid(sum(weights.get(f, 0.0) for f in features))
