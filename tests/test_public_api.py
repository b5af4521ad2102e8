"""The public API is what ``watchfloor.__all__`` says, and it works without a shell
(like httpx's tests/test_exported_members.py)."""

from __future__ import annotations

import dataclasses
import importlib
from types import ModuleType

import pytest

import watchfloor
from watchfloor import Document, Extraction, Mention, extract

README_EXAMPLE = "North Korea has sent about 1,500 troops to Russia, South Korea's spy agency said."


def exported_names() -> set[str]:
    """Public names bound in the package namespace; submodules are not exports."""
    return {
        name
        for name, value in vars(watchfloor).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }


def test_all_is_exactly_the_public_names() -> None:
    assert len(watchfloor.__all__) == len(set(watchfloor.__all__)), "duplicates in __all__"
    assert set(watchfloor.__all__) == exported_names()


def test_all_is_sorted() -> None:
    assert watchfloor.__all__ == sorted(watchfloor.__all__)


@pytest.mark.parametrize("name", watchfloor.__all__)
def test_every_name_is_importable(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from watchfloor import {name}", namespace)
    assert namespace[name] is getattr(watchfloor, name)
    assert not isinstance(namespace[name], ModuleType)


def test_star_import_gives_all() -> None:
    namespace: dict[str, object] = {}
    exec("from watchfloor import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(watchfloor.__all__)


def test_readme_library_example_names_are_exported() -> None:
    for name in ("Document", "Settings", "extract", "ingest", "open_store", "build_brief"):
        assert name in watchfloor.__all__


def test_extract_works_without_a_shell() -> None:
    extraction = extract(Document(id="a1", text=README_EXAMPLE, published=None))

    assert isinstance(extraction, Extraction)
    assert extraction.document.id == "a1"
    assert extraction.mentions
    for mention in extraction.mentions:
        assert isinstance(mention, Mention)
        assert dataclasses.is_dataclass(mention)
        assert mention.doc == "a1"
        start, end = mention.span
        assert README_EXAMPLE[start:end] == mention.sentence
        assert Mention.from_record(mention.to_record()) == mention


def test_readme_library_example_is_prk_to_rus_military_aid_claimed_by_korspy() -> None:
    (mention,) = extract(Document(id="a1", text=README_EXAMPLE)).mentions
    assert mention.code == "072"
    assert mention.actor1.code == "PRK"
    assert mention.actor2 is not None and mention.actor2.code == "RUS"
    assert mention.source is not None and mention.source.code == "KORSPY"
    assert mention.certainty == "reported"


def test_submodules_stay_reachable_by_import() -> None:
    # ``watchfloor.extract`` and ``.ingest`` name functions in the package namespace (the
    # issue's API); the packages of the same names are still importable by their full
    # names. Scoring lives in ``watchfloor.scoring`` so ``evaluate`` shadows nothing.
    for name in ("watchfloor.extract", "watchfloor.ingest", "watchfloor.scoring"):
        assert isinstance(importlib.import_module(name), ModuleType)


def test_a_publication_date_may_be_given_as_an_iso_string() -> None:
    import datetime

    from watchfloor import Document

    document = Document(id="d", text="North Korea sent troops to Russia.", published="2024-10-18")
    assert document.published == datetime.date(2024, 10, 18)
