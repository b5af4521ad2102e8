"""The threat level: fired indicators combined into one probability, said in the words
of ICD 203 (US Intelligence Community Directive 203, Analytic Standards), each phrase
with the range of numbers it stands for.

The combination is a noisy-OR: each fired indicator independently raises the chance
that the threat grows, by its ``weight`` times the strength of its best-graded event
(``Evidence.weight``: A1 1.0, B2 0.64, F6 0.09), on top of the set's ``baseline``:

    p = 1 - (1 - baseline) * prod(1 - weight_i * strength_i)

clipped to the 1-99% that ICD 203 allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.analyse.indicators import IndicatorResult
from watchfloor.taxonomy.likelihood import likelihood_scale


@dataclass(frozen=True, slots=True)
class Threat:
    level: str
    probability: float
    phrase: str
    low: float
    high: float
    question: str

    @property
    def text(self) -> str:
        return f"{self.phrase} ({self.low:.0%}–{self.high:.0%})"

    def to_record(self) -> dict[str, object]:
        return {
            "level": self.level,
            "probability": self.probability,
            "phrase": self.text,
            "words": self.phrase,
            "range": [self.low, self.high],
            "question": self.question,
        }


def band_of(probability: float) -> tuple[str, float, float, str]:
    """(phrase, low, high, level) of the ICD 203 band holding ``probability``; a value on
    a boundary belongs to the band below it."""
    band = likelihood_scale().band_of(probability)
    return band.term, band.low / 100, band.high / 100, band.threat_level


def combine(baseline: float, results: Sequence[IndicatorResult], question: str) -> Threat:
    remaining = 1.0 - baseline
    for result in results:
        if result.fired:
            remaining *= 1.0 - result.indicator.weight * result.strength
    probability = round(min(0.99, max(0.01, 1.0 - remaining)), 3)
    phrase, low, high, level = band_of(probability)
    return Threat(level, probability, phrase, low, high, question)
