"""The rules extractor: a document in, an ``Extraction`` out. Built once, reused."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.anaphora import anaphoric_target
from watchfloor.extract.attribution import (
    Attribution,
    CueSpans,
    best_claimant,
    find_attributions,
    find_cues,
)
from watchfloor.extract.certainty import certainty_of
from watchfloor.extract.context import DocumentContext, dateline_end, home_country, speaker_label
from watchfloor.extract.coreference import (
    alias_mentions,
    context_mentions,
    group_mentions,
    placed_role,
    pronoun_mentions,
    roles_from_countries,
)
from watchfloor.extract.dates import DateMention, find_dates
from watchfloor.extract.events import Assembled, Trigger, assemble, clause_of, find_triggers
from watchfloor.extract.fill import LooseQuantity, fill_from_document
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.places import PlaceMatcher, PlaceMention, most_specific, refine
from watchfloor.extract.quantities import QuantityMention, find_quantities
from watchfloor.extract.rules import Rules, load_rules
from watchfloor.extract.sentences import split_sentences
from watchfloor.extract.tables import read_tables
from watchfloor.extract.text import Token, tokenize
from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Quantity,
    Sentence,
)
from watchfloor.settings import Settings
from watchfloor.taxonomy import CameoTaxonomy, Taxonomy, load_taxonomy

# Codes whose place is the destination
VISITS = ("042", "036")
# Acts done by saying them: when the actor's own side relays them there is no claimant.
_NAMED_KINDS = ("country", "demonym", "capital", "agency", "igo", "leader")
# Who may hold a briefing in their own name, rather than a government's
_HOSTS = ("igo", "agency")
_OWNERS = frozenset(("its", "their", "our"))
# (017, a symbolic act such as erecting a monument, is done, not said)
SPEECH_ACTS = (
    "010", "011", "012", "013", "014", "015", "016", "018", "019",
    "02", "03", "10", "11", "12", "13", "051", "052", "055", "056",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What the stages found in one sentence."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    cues: CueSpans
    mentions: tuple[ActorMention, ...]
    names: frozenset[int]  # tokens inside any actor's name, claimants too: no trigger there
    claim: Attribution | None
    claimant: ActorMention | None
    denier: ActorMention | None
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    quantities: tuple[QuantityMention, ...]


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    """One sentence's stages: ``analysed`` is None for a sentence that states nothing
    (a question)."""

    sentence: Sentence
    analysed: _Sentence | None
    triggers: tuple[Trigger, ...]
    events: tuple[Assembled, ...]
    mentions: tuple[Mention, ...]
    fallback_dates: tuple[EventDate | None, ...]  # for mentions the document leaves undated
    fallback_places: tuple[Place | None, ...]  # the scene, for statements that name no place


class Extractor:
    """Holds the loaded taxonomy, rules and matchers; ``extract`` is a pure function of
    the document."""

    def __init__(self, taxonomy: Taxonomy, rules: Rules) -> None:
        self.taxonomy = taxonomy
        self.rules = rules
        self.actors = ActorMatcher(
            taxonomy.actors,
            rules.class_words("AMBIGUOUS") if "AMBIGUOUS" in rules.classes else frozenset(),
            rules.class_words("MODIFIER") if "MODIFIER" in rules.classes else frozenset(),
        )
        self.places = PlaceMatcher(taxonomy.gazetteer)

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        taxonomy = load_taxonomy(settings.data_dir)
        rules = load_rules(settings.data_dir, frozenset(taxonomy.cameo.codes))
        extractor = cls(taxonomy, rules)
        # The tables are ~10^6 objects that live as long as the process: out of the
        # collector's sight, every collection stops walking them (5% of extraction time).
        gc.freeze()
        return extractor

    def extract(self, document: Document) -> Extraction:
        sentences = split_sentences(document.text, self.rules.abbreviations)
        traces = list(self.trace(document, sentences))
        mentions = [m for trace in traces for m in trace.mentions]
        loose = _loose_quantities(traces)
        dates = [f for trace in traces for f in trace.fallback_dates]
        places = [f for trace in traces for f in trace.fallback_places]
        # the story's date and scene are a last resort: what the document gives elsewhere
        # about the same event wins
        dated = [
            replace(m, date=m.date or date, location=m.location or place)
            for m, date, place in zip(
                fill_from_document(mentions, loose, self.rules.counts), dates, places, strict=True
            )
        ]
        return Extraction(
            document=document,
            sentences=sentences,
            mentions=tuple(dated),
            tables=read_tables(document.id, document.text),
        )

    def trace(
        self, document: Document, sentences: Sequence[Sentence] | None = None
    ) -> Iterator[SentenceTrace]:
        """What every stage found in each sentence (``watchfloor explain`` shows it)."""
        body = document.text
        if sentences is None:
            sentences = split_sentences(body, self.rules.abbreviations)
        context = DocumentContext(
            home=home_country(body, self.taxonomy.gazetteer),
            title_words=self.actors.title_words,
            country_words=self.actors.country_words,
        )
        skip_until = dateline_end(body)
        for sentence in sentences:
            analysed = self._analyse(document, body, sentence, context, skip_until)
            if analysed is None:
                yield SentenceTrace(sentence, None, (), (), (), (), ())
                continue
            blocked = analysed.names
            triggers = find_triggers(analysed.tokens, self.rules, blocked)
            events = assemble(
                analysed.tokens, triggers, analysed.mentions, self.rules, analysed.claimant
            )
            # dates go to the nearest trigger that made an event ("moved by train" made none)
            anchors = tuple(analysed.tokens[e.trigger.first].start for e in events)
            records = tuple(self._record(document, analysed, e, context, anchors) for e in events)
            for record in records:
                context.remember_event(record)
            for trigger in dict.fromkeys(
                e.trigger for e in events
            ):  # in order: the last group is remembered
                context.remember_group(
                    [r for r, e in zip(records, events, strict=True) if e.trigger == trigger]
                )
            fallbacks = tuple(_undated(r, context, document) for r in records)
            scenes = tuple(_unplaced(r, context) for r in records)
            yield SentenceTrace(
                sentence, analysed, tuple(triggers), tuple(events), records, fallbacks, scenes
            )

    def _analyse(
        self,
        document: Document,
        body: str,
        sentence: Sentence,
        context: DocumentContext,
        skip_until: int,
    ) -> _Sentence | None:
        tokens = tokenize(sentence.text, sentence.start)
        tokens = self._turn(body, sentence, tokens, context)
        tokens = tuple(t for t in tokens if t.start >= skip_until)
        found = self._actor_mentions(tokens, body, context)
        if not context.turns and context.host is None:
            context.host = next((m for m in found if m.resolved), None)
        cues = find_cues(tokens, self.rules)
        attributions = find_attributions(tokens, found, cues)
        claim = best_claimant(attributions)
        claimant = _claimant_of(claim, context) if claim else context.speaker
        found = _owned_by_claimant(tokens, found, claim, claimant)
        context.remember(found)
        if claimant is not None:
            context.last_claimant = claimant
        if sentence.text.rstrip().endswith("?"):
            return None
        denier = next(
            (_claimant_of(a, context) or claimant for a in attributions if a.kind == "deny"), None
        )
        excluded = {i for a in attributions for i in range(a.np_first, a.np_last)}
        excluded |= {i for a in attributions for i in range(a.cue_first, a.cue_last)}
        candidates = tuple(m for m in found if m.first not in excluded)
        return _Sentence(
            sentence=sentence,
            tokens=tokens,
            cues=cues,
            mentions=candidates,
            names=frozenset(i for m in found for i in range(m.first, m.last)),
            claim=claim,
            claimant=claimant,
            denier=denier,
            dates=self._dates(document, sentence, tokens, attributions, context, skip_until),
            places=self._places(tokens, body, found, attributions, context),
            quantities=tuple(
                q
                for q in find_quantities(sentence.text, sentence.start, self.rules.units)
                if q.start >= skip_until
            ),
        )

    def _places(
        self,
        tokens: Sequence[Token],
        body: str,
        found: Sequence[ActorMention],
        attributions: Sequence[Attribution],
        context: DocumentContext,
    ) -> tuple[PlaceMention, ...]:
        """The sentence's places, less those where a claim is made; every place, those
        too, sets the story's scene."""
        # countries the sentence names, not capitals: "Tripoli" is itself the place in doubt
        named = frozenset(m.country for m in found if m.kind in ("country", "demonym"))
        every = self.places.find(tokens, body, named) + self._the_country(tokens, found, context)
        context.set_scene(most_specific(every))
        claims = _claim_spans(tokens, attributions)
        return tuple(p for p in every if not any(s <= p.start < e for s, e in claims))

    def _dates(
        self,
        document: Document,
        sentence: Sentence,
        tokens: Sequence[Token],
        attributions: Sequence[Attribution],
        context: DocumentContext,
        skip_until: int,
    ) -> tuple[DateMention, ...]:
        """The sentence's dates, less those of the reporting itself ("said on Friday");
        they move the story's timeline on."""
        found = find_dates(
            sentence.text, sentence.start, document.published, narrative=context.narrative
        )
        reporting = _reporting_spans(tokens, attributions)
        dates = tuple(
            d for d in found
            if d.start >= skip_until and not any(s <= d.start < e for s, e in reporting)
        )  # fmt: skip
        context.advance_narrative(dates)  # when a claim was made is not when it happened
        return dates

    def _the_country(
        self, tokens: Sequence[Token], found: Sequence[ActorMention], context: DocumentContext
    ) -> list[PlaceMention]:
        """ "in the north of the country": the country this sentence names ("the Malian
        army ... in the north of the country"), else the one the story last named."""
        for i in range(2, len(tokens)):
            if tokens[i].key == "country" and tokens[i - 1].key == "the":
                if tokens[i - 2].key not in ("in", "of", "across", "throughout", "inside"):
                    continue
                here = [m for m in found if m.kind in ("country", "demonym") and m.last < i]
                named = here or [m for m in context.history if m.kind == "country"]
                entry = self.taxonomy.gazetteer.country(named[-1].country) if named else None
                if entry is not None:
                    t = tokens[i]
                    return [
                        PlaceMention(i - 1, i + 1, tokens[i - 1].start, t.end, entry.name, entry)
                    ]
        return []

    def _turn(
        self, body: str, sentence: Sentence, tokens: tuple[Token, ...], context: DocumentContext
    ) -> tuple[Token, ...]:
        """At a line start, a transcript label ("SPOKESPERSON:") sets the speaker; a
        paragraph with no label goes on with the turn before it."""
        if sentence.start != 0 and body[sentence.start - 1] != "\n":
            return tokens
        turn = speaker_label(sentence.text)
        if turn is None:
            if not context.turns:
                context.speaker = None
            return tokens
        label, words_start = turn
        context.turns = True
        label_tokens = tuple(t for t in tokens if t.end <= sentence.start + len(label))
        context.speaker = self._speaker(label_tokens, body, context)
        return tuple(t for t in tokens if t.start >= sentence.start + words_start)

    def _speaker(
        self, label_tokens: tuple[Token, ...], body: str, context: DocumentContext
    ) -> ActorMention | None:
        """A label that names no country ("MILITARY SPOKESPERSON") speaks for whoever
        holds the briefing: the organisation heading the transcript, else the host
        government."""
        named = self.actors.find(label_tokens, body)
        host = context.host
        if named and not named[0].resolved and host is not None and host.kind in _HOSTS:
            return replace(named[0], code=host.code)
        found = self._actor_mentions(label_tokens, body, context, allow_bare=True)
        if found and found[0].kind == "role" and context.home:
            return replace(found[0], code=context.home + found[0].role)
        return found[0] if found else None

    def _actor_mentions(
        self,
        tokens: Sequence[Token],
        body: str,
        context: DocumentContext,
        allow_bare: bool = False,
    ) -> list[ActorMention]:
        out: list[ActorMention] = []
        found = roles_from_countries(tokens, self.actors.find(tokens, body))
        for m in found:
            if not m.resolved:
                # "the soldiers", "the arriving units"
                definite = m.first == 0 or any(
                    t.key in DEFINITE for t in tokens[max(0, m.first - 2) : m.first]
                )
                resolved = placed_role(m, tokens, found) or (
                    context.resolve(m) if (definite or allow_bare) else None
                )
                if resolved is None:
                    continue
                m = resolved
            out.append(m)
        out += context_mentions(self.rules, tokens, body, out, context)
        out += alias_mentions(tokens, body, out, context)
        out += group_mentions(tokens, out, context)
        out = sorted(out, key=lambda m: m.first)
        out += pronoun_mentions(tokens, out, context)
        return sorted(out, key=lambda m: m.first)

    def _record(
        self,
        document: Document,
        s: _Sentence,
        event: Assembled,
        context: DocumentContext,
        anchors: tuple[int, ...],
    ) -> Mention:
        mention = threat_made(
            self._mention(document, s, event, anchors), s, event, self.rules, self.taxonomy.cameo
        )
        target = anaphoric_target(
            mention, s.tokens, event.trigger.first + 1, self.rules.event_nouns, context.events
        )
        return replace(mention, actor2=target) if target is not None else mention

    def _mention(
        self, document: Document, s: _Sentence, event: Assembled, anchors: tuple[int, ...]
    ) -> Mention:
        verbal = event.code.startswith(SPEECH_ACTS)
        source = s.denier or s.claimant
        if source is not None and verbal and source.country == event.actor1.country:
            source = None
        denial = s.denier is not None and not (verbal and s.denier.country == event.actor1.country)
        litotes = any(
            t.key in ("hesitate", "hesitation")
            for t in s.tokens[max(0, event.head - 3) : event.head]
        )
        certainty = certainty_of(
            event.code, s.cues, event.head, clause_of(s.tokens, event.head, event.head + 1),
            litotes=litotes,
            has_source=source is not None, denial=denial,
        )  # fmt: skip
        if certainty is Certainty.ASSERTED and source is not None:
            certainty = Certainty.REPORTED
        anchor = s.tokens[event.trigger.first].start
        clause = (s.tokens[event.clause[0]].start, s.tokens[event.clause[1] - 1].end)
        return Mention(
            doc=document.id,
            sentence=s.sentence.text,
            span=(s.sentence.start, s.sentence.end),
            code=event.code,
            goldstein=self.taxonomy.cameo.get(event.code).goldstein,
            actor1=Actor(event.actor1.code, event.actor1.text),
            actor2=Actor(event.actor2.code, event.actor2.text) if event.actor2 else None,
            certainty=certainty,
            date=_date(_own_dates(s.dates, anchor, anchors), anchor, clause),
            location=_place(_places_for(event, s.places, self.taxonomy), clause),
            quantity=_quantity(
                [q for q in s.quantities if self.rules.counts(event.code, q.unit)], anchor, clause
            ),
            source=Actor(source.code, source.text) if source else None,
        )


