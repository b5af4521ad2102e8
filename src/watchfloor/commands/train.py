"""``watchfloor train``: fit the learned event proposer on gold folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

import click

from watchfloor.cli import _Context, _progress, _run, pass_context
from watchfloor.extract import Extractor
from watchfloor.extract.learned import save_event_model
from watchfloor.extract.training import TrainingSettings, train_event_model
from watchfloor.report.safety import json_line, terminal
from watchfloor.scoring import GoldDocument, load_gold


@click.command()
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The model file to write.")  # fmt: skip
@click.option("--epochs", type=click.IntRange(1, 100), default=8, show_default=True,
              help="Passes over the examples.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True,
              help="The shuffle's seed: the same gold and seed give the same file.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print what it was trained on as JSON.")
@pass_context
def train(
    c: _Context, gold_dirs: tuple[Path, ...], out: Path, epochs: int, seed: int, as_json: bool
) -> None:
    """Train the learned event proposer on gold folders (<id>.md + <id>.jsonl, spec
    section 2) and write it to a model file. The proposer codes acts in sentences the
    rules leave without an event; use the file with WATCHFLOOR_EVENT_MODEL=FILE (the
    packaged one is trained on the bundled gold; WATCHFLOOR_EVENT_MODEL=off for the
    rules alone). Train on your own annotated reporting to adapt it to your theatre.

    Example: watchfloor train tests/data/gold/dev my-gold/ --out my-model.json
    """
    gold = [doc for folder in gold_dirs for doc in _run(partial(load_gold, folder))]
    # the features are the rules' own reading: the rules alone read the gold
    extractor = _run(lambda: Extractor.from_settings(replace(c.settings, event_model=None)))
    settings = TrainingSettings(epochs=epochs, seed=seed)
    with _progress(c, len(gold), "reading gold") as advance:
        model, counts = train_event_model(extractor, _each(gold, advance), settings)
    _run(lambda: save_event_model(model, out, counts))
    if as_json:
        click.echo(json_line({"model": str(out), **counts}, indent=2))
    else:
        c.out.print(f"trained on {counts['documents']} documents, {counts['records']} gold "
                    f"records, {counts['sentences']} sentences: {terminal(str(out))}")  # fmt: skip


def _each(
    gold: Sequence[GoldDocument], advance: Callable[[object], None]
) -> Iterator[GoldDocument]:
    for document in gold:
        yield document
        advance(document.document)  # one document, one path: one step
