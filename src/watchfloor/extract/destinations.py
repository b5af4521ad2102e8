"""Where a visit goes, when the sentence names a place there and no state: "is expected to
visit Mombasa", "flew to Cordoba on Monday", "travelled to the port of Callao". A visit
to a place of another state than the visitor's is a visit to that state (the patterns'
"to_place" flag); a visit at home is none ("Kenya's president flew to Mombasa")."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.places import PlaceMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token


def destination(
    tokens: tuple[Token, ...],
    verb_last: int,
    clause_end: int,
    places: Sequence[PlaceMention],
    visitors: Sequence[ActorMention],
    rules: Rules,
) -> list[ActorMention]:
    """The state of the first place after the trigger (its last word at ``verb_last``),
    in its clause, that the trigger leads to, as a target; none when it is the visitors'
    own or the place is of no one state. Only a state's office or body visits: "two
    Kenyan activists travelled to Arusha" is no act of Kenya's."""
    if not any(m.role or m.kind == "leader" for m in visitors):
        return []
    lead = rules.class_words("AIMED_AT") | rules.class_words("LANDS_IN")
    skippable = rules.class_words("PLACE_SKIPPABLE")
    for place in sorted(places, key=lambda p: p.first):
        if not verb_last < place.first < clause_end or not place.entry.country:
            continue
        j = place.first - 1
        while j > verb_last and tokens[j].key in skippable:
            j -= 1  # "visited the port of Mombasa"
        if j != verb_last and tokens[j].key not in lead:
            continue
        if place.entry.country in {m.country for m in visitors}:
            return []
        return [ActorMention(place.first, place.last, place.entry.country, "", "capital",
                             place.text, place.start, place.end)]  # fmt: skip
    return []
