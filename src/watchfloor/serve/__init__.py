"""``watchfloor serve``: an HTTP API (FastAPI on uvicorn) and a browser dashboard over
the same store. FastAPI is an optional extra, imported only when an app is made.

    from watchfloor.serve import create_app
    app = create_app(load_settings())     # uvicorn.run(app) or TestClient(app)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.errors import ConfigError
from watchfloor.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]

MISSING_EXTRA = "the HTTP API needs FastAPI and uvicorn: pip install 'watchfloor[serve]'"


def create_app(settings: Settings) -> FastAPI:
    """The API and dashboard for ``settings.db``; the database is opened on first use."""
    try:
        from watchfloor.serve.app import build_app
    except ImportError as exc:
        raise ConfigError(f"{MISSING_EXTRA} ({exc})") from exc
    return build_app(settings)
