from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from watchfloor.analyse.evidence import Evidence, Source
from watchfloor.models import Certainty
from watchfloor.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "watchfloor.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A migrated, empty store in a SQLite file of its own."""
    with open_store(f"sqlite:///{db_path}") as opened:
        yield opened


def evidence(
    event_id: str,
    code: str,
    actor1: str,
    actor2: str | None,
    *,
    grade: str = "B2",
    corroboration: int = 2,
    day: date = date(2024, 10, 18),
    certainty: Certainty = Certainty.REPORTED,
    units: tuple[str, ...] = (),
) -> Evidence:
    """A resolved event as evidence, built by hand."""
    return Evidence(
        event_id=event_id,
        code=code,
        actor1=actor1,
        actor2=actor2,
        when=day.isoformat(),
        first_day=day,
        last_day=day,
        grade=grade,
        reliability=grade[0],
        credibility=int(grade[1]),
        corroboration=corroboration,
        certainty=certainty,
        units=units,
        sources=(Source("doc-1", "Example Wire", day, None, None, sentence="A sentence."),),
    )
