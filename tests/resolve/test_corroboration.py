"""corroboration: independent chains, not reports. A claimant relayed by several
outlets counts once; a syndicated copy counts as its original; re-ingesting a copy
changes no count."""

from __future__ import annotations

import shutil
from pathlib import Path

from watchfloor.resolve import Stance

from .articles import BATCH1, BATCH2, Events, Ingest, march


def test_independent_sources_are_claimants_not_reports(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    corr = march(events()).corroboration

    assert corr.count == 3
    assert {c.key for c in corr.confirming} == {"KOR", "USA", "UKR"}
    (seoul,) = [c for c in corr.confirming if c.key == "KOR"]
    assert seoul.docs == ("res-01", "res-06"), "the NIS via two outlets is one chain"


def test_a_syndicated_copy_counts_as_its_original(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    (pentagon,) = [c for c in march(events()).corroboration.confirming if c.key == "USA"]

    assert pentagon.docs == ("res-02",)
    assert pentagon.copies == ("res-05",)


def test_ingesting_a_syndicated_copy_changes_no_count(
    ingest_into: Ingest, events: Events, tmp_path: Path
) -> None:
    ingest_into(BATCH1)
    before = march(events())
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(BATCH2 / "res-05.md", copy / "res-05.md")

    report = ingest_into(copy)
    after = march(events())

    assert report.near_duplicates == [("res-05", "res-02")]
    assert "res-05" in after.documents, "the copy's mention is on the event"
    assert after.corroboration.count == before.corroboration.count == 2
    assert after.grade.code == before.grade.code
    assert len(after.estimates) == len(before.estimates)

    again = ingest_into(copy)

    assert again.unchanged == ["res-05"]
    assert again.events_created == again.events_updated == []
    assert march(events()).corroboration.count == 2


def test_the_accused_denial_is_not_an_independent_contradiction(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    corr = march(events()).corroboration

    assert corr.contradicting == ()
    (denial,) = corr.party_denials
    assert denial.stance == Stance.DENIES and denial.key == "PRK" and denial.party
