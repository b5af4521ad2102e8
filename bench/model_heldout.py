"""The learned event proposer on blind gold it never saw: two temporal held-out splits.

    .venv/bin/python bench/model_heldout.py [--seeds 0 1 2] [--cache FILE]

Each split trains a model from scratch on the dev gold and the blind gold up to a batch
and scores the extractor with that model on the later blind batches (event-key F1, as
``watchfloor eval``):

- late:  train on dev + bl-01 to bl-852, evaluate on bl-853 to bl-1002 (150 documents)
- early: train on dev + bl-01 to bl-732, evaluate on bl-733 to bl-852 (120 documents)

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
from watchfloor.extract.learned import load_event_model, save_event_model
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


SPLITS = (Split("late", 852, 1002), Split("early", 732, 852))


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


def held_out(
    extractor: Extractor, examples: Sequence[DocumentExamples], test: Sequence[GoldDocument],
    settings: TrainingSettings,
) -> EvalReport:  # fmt: skip
    model, counts = fit_event_model(examples, settings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event_model.json"
        save_event_model(model, path, counts)
        extractor.model = load_event_model(path)
    try:
        system = {d.document.id: list(extractor.extract(d.document).mentions) for d in test}
    finally:
        extractor.model = None
    return score(test, system)


def trained(seed: int, tried: dict[str, float]) -> TrainingSettings:
    base = TrainingSettings(seed=seed)
    given = {k: type(getattr(base, k))(v) for k, v in tried.items()}
    return replace(base, **given)


def line(name: str, report: EvalReport) -> str:
    figures = f"P {report.precision:.4f}  R {report.recall:.4f}  F1 {report.f1:.4f}"
    counts = f"matched {report.matched}/{report.gold_units} (system {report.system_units})"
    return f"{name:<14} {figures}  {counts}"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--rules", action="store_true", help="also score the rules alone")
    parser.add_argument("--set", nargs="*", default=[], metavar="NAME=VALUE",
                        help="training settings to try, e.g. root_threshold=0.5")  # fmt: skip
    args = parser.parse_args(argv)
    tried = {k: float(v) for k, v in (pair.split("=", 1) for pair in args.set)}
    settings = replace(load_settings(), event_model=None)
    extractor = Extractor.from_settings(settings)  # the rules alone read the gold
    dev, blind = load_gold(GOLD / "dev"), load_gold(GOLD / "blind")
    read = read_examples(extractor, [*dev, *blind], args.cache)
    dev_examples = [read[d.document.id] for d in dev]
    for split in SPLITS:
        train = dev_examples + [read[d.document.id] for d in blind
                                if blind_number(d) <= split.train_to]  # fmt: skip
        test = [d for d in blind if split.train_to < blind_number(d) <= split.test_to]
        print(f"{split.name}: train dev + bl-01..{split.train_to} ({len(train)} documents), "
              f"test bl-{split.train_to + 1}..{split.test_to} ({len(test)} documents)")  # fmt: skip
        if args.rules:
            rules = {d.document.id: list(extractor.extract(d.document).mentions) for d in test}
            print(line("  rules alone", score(test, rules)))
        f1s = []
        for seed in args.seeds:
            report = held_out(extractor, train, test, trained(seed, tried))
            f1s.append(report.f1)
            print(line(f"  seed {seed}", report), flush=True)
        if len(f1s) > 1:
            print(f"  F1 mean {statistics.mean(f1s):.4f}  spread {max(f1s) - min(f1s):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
