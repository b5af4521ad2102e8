"""Which of a sentence's dates, places and quantities belong to one of its events: the
ones beside its own trigger, inside its clause, nearest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from watchfloor.extract.clauses import ClauseWords, may_be_foreign, may_open_clause
from watchfloor.extract.dates import DateMention
from watchfloor.extract.events import Assembled
from watchfloor.extract.lexicon import RELATIVE_PRONOUNS
from watchfloor.extract.places import PlaceMention, most_specific, refine
from watchfloor.extract.quantities import QuantityMention
from watchfloor.extract.roles import foreign_spans, noun_phrase_of_clause
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.models import EventDate, Place, Quantity, Sentence
from watchfloor.taxonomy import Taxonomy

# Codes whose place is the destination


Located = TypeVar("Located", DateMention, QuantityMention)
_RELATIVE_REACH = 6
# what the tokens tell of a date question: the sentence's tokens, the trigger's token
# span, the reporting verbs ("X said")
Clues = tuple[tuple[Token, ...], tuple[int, int], ClauseWords]


_DURING_REACH = 5  # "during the Foreign Secretary's visit": words between "during" and the act


def act_anchor(tokens: tuple[Token, ...], trigger: Trigger) -> int:
    """Where an act stands, for the dates and places beside it: its trigger's first
    word, but the participle of a noun's reduced relative clause ("the treaty signed in
    Pyongyang on 19 June", "the pact the two ministers signed on Monday")."""
    last = trigger.last - 1
    if last > trigger.first and tokens[last].key.endswith("ed"):
        return tokens[last].start
    return tokens[trigger.first].start


def nearest(items: Sequence[Located], anchor: int, clause: tuple[int, int]) -> Located | None:
    """The item nearest the trigger, inside its clause if any is."""
    inside = [i for i in items if clause[0] <= i.start < clause[1]]
    pool = inside or list(items)
    return min(pool, key=lambda i: abs(i.start - anchor)) if pool else None


def own_dates(
    dates: Sequence[DateMention],
    anchor: int,
    anchors: tuple[int, ...],
    tokens: tuple[Token, ...],
) -> list[DateMention]:
    """Dates that stand nearer this event's trigger than any other trigger's; but a date
    before "and" and the next verb closes the clause before it ("held talks in Moscow
    on Nov. 1 and was received three days later"). With none of its own, an act done
    "during" another takes that one's ("conveyed our concerns during the minister's visit
    last month")."""
    mine = [d for d in dates if trigger_of(d.start, anchors, tokens) == anchor]
    host = None if mine else _during(anchor, anchors, tokens)
    if host is None:
        return mine
    return [d for d in dates if trigger_of(d.start, anchors, tokens) == host]


def _during(anchor: int, anchors: tuple[int, ...], tokens: tuple[Token, ...]) -> int | None:
    """The next act, when its noun follows "during" a few words after this one's."""
    host = min((a for a in anchors if a > anchor), default=None)
    if host is None:
        return None
    before = [t.key for t in tokens if anchor < t.start < host][-_DURING_REACH:]
    return host if "during" in before else None


def own_places(
    places: Sequence[PlaceMention],
    anchor: int,
    anchors: tuple[int, ...],
    tokens: tuple[Token, ...],
) -> Sequence[PlaceMention]:
    """Places that stand nearer this event's trigger than any other's ("held talks in
    Moscow ... and was received at the Kremlin"); with none of its own, an event shares
    the sentence's ("met in Moscow and signed a deal")."""
    own = [p for p in places if trigger_of(p.start, anchors, tokens) == anchor]
    return own or places


def trigger_of(start: int, anchors: tuple[int, ...], tokens: tuple[Token, ...]) -> int:
    """The trigger (by offset) a date or place at ``start`` belongs to."""
    closest = min(anchors, key=lambda a: abs(a - start))
    before = [a for a in anchors if a < start]
    if closest < start or not before:
        return closest
    between = [t.key for t in tokens if start < t.start < closest]
    if "and" in between:
        return before[-1]
    # "revoked the licences in March, accusing them of": a comma closes the clause the
    # date stands in, unless one also parts it from the earlier act
    behind = [t.key for t in tokens if before[-1] < t.start < start]
    return before[-1] if "," in between and "," not in behind else closest


