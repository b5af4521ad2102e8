"""What the store returns, and how model objects map to table rows and back.

The mapping is exact: a Mention written with ``mention_row`` and read back with
``mention_from_row`` compares equal to the original (floats are stored as double
precision, absent parts as NULL, certainty by its value).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import RowMapping

from watchfloor.errors import StoreError
from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Quantity,
    Sentence,
    Table,
)

Row = RowMapping


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document's metadata as stored (its text: ``Store.document_text``)."""

    id: str
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None
    path: str | None
    content_hash: str
    duplicate_of: str | None
    ingested_at: datetime  # UTC, timezone-aware


@dataclass(frozen=True, slots=True)
class StoredMention:
    """A stored mention with its database id and the metadata of its document."""

    id: int
    mention: Mention
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class SaveResult:
    """``reason``: "new", "updated" (same id, new content: rows replaced) or
    "same content already stored" (nothing changed)."""

    doc_id: str
    inserted: bool
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """The rows one Extraction becomes, built and checked before any write."""

    document: dict[str, Any]
    sentences: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    tables: list[dict[str, Any]]
    actor_labels: dict[str, str]
    source_labels: dict[str, str]


def extraction_rows(
    extraction: Extraction, *, duplicate_of: str | None, signature: bytes | None
) -> DocumentRows:
    """Every row ``extraction`` becomes, checked before anything is written: raises
    StoreError naming the document if it cannot be stored."""
    doc_id = extraction.document.id
    _check_belongs(extraction)
    if duplicate_of == doc_id:
        raise StoreError(f"document {doc_id!r} cannot be a duplicate of itself")
    try:
        return _build_rows(extraction, duplicate_of=duplicate_of, signature=signature)
    except (AttributeError, TypeError, ValueError) as exc:
        raise StoreError(f"document {doc_id!r} cannot be stored: {exc}") from exc


def _build_rows(
    extraction: Extraction, *, duplicate_of: str | None, signature: bytes | None
) -> DocumentRows:
    document, mentions = extraction.document, extraction.mentions
    index_of = _sentence_finder(extraction.sentences)
    return DocumentRows(
        document=document_row(
            document, duplicate_of=duplicate_of, signature=signature, ingested_at=datetime.now(UTC)
        ),
        sentences=[sentence_row(document.id, s) for s in extraction.sentences],
        mentions=[
            mention_row(m, sentence_idx=index_of(m), published=document.published) for m in mentions
        ],
        tables=[table_row(document.id, t) for t in extraction.tables],
        actor_labels=_first_labels(_actors_of(mentions)),
        source_labels=_first_labels((m.source.code, m.source.text) for m in mentions if m.source),
    )


def _check_belongs(extraction: Extraction) -> None:
    doc_id = extraction.document.id
    strays = {m.doc for m in extraction.mentions} | {t.doc for t in extraction.tables}
    strays.discard(doc_id)
    if strays:
        raise StoreError(
            f"document {doc_id!r} cannot be stored: it carries mentions or tables of "
            f"other documents {sorted(strays)}"
        )


def _sentence_finder(sentences: Sequence[Sentence]) -> Callable[[Mention], int | None]:
    """The index of a mention's sentence: the one with its exact span, else the one
    its span starts in, else None."""
    exact = {(s.start, s.end): s.index for s in sentences}

    def index_of(mention: Mention) -> int | None:
        if mention.span in exact:
            return exact[mention.span]
        start = mention.span[0]
        return next((s.index for s in sentences if s.start <= start < s.end), None)

    return index_of


def _actors_of(mentions: Sequence[Mention]) -> Iterator[tuple[str, str]]:
    for mention in mentions:
        yield mention.actor1.code, mention.actor1.text
        if mention.actor2 is not None:
            yield mention.actor2.code, mention.actor2.text


def _first_labels(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for code, text in pairs:
        if text and code not in labels:
            labels[code] = text
    return labels


def document_row(
    document: Document,
    *,
    duplicate_of: str | None,
    signature: bytes | None,
    ingested_at: datetime,
) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "published": document.published,
        "outlet": document.outlet,
        "url": document.url,
        "path": document.path,
        "content_hash": document.content_hash,
        "text": document.text,
        "duplicate_of": duplicate_of,
        "signature": signature,
        "ingested_at": ingested_at.astimezone(UTC).replace(tzinfo=None),
    }


