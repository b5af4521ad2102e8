"""PLOVER records (event type, mode, context) out of resolved events, with the CAMEO
code each came from and what its mapping loses (``mapping_loss``)."""

from __future__ import annotations

from typing import Any

from watchfloor.exchange.context import ExportEvent, Reference
from watchfloor.exchange.mappings import losses_of

LOSS_FOR_ALL = "quad class and Goldstein weight (PLOVER has neither)"


def record(item: ExportEvent, ref: Reference) -> dict[str, Any] | None:
    """One PLOVER record; None when the event's CAMEO root has no PLOVER type (01, 02)."""
    e = item.event
    found = ref.plover.lookup(e.code)
    if found is None:
        return None
    place = e.location
    return {
        "id": e.id,
        "event_date": e.dates.first_day.isoformat() if e.dates.first_day else None,
        "event_type": found.event_type,
        "mode": found.mode or None,
        "context": found.context.split(";") if found.context else [],
        "actor": e.actor1.text,
        "actor_country": e.actor1.country,
        "actor_code": e.actor1.code,
        "recipient": e.actor2.text if e.actor2 else None,
        "recipient_country": e.actor2.country if e.actor2 else None,
        "recipient_code": e.actor2.code if e.actor2 else None,
        "location": place.name if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "cameo_code": e.code,
        "mapping_loss": [*losses_of(e.code, ref.plover_losses), LOSS_FOR_ALL],
        "sources": item.outlets,
        "urls": [m.url for m in e.members if m.url],
        "mentions": len(e.members),
    }