def _loose_quantities(traces: Sequence[SentenceTrace]) -> list[LooseQuantity]:
    """Counts in sentences that make no event ("more than 120 Chinese aircraft were
    detected"), each with the actor whose force it counts and how many events came
    before it."""
    out: list[LooseQuantity] = []
    seen = 0
    for trace in traces:
        seen += len(trace.mentions)
        s = trace.analysed
        if s is None or trace.mentions:
            continue
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


def _named_here(tokens: Sequence[Token], m: ActorMention) -> bool:
    """An actor its own sentence names ("Chinese", "Poland"), or forces it owns ("its
    forces", after "the ministry said")."""
    if m.kind in _NAMED_KINDS and m.text[:1].isupper():
        return True
    return m.kind == "role" and m.first > 0 and tokens[m.first - 1].key in ("its", "their")


def _owned_by_claimant(
    tokens: Sequence[Token],
    found: list[ActorMention],
    claim: Attribution | None,
    claimant: ActorMention | None,
) -> list[ActorMention]:
    """ "The Israeli military said its fighter jets had struck": forces that "its",
    "their" or "our" owns in a claim, with no other actor between, are the claimant's,
    not those of the country named last."""
    if claim is None or claimant is None or not claimant.resolved or claimant.kind == "igo":
        return found
    out = []
    for m in found:
        owned = m.kind == "role" and m.role and m.first > claim.cue_last
        owned = owned and tokens[m.first - 1].key in _OWNERS
        if owned and not any(claim.cue_last <= o.first < m.first for o in found):
            m = replace(m, code=claimant.country + m.role)
        out.append(m)
    return out


