"""Shared fixtures: the packaged taxonomy is loaded once per test session (it is frozen)."""

from __future__ import annotations

import pytest

from watchfloor.taxonomy import (
    ActorDictionary,
    CameoTaxonomy,
    Gazetteer,
    load_actors,
    load_cameo,
    load_gazetteer,
)


@pytest.fixture(scope="session")
def cameo() -> CameoTaxonomy:
    return load_cameo()


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return load_actors()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()
