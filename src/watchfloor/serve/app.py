"""The FastAPI application: routes, JSON errors, optional CORS, the dashboard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from watchfloor.errors import ConfigError, StoreError, WatchfloorError
from watchfloor.serve.analysis_routes import build_analysis_router
from watchfloor.serve.read_routes import build_read_router
from watchfloor.serve.state import ServeState
from watchfloor.serve.ui import mount_ui
from watchfloor.serve.write_routes import build_write_router
from watchfloor.settings import Settings


def build_app(settings: Settings) -> FastAPI:
    state = ServeState(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="watchfloor",
        version=version("watchfloor"),
        description="Sourced, dated, located, confidence-rated CAMEO events, read from a "
        "watchfloor store. Writes need 'Authorization: Bearer TOKEN' (WATCHFLOOR_TOKEN).",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN: off, as
        # nothing here may reach the network; /openapi.json describes the API
        docs_url=None,
        redoc_url=None,
    )
    app.state.watchfloor = state
    app.include_router(build_read_router())
    app.include_router(build_analysis_router())
    app.include_router(build_write_router())
    mount_ui(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
        )  # fmt: skip
    _add_error_handlers(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path {request.url.path}: the API is described at /openapi.json"
        return _error(exc.status_code, message, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'body'))}: "
            f"{e.get('msg', 'invalid')}"
            for e in exc.errors()
        ]
        return _error(422, "invalid request: " + "; ".join(problems))

    @app.exception_handler(ConfigError)
    async def bad_filter(request: Request, exc: ConfigError) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(StoreError)
    async def no_database(request: Request, exc: StoreError) -> JSONResponse:
        return _error(503, str(exc))

    @app.exception_handler(WatchfloorError)
    async def other(request: Request, exc: WatchfloorError) -> JSONResponse:
        return _error(400, str(exc))


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                        headers=headers)  # fmt: skip