def chosen_date(
    dates: Sequence[DateMention], anchor: int, clause: tuple[int, int]
) -> DateMention | None:
    """The date an event takes: the nearest firm one ("on 7 May"), else the nearest."""
    return nearest([d for d in dates if not d.weak], anchor, clause) or nearest(
        dates, anchor, clause
    )


def event_date(
    dates: Sequence[DateMention], anchor: int, clause: tuple[int, int]
) -> EventDate | None:
    return _as_event_date(chosen_date(dates, anchor, clause))


class DateQuestion:
    """An event's date, while the parse may still say that the date it would take sits
    in a clause telling another act: "months after an incursion that Ukraine launched in
    August", "the treaty, signed in June, commits": that date is the other act's (its
    places and figures often describe the act's own object too: "troops stationed in
    Kursk", "a force that numbers 3,000"), and the nearest of the others is taken.

    The tokens settle most questions without a parse (``clauses.may_be_foreign``): with
    no word that may open another clause between the trigger and the date, the date is
    the trigger's own ("struck Kyiv on Monday").

    Nothing in a sentence's pass reads an event's date, so the extractor can ask every
    question of a document at its end, with the sentences still unparsed parsed in one
    batch (``open``: a parse would be made to answer it)."""

    __slots__ = ("anchor", "chosen", "clause", "own", "parse", "sentence", "settled", "temporal")

    def __init__(
        self,
        own: Sequence[DateMention],
        anchor: int,
        clause: tuple[int, int],
        parse: LazyParse | None,
        sentence: Sentence,
        words: Clues,
    ) -> None:
        self.own = own
        self.anchor = anchor
        self.clause = clause
        self.parse = parse
        self.sentence = sentence
        self.chosen = chosen_date(own, anchor, clause)
        # asked only about the date that would be chosen: dropping any other date leaves
        # that choice as it is
        best = self.chosen
        tokens, trigger, clause_words = words
        self.temporal = clause_words.temporal
        self.settled = best is None or not may_be_foreign(
            tokens, trigger, (best.start, best.end), clause_words
        )

    @property
    def open(self) -> bool:
        return not self.settled and self.parse is not None and not self.parse.parsed

    def unparsed(self) -> EventDate | None:
        """The date as the rules alone choose it."""
        return _as_event_date(self.chosen)

    def answer(self) -> EventDate | None:
        best = self.chosen
        if not self.settled and best is not None and self.parse is not None:
            foreign = foreign_spans(self.parse.get(), self.anchor, self.temporal)
            if _inside(best.start, foreign):
                others = [d for d in self.own if not _inside(d.start, foreign)]
                best = chosen_date(others, self.anchor, self.clause)
        return _as_event_date(best)


def _inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= char < hi for lo, hi in spans)


def _as_event_date(date: DateMention | None) -> EventDate | None:
    return EventDate(date.value, date.text) if date is not None else None


class FigureScope:
    """Which figures an act told in a clause modifying a noun may take: those in that
    noun's phrase, not the main clause's ("Ukraine captured two soldiers from the
    contingent Pyongyang sent": the contingent's size is not two). The tokens settle most
    cases without a parse: a figure before the trigger with no word between them that may
    open a clause ("1,500 troops were sent") is the act's own."""

    __slots__ = ("_asked", "_parse", "_span", "_tokens", "_trigger", "_words")

    def __init__(
        self,
        tokens: tuple[Token, ...],
        trigger: tuple[int, int],
        parse: LazyParse | None,
        words: ClauseWords,
    ) -> None:
        self._tokens = tokens
        self._trigger = trigger
        self._parse = parse
        self._words = words
        self._span: tuple[int, int] | None = None
        self._asked = False

    def foreign(self, figure: QuantityMention) -> bool:
        tokens, first = self._tokens, self._trigger[0]
        if self._parse is None or figure.start >= tokens[first].start:
            return False
        if not _may_be_relative(tokens, first):
            return False
        between = (i for i in range(first) if tokens[i].start >= figure.end)
        if not any(may_open_clause(tokens, i, self._words) for i in between):
            return False
        if not self._asked:
            self._span = noun_phrase_of_clause(self._parse.get(), tokens[first].start)
            self._asked = True
        span = self._span
        return span is not None and not span[0] <= figure.start < span[1]


