"""A document ingested again with new text, whose old event held only its own mention:
the event is worked out again or removed, never left empty (it crashed resolution)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor import Settings, ingest
from watchfloor.extract import Extractor
from watchfloor.resolve import ResolveRules, load_sources, rebuild
from watchfloor.store import EventQuery, open_store

STORY = ("North Korea has sent about 1,500 troops to Russia, South Korea's National "
         "Intelligence Service said on {day}.")  # fmt: skip


def write(path: Path, published: str, day: str) -> Path:
    body = STORY.format(day=day)
    path.write_text(f"---\nid: a\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("published", "day"),
    [("2024-12-20", "Monday"),  # outside the old window, within the candidates' margin
     ("2025-06-20", "Wednesday"),  # far outside
     ("2024-11-01", "Thursday")],  # a day before: beside the old window
)  # fmt: skip
def test_a_new_version_dated_outside_the_old_event_replaces_it(
    tmp_path: Path, extractor: Extractor, published: str, day: str
) -> None:
    settings = Settings(db=str(tmp_path / "w.db"))
    folder = tmp_path / "in"
    folder.mkdir()
    first = ingest([write(folder / "a.md", "2024-11-01", "Friday")], settings, extractor=extractor)
    assert len(first.events_created) == 1 and not first.problems
    old = first.events_created[0]

    second = ingest([write(folder / "a.md", published, day)], settings, extractor=extractor)

    assert second.updated == ["a"] and not second.problems, second.problems
    with open_store(settings.db_url) as store:
        assert store.unresolved_count() == 0
        events = {e.id: e for e in store.events(EventQuery())}
    assert len(events) == 1
    (event,) = events.values()
    assert event.members and {m.doc for m in event.members} == {"a"}
    assert [str(m.published) for m in event.members] == [published]
    assert old not in events or event.id == old

    incremental = snapshots(settings)
    with open_store(settings.db_url) as store:
        rebuild(store, ResolveRules(load_sources(settings.data_dir)))
    assert snapshots(settings) == incremental, "rebuild gives the events ingest gave"


def snapshots(settings: Settings) -> dict[str, tuple[tuple[int, ...], str]]:
    """Each event's mentions and figures (history restarts on a rebuild)."""
    with open_store(settings.db_url) as store:
        return {e.id: (tuple(sorted(m.mention_id for m in e.members)), e.snapshot)
                for e in store.events(EventQuery())}  # fmt: skip
