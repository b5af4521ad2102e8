"""The data that flows through watchfloor: frozen dataclasses, no behaviour beyond
conversion to and from the spec's JSON record (``shared/spec/EVENTS.md`` section 2)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Certainty(StrEnum):
    ASSERTED = "asserted"
    REPORTED = "reported"
    POSSIBLE = "possible"
    DENIED = "denied"


@dataclass(frozen=True, slots=True)
class Document:
    """One news report. ``text`` is the body exactly as stored: spans index into it.
    ``named_id``: the input named the id (front matter, JSON, a feed's guid or link);
    False when watchfloor made it from the file's path, which is then its identity."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    named_id: bool = True

    def __post_init__(self) -> None:
        # a library user may pass "2024-10-18"; every stage needs a date
        if isinstance(self.published, str):
            object.__setattr__(self, "published", date.fromisoformat(self.published))

    @property
    def content_hash(self) -> str:
        # Metadata is part of identity: the same body from two outlets is syndication,
        # which near-duplicate detection links, not a re-ingest to drop.
        key = "\x1f".join([self.id, self.outlet or "", self.text])
        # surrogatepass: a lone surrogate from a library caller hashes, never raises
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used: reported and skipped, never fatal to a batch."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: ISO alpha-3 country (or IGO + body) plus at most one CAMEO role."""

    code: str
    text: str

    @property
    def country(self) -> str:
        return self.code[:3]

    def to_record(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text}

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Actor | None:
        if record is None:
            return None
        return cls(code=str(record["code"]), text=str(record.get("text") or ""))


@dataclass(frozen=True, slots=True)
class EventDate:
    """``value`` is ISO 8601 at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD."""

    value: str
    text: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}.get(len(self.value), "unknown")

    def to_record(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text}

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> EventDate | None:
        if record is None:
            return None
        return cls(value=str(record["value"]), text=str(record.get("text") or ""))


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Place | None:
        if record is None:
            return None
        return cls(
            name=str(record["name"]),
            country=record.get("country"),
            lat=_float_or_none(record.get("lat")),
            lon=_float_or_none(record.get("lon")),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A range gives ``low``/``high`` and ``value`` = midpoint; open bounds are None."""

    value: float
    low: float | None
    high: float | None
    unit: str | None
    approx: bool
    text: str

    def to_record(self) -> dict[str, Any]:
        return {
            "value": _int_if_whole(self.value),
            "low": _int_if_whole(self.low),
            "high": _int_if_whole(self.high),
            "unit": self.unit,
            "approx": self.approx,
            "text": self.text,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Quantity | None:
        if record is None:
            return None
        return cls(
            value=float(record["value"]),
            low=_float_or_none(record.get("low")),
            high=_float_or_none(record.get("high")),
            unit=record.get("unit"),
            approx=bool(record.get("approx")),
            text=str(record.get("text") or ""),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention: the spec's event record, one sentence's evidence for one event."""

    doc: str
    sentence: str
    span: tuple[int, int]
    code: str
    goldstein: float
    actor1: Actor
    actor2: Actor | None
    certainty: Certainty
    date: EventDate | None = None
    location: Place | None = None
    quantity: Quantity | None = None
    source: Actor | None = None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class_of(self.code)

    def to_record(self) -> dict[str, Any]:
        """The record of spec section 2, every field present, in the spec's order."""
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "span": [self.span[0], self.span[1]],
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "actor1": self.actor1.to_record(),
            "actor2": self.actor2.to_record() if self.actor2 else None,
            "date": self.date.to_record() if self.date else None,
            "location": self.location.to_record() if self.location else None,
            "quantity": self.quantity.to_record() if self.quantity else None,
            "source": self.source.to_record() if self.source else None,
            "certainty": self.certainty.value,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Mention:
        actor1 = Actor.from_record(record["actor1"])
        if actor1 is None:
            raise ValueError("actor1 must not be null")
        span = record["span"]
        return cls(
            doc=str(record["doc"]),
            sentence=str(record["sentence"]),
            span=(int(span[0]), int(span[1])),
            code=str(record["code"]),
            goldstein=float(record["goldstein"]),
            actor1=actor1,
            actor2=Actor.from_record(record.get("actor2")),
            certainty=Certainty(record["certainty"]),
            date=EventDate.from_record(record.get("date")),
            location=Place.from_record(record.get("location")),
            quantity=Quantity.from_record(record.get("quantity")),
            source=Actor.from_record(record.get("source")),
        )


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table found in a document body, read as rows of cells."""

    doc: str
    index: int
    span: tuple[int, int]
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_dicts(self) -> list[dict[str, str]]:
        return [dict(zip(self.header, row, strict=False)) for row in self.rows]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor read from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    tables: tuple[Table, ...] = field(default_factory=tuple)


def quad_class_of(code: str) -> int:
    """GDELT's rule: roots 01-05 verbal coop., 06-09 material coop., 10-14 verbal
    conflict, 15-20 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


def _int_if_whole(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a claim comes from: document, outlet, date (and title and link)."""

    doc: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None

    def short(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        return f"{self.doc}, {self.outlet or 'unknown outlet'}, {when}"
