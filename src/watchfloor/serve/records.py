"""What the API answers: store objects as JSON-ready dicts, and pages of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from watchfloor.resolve import describe_stored
from watchfloor.serve.highlight import marks
from watchfloor.serve.state import ServeState
from watchfloor.store import EventFacets, Pair, StoredDocument, StoredEvent, StoredMention


def page(items: Sequence[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """A page of a listing; ``next_offset`` is None on the last page."""
    following = offset + len(items)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if following < total and items else None,
        "items": list(items),
    }


def event_record(
    state: ServeState, stored: StoredEvent, *, full: bool = False, originals_only: bool = False
) -> dict[str, Any]:
    """The ``watchfloor events --format jsonl`` record; ``full`` adds the history and,
    for each mention, where its actors, trigger and figure stand in its sentence."""
    if originals_only:
        stored = replace(stored, members=tuple(m for m in stored.members if not m.is_copy))
    record = describe_stored(stored, state.registry()).to_record(with_history=full)
    if full:
        triggers = state.triggers()
        sources = record["grade"]["sources"]
        for mention, member in zip(record["mentions"], stored.members, strict=True):
            mention["marks"] = [m.to_record() for m in marks(member.mention, triggers)]
            mention["title"] = member.title
            mention["url"] = member.url
            mention["source_grade"] = _source_grade(sources, member.doc)
    return record


def _source_grade(sources: list[dict[str, Any]], doc: str) -> dict[str, Any] | None:
    """The grade of the source chain this mention's document belongs to."""
    for source in sources:
        if doc in source.get("docs", ()) or doc in source.get("copies", ()):
            return {"reliability": source["reliability"], "label": source["label"],
                    "explanation": source["explanation"]}  # fmt: skip
    return None


def mention_record(found: StoredMention) -> dict[str, Any]:
    return {
        "id": found.id,
        **found.mention.to_record(),
        "outlet": found.outlet,
        "published": found.published.isoformat() if found.published else None,
        "title": found.title,
        "duplicate_of": found.duplicate_of,
    }


def document_record(doc: StoredDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "url": doc.url,
        "duplicate_of": doc.duplicate_of,
        "ingested_at": doc.ingested_at.isoformat(timespec="seconds"),
    }


def facets_record(facets: EventFacets, labels: dict[str, str]) -> dict[str, Any]:
    def pair(p: Pair) -> dict[str, Any]:
        return {"source": p.source, "target": p.target, "events": p.events,
                "cooperative": p.cooperative, "conflictual": p.conflictual}  # fmt: skip

    codes = {p.source for p in facets.actors} | {p.target for p in facets.actors}
    return {
        "total": facets.total,
        "by_day": [{"day": d, "events": n} for d, n in facets.by_day],
        "by_location": [{"country": c, "events": n} for c, n in facets.by_location],
        "dyads": [pair(p) for p in facets.dyads],
        "actors": [pair(p) for p in facets.actors],
        "labels": {code: labels.get(code, code) for code in sorted(codes)},
    }
