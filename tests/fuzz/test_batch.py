"""The batch property (issue 12): one hostile file among good ones never ends the
batch; it is stored or reported with its path and a reason, the good files are
stored, and nothing stored before changes."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor import api
from watchfloor.extract import Extractor
from watchfloor.settings import Settings
from watchfloor.store import open_store

from .budget import examples, tried
from .strategies import feed, front_matter, jsonl_line, mutated, seeds

GOOD = ("---\nid: {id}\npublished: 2024-11-01\n---\nNorth Korea has sent about {n} troops to "
        "Russia, South Korea's spy agency said on Friday.\n")  # fmt: skip
NUMBERS = count(1000)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


@pytest.fixture(scope="module")
def workspace(extractor: Extractor) -> Iterator[tuple[Path, Settings]]:
    """A store holding two documents that no generated input names."""
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        settings = Settings(db=str(root / "w.db"), max_file_bytes=200_000,
                            max_document_chars=50_000, max_line_chars=5_000)  # fmt: skip
        (root / "prior").mkdir()
        for n in (1, 2):
            (root / "prior" / f"p{n}.md").write_text(GOOD.format(id=f"prior-kept-{n}", n=n))
        report = api.ingest([root / "prior"], settings, extractor=extractor)
        assert len(report.stored) == 2
        yield root, settings


def snapshot(settings: Settings) -> dict[str, tuple[str, int]]:
    with open_store(settings.db_url) as store:
        mentions = store.mentions()
        return {
            d.id: (d.content_hash, sum(1 for s in mentions if s.mention.doc == d.id))
            for d in store.documents() if d.id.startswith("prior-kept-")
        }  # fmt: skip


@given(st.sampled_from([".md", ".jsonl", ".rss", ".txt"]),
       st.one_of(front_matter(), jsonl_line(), feed(), st.binary(max_size=300),
                 mutated(seeds((".md", ".jsonl", ".rss", ".txt")))))  # fmt: skip
@examples(150)
def test_one_hostile_file_never_ends_the_batch(
    workspace: tuple[Path, Settings], extractor: Extractor, suffix: str, data: bytes
) -> None:
    tried("batch: ingest")
    root, settings = workspace
    before = snapshot(settings)
    batch = root / "batch"
    shutil.rmtree(batch, ignore_errors=True)
    batch.mkdir()
    n = next(NUMBERS)
    hostile = batch / f"a-hostile{suffix}"
    hostile.write_bytes(data)
    (batch / "z-good.md").write_text(GOOD.format(id=f"good-{n}", n=n))
    report = api.ingest([batch], settings, extractor=extractor)
    assert f"good-{n}" in report.stored + report.updated
    for problem in report.problems:
        assert problem.path == str(hostile) and problem.reason.strip(), problem
    assert snapshot(settings) == before
