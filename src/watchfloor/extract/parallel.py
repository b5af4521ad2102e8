"""Extraction on several processes, for long batches on a machine with several cores.

Each worker holds one Extractor: on Linux the parent's, inherited by forking (nothing
is copied or loaded again); elsewhere one built from the settings when the worker
starts. Documents go out in chunks with a bounded number in flight, so memory stays flat
however long the input and no worker waits for a batch to drain; results come back in
input order. A document that fails comes back as a
Problem; the batch goes on. When the parent's extractor times its stages (the bench),
each chunk brings back the seconds its worker spent per stage, added to the parent's
clock (forked workers only: a spawned worker builds an extractor with no clock)."""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any

from watchfloor.extract.pipeline import Extractor
from watchfloor.extract.stages import Stages
from watchfloor.models import Document, Extraction, Mention, Problem, Sentence, Table
from watchfloor.settings import Settings, max_workers

CHUNK = 32  # documents per task: the parent's share of the work falls with round trips
IN_FLIGHT = 4  # chunks per worker queued ahead

# The one Extractor of a worker process: a pool initializer can hand state to its
# worker function only through the process's module namespace. Never set in the parent.
_worker_extractor: Extractor | None = None


def extract_many(
    documents: Iterable[Document], extractor: Extractor, workers: int, settings: Settings
) -> Iterator[Extraction | Problem]:
    """Extractions of ``documents`` in order, on ``workers`` processes (1: this one),
    never more than the cores this process may use."""
    workers = min(workers, max_workers())
    if workers <= 1:
        iterator = iter(documents)
        while chunk := tuple(islice(iterator, CHUNK)):
            yield from safe_extract_all(extractor, chunk)
        return
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    setup: Extractor | Settings = extractor if forking else settings
    with context.Pool(workers, initializer=_start_worker, initargs=(setup,)) as pool:
        pending: deque[tuple[tuple[Document, ...], AsyncResult[Chunk]]] = deque()
        iterator = iter(documents)
        while chunk := tuple(islice(iterator, CHUNK)):
            pending.append((chunk, pool.apply_async(_extract_in_worker, (chunk,))))
            if len(pending) >= IN_FLIGHT * workers:
                yield from _joined(*pending.popleft(), extractor.stages)
        while pending:
            yield from _joined(*pending.popleft(), extractor.stages)


# What a worker sends back: the extraction less its document, which the parent holds,
# with sentences as tuples and mentions as their spec records: plain values pickle and
# load in half the time of the dataclasses (records round-trip exactly).
_SentenceRow = tuple[int, int, int, str]
Found = tuple[list[_SentenceRow], list[dict[str, Any]], tuple[Table, ...]]
# a chunk's results, and its worker's time per stage if it times them (Stages.totals)
Chunk = tuple[list[Found | Problem], dict[str, float] | None]


def _joined(
    chunk: tuple[Document, ...], result: AsyncResult[Chunk], stages: Stages | None
) -> Iterator[Extraction | Problem]:
    found, spent = result.get()
    if stages is not None and spent is not None:
        stages.add(spent)
    yield from joined(chunk, found)


def joined(
    chunk: Sequence[Document], found: Sequence[Found | Problem]
) -> Iterator[Extraction | Problem]:
    """The extractions of ``chunk`` from what a worker sent back for it (``extract_chunk``)."""
    for document, item in zip(chunk, found, strict=True):
        if isinstance(item, Problem):
            yield item
            continue
        sentences, records, tables = item
        yield Extraction(
            document,
            tuple(Sentence(*row) for row in sentences),
            tuple(Mention.from_record(r) for r in records),
            tables,
        )


def safe_extract_all(
    extractor: Extractor, documents: Sequence[Document]
) -> list[Extraction | Problem]:
    """Extractions of a chunk, the date questions of all of it asked together (a parse
    batch the size of the chunk); if one document fails, each is extracted alone and the
    one that fails comes back as a Problem."""
    try:
        return list(extractor.extract_all(documents))
    except Exception:  # which one failed, and why: each alone tells
        return [safe_extract(extractor, d) for d in documents]


def safe_extract(extractor: Extractor, document: Document) -> Extraction | Problem:
    try:
        return extractor.extract(document)
    except Exception as exc:  # one bad document must never end a batch
        return Problem(document.path or document.id, f"extraction failed: {exc!r}")


def _start_worker(setup: Extractor | Settings) -> None:
    global _worker_extractor
    # Ctrl-C reaches the whole process group: the parent decides when to stop (between
    # documents), a worker just finishes its chunk
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_extractor = setup if isinstance(setup, Extractor) else Extractor.from_settings(setup)


def _extract_in_worker(chunk: tuple[Document, ...]) -> Chunk:
    extractor = _worker_extractor
    assert extractor is not None, "worker started without its extractor"
    clock = extractor.stages
    before = clock.totals() if clock is not None else {}
    found = extract_chunk(extractor, chunk)
    if clock is None:
        return found, None
    return found, {stage: spent - before[stage] for stage, spent in clock.totals().items()}


def extract_chunk(extractor: Extractor, chunk: Sequence[Document]) -> list[Found | Problem]:
    """A worker's side: each document's extraction as plain values (or its Problem)."""
    out: list[Found | Problem] = []
    for found in safe_extract_all(extractor, chunk):
        if isinstance(found, Problem):
            out.append(found)
            continue
        sentences = [(s.index, s.start, s.end, s.text) for s in found.sentences]
        out.append((sentences, [m.to_record() for m in found.mentions], found.tables))
    return out