def _may_be_relative(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the trigger may stand in a relative clause, from the tokens: a relative word
    shortly before it ("the troops that North Korea sent"), or a name between a noun and
    it ("the contingent Pyongyang sent")."""
    window = tokens[max(0, first - _RELATIVE_REACH) : first]
    if any(t.key in RELATIVE_PRONOUNS for t in window):
        return True
    return first >= 2 and tokens[first - 1].is_capitalised and not tokens[first - 2].is_capitalised


def event_quantity(
    quantities: Sequence[QuantityMention],
    anchor: int,
    clause: tuple[int, int],
    scope: FigureScope | None = None,
) -> Quantity | None:
    if scope is not None:
        quantities = [q for q in quantities if not scope.foreign(q)]
    best = nearest(quantities, anchor, clause)
    if best is None:
        return None
    # a later total of the same things is the size of the whole force
    best = next(
        (q for q in quantities
         if q.total and q.start > best.start and q.unit == best.unit and q.value > best.value),
        best,
    )  # fmt: skip
    return Quantity(best.value, best.low, best.high, best.unit, best.approx, best.text)


def places_for(
    event: Assembled, places: Sequence[PlaceMention], taxonomy: Taxonomy
) -> list[PlaceMention]:
    """A visit happens where it goes: its destination country ("fly on to Vietnam") or the
    capital it visits ("visit Moscow"); nothing else happens at a mere destination."""
    if not taxonomy.cameo.in_class(event.code, "visit"):
        return [p for p in places if not p.destination]
    target = event.actor2
    if target is not None and target.kind == "capital":
        entry = taxonomy.gazetteer.lookup(target.text)
        if entry is not None:
            return [PlaceMention(target.first, target.last, target.start, target.end,
                                 target.text, entry)]  # fmt: skip
    return list(places)


def event_place(
    places: Sequence[PlaceMention], clause: tuple[int, int], target: str | None = None
) -> Place | None:
    """``target``: the country of the act's target. A place the gazetteer lacks and whose
    country the text does not give ("fired on army positions near the village of X") is
    taken to lie in it: fire falls, a visit arrives, on the target's side."""
    inside = [p for p in places if clause[0] <= p.start < clause[1]]
    best = refine(most_specific(inside or list(places)), places)
    if best is None:
        return None
    entry = best.entry
    if entry.country is None and entry.kind == "town" and entry.lat is None:
        country = _country_beside(best, places) or target
        entry = replace(entry, country=country) if country else entry
    # the words of the text, unless they name it through a possessive ("Russia's Far East")
    name = entry.name if "'s " in best.text.replace("’", "'") else best.text
    return Place(name, entry.country, entry.lat, entry.lon)


def _country_beside(place: PlaceMention, places: Sequence[PlaceMention]) -> str | None:
    """Where a village the gazetteer lacks lies, by the places beside it: a known one in
    the same list ("at Medininkai and Salcininkai"), else the one country the sentence
    names as a place ("crossed into Ghana near Widana")."""
    listed = [
        p.entry.country for p in places
        if p is not place and p.entry.country and p.entry.kind != "country"
        and 0 < max(p.first - place.last, place.first - p.last) <= 2
    ]  # fmt: skip
    if listed:
        return listed[0]
    countries = {p.entry.country for p in places if p.entry.kind == "country" and not p.origin}
    return countries.pop() if len(countries) == 1 else None

