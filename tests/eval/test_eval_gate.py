"""The accuracy gate (like trafilatura's tests/eval_gate.py): extraction over the dev
gold must score at least the floors pinned in baseline.json.

To raise the floors after an improvement, run

    watchfloor eval tests/data/gold/dev --json

and copy its figures into ``floors`` in tests/eval/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import watchfloor
from watchfloor import EvalReport, Extractor, Settings

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("baseline.json")
TOLERANCE = 0.0005  # figures are rounded to 4 places


def floors() -> dict[str, float]:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    return {name: float(value) for name, value in baseline["floors"].items()}


@pytest.fixture(scope="module")
def report() -> EvalReport:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    extractor = Extractor.from_settings(Settings())
    return watchfloor.evaluate(ROOT / baseline["gold"], lambda d: extractor.extract(d).mentions)


def test_the_baseline_pins_every_figure(report: EvalReport) -> None:
    pinned, measured = set(floors()), set(report.figures())
    assert not measured - pinned, f"figures with no floor in {BASELINE}: {measured - pinned}"
    assert not pinned - measured, f"floors for figures no longer measured: {pinned - measured}"
    assert all(0.0 <= value <= 1.0 for value in floors().values())


def test_no_figure_falls_below_its_floor(report: EvalReport) -> None:
    figures = report.figures()
    fallen = [
        f"{name}: {figures[name]:.4f} < floor {floor:.4f}"
        for name, floor in floors().items()
        if name in figures and figures[name] < floor - TOLERANCE
    ]
    assert not fallen, "accuracy fell on the dev gold:\n  " + "\n  ".join(fallen)
