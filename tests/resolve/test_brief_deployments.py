"""The brief's deployments table comes from resolved events: one row per event, the
range of its estimates, each estimate with its claimant and date, and its denials."""

from __future__ import annotations

import json
from datetime import date

from watchfloor import Settings, build_brief, open_store
from watchfloor.report import render_brief_markdown

from .articles import BATCH1, BATCH2, Ingest


def test_one_row_per_deployment_with_every_estimate(
    ingest_into: Ingest, settings: Settings
) -> None:
    ingest_into(BATCH1, BATCH2)
    with open_store(settings.db_url) as store:
        brief = build_brief(store, dyad=("PRK", "RUS"))

    rows = [r for r in brief.deployments if r.sender == "North Korea"]
    assert len(rows) == 2, "March and September are two deployments"
    march, september = sorted(rows, key=lambda r: r.event_date or "")
    assert march.range == "2,000–6,000 troops"
    claims = {(f.estimate, f.claimed_on, f.citation.doc) for f in march.figures}
    assert claims == {
        ("about 2,000", date(2026, 3, 6), "res-01"),
        ("between 4,000 and 5,000", date(2026, 3, 10), "res-02"),
        ("about 6,000", date(2026, 3, 12), "res-03"),
        ("about 3,000", date(2026, 3, 20), "res-06"),
    }
    assert any("intelligence" in f.claimant for f in march.figures)
    assert len(march.denials) == 1 and "res-04" in march.denials[0]
    assert (march.corroboration, march.grade) == (3, "B1")
    assert september.range == "1,000 troops"


def test_the_syndicated_copy_is_never_cited(ingest_into: Ingest, settings: Settings) -> None:
    ingest_into(BATCH1, BATCH2)
    with open_store(settings.db_url) as store:
        brief = build_brief(store, dyad=("PRK", "RUS"))

    cited = [f.citation.doc for r in brief.deployments for f in r.figures]
    assert "res-02" in cited and "res-05" not in cited


def test_markdown_and_json_show_ranges_claimants_and_denials(
    ingest_into: Ingest, settings: Settings
) -> None:
    ingest_into(BATCH1, BATCH2)
    with open_store(settings.db_url) as store:
        brief = build_brief(store, dyad=("PRK", "RUS"))

    markdown = render_brief_markdown(brief)
    section = markdown.split("## Estimated deployments and transfers")[1].split("## Timeline")[0]
    assert "2,000–6,000 troops" in section
    assert "between 4,000 and 5,000" in section and "2026-03-10" in section
    assert "res-04" in section and "B1" in section
    data = brief.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["deployments"][0]["figures"]