def _claimant_of(claim: Attribution | None, context: DocumentContext) -> ActorMention | None:
    if claim is None:
        return None
    if claim.claimant is not None:
        return claim.claimant
    return context.pronoun(claim.pronoun) if claim.pronoun else None


def _reporting_spans(
    tokens: Sequence[Token], attributions: Sequence[Attribution]
) -> list[tuple[int, int]]:
    """Character spans whose dates say when a claim was made, not when the act was:
    the claimant phrase and the few words after the cue ("said on Friday")."""
    spans = []
    for a in attributions:
        lo = tokens[min(a.np_first, a.cue_first)].start
        hi_token = min(len(tokens) - 1, a.cue_last + 3)
        spans.append((lo, tokens[hi_token].end))
    return spans


Located = TypeVar("Located", DateMention, QuantityMention)


def _nearest(items: Sequence[Located], anchor: int, clause: tuple[int, int]) -> Located | None:
    """The item nearest the trigger, inside its clause if any is."""
    inside = [i for i in items if clause[0] <= i.start < clause[1]]
    pool = inside or list(items)
    return min(pool, key=lambda i: abs(i.start - anchor)) if pool else None


def _undated(mention: Mention, context: DocumentContext, document: Document) -> EventDate | None:
    """An event whose sentence gives no date happened on the day the story speaks of; a
    statement with no other day in sight was made when it was reported."""
    if context.narrative is not None:
        return EventDate(context.narrative.isoformat(), "(the story's date)")
    if mention.code.startswith(SPEECH_ACTS) and document.published is not None:
        return EventDate(document.published.isoformat(), "(publication date)")
    return None


