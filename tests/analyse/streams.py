"""Event streams built by the tests: each planted event is one report (a document with
one mention), stored in a real store and resolved as ``watchfloor ingest`` resolves."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Sentence,
)
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.store import Store
from watchfloor.taxonomy import load_cameo

# Sibling codes (none a root's generic code) and place countries: two planted events
# of one dyad in one week never share both, so resolution keeps them apart.
CONFLICT_CODES = ("111", "112", "113", "121", "122", "125", "128", "131", "132", "138",
                  "141", "152", "171", "172", "173", "181", "193", "195")  # fmt: skip
COOPERATION_CODES = ("0312", "0332", "0334", "062", "072", "074")
VERBAL_CODES = ("011", "012", "013", "014", "015", "016", "017", "018", "019")
PLACES = ("UKR", "RUS", "PRK", "KOR", "CHN", "JPN")
MONDAY = date(2024, 1, 1)


@dataclass(frozen=True, slots=True)
class Planted:
    """One report of one event: who did what to whom, on which day, told by whom."""

    day: date
    code: str
    actor1: str = "PRK"
    actor2: str = "RUS"
    place: str = "RUS"
    outlet: str = "Example Wire"
    source: str | None = None


def weekly(
    counts: Sequence[int],
    codes: Sequence[str] = CONFLICT_CODES,
    *,
    actor1: str = "PRK",
    actor2: str = "RUS",
    start: date = MONDAY,
    source: str | None = None,
) -> list[Planted]:
    """``counts[i]`` events in week ``i`` from ``start``, spread over its days, each with a
    (code, place) pair not used by the dyad in the weeks around it."""
    combos = [(c, p) for p in PLACES for c in codes]
    planted, turn = [], 0
    for week, count in enumerate(counts):
        for k in range(count):
            code, place = combos[turn % len(combos)]
            turn += 1
            day = start + timedelta(days=7 * week + (k * 7) // max(count, 1))
            planted.append(Planted(day, code, actor1, actor2, place, source=source))
    return planted


def store_stream(store: Store, planted: Iterable[Planted], prefix: str = "doc") -> None:
    """Save one document per planted report, then resolve them into events."""
    cameo = load_cameo()
    for index, p in enumerate(planted):
        text = f"{p.actor1} acted ({p.code}) towards {p.actor2} on {p.day.isoformat()}."
        doc_id = f"{prefix}-{index:05d}"
        mention = Mention(
            doc=doc_id,
            sentence=text,
            span=(0, len(text)),
            code=p.code,
            goldstein=cameo.get(p.code).goldstein,
            actor1=Actor(p.actor1, p.actor1),
            actor2=Actor(p.actor2, p.actor2),
            certainty=Certainty.ASSERTED if p.source is None else Certainty.REPORTED,
            date=EventDate(p.day.isoformat(), p.day.isoformat()),
            location=Place(f"somewhere in {p.place}", p.place),
            source=Actor(p.source, p.source) if p.source else None,
        )
        document = Document(id=doc_id, text=text, published=p.day, outlet=p.outlet)
        sentence = Sentence(index=0, start=0, end=len(text), text=text)
        store.save_extraction(Extraction(document, (sentence,), (mention,)))
    resolve_pending(store, ResolveRules(load_sources()))
