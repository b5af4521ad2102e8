from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError, DataFileError
from watchfloor.taxonomy import ActorDictionary, Gazetteer, GazetteerEntry, load_gazetteer
from watchfloor.taxonomy._tsv import packaged
from watchfloor.taxonomy.gazetteer import _Builder, place_key, read_stopwords

from .files import write


def test_finds_kursk_city_and_region(gazetteer: Gazetteer) -> None:
    city = gazetteer.lookup("Kursk")
    region = gazetteer.lookup("Kursk region")
    assert city is not None and region is not None
    assert (city.country, city.kind) == ("RUS", "city")
    assert (region.name, region.country, region.kind) == ("Kursk region", "RUS", "region")
    assert gazetteer.lookup("kursk oblast") == region


def test_finds_vladivostok_with_coordinates(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Vladivostok")
    assert entry is not None and entry.country == "RUS" and entry.kind == "city"
    assert entry.lat == pytest.approx(43.1, abs=0.05)
    assert entry.lon == pytest.approx(131.9, abs=0.05)
    assert entry.population > 500_000


@pytest.mark.parametrize(
    "name",
    [
        "Sea of Japan",
        "East Sea",
        "Yellow Sea",
        "Red Sea",
        "Strait of Hormuz",
        "Black Sea",
        "South China Sea",
    ],
)
def test_seas_have_no_country(gazetteer: Gazetteer, name: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.kind == "sea" and entry.country is None


def test_korean_peninsula_has_no_country(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Korean Peninsula")
    assert entry is not None and entry.country is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Sanaa", "YEM"),
        ("Sana'a", "YEM"),
        ("Sana’a", "YEM"),
        ("SANAA", "YEM"),
        ("Pyongyang", "PRK"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Seoul", "KOR"),
        ("Washington", "USA"),
        ("New York", "USA"),
        ("Lima", "PER"),
        ("Odessa", "UKR"),
        ("Hamhung", "PRK"),
        ("Hamhŭng", "PRK"),
        ("Chongjin", "PRK"),
        ("Sinpo", "PRK"),
        ("Tongchang-ri", "PRK"),
        ("Sohae", "PRK"),
        ("Musudan", "PRK"),
        ("Kaliningrad", "RUS"),
        ("Donetsk", "UKR"),
        ("Donbas", "UKR"),
        ("Crimea", "UKR"),
        ("Gaza", "PSE"),
        ("West Bank", "PSE"),
        ("Golan Heights", "SYR"),
        ("Russian Far East", "RUS"),
        ("Russia's Far East", "RUS"),
        ("eastern Russia", "RUS"),
        ("Primorsky Krai", "RUS"),
        ("Yakutia", "RUS"),
        ("Buryatia", "RUS"),
        ("Zaporizhzhia region", "UKR"),
        ("Belgorod region", "RUS"),
        ("Jeju", "KOR"),
        ("Vostochny Cosmodrome", "RUS"),
        ("UN headquarters", "USA"),
        ("Tinzaouaten", "MLI"),
        ("Khasan", "RUS"),
        ("Kanton", "KIR"),  # a Pacific atoll; GeoNames gives the name to Canton, Ohio
        ("Kolonia", "FSM"),  # Pohnpei; Cologne in Polish
        ("Buka", "PNG"),  # Bougainville; also a town in Uzbekistan
    ],
)
def test_lookup_gives_the_expected_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None, name
    assert entry.country == country


@pytest.mark.parametrize("name", ["Kashmir", "Sahel", "Demilitarized Zone", "DMZ"])
def test_contested_and_cross_border_areas_have_no_country(gazetteer: Gazetteer, name: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.country is None


@pytest.mark.parametrize(
    "word",
    [
        "Of",
        "of",
        "May",
        "March",
        "August",
        "Man",
        "Police",
        "Mobile",
        "Split",
        "Nice",
        "Bath",
        "Reading",
        "Along",
        "Most",
        "Bar",
        "Young",
        "Union",
        "Delta",
        "Wedding",
        "Sale",
        "Orange",
        "Kim",
        "Hit",
        "Summit",
        "Un",
        "North",
        "Hamas",
        "Austin",
    ],
)
def test_common_words_never_match(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.lookup(word) is None
    assert word.casefold() not in gazetteer.names()


def test_countries_win_over_cities_and_curated_over_countries(gazetteer: Gazetteer) -> None:
    mexico = gazetteer.lookup("Mexico")
    assert mexico is not None and mexico.kind == "country"
    gaza = gazetteer.lookup("Gaza")
    assert gaza is not None and gaza.name == "Gaza Strip"


def test_most_populous_city_wins(gazetteer: Gazetteer) -> None:
    tripoli = gazetteer.lookup("Tripoli")
    london = gazetteer.lookup("London")
    assert tripoli is not None and tripoli.country == "LBY"
    assert london is not None and london.country == "GBR"


def test_every_country_has_iso3_name_and_position(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.countries) >= 245
    for iso3, entry in gazetteer.countries.items():
        assert entry.country == iso3 and entry.kind == "country" and entry.name
    populated = [e for e in gazetteer.countries.values() if e.population > 100_000]
    assert all(e.lat is not None and e.lon is not None for e in populated)


def test_country_lookup_by_code_and_name(gazetteer: Gazetteer) -> None:
    russia = gazetteer.country("RUS")
    assert russia is not None and russia.name == "Russia"
    assert russia.lat == pytest.approx(61.5, abs=1) and russia.lon == pytest.approx(105, abs=2)
    assert gazetteer.lookup("Russian Federation") == russia
    assert gazetteer.lookup("russia") == russia
    assert gazetteer.country("XXX") is None
    north_korea = gazetteer.lookup("DPRK")
    assert north_korea is not None and north_korea.country == "PRK"


def test_actor_countries_are_gazetteer_countries(
    gazetteer: Gazetteer, actors: ActorDictionary
) -> None:
    countries = {e.code[:3] for e in actors.entries} - {"IGO", "IMG"}
    assert sorted(c for c in countries if gazetteer.country(c) is None) == []


def test_people_and_organisations_are_not_places(
    gazetteer: Gazetteer, actors: ActorDictionary
) -> None:
    clashes = []
    for entry in actors.entries:
        place = gazetteer.lookup(entry.phrase)
        curated = place_key(entry.phrase) in gazetteer.curated
        if entry.kind in {"leader", "agency", "group"} and place is not None and not curated:
            clashes.append((entry.phrase, place.name))
    assert clashes == []


def test_names_are_casefolded_and_include_aliases(gazetteer: Gazetteer) -> None:
    names = gazetteer.names()
    assert {"kursk region", "sea of japan", "vladivostok", "kiev", "north korea"} <= names
    assert all(name == name.casefold() for name in names)


def test_place_key_normalises_case_quotes_accents_and_spacing() -> None:
    assert place_key("Sana ’ a") == place_key("SANA'A") == "sana'a"
    assert place_key("  Kursk   Region ") == "kursk region"
    assert place_key("Hamhŭng") == "hamhung"
    assert place_key("Port - au - Prince") == "port-au-prince"


def test_stopwords_never_name_a_country(gazetteer: Gazetteer) -> None:
    stopwords = read_stopwords(packaged("place_stopwords.txt"))
    country_names = {place_key(e.name) for e in gazetteer.countries.values()}
    assert stopwords & country_names == set()


def test_min_population_filters_cities() -> None:
    large = load_gazetteer(min_population=1_000_000)
    assert large.lookup("Tokyo") is not None
    assert large.lookup("Chabahar") is None
    assert large.lookup("Kursk region") is not None
    with pytest.raises(ConfigError, match="15000"):
        load_gazetteer(min_population=5000)


def test_extra_dir_adds_places_and_stopwords(tmp_path: Path) -> None:
    write(
        tmp_path / "places.tsv",
        "name\tcountry\tlat\tlon\tkind\taliases\n"
        "Vladivostok\tRUS\t43.12\t131.89\tcity\tVlad\n"
        "Kursk region\tRUS\t\t\tregion\n"
        "Moura\tMLI\t14.0\t-4.0\tcity\t\n",
    )
    write(tmp_path / "place_stopwords.txt", "# mine\nLima\n")
    gazetteer = load_gazetteer(extra_dir=tmp_path)
    assert gazetteer.lookup("Vlad") == GazetteerEntry("Vladivostok", "RUS", 43.12, 131.89, "city")
    assert gazetteer.lookup("Kursk region") == GazetteerEntry(
        "Kursk region", "RUS", None, None, "region"
    )
    moura = gazetteer.lookup("Moura")
    assert moura is not None and moura.lat == 14.0
    assert gazetteer.lookup("Lima") is None


def test_extra_dir_country_row_replaces_the_country(tmp_path: Path) -> None:
    write(tmp_path / "places.tsv", "Norway\tNOR\t65.0\t13.0\tcountry\tNorge\n")
    gazetteer = load_gazetteer(extra_dir=tmp_path)
    norway = gazetteer.country("NOR")
    assert norway is not None and (norway.lat, norway.lon) == (65.0, 13.0)
    assert norway.population > 1_000_000
    assert gazetteer.lookup("Norge") == norway == gazetteer.lookup("Kingdom of Norway")


def test_extra_dir_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_gazetteer(extra_dir=tmp_path / "missing")


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("Kursk region\tRUS\t51.5\t36.0\tregion\n\tRUS\t1\t1\tcity\n", 2, "empty 'name'"),
        ("Kursk region\tRU\t51.5\t36.0\tregion\n", 1, "ISO 3166-1 alpha-3"),
        ("Kursk region\tRUS\t95\t36.0\tregion\n", 1, "lat 95.0 is outside -90 .. 90"),
        ("Kursk region\tRUS\t51.5\t181\tregion\n", 1, "lon 181.0 is outside"),
        ("Kursk region\tRUS\tnorth\t36.0\tregion\n", 1, "not a number"),
        ("Kursk region\tRUS\t51.5\t\tregion\n", 1, "both lat and lon"),
        ("Kursk region\tRUS\t51.5\t36.0\toblast\n", 1, "kind 'oblast'"),
        ("Kursk region\tRUS\t51.5\t36.0\t\n", 1, "kind ''"),
        ("Somewhere\t\t1\t1\tcountry\n", 1, "needs its ISO alpha-3"),
        ("Kursk region\tRUS\t51.5\t36.0\tregion\tKursk||Oblast\n", 1, "empty name in 'aliases'"),
        ("Kursk region\tRUS\t51.5\t36.0\tregion\t\tmore\n", 1, "at most 6"),
    ],
)
def test_invalid_place_rows_name_file_and_line(
    tmp_path: Path, body: str, line: int, reason: str
) -> None:
    write(tmp_path / "places.tsv", body)
    with pytest.raises(DataFileError, match=reason) as caught:
        load_gazetteer(extra_dir=tmp_path)
    assert (caught.value.path, caught.value.line) == (str(tmp_path / "places.tsv"), line)


def _namesakes() -> Gazetteer:
    """Invented places: a city with an alternate name that is a town's own name."""
    builder = _Builder(frozenset())
    builder.add_city(
        GazetteerEntry("Alderholt", "TUR", 38.0, 39.0, "city", 20000), ["Alderholt", "Brennmoor"]
    )
    builder.add_city(GazetteerEntry("Carrow", "USA", 30.0, -90.0, "city", 20000), ["Carrow"])
    builder.add_city(GazetteerEntry("Carrow", "GBR", 52.0, 1.0, "city", 600000), ["Carrow"])
    builder.add_town("Brennmoor\tARM\t39.8\t45.6\t4000\t", ["Brennmoor"])
    builder.add_town("Dunwick\tYEM\t15.0\t44.0\t2000\t", ["Dunwick"])
    builder.add_town("Carrow\tFRA\t45.0\t2.0\t3000\t", ["Carrow"])
    return builder.gazetteer()


def test_a_place_bearing_the_name_wins_over_one_with_it_as_an_alternate() -> None:
    gazetteer = _namesakes()
    town = gazetteer.lookup("Brennmoor")
    assert town is not None and (town.country, town.kind) == ("ARM", "town")
    assert gazetteer.lookup("Brennmoor", nearby=frozenset({"TUR"})) == gazetteer.lookup("Alderholt")


def test_a_town_needs_its_country_named() -> None:
    gazetteer = _namesakes()
    assert gazetteer.lookup("Dunwick") is None
    town = gazetteer.lookup("Dunwick", nearby=frozenset({"YEM"}))
    assert town is not None and town.country == "YEM" and town.lat == 15.0


def test_a_namesake_in_a_named_country_wins_unless_far_smaller() -> None:
    gazetteer = _namesakes()
    default = gazetteer.lookup("Carrow")
    assert default is not None and default.country == "GBR"
    as_place = gazetteer.lookup("Carrow", prefer=frozenset({"USA"}))
    assert as_place is not None and as_place.country == "USA"
    # named only as an actor ("American officials"), a 30-times smaller namesake loses
    as_actor = gazetteer.lookup("Carrow", nearby=frozenset({"USA"}))
    assert as_actor is not None and as_actor.country == "GBR"
    # a town fifty times smaller than the city loses even where the text names its country
    assert gazetteer.lookup("Carrow", prefer=frozenset({"FRA"})) == default


def test_packaged_towns_include_small_places(gazetteer: Gazetteer) -> None:
    jermuk = gazetteer.lookup("Jermuk", nearby=frozenset({"ARM"}))
    assert jermuk is not None and jermuk.country == "ARM" and jermuk.kind == "town"
    assert gazetteer.lookup("Jermuk") == jermuk  # Turkish Çermik has it only as an alternate
