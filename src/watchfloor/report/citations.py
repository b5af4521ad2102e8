"""Where a row of a brief comes from: document, outlet, date (and title and link)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Citation:
    doc: str
    outlet: str | None
    published: date | None
    title: str | None
    url: str | None

    def short(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        return f"{self.doc}, {self.outlet or 'unknown outlet'}, {when}"
