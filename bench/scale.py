"""Extraction throughput on dask.distributed (1 and 2 worker processes of a LocalCluster)
beside the existing process pool (1 and 2 processes): articles/s, same articles.

Articles are the ones ``bench/throughput.py`` assembles (~600 words, fixed seed). For the
pool the time runs from the first document to the last result, pool start included (its
workers inherit the parent's extractor); for dask the cluster is started and every
worker loads its extractor first (printed apart: a team's cluster stays up), then the
time runs from the first document to the last result. Every run
must give the same records as the first; the script stops if one does not.

    python bench/scale.py [--articles 600] [--words 600]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from watchfloor import Document, Extraction, Problem, Settings
from watchfloor._compiled import is_compiled
from watchfloor.extract import Extractor
from watchfloor.extract.parallel import extract_many
from watchfloor.scale import extract_on_dask
from watchfloor.scale.engine import local_cluster, prepare_worker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import articles, paragraphs

Run = Callable[[Iterable[Document]], Iterator[Extraction | Problem]]


def measured(
    label: str, run: Run, docs: list[Document], expected: list[object] | None
) -> list[object]:
    started = time.perf_counter()
    records = []
    for item in run(docs):
        assert isinstance(item, Extraction), item
        records.append([m.to_record() for m in item.mentions])
    elapsed = time.perf_counter() - started
    if expected is not None and records != expected:
        raise SystemExit(f"{label}: the records differ from the first run's")
    print(f"  {label:<34} {len(docs) / elapsed:>8.1f} articles/s  ({elapsed:.1f} s)", flush=True)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    import distributed

    docs = list(articles(paragraphs(), args.articles, args.words))
    extractor = Extractor.from_settings(Settings())
    mode = "compiled" if is_compiled() else "pure Python"
    print(f"{args.articles} articles of ~{args.words} words, extractor {mode}")
    first = None
    for workers in (1, 2):  # pool and dask side by side, so a shared machine's load
        settings = Settings(workers=workers)  # weighs on both alike
        first = measured(f"process pool, {workers} process(es)",
                         lambda d, s=settings: extract_many(d, extractor, s.workers, s),
                         docs, first)  # fmt: skip
        started = time.perf_counter()
        with local_cluster(distributed, workers) as cluster:
            dask_settings = Settings(engine="dask", scheduler=cluster.scheduler_address)
            with distributed.Client(cluster) as client:
                client.run(prepare_worker, dask_settings)
            print(f"  (LocalCluster of {workers} started, extractors loaded: "
                  f"{time.perf_counter() - started:.1f} s)")  # fmt: skip
            measured(f"dask, {workers} worker(s)",
                     lambda d, s=dask_settings: extract_on_dask(d, s), docs, first)  # fmt: skip

if __name__ == "__main__":
    main()
