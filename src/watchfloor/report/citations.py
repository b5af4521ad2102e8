"""Where a row of a brief comes from: document, outlet, date (and title and link)."""

from __future__ import annotations

from watchfloor.models import Citation

__all__ = ["Citation"]
