"""The accuracy gate (like trafilatura's tests/eval_gate.py): extraction over each gold
set must score at least the floors pinned for it in baseline.json. ``dev`` is the
shared development gold; ``ood`` is our own held-out set in other styles and conflicts
(wire, transcripts, state media, content farms, think-tank tables), kept so that work
on dev cannot quietly lose ground elsewhere. Each set is gated twice: by the rules
alone, and with the packaged learned proposer (``<set>+model``).

To raise the floors after an improvement, run

    watchfloor eval tests/data/gold/<set> --json

and copy its figures into that set's ``floors`` in tests/eval/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import watchfloor
from watchfloor import EvalReport, Extractor, Settings

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("baseline.json")
TOLERANCE = 0.0005  # figures are rounded to 4 places


SETS = sorted(json.loads(BASELINE.read_text(encoding="utf-8"))["sets"])


def _set(name: str) -> dict[str, Any]:
    sets: dict[str, dict[str, Any]] = json.loads(BASELINE.read_text(encoding="utf-8"))["sets"]
    return sets[name]


_EXTRACTORS: dict[str, Extractor] = {}


def _extractor(model: str) -> Extractor:
    """``off``: the rules alone, whose floors say the rules did not lose ground;
    ``packaged``: with the learned proposer, which is trained on these very sets, so its
    figures are in-sample (its honest figure is the ledger's first touch)."""
    if model not in _EXTRACTORS:
        settings = Settings() if model == "packaged" else Settings(event_model=None)
        _EXTRACTORS[model] = Extractor.from_settings(settings)
    return _EXTRACTORS[model]


@pytest.fixture(scope="module", params=SETS)
def gold_set(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def floors(gold_set: str) -> dict[str, float]:
    return {name: float(value) for name, value in _set(gold_set)["floors"].items()}


@pytest.fixture(scope="module")
def report(gold_set: str) -> EvalReport:
    gold = ROOT / _set(gold_set)["gold"]
    extractor = _extractor(_set(gold_set)["event_model"])
    return watchfloor.evaluate(gold, lambda d: extractor.extract(d).mentions)


def test_the_baseline_pins_every_figure(report: EvalReport, floors: dict[str, float]) -> None:
    pinned, measured = set(floors), set(report.figures())
    assert not measured - pinned, f"figures with no floor in {BASELINE}: {measured - pinned}"
    assert not pinned - measured, f"floors for figures no longer measured: {pinned - measured}"
    assert all(0.0 <= value <= 1.0 for value in floors.values())


def test_no_figure_falls_below_its_floor(
    report: EvalReport, floors: dict[str, float], gold_set: str
) -> None:
    figures = report.figures()
    fallen = [
        f"{name}: {figures[name]:.4f} < floor {floor:.4f}"
        for name, floor in floors.items()
        if name in figures and figures[name] < floor - TOLERANCE
    ]
    assert not fallen, f"accuracy fell on the {gold_set} gold:\n  " + "\n  ".join(fallen)
