"""``watchfloor serve``: the HTTP API and dashboard on uvicorn."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from watchfloor.cli import _Context


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")  # fmt: skip
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--cors-origin", "cors_origins", multiple=True,
              help="An origin whose pages may call the API (repeat for more) "
                   "[env WATCHFLOOR_CORS_ORIGINS; none: CORS off].")  # fmt: skip
@click.pass_obj
def serve(c: _Context, host: str, port: int, cors_origins: tuple[str, ...]) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json) and the dashboard (/ui/) over the
    database. Writes (POST /documents) need WATCHFLOOR_TOKEN set in the server's
    environment and sent as 'Authorization: Bearer TOKEN'; without it the server is
    read-only.

    Example: watchfloor serve --host 127.0.0.1 --port 8000
    """
    from watchfloor.cli import _run  # the CLI imports this module: import it when run
    from watchfloor.report.safety import terminal
    from watchfloor.serve import create_app

    settings = c.settings.with_overrides(cors_origins=cors_origins or None)
    app = _run(lambda: create_app(settings))
    import uvicorn

    writes = "on (token set)" if settings.token else "off (set WATCHFLOOR_TOKEN to allow them)"
    c.err.print(f"serving {terminal(settings.db)} on http://{terminal(host)}:{port}/ui/ ; "
                f"writes {writes}")  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning")
