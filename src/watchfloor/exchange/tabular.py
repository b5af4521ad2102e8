"""Plain tables of resolved events, one row per happening: CSV, JSON Lines, Parquet
(typed columns, via pyarrow) and GeoJSON (a point per located event)."""

from __future__ import annotations

from typing import Any

from watchfloor.exchange.context import ExportEvent
from watchfloor.models import quad_class_of

# column -> type, the Parquet schema and what pandas reads back from CSV
COLUMNS: dict[str, str] = {
    "id": "string", "code": "string", "root": "string", "quad_class": "int64",
    "goldstein": "float64", "actor1": "string", "actor1_country": "string",
    "actor2": "string", "actor2_country": "string", "date_earliest": "string",
    "date_latest": "string", "date_basis": "string", "first_day": "date",
    "location": "string", "country": "string", "lat": "float64", "lon": "float64",
    "mentions": "int64", "documents": "int64", "corroboration": "int64",
    "contradictions": "int64", "grade": "string", "reliability": "string",
    "credibility": "int64", "estimates": "string", "imported": "bool",
    "source_url": "string", "created_at": "timestamp", "updated_at": "timestamp",
}  # fmt: skip


def flat_record(item: ExportEvent) -> dict[str, Any]:
    e = item.event
    place = e.location
    return {
        "id": e.id, "code": e.code, "root": e.root, "quad_class": quad_class_of(e.code),
        "goldstein": _goldstein_of(item),
        "actor1": e.actor1.code, "actor1_country": e.actor1.country,
        "actor2": e.actor2.code if e.actor2 else None,
        "actor2_country": e.actor2.country if e.actor2 else None,
        "date_earliest": e.dates.earliest, "date_latest": e.dates.latest,
        "date_basis": e.dates.basis, "first_day": e.dates.first_day,
        "location": place.name if place else None, "country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "mentions": len(e.members), "documents": len(e.documents),
        "corroboration": e.corroboration.count,
        "contradictions": len(e.corroboration.contradicting),
        "grade": e.grade.code, "reliability": e.grade.reliability,
        "credibility": e.grade.credibility,
        "estimates": "; ".join(r.text for r in e.ranges) or None,
        "imported": any(m.is_imported for m in e.members),
        "source_url": item.source_url, "created_at": e.created_at, "updated_at": e.updated_at,
    }  # fmt: skip


def _goldstein_of(item: ExportEvent) -> float:
    same = [m.mention.goldstein for m in item.event.members if m.mention.code == item.event.code]
    return same[0] if same else item.event.members[0].mention.goldstein


def text_value(value: Any) -> str:
    """A CSV cell: ISO dates and times, empty for None."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def json_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def geojson_feature(record: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON feature; an event with no coordinates has a null geometry."""
    lat, lon = record["lat"], record["lon"]
    located = lat is not None and lon is not None
    geometry = {"type": "Point", "coordinates": [lon, lat]} if located else None
    properties = {k: json_value(v) for k, v in record.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": properties}


def parquet_table(records: list[dict[str, Any]]) -> Any:
    """A pyarrow Table with one typed column per ``COLUMNS`` entry."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32(),
             "timestamp": pa.timestamp("s", tz="UTC")}  # fmt: skip
    schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS.items()])
    return pa.Table.from_pylist(records, schema=schema)
