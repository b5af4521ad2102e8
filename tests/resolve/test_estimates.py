"""estimates: every claimed figure kept, with its claimant and the date of the claim;
syndicated copies folded into the claim they copy; denials listed apart."""

from __future__ import annotations

from datetime import date

from watchfloor.resolve.estimates import Estimate, ranges

from .articles import BATCH1, BATCH2, LENT, Events, Ingest, event_of, march


def test_the_estimates_table_keeps_every_claim(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    deployment = march(events())

    table = {(e.claimant, e.figure, e.date, e.doc) for e in deployment.estimates}
    assert table == {
        ("KORSPY", "2,000", date(2026, 3, 6), "res-01"),
        ("USAMIL", "4,000–5,000", date(2026, 3, 10), "res-02"),
        ("UKRSPY", "6,000", date(2026, 3, 12), "res-03"),
        ("KORSPY", "3,000", date(2026, 3, 20), "res-06"),
    }
    assert [e.date for e in deployment.estimates] == sorted(e.date for e in deployment.estimates)


def test_a_range_gives_low_and_high(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1)
    (pentagon,) = [e for e in march(events()).estimates if e.claimant == "USAMIL"]

    assert (pentagon.low, pentagon.high, pentagon.value) == (4000, 5000, 4500)
    assert pentagon.text == "between 4,000 and 5,000"


def test_the_range_of_estimates_runs_from_the_least_to_the_most(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    (spread,) = march(events()).ranges

    assert (spread.low, spread.high, spread.unit, spread.claims) == (2000, 6000, "troops", 4)
    assert spread.text == "2,000–6,000 troops"


def test_a_syndicated_copy_adds_no_estimate_but_is_listed(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    (pentagon,) = [e for e in march(events()).estimates if e.claimant == "USAMIL"]

    assert pentagon.doc == "res-02"
    assert pentagon.copies == ("res-05",)


def test_a_denial_is_listed_and_gives_no_estimate(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    deployment = march(events())

    (denial,) = deployment.denials
    assert (denial.denier, denial.doc, denial.date) == ("PRKGOV", "res-04", date(2026, 3, 11))
    assert denial.party
    assert "res-04" not in {e.doc for e in deployment.estimates}


def test_estimates_are_in_the_jsonl_record(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    record = march(events()).to_record()

    rows = {(r["claimant"], r["value"], r["low"], r["high"], r["date"])
            for r in record["estimates"]}  # fmt: skip
    assert ("USAMIL", 4500, 4000, 5000, "2026-03-10") in rows
    assert record["estimate_ranges"][0]["text"] == "2,000–6,000 troops"
    assert record["denials"][0]["denier"] == "PRKGOV"


def _estimate(value: float, certainty: str) -> Estimate:
    return Estimate(
        claimant="KORSPY", claimant_text="the NIS", value=value, low=value, high=value,
        unit="troops", approx=True, text=f"about {value:,.0f}", date=date(2026, 3, 6),
        doc="d", outlet="o", certainty=certainty, sentence="s", copies=(),
    )  # fmt: skip


def test_a_hedged_figure_widens_no_range() -> None:
    (spread,) = ranges([_estimate(2000, "reported"), _estimate(20000, "possible")])
    assert spread.text == "2,000 troops" and spread.claims == 1
    (hedged,) = ranges([_estimate(20000, "possible")])
    assert hedged.text == "20,000 troops"


def test_a_figure_lent_from_another_sentence_is_no_claim(
    ingest_into: Ingest, events: Events
) -> None:
    """NATO confirms that units were deployed; the count is the Pentagon's, from another
    sentence: NATO's mention keeps the figure, but only the Pentagon claims it."""
    ingest_into(LENT)
    sent = event_of(events(), "res-10", "072")
    nato = [m for m in sent.members if m.mention.source and m.mention.source.code == "IGONAT"]
    assert nato and nato[0].mention.quantity is not None  # the record keeps it
    assert [(e.claimant, e.figure) for e in sent.estimates] == [("USAMIL", "800")]
