"""The dashboard: static pages and scripts bundled in the package (``serve/static``),
served under ``/ui/``. Nothing is fetched from elsewhere; article text reaches the page
only through ``textContent``."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
# No inline script and nothing from another origin: even an injected tag could not run.
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")  # fmt: skip


def mount_ui(app: FastAPI) -> None:
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    def root() -> RedirectResponse:
        return RedirectResponse("/ui/")

    @router.get("/ui")
    @router.get("/ui/")
    def overview() -> FileResponse:
        return _page("index.html")

    @router.get("/ui/event/{event_id}")
    def event_page(event_id: str) -> FileResponse:
        return _page("event.html")

    @router.get("/ui/document/{doc_id}")
    def document_page(doc_id: str) -> FileResponse:
        return _page("document.html")

    app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=STATIC), name="ui-static")


def _page(name: str) -> FileResponse:
    return FileResponse(STATIC / name, media_type="text/html",
                        headers={"Content-Security-Policy": POLICY})  # fmt: skip
