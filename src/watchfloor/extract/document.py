"""The document pass: what a sentence's events take from the rest of the story (counts
and places of sentences with no event, the story's date and scene), and which
tentative events stand."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import SentenceTrace, _Sentence
from watchfloor.extract.context import (
    DocumentContext,
)
from watchfloor.extract.events import Assembled
from watchfloor.extract.fields import (
    event_place,
)
from watchfloor.extract.fill import LoosePlace, LooseQuantity, fill_from_document
from watchfloor.extract.quantities import QuantityMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import (
    Document,
    EventDate,
    Mention,
    Place,
    Quantity,
)
from watchfloor.taxonomy import CameoTaxonomy

_NAMED_KINDS = ("country", "demonym", "capital", "agency", "igo", "leader")


def _eventless(traces: Sequence[SentenceTrace]) -> Iterator[tuple[int, _Sentence]]:
    """The sentences that make no event, each with how many mentions came before it."""
    seen = 0
    for trace in traces:
        seen += len(trace.mentions)
        if trace.analysed is not None and not trace.mentions:
            yield seen, trace.analysed


def _loose_places(
    traces: Sequence[SentenceTrace], event_nouns: Mapping[str, tuple[str, ...]]
) -> list[LoosePlace]:
    """Sentences that make no event and only place one named by a noun: "The first
    engagement took place in Russia's Kursk region"."""
    out: list[LoosePlace] = []
    for seen, s in _eventless(traces):
        for first, last in s.cues["happened"]:
            # the noun is the verb's subject: a few words before it, no clause between
            nouns = [t.key for t in s.tokens[max(0, first - 4) : first] if t.key in event_nouns]
            after = [p for p in s.places if p.first >= last]
            place = event_place(after, (s.tokens[last - 1].end, s.sentence.end)) if after else None
            if nouns and place is not None:
                out.append(LoosePlace(seen, event_nouns[nouns[-1]], place))
    return out


def _loose_quantities(traces: Sequence[SentenceTrace]) -> list[LooseQuantity]:
    """Counts in sentences that make no event ("more than 120 Chinese aircraft were
    detected"), each with the actor whose force it counts and how many events came
    before it."""
    out: list[LooseQuantity] = []
    for seen, s in _eventless(traces):
        for q in s.quantities:
            owner = _owner(s, q)
            if owner is not None:
                quantity = Quantity(q.value, q.low, q.high, q.unit, q.approx, q.text)
                out.append(LooseQuantity(seen, owner, quantity))
    return out


def _owner(s: _Sentence, q: QuantityMention) -> str | None:
    """The country named inside the counted phrase ("120 Chinese aircraft"), else the
    sentence's subject before the count ("Poland will gather 20,000 soldiers")."""
    # only actors the sentence names itself: a role read from the story ("the three
    # officers") may be anyone's
    resolved = [m for m in s.mentions if _named_here(s.tokens, m)]
    inside = [m for m in resolved if q.end <= s.tokens[m.first].start <= q.end + 30]
    before = [m for m in resolved if s.tokens[m.first].start < q.start]
    owners = inside or before
    return owners[0].country if owners else None


def _named_here(tokens: tuple[Token, ...], m: ActorMention) -> bool:
    """An actor its own sentence names ("Chinese", "Poland"), or forces it owns ("its
    forces", after "the ministry said")."""
    if m.kind in _NAMED_KINDS and m.text[:1].isupper():
        return True
    return m.kind == "role" and m.first > 0 and tokens[m.first - 1].key in ("its", "their")


def _settled(mentions: Sequence[Mention], events: Sequence[tuple[int, Assembled]]) -> list[bool]:
    """Which mentions stand: a tentative one only when the document gave it a target;
    the fallback reading of the same words only when no tentative one got one."""
    rescued = {
        (start, e.trigger.first, e.trigger.last)
        for m, (start, e) in zip(mentions, events, strict=True)
        if e.tentative and m.actor2 is not None
    }
    kept = []
    for m, (start, e) in zip(mentions, events, strict=True):
        if e.tentative:
            kept.append(m.actor2 is not None)
        elif e.fallback:
            kept.append(not any(
                s == start and first < e.trigger.last and e.trigger.first < last
                for s, first, last in rescued
            ))  # fmt: skip
        else:
            kept.append(True)
    return kept


