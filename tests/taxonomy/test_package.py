"""The public API of ``watchfloor.taxonomy`` and the data files it ships."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import watchfloor.taxonomy as taxonomy_module
from watchfloor.taxonomy import Taxonomy, load_taxonomy

from .files import write

DATA_FILES = {
    "cameo_codes.tsv",
    "actors.tsv",
    "roles.tsv",
    "places.tsv",
    "place_stopwords.txt",
    "geonames.tsv",
    "geonames_towns.tsv",
    "cameo_classes.tsv",
    "icd203.tsv",
}


def test_exported_names() -> None:
    assert set(taxonomy_module.__all__) == {
        "CameoCode",
        "CameoTaxonomy",
        "load_cameo",
        "ActorEntry",
        "RoleEntry",
        "ActorDictionary",
        "load_actors",
        "GazetteerEntry",
        "Gazetteer",
        "load_gazetteer",
        "Taxonomy",
        "load_taxonomy",
    }
    for name in taxonomy_module.__all__:
        assert getattr(taxonomy_module, name) is not None


def test_data_files_ship_inside_the_package() -> None:
    data = resources.files("watchfloor.taxonomy") / "data"
    shipped = {entry.name for entry in data.iterdir()}
    assert shipped >= DATA_FILES
    assert (data / "cameo_codes.tsv").read_text(encoding="utf-8").startswith("#")


def test_geonames_file_stays_small() -> None:
    data = resources.files("watchfloor.taxonomy") / "data"
    assert len((data / "geonames.tsv").read_bytes()) < 3_000_000


def test_load_taxonomy_bundles_the_three_parts() -> None:
    taxonomy = load_taxonomy()
    assert isinstance(taxonomy, Taxonomy)
    assert taxonomy.cameo.get("072").goldstein == 8.3
    assert taxonomy.actors.by_phrase()["pyongyang"][0].code == "PRK"
    kursk = taxonomy.gazetteer.lookup("Kursk region")
    assert kursk is not None and kursk.country == "RUS"


def test_load_taxonomy_reads_a_users_folder(tmp_path: Path) -> None:
    write(tmp_path / "actors.tsv", "PRKMIL\tagency\tStorm Corps\n")
    write(tmp_path / "places.tsv", "Hwasong-18 site\tPRK\t39.0\t125.7\tarea\n")
    taxonomy = load_taxonomy(tmp_path)
    assert taxonomy.actors.by_phrase()["storm corps"][0].code == "PRKMIL"
    assert taxonomy.gazetteer.lookup("hwasong-18 site") is not None
