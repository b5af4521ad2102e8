"""ACLED-style CSV: the 31 columns of an ACLED export, rows out of resolved events
(types from ``data/cameo_acled.tsv``), and rows read back in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from watchfloor.exchange.context import ExportEvent, Reference
from watchfloor.models import Actor, Certainty, EventDate, Mention, Place

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
REQUIRED = ("event_id_cnty", "event_date", "event_type", "actor1")
# ACLED's time precision: 1 the day is known, 2 the week, 3 only the month (or less)
_PRECISION = {"day": "1", "month": "3", "year": "3"}
# ACLED's geo precision: 1 the town, 2 a larger area around it, 3 a region or country
_GEO_PRECISION = {"city": "1", "town": "1", "region": "3", "country": "3", "area": "2"}
_ROLES = (("military", "MIL"), ("police", "COP"), ("government", "GOV"), ("rebel", "REB"))
_OF_COUNTRY = re.compile(r"\bof ([A-Z][\w .'-]+?)(?: \(|$)")


def row(item: ExportEvent, ref: Reference) -> list[str] | None:
    """The 31 columns of one event; None when its CAMEO code has no ACLED type. An
    event made from an imported ACLED row exports as that row."""
    e = item.event
    base = item.row_of(e.members[0], "acled")
    if base is not None:
        return [base.fields.get(c, "") for c in COLUMNS]
    found = ref.acled.lookup(e.code)
    if found is None:
        return None
    day = e.dates.first_day
    place = e.location
    country = place.country if place and place.country else e.actor1.country
    entry = ref.gazetteer.lookup(place.name) if place else None
    values = {
        "event_id_cnty": e.id,
        "event_date": day.isoformat() if day else "",
        "year": str(day.year) if day else "",
        "time_precision": _PRECISION.get(_precision(e.dates.earliest), ""),
        "disorder_type": found.disorder_type,
        "event_type": found.event_type,
        "sub_event_type": found.sub_event_type,
        "actor1": e.actor1.text,
        "actor2": e.actor2.text if e.actor2 else "",
        "iso": ref.countries.iso_numeric(country),
        "country": ref.countries.name(country),
        "location": place.name if place else "",
        "latitude": _number(place.lat if place else None),
        "longitude": _number(place.lon if place else None),
        "geo_precision": _GEO_PRECISION.get(entry.kind, "") if entry and place else "",
        "source": "; ".join(item.outlets),
        "notes": e.members[0].mention.sentence,
        "timestamp": str(int(e.updated_at.timestamp())) if e.updated_at else "",
    }
    return [values.get(c, "") for c in COLUMNS]


def mention_of(fields: Mapping[str, str], doc: str, ref: Reference) -> Mention:
    """The mention an ACLED row makes; ValueError says what is wrong with it."""
    missing = [c for c in REQUIRED if not fields.get(c)]
    if missing:
        raise ValueError(f"empty {', '.join(missing)}")
    code = ref.acled.cameo_of(fields["event_type"], fields.get("sub_event_type", ""))
    if code is None:
        raise ValueError(f"event_type {fields['event_type']!r} is not in cameo_acled.tsv")
    country = _country(fields, ref)
    day = parse_date(fields["event_date"])
    place_name = fields.get("location", "")
    return Mention(
        doc=doc, sentence=fields.get("notes") or f"{fields['event_type']}: {fields['actor1']}",
        span=(0, 0), code=code, goldstein=ref.goldstein(code, 0.0),
        actor1=_actor(fields["actor1"], country, ref),
        actor2=_actor(fields["actor2"], country, ref) if fields.get("actor2") else None,
        certainty=Certainty.REPORTED,
        date=EventDate(day.isoformat(), fields["event_date"]),
        location=Place(place_name, country, _float(fields, "latitude"),
                       _float(fields, "longitude")) if place_name else None,
    )  # fmt: skip


def parse_date(value: str) -> date:
    for pattern in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(f"event_date {value!r} is not a date (2024-10-18 or 18 October 2024)")


def _country(fields: Mapping[str, str], ref: Reference) -> str | None:
    iso = fields.get("iso", "")
    found = ref.countries.iso3_of_numeric(iso) if iso.isdigit() else None
    return found or ref.countries.iso3_of_name(fields.get("country", ""))


def _actor(name: str, country: str | None, ref: Reference) -> Actor:
    """An ACLED actor name as a CAMEO actor: the country it names ('Military Forces of
    Russia (2000-)'), else the event's, with a role its words give."""
    named = _OF_COUNTRY.search(name)
    own = ref.countries.iso3_of_name(named.group(1)) if named else None
    lowered = name.casefold()
    role = next((r for word, r in _ROLES if word in lowered), "")
    return Actor(code=(own or country or "XXX") + role, text=name)


def _precision(value: str | None) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value or ""), "")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def _float(fields: Mapping[str, str], column: str) -> float | None:
    raw = fields.get(column, "")
    try:
        return float(raw) if raw else None
    except ValueError:
        raise ValueError(f"{column} {raw!r} is not a number") from None
