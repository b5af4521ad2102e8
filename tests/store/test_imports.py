"""Imported rows (migration 3): a document saved with its provenance, in batches; read
back by document; the first row of an external event found by its key."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchfloor.errors import StoreError
from watchfloor.store import Provenance, Store, open_store

from .stories import north_korea_russia


@pytest.fixture
def store() -> Store:
    return open_store("sqlite://")


def _provenance(row: int, key: str = "gdelt:7") -> Provenance:
    return Provenance("gdelt", key, "day.export.CSV", row, "https://example.org/a",
                      {"GLOBALEVENTID": "7", "AvgTone": "-3.5"})  # fmt: skip


def test_rows_are_saved_with_where_they_came_from(store: Store) -> None:
    first, second = north_korea_russia("gdelt-7"), north_korea_russia("gdelt-8")
    results = store.save_imports([(first, _provenance(1)), (second, _provenance(2, "gdelt:8"))])

    assert [r.reason for r in results] == ["new", "new"]
    found = store.provenance(["gdelt-7", "gdelt-8", "not-imported"])
    assert set(found) == {"gdelt-7", "gdelt-8"}
    assert found["gdelt-7"] == _provenance(1)
    assert store.imported_event_row("gdelt:8") == _provenance(2, "gdelt:8")
    assert store.imported_event_row("gdelt:9") is None


def test_the_same_row_again_changes_nothing(store: Store) -> None:
    row = (north_korea_russia("gdelt-7"), _provenance(1))
    store.save_imports([row])
    assert [r.inserted for r in store.save_imports([row])] == [False]
    assert store.counts()["documents"] == 1


def test_a_failed_batch_writes_none_of_its_rows(store: Store) -> None:
    good = north_korea_russia("gdelt-7")
    source = north_korea_russia("gdelt-8")
    broken = replace(source, mentions=(replace(source.mentions[0], sentence=None),))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="none of them was written"):
        store.save_imports([(good, _provenance(1)), (broken, _provenance(2, "gdelt:8"))])
    assert store.counts()["documents"] == 0 and store.provenance(["gdelt-7"]) == {}
