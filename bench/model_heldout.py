"""The learned event proposer on blind gold it never saw: temporal held-out splits.

    .venv/bin/python bench/model_heldout.py [--seeds 0 1 2] [--cache FILE]
        [--set NAME=VALUE ...] [--try LABEL:NAME=VALUE,NAME=VALUE ...] [--splits late last]

Each split trains a model from scratch on the dev gold and the blind gold up to a batch
and scores the extractor with that model on the later blind batches (event-key F1, as
``watchfloor eval``):

- late:  train on dev + bl-01 to bl-852, evaluate on bl-853 to bl-1002 (150 documents)
- early: train on dev + bl-01 to bl-732, evaluate on bl-733 to bl-852 (120 documents)
- last:  train on dev + bl-01 to bl-1002, evaluate on bl-1003 to bl-1062 (60 documents)
- first: train on dev + bl-01 to bl-612, evaluate on bl-613 to bl-732 (120 documents)

``--try`` compares settings with the current code (or ``--set``) seed by seed: a model is
fitted once per seed and training setting, and settings that only change a threshold the
model file carries are scored on that same fit (the threshold replaced after loading),
so a comparison of thresholds is paired on identical weights. Each setting's line gives
its mean F1, spread, matched counts and the seeds it wins against the first.

Each model is written to a temporary file and read back, as ``WATCHFLOOR_EVENT_MODEL``
would load it. The ood gold is never read: it stays for a final check. The gold is read
once by the rules alone (the features are the rules' reading); ``--cache`` keeps that
reading between runs (delete it after a change to the rules or the features). A script
that prints figures, not a test: it never fails on a low score.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from watchfloor.extract import Extractor
from watchfloor.extract.learned import EventModel, load_event_model, save_event_model
from watchfloor.extract.training import (
    DocumentExamples,
    TrainingSettings,
    document_examples,
    fit_event_model,
)
from watchfloor.scoring import EvalReport, GoldDocument, load_gold, score
from watchfloor.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


@dataclass(frozen=True, slots=True)
class Split:
    name: str
    train_to: int  # the last blind document trained on
    test_to: int  # the last blind document scored (from train_to + 1)


SPLITS = (
    Split("late", 852, 1002),
    Split("early", 732, 852),
    Split("last", 1002, 1062),
    Split("first", 612, 732),
)
# settings the model file carries: changing one needs no new fit
LOADED = ("root_threshold", "pair_threshold", "beside_threshold", "other_threshold")


def blind_number(doc: GoldDocument) -> int:
    """bl-853 -> 853."""
    return int(doc.document.id.rsplit("-", 1)[1])


def read_examples(
    extractor: Extractor, gold: Sequence[GoldDocument], cache: Path | None
) -> dict[str, DocumentExamples]:
    if cache is not None and cache.is_file():
        with cache.open("rb") as f:
            cached: dict[str, DocumentExamples] = pickle.load(f)
        if all(d.document.id in cached for d in gold):
            return cached
    out = {d.document.id: document_examples(extractor, d) for d in gold}
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(out, f)
    return out


def fitted(examples: Sequence[DocumentExamples], settings: TrainingSettings) -> EventModel:
    """A model fitted from scratch, written and read back as the extractor would load it."""
    model, counts = fit_event_model(examples, settings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event_model.json"
        save_event_model(model, path, counts)
        return load_event_model(path)


def scored(extractor: Extractor, model: EventModel, test: Sequence[GoldDocument]) -> EvalReport:
    extractor.model = model
    try:
        system = {d.document.id: list(extractor.extract(d.document).mentions) for d in test}
    finally:
        extractor.model = None
    return score(test, system)


def with_thresholds(model: EventModel, settings: TrainingSettings) -> EventModel:
    """The fitted model with the thresholds of ``settings`` (the weights unchanged)."""
    return replace(model, **{k: getattr(settings, k) for k in LOADED})


def training_key(settings: TrainingSettings) -> TrainingSettings:
    """The settings with the loaded thresholds reset: equal keys fit the same weights."""
    return replace(settings, **{k: getattr(TrainingSettings(), k) for k in LOADED})


def trained(seed: int, tried: dict[str, float]) -> TrainingSettings:
    base = TrainingSettings(seed=seed)
    given = {k: type(getattr(base, k))(v) for k, v in tried.items()}
    return replace(base, **given)


def parsed(pairs: Sequence[str]) -> dict[str, float]:
    return {k: float(v) for k, v in (pair.split("=", 1) for pair in pairs if pair)}


def line(name: str, report: EvalReport) -> str:
    figures = f"P {report.precision:.4f}  R {report.recall:.4f}  F1 {report.f1:.4f}"
    counts = f"matched {report.matched}/{report.gold_units} (system {report.system_units})"
    return f"{name:<14} {figures}  {counts}"


def summary(name: str, reports: Sequence[EvalReport], reference: Sequence[EvalReport]) -> str:
    f1s = [r.f1 for r in reports]
    matched = sorted(r.matched for r in reports)
    system = sorted(r.system_units for r in reports)
    wins = sum(r.f1 > b.f1 for r, b in zip(reports, reference, strict=True))
    spread = max(f1s) - min(f1s)
    return (f"  {name:<12} F1 mean {statistics.mean(f1s):.4f}  spread {spread:.4f}  "
            f"P {statistics.mean(r.precision for r in reports):.4f}  "
            f"R {statistics.mean(r.recall for r in reports):.4f}  "
            f"matched {matched[0]}-{matched[-1]}/{reports[0].gold_units}  "
            f"system {system[0]}-{system[-1]}  wins {wins}/{len(reports)}")  # fmt: skip


def run_split(
    extractor: Extractor, train: Sequence[DocumentExamples], test: Sequence[GoldDocument],
    seeds: Sequence[int], tries: dict[str, dict[str, float]],
) -> dict[str, list[EvalReport]]:  # fmt: skip
    reports: dict[str, list[EvalReport]] = {name: [] for name in tries}
    for seed in seeds:
        fits: dict[TrainingSettings, EventModel] = {}
        for name, tried in tries.items():
            settings = trained(seed, tried)
            key = training_key(settings)
            if key not in fits:
                fits[key] = fitted(train, key)
            report = scored(extractor, with_thresholds(fits[key], settings), test)
            reports[name].append(report)
            print(line(f"  {name} s{seed}", report), flush=True)
    return reports


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--rules", action="store_true", help="also score the rules alone")
    parser.add_argument(
        "--set",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="training settings for every run, e.g. root_threshold=0.5",
    )
    parser.add_argument(
        "--try",
        dest="tries",
        nargs="*",
        default=[],
        metavar="LABEL:NAME=VALUE,...",
        help="settings compared with the current code, e.g. ot:other_threshold=0.8",
    )
    parser.add_argument("--splits", nargs="+", default=[s.name for s in SPLITS[:3]],
                        choices=[s.name for s in SPLITS])  # fmt: skip
    args = parser.parse_args(argv)
    base = parsed(args.set)
    tries = {"current": base}
    for entry in args.tries:
        label, _, pairs = entry.partition(":")
        tries[label] = {**base, **parsed(pairs.split(","))}
    settings = replace(load_settings(), event_model=None)
    extractor = Extractor.from_settings(settings)  # the rules alone read the gold
    dev, blind = load_gold(GOLD / "dev"), load_gold(GOLD / "blind")
    read = read_examples(extractor, [*dev, *blind], args.cache)
    dev_examples = [read[d.document.id] for d in dev]
    for split in (s for s in SPLITS if s.name in args.splits):
        train = dev_examples + [read[d.document.id] for d in blind
                                if blind_number(d) <= split.train_to]  # fmt: skip
        test = [d for d in blind if split.train_to < blind_number(d) <= split.test_to]
        print(f"{split.name}: train dev + bl-01..{split.train_to} ({len(train)} documents), "
              f"test bl-{split.train_to + 1}..{split.test_to} ({len(test)} documents)")  # fmt: skip
        if args.rules:
            rules = {d.document.id: list(extractor.extract(d.document).mentions) for d in test}
            print(line("  rules alone", score(test, rules)))
        reports = run_split(extractor, train, test, args.seeds, tries)
        for name, got in reports.items():
            print(summary(name, got, reports["current"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
