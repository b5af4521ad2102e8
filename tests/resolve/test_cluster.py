"""cluster: reports of one happening merge into one event across documents; other
happenings (another act, the other direction, months later) stay apart."""

from __future__ import annotations

from datetime import date

from watchfloor.models import Actor, Certainty, EventDate, Mention, Place
from watchfloor.resolve.cluster import Cluster, assign, codes_fit, event_id_for
from watchfloor.store import EventMember

from .articles import BATCH1, BATCH2, MARCH, Events, Ingest, event_of, march


def test_reports_of_one_deployment_from_six_documents_are_one_event(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    found = events()
    deployment = march(found)

    assert set(deployment.documents) == set(MARCH)
    assert (deployment.code, deployment.actor1.country, deployment.actor2 and
            deployment.actor2.country) == ("072", "PRK", "RUS")  # fmt: skip
    for doc in MARCH:
        assert event_of(found, doc).id == deployment.id


def test_a_second_contingent_months_later_is_a_new_event(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    found = events()

    later = event_of(found, "res-07")
    assert later.id != march(found).id
    assert later.documents == ("res-07",)
    assert later.dates.earliest is not None and later.dates.earliest.startswith("2026-09")


def test_aid_the_other_way_is_another_event(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2)
    found = events()

    other_way = event_of(found, "res-08")
    assert other_way.id != march(found).id
    assert other_way.actor1.country == "RUS"


def test_the_denial_by_the_accused_joins_the_event_it_denies(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    deployment = march(events())

    denial = [m for m in deployment.members if m.doc == "res-04"]
    assert denial and all(m.mention.certainty == Certainty.DENIED for m in denial)
    assert [d.doc for d in deployment.denials] == ["res-04"]
    assert deployment.denials[0].party


def test_the_same_documents_in_any_order_give_the_same_events(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH2)
    ingest_into(BATCH1)
    found = events()

    assert set(march(found).documents) == set(MARCH)
    assert event_of(found, "res-07").id != march(found).id


def test_codes_fit_within_a_root_when_one_refines_the_other() -> None:
    assert codes_fit("070", "072")
    assert codes_fit("072", "070")
    assert codes_fit("062", "0621")
    assert codes_fit("190", "195")
    assert not codes_fit("071", "072")
    assert not codes_fit("072", "062")
    assert not codes_fit("111", "112")


def _member(
    mention_id: int,
    doc: str,
    *,
    when: str | None = None,
    published: date = date(2026, 3, 10),
    location: Place | None = None,
) -> EventMember:
    mention = Mention(
        doc=doc, sentence="s", span=(0, 1), code="072", goldstein=8.3,
        actor1=Actor("PRK", "North Korea"), actor2=Actor("RUS", "Russia"),
        certainty=Certainty.REPORTED, date=EventDate(when, "then") if when else None,
        location=location,
    )  # fmt: skip
    return EventMember(mention_id, mention, "Outlet", published, None, None, doc, "Outlet")


def test_dates_decide_between_one_event_and_two() -> None:
    first = _member(1, "a", when="2026-03")
    same_month = _member(2, "b", when="2026-03-19")
    undated_soon_after = _member(3, "c", published=date(2026, 4, 2))
    months_later = _member(4, "d", when="2026-09")

    clusters = assign([], [first, same_month, undated_soon_after, months_later])

    groups = sorted(sorted(m.doc for m in c.members) for c in clusters)
    assert groups == [["a", "b", "c"], ["d"]]


def test_places_in_different_countries_are_different_events() -> None:
    kursk = _member(1, "a", when="2026-03", location=Place("Kursk", "RUS"))
    pyongyang = _member(2, "b", when="2026-03", location=Place("Pyongyang", "PRK"))
    no_place = _member(3, "c", when="2026-03")

    clusters = assign([], [kursk, pyongyang, no_place])

    assert len(clusters) == 2
    assert sum(len(c.members) for c in clusters) == 3


def test_new_mentions_join_stored_events_and_ids_come_from_the_founder() -> None:
    stored = Cluster("ev-stored", (_member(1, "a", when="2026-03"),))
    clusters = assign([stored], [_member(2, "b", when="2026-03-05")])

    assert [c.id for c in clusters] == ["ev-stored"]
    assert [m.doc for m in clusters[0].added] == ["b"]
    assert event_id_for(stored.members[0]) == event_id_for(_member(9, "a", when="2026-03"))
