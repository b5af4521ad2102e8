"""Extraction on dask.distributed, with the same records as one process.

The parent reads documents and sends them in chunks, a bounded number in flight, so
memory stays flat however long the input; results come back in input order, as the
worker's plain values (``extract.parallel.extract_chunk``), and are turned back into
extractions here (``extract.parallel.joined``). Every worker builds one Extractor from
the settings the first time it gets work and keeps it (``worker_extractor``): a worker on
another machine needs watchfloor installed, and the same ``--data`` folder at the same
path. Storing stays in the parent, so a team's cluster writes to one shared store.

Without ``settings.scheduler`` a LocalCluster of ``settings.workers`` processes (one
thread each) is started for the run and closed after it. Code that starts one from a
script needs the usual ``if __name__ == "__main__":`` guard (its workers are spawned).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.extract.parallel import Found, extract_chunk, extract_many, joined
from watchfloor.extract.pipeline import Extractor
from watchfloor.models import Document, Extraction, Problem
from watchfloor.settings import Settings

CHUNK = 32  # documents per task, as on the local process pool
IN_FLIGHT = 4  # tasks per worker thread queued ahead

# One Extractor per worker process and settings; set only in workers, by ``_extract``.
_extractors: dict[Settings, Extractor] = {}


def extract_documents(
    documents: Iterable[Document], extractor: Extractor, settings: Settings
) -> Iterator[Extraction | Problem]:
    """Extractions of ``documents`` in order, on the engine ``settings`` names."""
    if settings.engine == "dask":
        return extract_on_dask(documents, settings)
    return extract_many(documents, extractor, settings.workers, settings)


def extract_on_dask(
    documents: Iterable[Document], settings: Settings
) -> Iterator[Extraction | Problem]:
    """Extractions of ``documents`` in order, on ``settings.scheduler``'s cluster (or a
    LocalCluster of ``settings.workers`` processes). A document that fails is a Problem."""
    distributed = _distributed()
    with ExitStack() as stack:
        client = stack.enter_context(_client(distributed, settings))
        client.run(prepare_worker, settings)  # every worker loads at once, before any task
        slots = IN_FLIGHT * max(1, sum(client.nthreads().values()))
        pending: deque[tuple[tuple[Document, ...], Any]] = deque()
        iterator = iter(documents)
        while chunk := tuple(islice(iterator, CHUNK)):
            pending.append((chunk, client.submit(_extract, settings, chunk, pure=False)))
            if len(pending) >= slots:
                yield from _collected(*pending.popleft())
        while pending:
            yield from _collected(*pending.popleft())


def _collected(chunk: tuple[Document, ...], future: Any) -> Iterator[Extraction | Problem]:
    try:
        found = future.result()
    except Exception as exc:  # a lost worker or an unpicklable result: the chunk, not the run
        yield from (Problem(d.path or d.id, f"extraction on dask failed: {exc!r}") for d in chunk)
        return
    yield from joined(chunk, found)


def _extract(settings: Settings, chunk: tuple[Document, ...]) -> list[Found | Problem]:
    """Runs on a worker: extraction of one chunk with the worker's own Extractor."""
    return extract_chunk(worker_extractor(settings), chunk)


def prepare_worker(settings: Settings) -> None:
    """Build this worker's Extractor now (run on every worker by ``client.run``)."""
    worker_extractor(settings)


def worker_extractor(settings: Settings) -> Extractor:
    """The Extractor of this process for ``settings``, built once."""
    if settings not in _extractors:
        _extractors[settings] = Extractor.from_settings(settings)
    return _extractors[settings]


def _client(distributed: Any, settings: Settings) -> Any:
    if settings.scheduler:
        try:
            return distributed.Client(settings.scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"cannot reach the dask scheduler at {settings.scheduler} ({exc}): check the "
                "address (tcp://host:8786) and that `dask scheduler` runs there"
            ) from exc
    cluster = local_cluster(distributed, settings.workers)
    return _Closing(distributed.Client(cluster), cluster)


def local_cluster(distributed: Any, workers: int) -> Any:
    """A LocalCluster of ``workers`` processes, one thread each, without the workers'
    statistical profiler (it samples the task's stack every 10 ms: about a tenth of the
    speed of pure-Python extraction, measured)."""
    import dask

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                        processes=True, dashboard_address=":0")  # fmt: skip


class _Closing:
    """A client and the LocalCluster started for it, closed together."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise WatchfloorError(
            "--engine dask needs dask.distributed: pip install 'watchfloor[scale]'"
        ) from exc
    return distributed