def _claim_spans(
    tokens: Sequence[Token], attributions: Sequence[Attribution]
) -> list[tuple[int, int]]:
    """Where a claim is made ("told the Security Council in New York on Wednesday that"):
    its places are the claimant's, not the event's."""
    spans = []
    for a in attributions:
        end = a.cue_last
        while end < len(tokens) and end - a.cue_last < 8 and tokens[end].key not in ("that", ","):
            end += 1
        last = tokens[min(end, len(tokens) - 1)]
        spans.append((tokens[min(a.np_first, a.cue_first)].start, last.start))
    return spans


def threat_made(
    mention: Mention, s: _Sentence, event: Assembled, rules: Rules, cameo: CameoTaxonomy
) -> Mention:
    """ "X warned that it would impose sanctions": the act is a threat, made now, by X."""
    warned = [w for w, _ in s.cues["warn"] if w < event.trigger.first]
    if not warned:
        return mention
    modal_between = any(warned[-1] < m < event.trigger.first for m, _ in s.cues["modal"])
    prefix = next((p for p in sorted(rules.threats, key=len, reverse=True)
                   if mention.code.startswith(p)), None)  # fmt: skip
    if not modal_between or prefix is None:
        return mention
    code = rules.threats[prefix]
    return replace(mention, code=code, goldstein=cameo.get(code).goldstein,
                   certainty=Certainty.ASSERTED, source=None)  # fmt: skip


