"""``POST /documents``: ingest one document, given as the keys of one JSON Lines line
(``id``, ``title``, ``published``, ``outlet``, ``url``, ``text``), behind a bearer token.

The token is ``WATCHFLOOR_TOKEN``, compared in constant time; with no token set every
write is refused, so a server started without one is read-only.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, HTTPException, Request, Response

from watchfloor.errors import DocumentError
from watchfloor.ingest.jsonl import document_from_record
from watchfloor.serve.read_routes import state_of

WHERE = "POST /documents"
_EXAMPLE = {"id": "kp-ru-0099", "title": "…", "published": "2024-10-18",
            "outlet": "Yonhap", "url": "https://…", "text": "Pyongyang has sent …"}  # fmt: skip


def check_token(expected: str | None, authorization: str | None) -> None:
    """Raise a 401 unless ``authorization`` is ``Bearer <expected>``."""
    if not expected:
        raise HTTPException(
            401, "writes are turned off: start the server with WATCHFLOOR_TOKEN set, and "
            "send it as 'Authorization: Bearer TOKEN'",
        )  # fmt: skip
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "send the token as 'Authorization: Bearer TOKEN'")
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "the token is not the one set by WATCHFLOOR_TOKEN")


def build_write_router() -> APIRouter:
    router = APIRouter()

    @router.post("/documents", tags=["documents"], status_code=201)
    def post_document(
        request: Request,
        response: Response,
        record: Annotated[dict[str, Any], Body(examples=[_EXAMPLE])],
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Ingest one document: extract its events, store them and resolve them. 201 when
        stored, 200 when the same content was already stored."""
        state = state_of(request)
        check_token(state.settings.token, authorization)
        if "id" not in record and isinstance(record.get("text"), str):
            digest = hashlib.sha256(record["text"].encode()).hexdigest()[:12]
            record = {**record, "id": f"api-{digest}"}
        try:
            document = document_from_record(record, 1, WHERE)
        except DocumentError as exc:
            raise HTTPException(422, f"{WHERE}: {exc.reason}") from exc
        from watchfloor.api import ingest_documents

        with state.write_lock:
            state.open_for_writing()
            report = ingest_documents([document], state.settings, extractor=state.extractor())
        if report.problems and not (report.stored or report.updated or report.unchanged):
            raise HTTPException(422, "; ".join(f"{p.path}: {p.reason}" for p in report.problems))
        if not (report.stored or report.updated):
            response.status_code = 200
        return {"document": document.id, **report.to_dict()}

    return router
