"""Extraction on several processes, for long batches on a machine with several cores.

Each worker holds one Extractor: on Linux the parent's, inherited by forking (nothing
is copied or loaded again); elsewhere one built from the settings when the worker
starts. Documents go out in chunks with a bounded number in flight, so memory stays flat
however long the input and no worker waits for a batch to drain; results come back in
input order. A document that fails comes back as a
Problem; the batch goes on."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from watchfloor.extract.pipeline import Extractor
from watchfloor.models import Document, Extraction, Problem
from watchfloor.settings import Settings

CHUNK = 8  # documents per task: fewer round trips, still a fine-grained balance
IN_FLIGHT = 8  # chunks per worker queued ahead

# The one Extractor of a worker process: a pool initializer can hand state to its
# worker function only through the process's module namespace. Never set in the parent.
_worker_extractor: Extractor | None = None


def extract_many(
    documents: Iterable[Document], extractor: Extractor, workers: int, settings: Settings
) -> Iterator[Extraction | Problem]:
    """Extractions of ``documents`` in order, on ``workers`` processes (1: this one)."""
    if workers <= 1:
        yield from (safe_extract(extractor, d) for d in documents)
        return
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    setup: Extractor | Settings = extractor if forking else settings
    with context.Pool(workers, initializer=_start_worker, initargs=(setup,)) as pool:
        pending: deque[multiprocessing.pool.AsyncResult[list[Extraction | Problem]]] = deque()
        iterator = iter(documents)
        while chunk := tuple(islice(iterator, CHUNK)):
            pending.append(pool.apply_async(_extract_in_worker, (chunk,)))
            if len(pending) >= IN_FLIGHT * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def safe_extract(extractor: Extractor, document: Document) -> Extraction | Problem:
    try:
        return extractor.extract(document)
    except Exception as exc:  # one bad document must never end a batch
        return Problem(document.path or document.id, f"extraction failed: {exc!r}")


def _start_worker(setup: Extractor | Settings) -> None:
    global _worker_extractor
    _worker_extractor = setup if isinstance(setup, Extractor) else Extractor.from_settings(setup)


def _extract_in_worker(chunk: tuple[Document, ...]) -> list[Extraction | Problem]:
    assert _worker_extractor is not None, "worker started without its extractor"
    return [safe_extract(_worker_extractor, document) for document in chunk]
