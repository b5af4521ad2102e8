"""The threat level: noisy-OR of fired indicators, said in ICD 203's words."""

from __future__ import annotations

import pytest

from watchfloor.analyse.indicators import Indicator, IndicatorResult
from watchfloor.analyse.patterns import Pattern
from watchfloor.analyse.threat import band_of, combine


def result(weight: float, strength: float, fired: bool = True) -> IndicatorResult:
    indicator = Indicator("i", "t", "implies", weight, (Pattern(("072",)),))
    return IndicatorResult(indicator, fired, (), strength if fired else 0.0)


@pytest.mark.parametrize(
    ("probability", "phrase", "level"),
    [
        (0.01, "almost no chance", "minimal"),
        (0.05, "almost no chance", "minimal"),
        (0.10, "very unlikely", "low"),
        (0.30, "unlikely", "guarded"),
        (0.50, "roughly even chance", "elevated"),
        (0.70, "likely", "high"),
        (0.90, "very likely", "severe"),
        (0.99, "almost certain", "critical"),
    ],
)
def test_icd203_bands(probability: float, phrase: str, level: str) -> None:
    found = band_of(probability)
    assert (found[0], found[3]) == (phrase, level)
    assert found[1] <= probability <= found[2]


def test_noisy_or_by_hand() -> None:
    # 1 - (1 - 0.1) * (1 - 0.5 * 1.0) * (1 - 0.5 * 0.4) = 1 - 0.9 * 0.5 * 0.8 = 0.64
    threat = combine(0.1, [result(0.5, 1.0), result(0.5, 0.4), result(0.9, 1.0, False)], "q")
    assert threat.probability == pytest.approx(0.64)
    assert (threat.level, threat.phrase) == ("high", "likely")
    assert threat.text == "likely (55%–80%)"
    assert threat.to_record()["range"] == [0.55, 0.8]


def test_nothing_fired_is_the_baseline_and_stays_within_icd203() -> None:
    assert combine(0.05, [], "q").probability == 0.05
    assert combine(0.05, [result(1.0, 1.0)], "q").probability == 0.99
