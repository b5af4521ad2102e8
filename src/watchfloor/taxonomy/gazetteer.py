"""The offline gazetteer: place names to country and coordinates.

Three packaged sources, looked up in this order:

* ``data/places.tsv``: curated regions, seas and sites that conflict news names and
  GeoNames lacks or gets wrong ("Kursk region", "Sea of Japan", "Tongchang-ri"), plus
  country centroids; a user's ``places.tsv`` (``extra_dir``) adds to and overrides them.
* countries, then cities from ``data/geonames.tsv``, built from GeoNames by
  ``scripts/build_gazetteer.py``; a name shared by several cities is the largest, a
  place that bears the name as its own counting several times one that has it only as an
  alternate (the Turkish town that Armenians call "Jermuk" is not Jermuk).
* towns (1,000 to 15,000 inhabitants) from ``data/geonames_towns.tsv``: too many small
  places share names with words and people to match anywhere, so a town is found only in
  a country the text names (``prefer``, then ``nearby``), or where its own name is only an
  alternate name of every city.

Where the text names countries, a namesake in them wins ("Tripoli, in northern Lebanon"),
unless a namesake elsewhere is far larger ("Paris" in a story about the United States, or
"Geneva" in one about Iran and the United States, which names them only as actors).

``data/place_stopwords.txt`` lists names that are common words ("May", "Of", "Nice") and
never match a GeoNames place; curated entries are taken as meant and never filtered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from watchfloor.errors import ConfigError, DataFileError
from watchfloor.taxonomy._tsv import (
    DataSource,
    Row,
    packaged,
    parse_float,
    read_lines,
    read_rows,
    source_name,
    split_names,
)

GEONAMES_FILE = "geonames.tsv"
TOWNS_FILE = "geonames_towns.tsv"
PLACES_FILE = "places.tsv"
STOPWORDS_FILE = "place_stopwords.txt"
GEONAMES_MIN_POPULATION = 15000
TOWN_MIN_POPULATION = 1000
# how many times larger a place known by a name only as an alternate must be to win
ALIAS_DISCOUNT = 6
# how many times larger a namesake must be to win over one in a country the text names as
# a place ("in Lebanon"), or only as an actor ("Israeli jets", "the Lebanese army")
PREFER_DOMINANCE = 50
NEARBY_DOMINANCE = 5
PLACE_KINDS = frozenset({"city", "town", "country", "region", "sea", "area"})
_PLACE_COLUMNS = ("name", "country", "lat", "lon", "kind", "aliases")
_GEONAMES_COLUMNS = ("kind", "name", "country", "lat", "lon", "population", "aliases")
_TOWN_FIELDS = ("name", "country", "lat", "lon", "population", "plain spelling")
_TOWN_COLUMNS = len(_TOWN_FIELDS)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_GLUE = re.compile(r"\s+(?=[',.\-])|(?<=['\-])\s+")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # "city" | "town" | "country" | "region" | "sea" | "area"
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    """Immutable name indexes; build it with :func:`load_gazetteer`."""

    curated: Mapping[str, GazetteerEntry]
    country_names: Mapping[str, GazetteerEntry]
    cities: Mapping[str, GazetteerEntry]
    countries: Mapping[str, GazetteerEntry]
    matchable: frozenset[str]
    namesakes: Mapping[str, tuple[GazetteerEntry, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    towns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def lookup(
        self,
        name: str,
        prefer: frozenset[str] = frozenset(),
        nearby: frozenset[str] = frozenset(),
    ) -> GazetteerEntry | None:
        """The place called ``name`` (any case): curated, else country, else a city or
        town: the likeliest in a ``prefer`` country (named as a place: "Tripoli, in
        northern Lebanon"), else in a ``nearby`` one (its actors are: "Lebanese troops"),
        unless a namesake elsewhere is far larger; else the likeliest city."""
        key = place_key(name)
        found = self.curated.get(key) or self.country_names.get(key)
        if found is not None:
            return found
        default = self.cities.get(key)
        namesakes = list(self.namesakes.get(key, ()))
        if not namesakes and default is not None:
            namesakes.append(default)
        if (prefer or nearby) and key in self.towns:
            namesakes += town_entries(self.towns[key])
        for countries, dominance in ((prefer, PREFER_DOMINANCE), (nearby, NEARBY_DOMINANCE)):
            local = [e for e in namesakes if e.country in countries] if countries else []
            if local:
                best = max(local, key=lambda e: weight(e, key))
                if default is None or weight(default, key) < dominance * best.population:
                    return best
        return default

    def names(self) -> frozenset[str]:
        """Every matchable name and alias, casefolded, stopwords removed."""
        return self.matchable

    def country(self, iso3: str) -> GazetteerEntry | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        return self.countries.get(iso3)


def weight(entry: GazetteerEntry, key: str) -> float:
    """How likely ``entry`` is meant by the name ``key``: its size, discounted when the
    name is only one of its alternates."""
    if place_key(entry.name) == key:
        return float(entry.population)
    return entry.population / ALIAS_DISCOUNT


@lru_cache(maxsize=65536)  # pure, and asked of the same few thousand names all day
def place_key(name: str) -> str:
    """The lookup form of a name: casefolded, accents and typographic quotes made plain,
    spaces normalised (``"Sana ' a"`` and ``"Sana’a"`` both give ``"sana'a"``)."""
    key = name.casefold()
    if not key.isascii():
        key = _plain(key)
    if "  " in key or key[:1] == " " or key[-1:] == " " or not key.isprintable():
        key = " ".join(key.split())
    if " " in key and _GLUE.search(key):
        key = _GLUE.sub("", key)
    return key


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_gazetteer(
    extra_dir: Path | None = None, min_population: int = GEONAMES_MIN_POPULATION
) -> Gazetteer:
    """Load the packaged gazetteer, plus ``places.tsv`` and ``place_stopwords.txt`` from
    ``extra_dir`` when present. Cities smaller than ``min_population`` are left out (the
    packaged towns are kept: they are found only where the text names their country)."""
    if min_population < GEONAMES_MIN_POPULATION:
        raise ConfigError(
            f"min_population {min_population} is below {GEONAMES_MIN_POPULATION}, the "
            "smallest city size the packaged gazetteer holds"
        )
    sources = [packaged(PLACES_FILE)]
    stopwords = read_stopwords(packaged(STOPWORDS_FILE))
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise ConfigError(f"{extra_dir}: taxonomy folder not found (extra_dir)")
        if (extra_dir / PLACES_FILE).is_file():
            sources.append(extra_dir / PLACES_FILE)
        if (extra_dir / STOPWORDS_FILE).is_file():
            stopwords |= read_stopwords(extra_dir / STOPWORDS_FILE)
    return _build(sources, stopwords, min_population)


def _build(sources: list[DataSource], stopwords: frozenset[str], min_population: int) -> Gazetteer:
    builder = _Builder(stopwords)
    for kind, names, entry in read_geonames(packaged(GEONAMES_FILE)):
        if kind == "country":
            builder.add_country(entry, names)
        elif entry.population >= min_population:
            builder.add_city(entry, names)
    for names, row in read_towns(packaged(TOWNS_FILE)):
        builder.add_town(row, names)
    for source in sources:
        for names, entry in read_places(source):
            builder.add_curated(entry, names)
    return builder.gazetteer()


class _Builder:
    """Collects entries while loading; only the frozen :class:`Gazetteer` escapes."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        self.stopwords = stopwords
        self.curated: dict[str, GazetteerEntry] = {}
        self.country_names: dict[str, GazetteerEntry] = {}
        self.cities: dict[str, list[GazetteerEntry]] = {}
        self.towns: dict[str, str] = {}  # rows of towns of that name, one per line
        self.countries: dict[str, GazetteerEntry] = {}
        self.matchable: set[str] = set()

    def add_country(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        if entry.country is not None:
            self.countries[entry.country] = entry
        for key in self._keys(names, filtered=True):
            self.country_names.setdefault(key, entry)

    def add_city(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        for key in self._keys(names, filtered=True):
            self.cities.setdefault(key, []).append(entry)

    def add_town(self, row: str, names: Iterable[str]) -> None:
        # over a hundred thousand towns: kept as text rows, parsed when looked up
        for key in dict.fromkeys(self._keys(names, filtered=True)):  # "Çermik", "Cermik"
            known = self.towns.get(key)
            self.towns[key] = row if known is None else f"{known}\n{row}"

    def add_curated(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        code = entry.country
        if entry.kind == "country" and code is not None:
            known = self.countries.get(code)
            if known is not None and not entry.population:
                entry = replace(entry, population=known.population)
            self.countries[code] = entry
        for key in self._keys(names, filtered=False):
            self.curated[key] = entry

    def _keys(self, names: Iterable[str], filtered: bool) -> Iterator[str]:
        for name in names:
            key = place_key(name)
            if filtered and key in self.stopwords:
                continue
            folded = name.casefold()
            if folded == key:
                folded = key  # one string for both: there are a quarter million names
            elif not folded.isascii():
                folded = folded.translate(_APOSTROPHES)
            self.matchable.add(folded)
            yield key

    def gazetteer(self) -> Gazetteer:
        # A curated country row replaced its generated entry: point every alias at it.
        country_names = {
            key: self.countries.get(entry.country, entry) if entry.country else entry
            for key, entry in self.country_names.items()
        }
        return Gazetteer(
            curated=MappingProxyType(self.curated),
            country_names=MappingProxyType(country_names),
            cities=MappingProxyType({k: self._default(k, v) for k, v in self.cities.items()}),
            countries=MappingProxyType(self.countries),
            matchable=frozenset(self.matchable),
            namesakes=MappingProxyType(
                # every city of a name its default may not be (a town may have won it)
                {k: tuple(v) for k, v in self.cities.items() if len(v) > 1 or k in self.towns}
            ),
            towns=MappingProxyType(self.towns),
        )

    def _default(self, key: str, cities: list[GazetteerEntry]) -> GazetteerEntry:
        """The city a name means when the text names no country; a town whose own name
        it is competes only with cities that have it as an alternate."""
        if len(cities) == 1 and key not in self.towns:
            return cities[0]
        best = max(cities, key=lambda e: weight(e, key))
        if key in self.towns and place_key(best.name) != key:
            own = [t for t in town_entries(self.towns[key]) if place_key(t.name) == key]
            best = max([best, *own], key=lambda e: weight(e, key))
        return best


def read_stopwords(source: DataSource) -> frozenset[str]:
    """One name per line; ``#`` comments and blank lines ignored."""
    return frozenset(place_key(text) for _, text in read_lines(source))


def read_places(source: DataSource) -> Iterator[tuple[tuple[str, ...], GazetteerEntry]]:
    """Curated rows: ``name, country, lat, lon, kind, aliases``."""
    for row in read_rows(source, _PLACE_COLUMNS, required=1):
        name, country, lat, lon, kind, aliases = row.fields
        entry = GazetteerEntry(
            name=name,
            country=_country(row, country),
            lat=_coordinate(row, lat, "lat", 90.0),
            lon=_coordinate(row, lon, "lon", 180.0),
            kind=_kind(row, kind),
        )
        if (entry.lat is None) != (entry.lon is None):
            raise row.error("give both lat and lon, or neither")
        if entry.kind == "country" and entry.country is None:
            raise row.error("a kind=country row needs its ISO alpha-3 country code")
        yield (name, *split_names(row, aliases, "aliases")), entry


def read_geonames(source: DataSource) -> Iterator[tuple[str, tuple[str, ...], GazetteerEntry]]:
    """Generated rows: ``kind, name, country, lat, lon, population, aliases``."""
    for row in read_rows(source, _GEONAMES_COLUMNS, required=3):
        kind, name, country, lat, lon, population, aliases = row.fields
        entry = GazetteerEntry(
            name=name,
            country=_country(row, country),
            lat=_coordinate(row, lat, "lat", 90.0),
            lon=_coordinate(row, lon, "lon", 180.0),
            kind=_kind(row, kind),
            population=_population(row, population),
        )
        yield kind, (name, *split_names(row, aliases, "aliases")), entry


def read_towns(source: DataSource) -> Iterator[tuple[tuple[str, ...], str]]:
    """Generated rows ``name, country, lat, lon, population, plain spelling``, with
    their names. The file is large and machine-written: rows are checked for shape here
    and parsed by :func:`town_entries` only when looked up."""
    path = source_name(source)
    for number, text in read_lines(source):
        fields = text.split("\t")
        if len(fields) != _TOWN_COLUMNS or not _ISO3.match(fields[1]):
            raise DataFileError(path, number, "not a town row: " + " | ".join(_TOWN_FIELDS))
        yield ((fields[0], fields[5]) if fields[5] else (fields[0],)), text


@lru_cache(maxsize=8192)  # the towns a stream's stories name come back again and again
def town_entries(rows: str) -> tuple[GazetteerEntry, ...]:
    """The towns of :func:`read_towns` rows (one per line)."""
    entries = []
    for row in rows.split("\n"):
        name, country, lat, lon, population, _ = row.split("\t")
        entries.append(
            GazetteerEntry(name, country, float(lat), float(lon), "town", int(population))
        )
    return tuple(entries)


def _country(row: Row, value: str) -> str | None:
    if not value:
        return None
    if not _ISO3.match(value):
        raise row.error(f"country {value!r} must be an ISO 3166-1 alpha-3 code or empty")
    return value


def _coordinate(row: Row, value: str, column: str, limit: float) -> float | None:
    if not value:
        return None
    number = parse_float(row, value, column)
    if not -limit <= number <= limit:
        raise row.error(f"{column} {number} is outside -{limit:g} .. {limit:g}")
    return number


def _kind(row: Row, value: str) -> str:
    if value not in PLACE_KINDS:
        raise row.error(f"kind {value!r} is not one of {', '.join(sorted(PLACE_KINDS))}")
    return value


def _population(row: Row, value: str) -> int:
    if not value:
        return 0
    if not value.isdigit():
        raise row.error(f"population {value!r} is not a whole number")
    return int(value)
