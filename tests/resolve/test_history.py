"""history: ingesting in two batches, the event gains mentions, keeps when each claim
arrived, and records what changed."""

from __future__ import annotations

from watchfloor import Settings
from watchfloor.store import open_store

from .articles import BATCH1, BATCH2, Events, Ingest, march


def test_a_second_batch_updates_the_event_and_records_what_changed(
    ingest_into: Ingest, events: Events
) -> None:
    first = ingest_into(BATCH1)
    before = march(events())
    assert before.id in first.events_created
    assert set(before.documents) == {"res-01", "res-02"}
    assert len(before.history) == 1 and before.history[0].change.startswith("created from")

    second = ingest_into(BATCH2)
    after = march(events())

    assert after.id == before.id
    assert after.id in second.events_updated and after.id not in second.events_created
    assert set(after.documents) > set(before.documents)
    changes = [h.change for h in after.history]
    assert changes[0] == before.history[0].change, "history is kept, not rewritten"
    arrivals = [c for c in changes[1:] if c.startswith("added")]
    batch2 = {"res-03", "res-04", "res-05", "res-06"}
    assert {doc for doc in batch2 if any(doc in c for c in arrivals)} == batch2
    assert any(c.startswith("independent corroboration 2 → 3") for c in changes)
    assert any(c.startswith("estimates:") and "6,000" in c for c in changes)
    assert any(c.startswith("denied by party") for c in changes)
    assert all(h.at >= before.history[0].at for h in after.history)


def test_each_mention_keeps_when_it_joined(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1)
    joined = {m.mention_id: m.added_at for m in march(events()).members}
    ingest_into(BATCH2)
    after = march(events()).members

    assert all(m.added_at is not None for m in after)
    for member in after:
        if member.mention_id in joined:
            assert member.added_at == joined[member.mention_id]
        else:
            assert member.added_at is not None
            assert member.added_at >= max(t for t in joined.values() if t is not None)


def test_an_ingest_with_nothing_new_writes_no_history(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    lines = {e.id: len(e.history) for e in events()}

    again = ingest_into(BATCH1, BATCH2)

    assert again.events_created == again.events_updated == []
    assert {e.id: len(e.history) for e in events()} == lines


def test_a_replaced_document_withdraws_its_mentions(
    ingest_into: Ingest, events: Events, settings: Settings, tmp_path: object
) -> None:
    from pathlib import Path

    ingest_into(BATCH1, BATCH2)
    folder = Path(str(tmp_path)) / "edited"
    folder.mkdir()
    edited = (
        (BATCH2 / "res-03.md")
        .read_text(encoding="utf-8")
        .replace(
            "North Korea has sent about 6,000 troops to Russia, Ukraine's military intelligence "
            "said on Thursday.",
            "Ukraine's military intelligence said on Thursday that it was studying the reports.",
        )
    )
    (folder / "res-03.md").write_text(edited, encoding="utf-8")

    report = ingest_into(folder)

    assert report.updated == ["res-03"]
    deployment = march(events())
    assert "res-03" not in deployment.documents
    assert deployment.id in report.events_updated
    assert any(h.change.startswith("withdrew") for h in deployment.history)
    assert all(e.value != 6000 for e in deployment.estimates)
    with open_store(settings.db_url) as store:
        assert store.unresolved_count() == 0
