"""Event resolution on hostile mentions: dates at the ends of the calendar or not dates
at all, publication dates anywhere, figures huge, tiny, infinite or NaN. It never
raises; each mention lands in one event; each event can be described and printed."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.models import Actor, Certainty, EventDate, Mention, Place, Quantity
from watchfloor.resolve import SourceRegistry, describe, load_sources
from watchfloor.resolve.cluster import assign, event_id_for
from watchfloor.store import EventMember

from .budget import examples, tried
from .strategies import any_date, date_strings, hostile_text

ACTORS = ["PRK", "RUS", "PRKMIL", "KOR", "UKR", "USA", "CHN", "JPN", "IGOUNO", "RUSGOV"]
CODES = ["010", "036", "042", "057", "0874", "112", "138", "173", "190", "195", "1951"]
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**20, 10**20),
                    st.sampled_from([0.0, -0.0, 1e308, 5e-324, math.inf, math.nan]))  # fmt: skip
# strategies built once: building them in every draw costs more than the resolution
SENTENCE, SHORT = hostile_text(10), hostile_text(3)
MAYBE_NUMBER = st.one_of(st.none(), numbers)
EVENT_DATE = st.one_of(st.none(), date_strings().map(lambda v: EventDate(v, v)))
PLACE = st.one_of(st.none(), st.builds(Place, SHORT, st.sampled_from([None, "RUS", "UKR"]),
                                       MAYBE_NUMBER, MAYBE_NUMBER))  # fmt: skip
SOURCE = st.one_of(st.none(), st.sampled_from(ACTORS).map(lambda c: Actor(c, c)))
PUBLISHED = st.one_of(st.none(), any_date())


@st.composite
def members(draw: st.DrawFn, mention_id: int) -> EventMember:
    doc = draw(st.sampled_from(["a", "b", "c", "d"]))
    actor2 = draw(st.one_of(st.none(), st.sampled_from(ACTORS)))
    quantity = None
    if draw(st.booleans()):
        low, high = draw(MAYBE_NUMBER), draw(MAYBE_NUMBER)
        unit = draw(st.sampled_from([None, "troops"]))
        quantity = Quantity(float(draw(numbers)), low, high, unit, draw(st.booleans()), draw(SHORT))
    mention = Mention(
        doc=doc, sentence=draw(SENTENCE), span=(0, 1), code=draw(st.sampled_from(CODES)),
        goldstein=draw(st.floats(-10, 10)), actor1=Actor(draw(st.sampled_from(ACTORS)), "x"),
        actor2=Actor(actor2, "y") if actor2 else None,
        certainty=draw(st.sampled_from(list(Certainty))),
        date=draw(EVENT_DATE), location=draw(PLACE), quantity=quantity, source=draw(SOURCE),
    )  # fmt: skip
    published: date | None = draw(PUBLISHED)
    original = draw(st.sampled_from([doc, "a"]))
    return EventMember(mention_id, mention, draw(st.sampled_from([None, "Wire", "Desk"])),
                       published, None, None, original, None)  # fmt: skip


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return load_sources()


@given(st.integers(1, 12).flatmap(lambda n: st.tuples(*(members(i) for i in range(n)))))
@examples(1500)
def test_resolve_any_mentions(registry: SourceRegistry, pending: tuple[EventMember, ...]) -> None:
    tried("resolver")
    clusters = assign([], pending)
    placed = sorted(m.mention_id for c in clusters for m in c.members)
    assert placed == sorted(m.mention_id for m in pending)  # each in exactly one event
    for cluster in clusters:
        event = describe(event_id_for(cluster.members[0]), cluster.members, registry)
        json.dumps(event.to_record(with_history=True), default=str)