def _once_a_sentence(mentions: Sequence[Mention], kept: list[bool]) -> list[bool]:
    """One act told twice in a sentence is one record, the first: "North Korea has moved
    1,500 troops to Russia's Far East, the first time Seoul has said Pyongyang is sending
    forces" (a second record would carry the recap's place and figures as another event's).
    Acts on different days stay apart ("sent troops in October and more in December")."""
    seen: dict[tuple[tuple[int, int], str, str, str | None], list[Mention]] = {}
    out = []
    for m, keep in zip(mentions, kept, strict=True):
        key = (m.span, m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
        earlier = seen.setdefault(key, []) if keep else []
        twice = any(_same_day(e, m) for e in earlier)
        if keep and not twice:
            earlier.append(m)
        out.append(keep and not twice)
    return out


def _same_day(a: Mention, b: Mention) -> bool:
    return a.date is None or b.date is None or a.date.value == b.date.value


def _perfect(
    tokens: tuple[Token, ...], head: int, auxiliaries: frozenset[str], gap: frozenset[str]
) -> bool:
    """Whether the act is told in the present perfect ("has sent", "have also begun
    fighting"): done up to now, at no day the text gives."""
    i = head - 1
    while i >= 0 and head - i <= 4:
        key = tokens[i].key
        if key in auxiliaries:
            return True
        if key not in gap and not key.endswith("ly"):
            return False
        i -= 1
    return False


def _undated(
    mention: Mention,
    context: DocumentContext,
    document: Document,
    cameo: CameoTaxonomy,
    perfect: bool = False,
) -> EventDate | None:
    """An event whose sentence gives no date happened on the day the story speaks of; a
    statement with no other day in sight was made when it was reported. An act told in
    the present perfect has no day: the story's day is when it was reported."""
    if perfect:
        return None
    published, speaker = document.published, context.speaker
    said = cameo.in_class(mention.code, "speech")
    spoken = said and published is not None
    own_statement = context.official and mention.actor1.country == context.home
    if spoken and (own_statement or (speaker is not None and mention.actor1.code == speaker.code)):
        # "We condemn this attack" in a turn is said as the programme goes out
        return EventDate(published.isoformat(), "(publication date)") if published else None
    if said and context.spoken_on is not None and context.spoken_at < mention.span[0]:
        # "X said on Monday that ... He also accused Y": said on the day of the saying
        # the story dated last
        return EventDate(context.spoken_on.isoformat(), "(the day of the saying)")
    if context.narrative is not None:
        return EventDate(context.narrative.isoformat(), "(the story's date)")
    if said and document.published is not None:
        return EventDate(document.published.isoformat(), "(publication date)")
    return None


def _unplaced(mention: Mention, context: DocumentContext, cameo: CameoTaxonomy) -> Place | None:
    """A statement or meeting that names no place happened where the story is set."""
    if mention.location is not None or not cameo.in_class(mention.code, "scene"):
        return None
    return context.scene


def _with_fallbacks(mention: Mention, date: EventDate | None, place: Place | None) -> Mention:
    if (mention.date or not date) and (mention.location or not place):
        return mention  # most mentions: nothing to copy
    return replace(mention, date=mention.date or date, location=mention.location or place)


def finished(
    traces: Sequence[SentenceTrace], mentions: Sequence[Mention], rules: Rules, cameo: CameoTaxonomy
) -> list[Mention]:
    """The document's records (``mentions``, its sentences' in order) once every sentence
    is read: what other sentences give an event filled in, the events told again left
    out, then the story's date and scene as a last resort."""
    loose = _loose_quantities(traces)
    dates = [f for trace in traces for f in trace.fallback_dates]
    places = [f for trace in traces for f in trace.fallback_places]
    events = [(trace.sentence.start, e) for trace in traces for e in trace.events]
    mentions = _shared_dates(traces, mentions)
    filled = fill_from_document(
        mentions, loose, rules.counts, _loose_places(traces, rules.event_nouns),
        whole_force=cameo.prefixes("whole_force"), sending=cameo.prefixes("troops_sent"),
    )  # fmt: skip
    kept = _once_a_sentence(filled, _settled(filled, events))
    # what the document gives elsewhere about the same event wins over the story's date
    # and scene
    return [
        _with_fallbacks(m, date, place)
        for m, date, place, keep in zip(filled, dates, places, kept, strict=True)
        if keep
    ]


def _shared_dates(traces: Sequence[SentenceTrace], mentions: Sequence[Mention]) -> list[Mention]:
    """ "travelled to Moscow in late May and signed a memorandum", "revoked the licences
    in March, accusing them of propaganda": a verb that shares its subject with an earlier
    one, with no date of its own, happened when that one did."""
    out: list[Mention] = []
    records = iter(mentions)
    for trace in traces:
        own = [next(records) for _ in trace.events]
        dated = {e.trigger.first: m.date for e, m in zip(trace.events, own, strict=True)}
        for e, m in zip(trace.events, own, strict=True):
            head = e.head if e.head != e.trigger.first else _participle_head(trace, e, own)
            shared = dated.get(head) if head is not None and head != e.trigger.first else None
            out.append(replace(m, date=shared) if m.date is None and shared else m)
    return out


def _participle_head(trace: SentenceTrace, event: Assembled, own: Sequence[Mention]) -> int | None:
    """ ", accusing them of propaganda": a participle after a comma tells an act of the
    subject of the verb before it, the last earlier act of the same actor."""
    tokens = trace.analysed.tokens if trace.analysed is not None else ()
    at = event.trigger.first
    if not (0 < at < len(tokens) and tokens[at - 1].key == "," and tokens[at].key.endswith("ing")):
        return None
    actor = event.actor1.code
    earlier = [
        e.trigger.first for e, m in zip(trace.events, own, strict=True)
        if e.trigger.first < at and e.actor1.code == actor and m.date is not None
    ]  # fmt: skip
    return earlier[-1] if earlier else None


# Characters of documents read before their date questions are asked (Extractor.
# extract_all): about 25 articles, 120 sentences to parse in batches of 64
READ_TOGETHER = 100_000


def read_together(documents: Sequence[Document]) -> Iterator[list[Document]]:
    """Documents in groups of up to READ_TOGETHER characters (a longer one alone): a
    group's sentences stay in memory until its batch is parsed."""
    group: list[Document] = []
    size = 0
    for document in documents:
        if group and size + len(document.text) > READ_TOGETHER:
            yield group
            group, size = [], 0
        group.append(document)
        size += len(document.text)
    if group:
        yield group
