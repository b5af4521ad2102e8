"""The Store: every read and write of watchfloor's database goes through it.

Each write is one transaction (``engine.begin()``): a document, its sentences,
mentions and tables, and the actor and source labels they bring, are stored whole or
not at all. Reads open a connection per call and map rows back to model objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Executable,
    RowMapping,
    Table,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from watchfloor.errors import IdCollision, StoreError
from watchfloor.models import Extraction, Sentence
from watchfloor.models import Table as DocTable
from watchfloor.store import notices
from watchfloor.store.assessments import AssessmentStore
from watchfloor.store.engine import describe, reason_of, run_read, same_origin, with_retries
from watchfloor.store.event_queries import EventQuery
from watchfloor.store.event_records import StoredEvent
from watchfloor.store.events import (
    EventSession,
    event_ids_of_document,
    read_events,
    unresolved_count,
)
from watchfloor.store.facets import (
    EventFacets,
    count_documents,
    count_events,
    count_mentions,
    event_facets,
)
from watchfloor.store.feed_state import FeedState, read_feed_states, write_feed_state
from watchfloor.store.imports import (
    Provenance,
    read_event_row,
    read_provenance,
    write_provenance,
)
from watchfloor.store.migrations import current_version
from watchfloor.store.notices import SentNotice
from watchfloor.store.queries import MentionQuery, mention_conditions, mention_order
from watchfloor.store.records import (
    DocumentRows,
    SaveResult,
    StoredDocument,
    StoredMention,
    document_from_row,
    extraction_rows,
    mention_from_row,
    sentence_from_row,
    table_from_row,
)
from watchfloor.store.schema import build_schema
from watchfloor.store.series import DyadCount, dyad_counts, dyad_event_days
from watchfloor.store.series_summary import rebuild_days

_SIGNATURE_BATCH = 500
_PG_RESOLUTION_LOCK = 0x77667265  # any constant: names the lock of event resolution
# an argument holding bytes that are not UTF-8 (the shell passes them on as they are)
_T = TypeVar("_T")


class Store:
    """Wraps an engine whose database is already migrated: use ``open_store(url)``,
    which builds the engine and migrates. ``close()`` disposes of the engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = engine.execution_options(watchfloor_begin="IMMEDIATE")
        self._schema = build_schema()

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({describe(self._engine)!r})"

    # -- writing -------------------------------------------------------------------

    def save_extraction(
        self,
        extraction: Extraction,
        *,
        duplicate_of: str | None = None,
        signature: bytes | None = None,
    ) -> SaveResult:
        """Store one document and everything extracted from it, in one transaction.

        Same content hash already stored: nothing changes (``inserted`` False). Same id
        with other content: the document's rows are replaced ("updated") when the input
        named that id, or when it comes from the same file; a document whose id was made
        from its path, from another file, is IdCollision: nothing written. A writer that
        meets another one (a lock, or the same document stored meanwhile) tries again.
        On any failure nothing of this document is written and StoreError names it."""
        doc_id = extraction.document.id
        rows = extraction_rows(extraction, duplicate_of=duplicate_of, signature=signature)
        try:
            return with_retries(lambda: self._save(rows, extraction.document.named_id))
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not save document {doc_id!r} to {describe(self._engine)}: "
                f"{reason_of(exc)}; nothing of this document was written"
            ) from exc

    def save_imports(self, rows: Sequence[tuple[Extraction, Provenance]]) -> list[SaveResult]:
        """Store documents made from rows of an exchange file, each with where it came
        from, in one transaction (a file has thousands of rows). Same content already
        stored: that row changes nothing. On failure nothing of the batch is written."""
        try:
            with self._writer.begin() as conn:
                return [self._write_import(conn, extraction, provenance)
                        for extraction, provenance in rows]  # fmt: skip
        except SQLAlchemyError as exc:
            first = rows[0][0].document.id if rows else "-"
            raise StoreError(
                f"could not save {len(rows)} imported rows (from {first!r}) to "
                f"{describe(self._engine)}: {reason_of(exc)}; none of them was written"
            ) from exc

    def _write_import(
        self, conn: Connection, extraction: Extraction, provenance: Provenance
    ) -> SaveResult:
        rows = extraction_rows(extraction, duplicate_of=None, signature=None)
        result = self._write(conn, rows)
        if result.inserted:
            write_provenance(conn, self._schema, extraction.document.id, provenance)
        return result

    def _save(self, rows: DocumentRows, named_id: bool) -> SaveResult:
        with self._writer.begin() as conn:
            return self._write(conn, rows, named_id)

    def _write(self, conn: Connection, rows: DocumentRows, named_id: bool = True) -> SaveResult:
        docs = self._schema.documents
        doc_id, content_hash = rows.document["id"], rows.document["content_hash"]
        found = conn.execute(
            select(docs.c.id, docs.c.content_hash, docs.c.path).where(
                or_(docs.c.content_hash == content_hash, docs.c.id == doc_id)
            )
        ).all()
        for row in found:
            if row.content_hash == content_hash:
                return SaveResult(row.id, inserted=False, reason="same content already stored")
        if found:
            if not named_id and not same_origin(found[0].path, rows.document["path"]):
                raise IdCollision(doc_id, found[0].path, rows.document["path"])
            conn.execute(docs.update().where(docs.c.id == doc_id).values(rows.document))
            self._delete_children(conn, doc_id)
            reason = "updated"
        else:
            conn.execute(docs.insert(), rows.document)
            reason = "new"
        self._insert_children(conn, rows)
        return SaveResult(doc_id, inserted=True, reason=reason)

    def _delete_children(self, conn: Connection, doc_id: str) -> None:
        for table in (self._schema.mentions, self._schema.sentences, self._schema.doc_tables):
            conn.execute(table.delete().where(table.c.doc_id == doc_id))

    def _insert_children(self, conn: Connection, rows: DocumentRows) -> None:
        schema = self._schema
        for table, values in (
            (schema.sentences, rows.sentences),
            (schema.mentions, rows.mentions),
            (schema.doc_tables, rows.tables),
        ):
            if values:
                conn.execute(table.insert(), values)
        _insert_missing_labels(conn, schema.actors, rows.actor_labels)
        _insert_missing_labels(conn, schema.sources, rows.source_labels)

    def forget(self, doc_id: str) -> list[str] | None:
        """Remove a document, its sentences, tables and mentions (which leave their
        events) in one transaction; return the events that lost mentions, for
        re-resolution, or None if no document has that id. Copies of it stay, as
        documents of their own."""
        docs = self._schema.documents
        try:
            with self._writer.begin() as conn:
                if conn.scalar(select(docs.c.id).where(docs.c.id == doc_id)) is None:
                    return None
                touched = event_ids_of_document(conn, self._schema, doc_id)
                conn.execute(docs.update().where(docs.c.duplicate_of == doc_id)
                             .values(duplicate_of=None))  # fmt: skip
                self._delete_children(conn, doc_id)
                conn.execute(docs.delete().where(docs.c.id == doc_id))
                return touched
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not remove document {doc_id!r} from {describe(self._engine)}: "
                f"{reason_of(exc)}; nothing was removed"
            ) from exc

    @contextmanager
    def event_session(self) -> Iterator[EventSession]:
        """One event-resolution run: its reads and writes in one write transaction,
        committed when the block ends, rolled back (nothing written) if it raises."""
        try:
            with self._writer.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # one resolution at a time, as SQLite's write lock gives: two would
                    # both place the same pending mentions
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": _PG_RESOLUTION_LOCK})  # fmt: skip
                yield EventSession(conn, self._schema)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not resolve events in {describe(self._engine)}: {reason_of(exc)}; "
                "no event was changed"
            ) from exc

    def assessments(self) -> AssessmentStore:
        """Stored assessments and ACH cell overrides (migration 3)."""
        return AssessmentStore(self._engine)

    # -- reading -------------------------------------------------------------------

    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        try:
            with self._engine.connect() as conn:
                return current_version(conn)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not read from {describe(self._engine)}: {reason_of(exc)}"
            ) from exc

    def has_content(self, content_hash: str) -> bool:
        docs = self._schema.documents
        found = self._fetch(select(docs.c.id).where(docs.c.content_hash == content_hash))
        return bool(found)

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(doc_id, signature) of every document that has one, in ingestion order.
        Read in batches, so a large store is never held in memory at once."""
        docs = self._schema.documents
        stmt = (
            select(docs.c.id, docs.c.signature, docs.c.ingested_at)
            .where(docs.c.signature.is_not(None))
            .order_by(docs.c.ingested_at, docs.c.id)
            .limit(_SIGNATURE_BATCH)
        )
        after: tuple[datetime, str] | None = None
        while True:
            page = stmt
            if after is not None:
                page = stmt.where(tuple_(docs.c.ingested_at, docs.c.id) > tuple_(*after))
            batch = self._fetch(page)
            for row in batch:
                yield row["id"], bytes(row["signature"])
            if len(batch) < _SIGNATURE_BATCH:
                return
            after = (batch[-1]["ingested_at"], batch[-1]["id"])

    def documents(self) -> list[StoredDocument]:
        """Every document, in ingestion order."""
        docs = self._schema.documents
        stmt = select(*_document_columns(docs)).order_by(docs.c.ingested_at, docs.c.id)
        return [document_from_row(row) for row in self._fetch(stmt)]

    def document(self, doc_id: str) -> StoredDocument | None:
        docs = self._schema.documents
        rows = self._fetch(select(*_document_columns(docs)).where(docs.c.id == doc_id))
        return document_from_row(rows[0]) if rows else None

    def document_text(self, doc_id: str) -> str | None:
        docs = self._schema.documents
        rows = self._fetch(select(docs.c.text).where(docs.c.id == doc_id))
        return str(rows[0]["text"]) if rows else None

    def sentences(self, doc_id: str) -> list[Sentence]:
        table = self._schema.sentences
        stmt = select(table).where(table.c.doc_id == doc_id).order_by(table.c.idx)
        return [sentence_from_row(row) for row in self._fetch(stmt)]

    def mentions(self, query: MentionQuery = MentionQuery()) -> list[StoredMention]:  # noqa: B008
        """Mentions matching ``query`` with their documents' metadata, in one query,
        ordered by date (event date, else published; undated last), document, span."""
        m, d = self._schema.mentions, self._schema.documents
        stmt = (
            select(
                m,
                d.c.outlet.label("doc_outlet"),
                d.c.published.label("doc_published"),
                d.c.title.label("doc_title"),
                d.c.url.label("doc_url"),
                d.c.duplicate_of.label("doc_duplicate_of"),
            )
            .join(d, m.c.doc_id == d.c.id)
            .where(*mention_conditions(self._schema, query))
            .order_by(*mention_order(self._schema))
            .limit(query.limit)
            .offset(query.offset or None)
        )
        return [_stored_mention(row) for row in self._fetch(stmt)]

    def tables(self, doc_id: str | None = None) -> list[DocTable]:
        """The tables of one document, or of all documents, in document order."""
        table = self._schema.doc_tables
        stmt = select(table).order_by(table.c.doc_id, table.c.idx)
        if doc_id is not None:
            stmt = stmt.where(table.c.doc_id == doc_id)
        return [table_from_row(row) for row in self._fetch(stmt)]

    def events(self, query: EventQuery = EventQuery()) -> list[StoredEvent]:  # noqa: B008
        """Resolved events matching ``query``, with their mentions and history, ordered
        by the first day their dates cover (undated last)."""
        return self._read(lambda conn: read_events(conn, self._schema, query))

    def event(self, event_id: str) -> StoredEvent | None:
        found = self.events(EventQuery(ids=(event_id,)))
        return found[0] if found else None

    def dyad_counts(
        self,
        dyad: tuple[str, str],
        by: str = "day",
        *,
        undirected: bool = False,
        since: str | None = None,
        until: str | None = None,
    ) -> list[DyadCount]:
        """Resolved events of ``dyad`` per day, week or month: counts, Goldstein sums and
        the quad-class mix (``watchfloor.store.series``), read from the daily summary
        the store keeps as it writes events."""
        return self._read(
            lambda conn: dyad_counts(
                conn, self._schema, dyad, by, undirected=undirected, since=since, until=until
            )
        )

    def dyad_event_days(
        self,
        dyad: tuple[str, str],
        *,
        undirected: bool = False,
        since: str | None = None,
        until: str | None = None,
    ) -> list[tuple[str, str]]:
        """The id and first day of each dated event of ``dyad``, by day: which events
        ``dyad_counts`` counted, without reading the events themselves."""
        return self._read(
            lambda conn: dyad_event_days(
                conn, self._schema, dyad, undirected=undirected, since=since, until=until
            )
        )

    def rebuild_dyad_days(self) -> None:
        """Count the daily dyad summary again from every event (after a bulk load)."""
        try:
            with self._writer.begin() as conn:
                rebuild_days(conn, self._schema)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not rebuild the dyad summary in {describe(self._engine)}: "
                f"{reason_of(exc)}; nothing was changed"
            ) from exc

    def feed_states(self) -> list[FeedState]:
        """The state of every watched feed (``watchfloor watch``), by URL."""
        return self._read(lambda conn: read_feed_states(conn, self._schema.feed_state))

    def save_feed_state(self, state: FeedState) -> None:
        """Insert or replace the state of one watched feed."""
        try:
            with self._writer.begin() as conn:
                write_feed_state(conn, self._schema.feed_state, state)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not save the state of feed {state.url} to {describe(self._engine)}: "
                f"{reason_of(exc)}"
            ) from exc
    def count_events(self, query: EventQuery = EventQuery()) -> int:  # noqa: B008
        """How many events match ``query`` (its limit and offset aside)."""
        return self._read(lambda conn: count_events(conn, self._schema, query))

    def count_mentions(self, query: MentionQuery = MentionQuery()) -> int:  # noqa: B008
        """How many mentions match ``query`` (its limit and offset aside)."""
        return self._read(lambda conn: count_mentions(conn, self._schema, query))

    def event_facets(self, query: EventQuery = EventQuery()) -> EventFacets:  # noqa: B008
        """Events matching ``query`` counted by day, place, dyad and actor pair."""
        return self._read(lambda conn: event_facets(conn, self._schema, query))

    def document_page(self, limit: int | None, offset: int = 0) -> tuple[list[StoredDocument], int]:
        """One page of documents in ingestion order, and how many there are in all."""
        docs = self._schema.documents
        stmt = (
            select(*_document_columns(docs)).order_by(docs.c.ingested_at, docs.c.id)
            .limit(limit).offset(offset or None)
        )  # fmt: skip
        page = [document_from_row(row) for row in self._fetch(stmt)]
        return page, self._read(lambda conn: count_documents(conn, self._schema))

    def event_ids_of_document(self, doc_id: str) -> list[str]:
        """The events that a mention of ``doc_id`` belongs to."""
        return self._read(lambda conn: event_ids_of_document(conn, self._schema, doc_id))

    def unresolved_count(self) -> int:
        """How many stored mentions belong to no event yet (``watchfloor resolve``)."""
        return self._read(lambda conn: unresolved_count(conn, self._schema))

    def provenance(self, doc_ids: Sequence[str]) -> dict[str, Provenance]:
        """Where the imported documents among ``doc_ids`` came from."""
        return self._read(lambda conn: read_provenance(conn, self._schema, doc_ids))

    def imported_event_row(self, event_key: str) -> Provenance | None:
        """The first row stored for an external event (``gdelt:123``), if any."""
        return self._read(lambda conn: read_event_row(conn, self._schema, event_key))

    def actor_labels(self) -> dict[str, str]:
        """Actor code -> the first text seen for it."""
        return self._labels(self._schema.actors)

    def source_labels(self) -> dict[str, str]:
        """Source code -> the first text seen for it."""
        return self._labels(self._schema.sources)

    def counts(self) -> dict[str, int]:
        """How many documents, duplicates (documents with duplicate_of set),
        sentences, mentions and tables are stored."""
        s = self._schema
        stmt = select(
            select(func.count()).select_from(s.documents).scalar_subquery().label("documents"),
            select(func.count())
            .select_from(s.documents)
            .where(s.documents.c.duplicate_of.is_not(None))
            .scalar_subquery()
            .label("duplicates"),
            select(func.count()).select_from(s.sentences).scalar_subquery().label("sentences"),
            select(func.count()).select_from(s.mentions).scalar_subquery().label("mentions"),
            select(func.count()).select_from(s.doc_tables).scalar_subquery().label("tables"),
        )
        return {key: int(value) for key, value in self._fetch(stmt)[0].items()}

    # -- notifications ---------------------------------------------------------------

    def sent_notice_keys(self, channel: str, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` this channel has been sent already."""
        return self._read(lambda conn: notices.sent_keys(conn, self._schema, channel, keys))

    def record_notice(self, notice: SentNotice) -> bool:
        """Remember that ``notice`` went out on its channel; False if it was already
        recorded (then nothing changes)."""
        try:
            with self._writer.begin() as conn:
                return notices.record(conn, self._schema, notice)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not record notice {notice.key!r} in {describe(self._engine)}: "
                f"{reason_of(exc)}"
            ) from exc

    def sent_notices(self, channel: str, limit: int = 100) -> list[SentNotice]:
        """The notices a channel was sent, newest first."""
        return self._read(lambda conn: notices.recent(conn, self._schema, channel, limit))

    def _labels(self, table: Table) -> dict[str, str]:
        rows = self._fetch(select(table.c.code, table.c.label).order_by(table.c.code))
        return {row["code"]: row["label"] for row in rows}

    def _read(self, job: Callable[[Connection], _T]) -> _T:
        return run_read(self._engine, job)

    def _fetch(self, stmt: Executable) -> Sequence[RowMapping]:
        return self._read(lambda conn: conn.execute(stmt).mappings().all())


def _insert_missing_labels(conn: Connection, table: Table, labels: dict[str, str]) -> None:
    """Insert the codes not stored yet; a stored label is never changed."""
    if not labels:
        return
    rows = [{"code": code, "label": label} for code, label in labels.items()]
    if conn.dialect.name == "sqlite":
        conn.execute(sqlite.insert(table).on_conflict_do_nothing(index_elements=["code"]), rows)
    elif conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(table).on_conflict_do_nothing(index_elements=["code"]), rows)
    else:
        stored = set(conn.scalars(select(table.c.code).where(table.c.code.in_(labels))))
        missing = [row for row in rows if row["code"] not in stored]
        if missing:
            conn.execute(table.insert(), missing)


def _document_columns(docs: Table) -> list[Any]:
    return [c for c in docs.c if c.name not in ("text", "signature")]


def _stored_mention(row: RowMapping) -> StoredMention:
    return StoredMention(
        id=row["id"],
        mention=mention_from_row(row),
        outlet=row["doc_outlet"],
        published=row["doc_published"],
        title=row["doc_title"],
        url=row["doc_url"],
        duplicate_of=row["doc_duplicate_of"],
    )