def document_from_row(row: Row) -> StoredDocument:
    return StoredDocument(
        id=row["id"],
        title=row["title"],
        published=row["published"],
        outlet=row["outlet"],
        url=row["url"],
        path=row["path"],
        content_hash=row["content_hash"],
        duplicate_of=row["duplicate_of"],
        ingested_at=_utc(row["ingested_at"]),
    )


def sentence_row(doc_id: str, sentence: Sentence) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "idx": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
    }


def sentence_from_row(row: Row) -> Sentence:
    return Sentence(index=row["idx"], start=row["start"], end=row["end"], text=row["text"])


def mention_row(
    mention: Mention, *, sentence_idx: int | None, published: date | None
) -> dict[str, Any]:
    event_date = mention.date.value if mention.date else None
    return {
        "doc_id": mention.doc,
        "sentence_idx": sentence_idx,
        "span_start": mention.span[0],
        "span_end": mention.span[1],
        "sentence": mention.sentence,
        "code": mention.code,
        "root": mention.root,
        "quad_class": mention.quad_class,
        "goldstein": mention.goldstein,
        **_actor_columns("actor1", mention.actor1),
        **_actor_columns("actor2", mention.actor2),
        "date_value": event_date,
        "date_text": mention.date.text if mention.date else None,
        "sort_date": event_date or (published.isoformat() if published else None),
        **_place_columns(mention.location),
        **_quantity_columns(mention.quantity),
        "source_code": mention.source.code if mention.source else None,
        "source_text": mention.source.text if mention.source else None,
        "certainty": Certainty(mention.certainty).value,
    }


def mention_from_row(row: Row) -> Mention:
    actor1 = _actor(row, "actor1")
    if actor1 is None:  # the column is NOT NULL; this only guards the type
        raise ValueError(f"mention {row['id']} has no actor1")
    return Mention(
        doc=row["doc_id"],
        sentence=row["sentence"],
        span=(row["span_start"], row["span_end"]),
        code=row["code"],
        goldstein=row["goldstein"],
        actor1=actor1,
        actor2=_actor(row, "actor2"),
        certainty=Certainty(row["certainty"]),
        date=_event_date(row),
        location=_place(row),
        quantity=_quantity(row),
        source=_actor(row, "source"),
    )


def table_row(doc_id: str, table: Table) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "idx": table.index,
        "span_start": table.span[0],
        "span_end": table.span[1],
        "header": json.dumps(list(table.header), ensure_ascii=False),
        "rows": json.dumps([list(r) for r in table.rows], ensure_ascii=False),
    }


def table_from_row(row: Row) -> Table:
    rows: Sequence[Sequence[str]] = json.loads(row["rows"])
    return Table(
        doc=row["doc_id"],
        index=row["idx"],
        span=(row["span_start"], row["span_end"]),
        header=tuple(json.loads(row["header"])),
        rows=tuple(tuple(r) for r in rows),
    )


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_code": actor.code if actor else None,
        f"{prefix}_text": actor.text if actor else None,
        f"{prefix}_country": actor.country if actor else None,
    }


def _place_columns(place: Place | None) -> dict[str, Any]:
    return {
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
    }


def _quantity_columns(quantity: Quantity | None) -> dict[str, Any]:
    return {
        "quantity_value": quantity.value if quantity else None,
        "quantity_low": quantity.low if quantity else None,
        "quantity_high": quantity.high if quantity else None,
        "quantity_unit": quantity.unit if quantity else None,
        "quantity_approx": quantity.approx if quantity else None,
        "quantity_text": quantity.text if quantity else None,
    }


def _actor(row: Row, prefix: str) -> Actor | None:
    code = row[f"{prefix}_code"]
    return None if code is None else Actor(code=code, text=row[f"{prefix}_text"])


def _event_date(row: Row) -> EventDate | None:
    value = row["date_value"]
    return None if value is None else EventDate(value=value, text=row["date_text"])


def _place(row: Row) -> Place | None:
    name = row["location_name"]
    if name is None:
        return None
    return Place(name=name, country=row["location_country"], lat=row["lat"], lon=row["lon"])


def _quantity(row: Row) -> Quantity | None:
    value = row["quantity_value"]
    if value is None:
        return None
    return Quantity(
        value=value,
        low=row["quantity_low"],
        high=row["quantity_high"],
        unit=row["quantity_unit"],
        approx=bool(row["quantity_approx"]),
        text=row["quantity_text"],
    )