def _unplaced(mention: Mention, context: DocumentContext) -> Place | None:
    """A statement or meeting that names no place happened where the story is set."""
    if mention.location is not None or not mention.code.startswith((*SPEECH_ACTS, "04", "05")):
        return None
    return context.scene


def _own_dates(
    dates: Sequence[DateMention], anchor: int, anchors: tuple[int, ...]
) -> list[DateMention]:
    """Dates that stand nearer this event's trigger than any other trigger's."""
    return [d for d in dates if min(anchors, key=lambda a: abs(a - d.start)) == anchor]


def _date(dates: Sequence[DateMention], anchor: int, clause: tuple[int, int]) -> EventDate | None:
    best = _nearest([d for d in dates if not d.weak], anchor, clause) or _nearest(
        dates, anchor, clause
    )
    return EventDate(best.value, best.text) if best else None


def _quantity(
    quantities: Sequence[QuantityMention], anchor: int, clause: tuple[int, int]
) -> Quantity | None:
    best = _nearest(quantities, anchor, clause)
    if best is None:
        return None
    # a later total of the same things is the size of the whole force
    best = next(
        (q for q in quantities
         if q.total and q.start > best.start and q.unit == best.unit and q.value > best.value),
        best,
    )  # fmt: skip
    return Quantity(best.value, best.low, best.high, best.unit, best.approx, best.text)


def _places_for(
    event: Assembled, places: Sequence[PlaceMention], taxonomy: Taxonomy
) -> list[PlaceMention]:
    """A visit happens where it goes: its destination country ("fly on to Vietnam") or the
    capital it visits ("visit Moscow"); nothing else happens at a mere destination."""
    if not event.code.startswith(VISITS):
        return [p for p in places if not p.destination]
    target = event.actor2
    if target is not None and target.kind == "capital":
        entry = taxonomy.gazetteer.lookup(target.text)
        if entry is not None:
            return [PlaceMention(target.first, target.last, target.start, target.end,
                                 target.text, entry)]  # fmt: skip
    return list(places)


def _place(places: Sequence[PlaceMention], clause: tuple[int, int]) -> Place | None:
    inside = [p for p in places if clause[0] <= p.start < clause[1]]
    best = refine(most_specific(inside or list(places)), places)
    if best is None:
        return None
    entry = best.entry
    # the words of the text, unless they name it through a possessive ("Russia's Far East")
    name = entry.name if "'s " in best.text.replace("’", "'") else best.text
    return Place(name, entry.country, entry.lat, entry.lon)
