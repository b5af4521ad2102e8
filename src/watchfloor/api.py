"""watchfloor's jobs as plain functions over dataclasses: the CLI is a thin view of these."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.extract import Extractor
from watchfloor.ingest import NearDuplicateIndex, read_paths
from watchfloor.models import Document, Extraction, Problem
from watchfloor.resolve import Resolution, ResolveRules, load_sources, resolve_pending
from watchfloor.scale import extract_documents
from watchfloor.settings import Settings
from watchfloor.store import Store, open_store

Progress = Callable[[Document | Problem], None]
Stop = Callable[[], bool]  # asked between documents: True ends the batch there


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, document by document, and the events it resolved:
    ``events_created`` new events, ``events_updated`` events that gained or lost
    mentions, ``events_removed`` events left with none (their documents replaced)."""

    stored: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, of)
    problems: list[Problem] = field(default_factory=list)
    mentions: int = 0
    events_created: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    events_removed: list[str] = field(default_factory=list)
    interrupted: bool = False  # stopped between documents (SIGINT/SIGTERM)

    def to_dict(self) -> dict[str, object]:
        return {
            "interrupted": self.interrupted,
            "stored": self.stored,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "near_duplicates": [{"doc": d, "of": o} for d, o in self.near_duplicates],
            "problems": [{"path": p.path, "reason": p.reason} for p in self.problems],
            "mentions": self.mentions,
            "events": {
                "created": self.events_created,
                "updated": self.events_updated,
                "removed": self.events_removed,
            },
        }


def build_extractor(settings: Settings) -> Extractor:
    """The extractor ``settings`` describe, to reuse across ``ingest_documents`` calls."""
    return Extractor.from_settings(settings)


def extract(document: Document, extractor: Extractor | None = None) -> Extraction:
    """Events, sentences and tables of one document (no database involved)."""
    return (extractor or Extractor.from_settings(Settings())).extract(document)


def extract_paths(
    paths: Sequence[str | Path], extractor: Extractor, settings: Settings | None = None
) -> Iterator[Extraction | Problem]:
    """Extraction of every document under ``paths`` (on ``settings.workers`` processes, or
    on dask with ``settings.engine == "dask"``); unreadable inputs come as Problems."""
    settings = settings or Settings()
    problems: list[Problem] = []

    def documents() -> Iterator[Document]:
        for item in read_paths(paths, settings):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                yield item

    for extraction in extract_documents(documents(), extractor, settings):
        yield from _drain(problems)
        yield extraction
    yield from _drain(problems)


def _drain(problems: list[Problem]) -> Iterator[Problem]:
    while problems:
        yield problems.pop(0)


def ingest(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> IngestReport:
    """Read, deduplicate, extract and store every document under ``paths``, then
    resolve the new mentions into events (``watchfloor.resolve``): new mentions join
    the stored events they report or make new ones; the rest of the store is not
    re-clustered. If resolution fails, the documents stay stored and their mentions
    wait for the next ingest or ``watchfloor resolve``; the failure is a Problem.

    Each document is stored in one transaction, whole or not at all, so a run killed
    at any point loses nothing already stored, and running it again stores the rest
    (and resolves what the killed run left unresolved). ``stop`` is asked between
    documents; when it says True the batch ends there, resolved and reported."""
    return ingest_documents(read_paths(paths, settings), settings, extractor=extractor,
                            progress=progress, stop=stop)  # fmt: skip


def ingest_documents(
    items: Iterable[Document | Problem],
    settings: Settings,
    *,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> IngestReport:
    """``ingest`` over documents already read (a feed watcher's fetches, ``watchfloor
    serve``'s POST /documents): Problems are reported, documents deduplicated,
    extracted, stored and resolved. Stopping the iteration early, or ``stop`` saying
    True between documents, stores what came before, whole, and resolves it."""
    extractor = extractor or Extractor.from_settings(settings)
    rules = ResolveRules(load_sources(settings.data_dir))  # a bad registry fails first
    report = IngestReport()
    touched: set[str] = set()
    with open_store(settings.db_url, busy_timeout=settings.busy_timeout_seconds) as store:
        index = _near_duplicate_index(store, settings)
        new = _new_documents(items, store, report, progress)
        for item in extract_documents(new, extractor, settings):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                touched |= _store_one(item, store, index, report)
            if stop is not None and stop():
                report.interrupted = True
                break
        _resolve(store, rules, touched, report)
    return report


def forget(doc_ids: Sequence[str], settings: Settings) -> ForgetReport:
    """Remove documents with their sentences, tables and mentions, each in one
    transaction, then re-resolve the events that lost mentions (an event left with
    none is removed)."""
    rules = ResolveRules(load_sources(settings.data_dir))
    report = ForgetReport()
    touched: set[str] = set()
    with open_store(settings.db_url, busy_timeout=settings.busy_timeout_seconds) as store:
        for doc_id in doc_ids:
            lost = store.forget(doc_id)
            (report.missing if lost is None else report.removed).append(doc_id)
            touched |= set(lost or ())
        if report.removed:
            resolution = resolve_pending(store, rules, touched=touched)
            report.events_updated = list(resolution.updated)
            report.events_removed = list(resolution.removed)
    return report


@dataclass(slots=True)
class ForgetReport:
    """What ``forget`` did: documents removed, ids not found, events re-resolved."""

    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    events_removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        events = {"updated": self.events_updated, "removed": self.events_removed}
        return {"removed": self.removed, "missing": self.missing, "events": events}


def _new_documents(
    items: Iterable[Document | Problem],
    store: Store,
    report: IngestReport,
    progress: Progress | None,
) -> Iterator[Document]:
    """Documents not stored yet; the unreadable and the unchanged are reported here."""
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
        elif store.has_content(item.content_hash):
            report.unchanged.append(item.id)
        else:
            yield item
        if progress is not None:
            progress(item)


def _resolve(store: Store, rules: ResolveRules, touched: set[str], report: IngestReport) -> None:
    try:
        # check_stale: events a killed run left with removed mentions are recounted too
        resolution: Resolution = resolve_pending(store, rules, touched=touched, check_stale=True)
    except StoreError as exc:
        report.problems.append(Problem("event resolution", str(exc)))
        return
    report.events_created.extend(resolution.created)
    report.events_updated.extend(resolution.updated)
    report.events_removed.extend(resolution.removed)


def _near_duplicate_index(store: Store, settings: Settings) -> NearDuplicateIndex:
    index = NearDuplicateIndex(settings.near_duplicate_threshold, settings.minhash_permutations)
    for doc_id, signature in store.signatures():
        index.add(doc_id, signature)
    return index


def _store_one(
    extraction: Extraction, store: Store, index: NearDuplicateIndex, report: IngestReport
) -> set[str]:
    """Store one document's extraction; return the events that lose mentions because it
    replaces an older version of itself."""
    document = extraction.document
    where = document.path or document.id
    signature = index.signature(document.text)
    duplicate_of = index.add(document.id, signature)
    try:
        before = set(store.event_ids_of_document(document.id))
        result = store.save_extraction(extraction, duplicate_of=duplicate_of, signature=signature)
    except StoreError as exc:
        report.problems.append(Problem(where, str(exc)))
        return set()
    if not result.inserted:
        report.unchanged.append(document.id)
        return set()
    (report.updated if result.reason == "updated" else report.stored).append(document.id)
    report.mentions += len(extraction.mentions)
    if duplicate_of is not None:
        report.near_duplicates.append((document.id, duplicate_of))
    return before if result.reason == "updated" else set()
