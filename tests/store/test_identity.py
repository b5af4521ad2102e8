"""A document's id is its own (issue 12): a different document under a stored id is
refused, never an overwrite; a new version of the same file replaces it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchfloor.errors import IdCollision
from watchfloor.store import Store

from .stories import north_korea_russia


def test_a_file_whose_id_is_a_stored_one_made_from_another_path_is_refused(
    fresh_store: Store,
) -> None:
    first = north_korea_russia()
    fresh_store.save_extraction(first)
    other = replace(first, document=replace(first.document, text="Another story.",
                                            path="corpus/day2/kp-ru-0001.md",
                                            named_id=False))  # fmt: skip
    with pytest.raises(IdCollision, match=r"already stored from corpus/kp-ru-0001\.md"):
        fresh_store.save_extraction(other)
    assert fresh_store.document_text("kp-ru-0001") == first.document.text


def test_an_id_the_input_names_is_a_new_version_wherever_it_comes_from(
    fresh_store: Store,
) -> None:
    first = north_korea_russia()
    fresh_store.save_extraction(first)
    moved = replace(first, document=replace(first.document, text="Edited story.",
                                            path="corpus/day2/kp-ru-0001.md"))  # fmt: skip
    assert fresh_store.save_extraction(moved).reason == "updated"


def test_a_new_version_of_the_same_file_replaces_it(fresh_store: Store) -> None:
    first = north_korea_russia()
    fresh_store.save_extraction(first)
    edited = replace(first, document=replace(first.document, text=first.document.text + " ",
                                             named_id=False))  # fmt: skip
    assert fresh_store.save_extraction(edited).reason == "updated"


def test_forget_removes_the_document_and_its_rows(fresh_store: Store) -> None:
    fresh_store.save_extraction(north_korea_russia())
    fresh_store.save_extraction(north_korea_russia("kp-ru-0002"))
    assert fresh_store.forget("kp-ru-0001") == []  # no events resolved yet
    counts = fresh_store.counts()
    assert fresh_store.document("kp-ru-0001") is None
    assert {s.mention.doc for s in fresh_store.mentions()} == {"kp-ru-0002"}
    assert fresh_store.sentences("kp-ru-0001") == [] and fresh_store.tables("kp-ru-0001") == []
    assert counts["documents"] == 1
    assert fresh_store.forget("kp-ru-0001") is None
