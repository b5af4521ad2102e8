"""The CAMEO taxonomy, the actor and role dictionaries, and the offline gazetteer.

Everything here is data read from files under ``data/`` (plus a user's folder), validated
when loaded (errors name file and line) and returned as frozen objects to pass along:

    taxonomy = load_taxonomy()            # or load_taxonomy(Path("my-dictionaries"))
    taxonomy.cameo.get("072").goldstein   # 8.3
    taxonomy.actors.by_phrase()["pyongyang"]
    taxonomy.gazetteer.lookup("Kursk region")
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from watchfloor.taxonomy.actors import ActorDictionary, ActorEntry, RoleEntry, load_actors
from watchfloor.taxonomy.cameo import CameoCode, CameoTaxonomy, load_cameo
from watchfloor.taxonomy.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "CameoCode",
    "CameoTaxonomy",
    "Gazetteer",
    "GazetteerEntry",
    "RoleEntry",
    "Taxonomy",
    "load_actors",
    "load_cameo",
    "load_gazetteer",
    "load_taxonomy",
]


@dataclass(frozen=True)
class Taxonomy:
    """The three reference data sets an extractor needs, loaded once."""

    cameo: CameoTaxonomy
    actors: ActorDictionary
    gazetteer: Gazetteer


def load_taxonomy(extra_dir: Path | None = None) -> Taxonomy:
    """Load the packaged taxonomy; ``extra_dir`` may add ``actors.tsv``, ``roles.tsv``,
    ``places.tsv`` and ``place_stopwords.txt`` rows that extend or override it."""
    return Taxonomy(
        cameo=load_cameo(),
        actors=load_actors(extra_dir=extra_dir),
        gazetteer=load_gazetteer(extra_dir=extra_dir),
    )
