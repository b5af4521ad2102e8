"""A store built from examples/corpus plus one hostile article (markup and a script in
its sentence, outlet and title, a ``javascript:`` address), shared by the tests of the
briefing documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import watchfloor
from watchfloor import Brief, Settings, build_brief, open_store
from watchfloor.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
HOSTILE_ID = "hostile-0001"
HOSTILE_SCRIPT = "<script>alert('sentence')</script>"
HOSTILE_OUTLET = "Wire <script>alert('outlet')</script>"
HOSTILE = f"""---
id: {HOSTILE_ID}
title: "<b>North Korea</b> sends more troops"
published: 2024-11-20
outlet: "{HOSTILE_OUTLET}"
url: "javascript:alert(1)"
---
SEOUL, Nov 20 — North Korea has sent about 4,000 more troops to Russia {HOSTILE_SCRIPT}, South
Korea's National Intelligence Service said on Wednesday.
"""


@pytest.fixture(scope="session")
def evidence_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("evidence")
    (folder / f"{HOSTILE_ID}.md").write_text(HOSTILE, encoding="utf-8")
    db = folder / "watchfloor.db"
    report = watchfloor.ingest([CORPUS, folder / f"{HOSTILE_ID}.md"], Settings(db=str(db)))
    assert not report.problems, report.problems
    return db


@pytest.fixture(scope="module")
def evidence(evidence_db: Path) -> Iterator[Store]:
    with open_store(Settings(db=str(evidence_db)).db_url) as store:
        yield store


@pytest.fixture(scope="module")
def evidence_brief(evidence: Store) -> Brief:
    return build_brief(evidence)
