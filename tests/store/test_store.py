"""Store: saving extractions and reading them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from watchfloor.errors import StoreError
from watchfloor.models import Actor, Extraction, Sentence
from watchfloor.store import SaveResult, Store, StoredDocument

from .stories import event, north_korea_russia, story


def test_round_trip_of_the_north_korea_story(any_store: Store) -> None:
    extraction = north_korea_russia()
    result = any_store.save_extraction(extraction, signature=b"\x00\x01sig")

    assert result == SaveResult("kp-ru-0001", inserted=True, reason="new")
    stored = any_store.mentions()
    assert [s.mention for s in stored] == sorted(
        extraction.mentions, key=lambda m: m.date.value if m.date else "2024-10-18"
    )
    assert set(s.mention for s in stored) == set(extraction.mentions)
    assert any_store.sentences("kp-ru-0001") == list(extraction.sentences)
    assert any_store.tables("kp-ru-0001") == list(extraction.tables)
    assert any_store.document_text("kp-ru-0001") == extraction.document.text
    assert list(any_store.signatures()) == [("kp-ru-0001", b"\x00\x01sig")]


def test_round_trip_keeps_every_field_exactly(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    fresh_store.save_extraction(extraction)
    troops = next(s for s in fresh_store.mentions() if s.mention.quantity is not None)
    original = extraction.mentions[0]

    assert troops.mention == original
    assert troops.mention.to_record() == original.to_record()
    assert troops.mention.quantity == original.quantity
    assert troops.mention.location is not None
    assert troops.mention.location.lat == 43.1155
    assert troops.mention.source == Actor("KORSPY", "South Korea's National Intelligence Service")
    assert troops.mention.certainty is original.certainty
    assert (troops.outlet, troops.published, troops.title, troops.url, troops.duplicate_of) == (
        "Example Wire",
        date(2024, 10, 18),
        "Seoul says Pyongyang has sent troops to Russia",
        "https://example.org/a/1",
        None,
    )


def test_stored_document_metadata(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    before = datetime.now(UTC)
    fresh_store.save_extraction(extraction)

    stored = fresh_store.document("kp-ru-0001")
    assert isinstance(stored, StoredDocument)
    assert stored.title == extraction.document.title
    assert stored.published == date(2024, 10, 18)
    assert stored.path == "corpus/kp-ru-0001.md"
    assert stored.content_hash == extraction.document.content_hash
    assert stored.duplicate_of is None
    assert before <= stored.ingested_at <= datetime.now(UTC)
    assert fresh_store.documents() == [stored]
    assert fresh_store.document("nope") is None
    assert fresh_store.document_text("nope") is None
    assert fresh_store.has_content(extraction.document.content_hash)
    assert not fresh_store.has_content("0" * 64)


def test_saving_the_same_content_twice_changes_nothing(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    fresh_store.save_extraction(extraction)
    counts, mentions = fresh_store.counts(), fresh_store.mentions()

    again = fresh_store.save_extraction(extraction, signature=b"other")

    assert again == SaveResult("kp-ru-0001", inserted=False, reason="same content already stored")
    assert fresh_store.counts() == counts
    assert fresh_store.mentions() == mentions
    assert list(fresh_store.signatures()) == []


def test_an_updated_version_replaces_the_document(fresh_store: Store) -> None:
    first = north_korea_russia()
    fresh_store.save_extraction(first)
    old_ids = {s.id for s in fresh_store.mentions()}
    text = first.document.text.replace("1,500", "3,000")
    lead = first.sentences[0]
    new_lead = Sentence(0, lead.start, lead.end, lead.text.replace("1,500", "3,000"))
    troops = replace(first.mentions[0], sentence=new_lead.text)
    updated = Extraction(
        replace(first.document, text=text, title="Updated"),
        (new_lead,),
        (troops,),
    )

    result = fresh_store.save_extraction(updated)

    assert result == SaveResult("kp-ru-0001", inserted=True, reason="updated")
    assert fresh_store.document_text("kp-ru-0001") == text
    stored = fresh_store.document("kp-ru-0001")
    assert stored is not None and stored.title == "Updated"
    assert [s.mention for s in fresh_store.mentions()] == [troops]
    assert not old_ids & {s.id for s in fresh_store.mentions()}
    assert fresh_store.sentences("kp-ru-0001") == [new_lead]
    assert fresh_store.tables() == []
    assert fresh_store.counts() == {
        "documents": 1,
        "duplicates": 0,
        "sentences": 1,
        "mentions": 1,
        "tables": 0,
    }


def test_a_failure_mid_save_leaves_committed_documents_whole(fresh_store: Store) -> None:
    good = north_korea_russia("kp-ru-0001")
    fresh_store.save_extraction(good)
    counts = fresh_store.counts()
    bad_source = north_korea_russia("kp-ru-0002")
    # Sentences go in before mentions; this mention then breaks a NOT NULL constraint.
    broken = replace(bad_source.mentions[1], sentence=None)  # type: ignore[arg-type]
    bad = replace(bad_source, mentions=(bad_source.mentions[0], broken))

    with pytest.raises(StoreError, match=r"kp-ru-0002.*NOT NULL.*nothing of this document"):
        fresh_store.save_extraction(bad)

    assert fresh_store.document("kp-ru-0002") is None
    assert fresh_store.sentences("kp-ru-0002") == []
    assert fresh_store.counts() == counts
    assert fresh_store.mentions() != [] and all(
        s.mention.doc == "kp-ru-0001" for s in fresh_store.mentions()
    )
    assert fresh_store.save_extraction(bad_source).reason == "new"


def test_a_failed_update_keeps_the_previous_version(fresh_store: Store) -> None:
    first = north_korea_russia()
    fresh_store.save_extraction(first)
    before = fresh_store.mentions()
    broken = replace(first.mentions[0], sentence=None)  # type: ignore[arg-type]
    update = replace(first, document=replace(first.document, text="changed"), mentions=(broken,))

    with pytest.raises(StoreError, match="kp-ru-0001"):
        fresh_store.save_extraction(update)

    assert fresh_store.mentions() == before
    assert fresh_store.document_text("kp-ru-0001") == first.document.text


def test_mentions_of_another_document_are_refused(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    stray = replace(extraction.mentions[0], doc="elsewhere")
    with pytest.raises(StoreError, match=r"other documents.*elsewhere"):
        fresh_store.save_extraction(replace(extraction, mentions=(stray,)))
    assert fresh_store.counts()["documents"] == 0


def test_an_unconvertible_mention_raises_store_error(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    odd = replace(extraction.mentions[0], certainty="rumoured")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match=r"kp-ru-0001.*rumoured"):
        fresh_store.save_extraction(replace(extraction, mentions=(odd,)))


def test_duplicates_point_at_stored_documents(fresh_store: Store) -> None:
    fresh_store.save_extraction(north_korea_russia("a"))
    fresh_store.save_extraction(north_korea_russia("b"), duplicate_of="a")

    stored = fresh_store.document("b")
    assert stored is not None and stored.duplicate_of == "a"
    assert fresh_store.counts()["duplicates"] == 1
    with pytest.raises(StoreError, match=r"'c'.*FOREIGN KEY"):
        fresh_store.save_extraction(north_korea_russia("c"), duplicate_of="missing")
    with pytest.raises(StoreError, match="duplicate of itself"):
        fresh_store.save_extraction(north_korea_russia("d"), duplicate_of="d")


def test_sentence_index_links_mentions_to_sentences(fresh_store: Store) -> None:
    extraction = north_korea_russia()
    fresh_store.save_extraction(extraction)
    engine = fresh_store._engine
    mentions = fresh_store._schema.mentions
    with engine.connect() as conn:
        indexes = sorted(conn.scalars(mentions.select().with_only_columns(mentions.c.sentence_idx)))
    assert indexes == [0, 2, 3]


def test_labels_keep_the_first_text_seen(fresh_store: Store) -> None:
    fresh_store.save_extraction(story("a", event("a", "072", "PRKMIL", "RUS", source="KORSPY")))
    second = replace(
        event("b", "072", "PRKMIL", "UKR", source="KORSPY"),
        actor1=Actor("PRKMIL", "Pyongyang's army"),
        source=Actor("KORSPY", "the NIS"),
    )
    fresh_store.save_extraction(story("b", second))
    nameless = replace(event("c", "111", "CHN"), actor1=Actor("CHN", ""))
    fresh_store.save_extraction(story("c", nameless))

    assert fresh_store.actor_labels() == {
        "PRKMIL": "PRKMIL text",
        "RUS": "RUS text",
        "UKR": "UKR text",
    }
    assert fresh_store.source_labels() == {"KORSPY": "KORSPY text"}


def test_signatures_come_in_ingestion_order_across_batches(
    fresh_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("watchfloor.store.store._SIGNATURE_BATCH", 2)
    ids = ["e", "a", "d", "b", "c"]
    for doc_id in ids:
        fresh_store.save_extraction(story(doc_id), signature=doc_id.encode())
    fresh_store.save_extraction(story("unsigned"))

    assert list(fresh_store.signatures()) == [(i, i.encode()) for i in ids]
    assert [d.id for d in fresh_store.documents()] == [*ids, "unsigned"]


def test_tables_of_all_documents(fresh_store: Store) -> None:
    fresh_store.save_extraction(north_korea_russia("b"))
    fresh_store.save_extraction(north_korea_russia("a"))
    assert [(t.doc, t.index) for t in fresh_store.tables()] == [("a", 0), ("b", 0)]
    assert fresh_store.tables("a")[0].as_dicts() == [{"Unit": "Special forces", "Troops": "1,500"}]


def test_counts(fresh_store: Store) -> None:
    fresh_store.save_extraction(north_korea_russia("a"))
    fresh_store.save_extraction(story("b", event("b", "111", "USA", "PRK")), duplicate_of="a")
    assert fresh_store.counts() == {
        "documents": 2,
        "duplicates": 1,
        "sentences": 5,
        "mentions": 4,
        "tables": 1,
    }
