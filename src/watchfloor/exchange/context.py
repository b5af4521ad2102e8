"""What every exporter and importer needs besides the events: the taxonomy, the place
codes and the mappings, loaded once; and the events to export with their provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from urllib.parse import urlsplit

from watchfloor.exchange.geo import Countries
from watchfloor.exchange.mappings import (
    AcledMapping,
    PloverLoss,
    PloverMapping,
    load_acled_mapping,
    load_plover_mapping,
    plover_losses,
)
from watchfloor.models import Actor
from watchfloor.resolve import ResolvedEvent
from watchfloor.store import EventMember, Provenance
from watchfloor.taxonomy import CameoTaxonomy, Gazetteer, load_cameo, load_gazetteer


@dataclass
class Reference:
    """Reference data, each read on first use (an exporter needs only some of it)."""

    countries: Countries = field(default_factory=Countries)

    @cached_property
    def cameo(self) -> CameoTaxonomy:
        return load_cameo()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return load_gazetteer()

    @cached_property
    def acled(self) -> AcledMapping:
        return load_acled_mapping()

    @cached_property
    def plover(self) -> PloverMapping:
        return load_plover_mapping()

    @cached_property
    def plover_losses(self) -> list[PloverLoss]:
        return plover_losses(self.plover, self.cameo)

    def goldstein(self, code: str, fallback: float) -> float:
        return self.cameo.get(code).goldstein if code in self.cameo else fallback


@dataclass(frozen=True, slots=True)
class ExportEvent:
    """A resolved event to export, with the provenance of its imported members."""

    event: ResolvedEvent
    provenance: dict[str, Provenance]

    def row_of(self, member: EventMember, dataset: str) -> Provenance | None:
        found = self.provenance.get(member.doc)
        return found if found is not None and found.dataset == dataset else None

    @property
    def source_url(self) -> str:
        """The first report's URL, else its document id (GDELT allows a citation)."""
        first = self.event.members[0]
        return first.url or first.doc

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.event.members:
            seen.setdefault(m.original_outlet or m.outlet or f"document {m.original_doc}", None)
        return list(seen)

    @property
    def articles(self) -> int:
        return len({m.original_doc for m in self.event.members})


def numeric_id(event_id: str) -> int:
    """A GDELT-style integer id: an imported one's own, else from the id's hex digits."""
    tail = event_id.removeprefix("ev-")
    if tail.startswith("gdelt-") and tail[6:].isdigit():
        return int(tail[6:])
    digits = "".join(ch for ch in tail if ch in "0123456789abcdef")[:13]
    return int(digits, 16) if digits else 0


def stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y%m%d%H%M%S") if moment else ""


def day_stamp(day: date | None) -> str:
    return day.strftime("%Y%m%d") if day else ""


def actor_parts(actor: Actor | None) -> tuple[str, str, str]:
    """(country, known group, role) of a CAMEO actor code: RUSMIL -> RUS, '', MIL;
    IGOUNO -> '', UNO, ''."""
    if actor is None:
        return "", "", ""
    if actor.code.startswith("IGO"):
        return "", actor.code[3:6], actor.code[6:9]
    return actor.code[:3], "", actor.code[3:6]


def host_of(url: str) -> str:
    host = urlsplit(url).netloc.lower() if "://" in url else ""
    return host.removeprefix("www.")
