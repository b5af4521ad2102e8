"""The read endpoints: events (with the CLI's filters), one event, mentions, documents,
and the counts the dashboard's charts are drawn from."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from watchfloor.serve.records import (
    document_record,
    event_record,
    facets_record,
    mention_record,
    page,
)
from watchfloor.serve.state import ServeState
from watchfloor.store import EventQuery, MentionQuery

MAX_LIMIT = 1000

Dyad = Annotated[str | None, Query(description="actor1-actor2 countries: PRK-RUS",
                                   pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$")]  # fmt: skip
EitherWay = Annotated[bool, Query(description="with dyad, match both directions")]
Actor = Annotated[str | None, Query(description="a country or actor code on either side")]
Code = Annotated[str | None, Query(description="CAMEO code or prefix: 072, 19")]
Since = Annotated[str | None, Query(description="event date from (ISO prefix): 2024-10")]
Until = Annotated[str | None, Query(description="event date up to (ISO prefix)")]
Document = Annotated[str | None, Query(description="one document id")]
NoDuplicates = Annotated[bool, Query(description="leave out near-duplicate documents")]
Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description="at most this many items")]
Offset = Annotated[int, Query(ge=0, description="skip this many items")]
Pair = Annotated[str | None, Query(description="actor1 code-actor2 code: PRKMIL-RUS")]


def state_of(request: Request) -> ServeState:
    state: ServeState = request.app.state.watchfloor
    return state


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    first, second = value.upper().split("-")
    return first, second


def build_read_router() -> APIRouter:
    router = APIRouter()

    @router.get("/events", tags=["events"])
    def list_events(
        request: Request, dyad: Dyad = None, either_way: EitherWay = False,
        actor: Actor = None, code: Code = None, since: Since = None, until: Until = None,
        document: Document = None, no_duplicates: NoDuplicates = False,
        location: Annotated[str | None, Query(description="country it took place in")] = None,
        pair: Pair = None,
        limit: Limit = 50, offset: Offset = 0,
    ) -> dict[str, Any]:  # fmt: skip
        """Resolved events, ordered by date (undated last), with the total that match."""
        state = state_of(request)
        query = EventQuery(
            dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code, since=since,
            until=until, doc=document, include_duplicates=not no_duplicates, limit=limit,
            offset=offset, location=location, pair=_pair(pair),
        )  # fmt: skip
        store = state.store()
        found = [event_record(state, e, originals_only=no_duplicates)
                 for e in store.events(query)]  # fmt: skip
        return page(found, store.count_events(query), limit, offset)

    @router.get("/events/{event_id}", tags=["events"])
    def one_event(request: Request, event_id: str) -> dict[str, Any]:
        """One event with its mentions (each with its marks), sources and history."""
        state = state_of(request)
        stored = state.store().event(event_id)
        if stored is None:
            raise HTTPException(404, f"no event {event_id!r}: GET /events lists their ids")
        return event_record(state, stored, full=True)

    @router.get("/mentions", tags=["mentions"])
    def list_mentions(
        request: Request, dyad: Dyad = None, either_way: EitherWay = False,
        actor: Actor = None, code: Code = None, since: Since = None, until: Until = None,
        document: Document = None, no_duplicates: NoDuplicates = False,
        limit: Limit = 50, offset: Offset = 0,
    ) -> dict[str, Any]:  # fmt: skip
        """Stored event mentions (one per sentence of evidence), ordered by date."""
        query = MentionQuery(
            dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code, since=since,
            until=until, doc=document, include_duplicates=not no_duplicates, limit=limit,
            offset=offset,
        )  # fmt: skip
        store = state_of(request).store()
        found = [mention_record(m) for m in store.mentions(query)]
        return page(found, store.count_mentions(query), limit, offset)

    @router.get("/documents", tags=["documents"])
    def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents' metadata, in ingestion order."""
        found, total = state_of(request).store().document_page(limit, offset)
        return page([document_record(d) for d in found], total, limit, offset)

    @router.get("/documents/{doc_id}", tags=["documents"])
    def one_document(request: Request, doc_id: str) -> dict[str, Any]:
        """One document: its metadata, text, and the events its mentions belong to."""
        store = state_of(request).store()
        found = store.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}: GET /documents lists their ids")
        return {**document_record(found), "text": store.document_text(doc_id),
                "events": store.event_ids_of_document(doc_id)}  # fmt: skip

    @router.get("/facets", tags=["events"])
    def facets(
        request: Request, dyad: Dyad = None, either_way: EitherWay = False,
        actor: Actor = None, code: Code = None, since: Since = None, until: Until = None,
    ) -> dict[str, Any]:  # fmt: skip
        """Matching events counted by day, place, dyad and actor pair (cooperative and
        conflictual): what the dashboard's charts draw."""
        query = EventQuery(dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code,
                           since=since, until=until)  # fmt: skip
        store = state_of(request).store()
        return facets_record(store.event_facets(query), store.actor_labels())

    return router


def _pair(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.split("-")
    if len(parts) != 2 or not all(parts):
        raise HTTPException(422, f"pair {value!r}: give two actor codes, like PRKMIL-RUS")
    return parts[0], parts[1]
