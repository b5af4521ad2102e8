"""The rules extractor: a document in, an ``Extraction`` out. Built once, reused."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import partial

from watchfloor.daterange import usable
from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.analysis import SentenceTrace, _Sentence
from watchfloor.extract.anaphora import anaphoric_target
from watchfloor.extract.appositions import alias_of, apposed_names
from watchfloor.extract.arguments import clause_of
from watchfloor.extract.attribution import (
    Attribution,
    best_claimant,
    find_attributions,
    find_cues,
)
from watchfloor.extract.certainty import certainty_of
from watchfloor.extract.claims import (
    _asked,
    _claim_spans,
    _claimant_of,
    _inside,
    _key_at,
    _owned_by_claimant,
    _reporting_spans,
    _words,
    threat_made,
)
from watchfloor.extract.context import (
    DocumentContext,
    dateline_end,
    home_country,
    speaker_label,
    speaks_for_state,
)
from watchfloor.extract.coreference import (
    DOMESTIC_ROLES,
    alias_mentions,
    context_mentions,
    counterparts,
    defined_acronyms,
    determiner_of,
    group_mentions,
    local_role,
    partner_mentions,
    placed_role,
    possessed_role,
    pronoun_mentions,
    roles_from_countries,
    seated_role,
    within_groups,
)
from watchfloor.extract.dates import DateMention, find_dates
from watchfloor.extract.document import (
    _loose_places,
    _loose_quantities,
    _perfect,
    _settled,
    _undated,
    _unplaced,
    _with_fallbacks,
)
from watchfloor.extract.events import Assembled, assemble
from watchfloor.extract.fields import (
    event_date,
    event_place,
    event_quantity,
    own_dates,
    own_places,
    places_for,
)
from watchfloor.extract.fill import fill_from_document
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.parser import Parser, load_parser
from watchfloor.extract.place_targets import place_target
from watchfloor.extract.places import LOCATIVE, PlaceMatcher, PlaceMention, most_specific
from watchfloor.extract.quantities import find_quantities
from watchfloor.extract.roles import foreign_spans
from watchfloor.extract.rules import Rules, load_rules
from watchfloor.extract.sentences import broken_case, split_sentences
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.tables import read_tables
from watchfloor.extract.text import Token, tokenize
from watchfloor.extract.triggers import find_triggers
from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    Extraction,
    Mention,
    Place,
    Sentence,
)
from watchfloor.settings import Settings
from watchfloor.taxonomy import Taxonomy, load_taxonomy

# who speaks for the body the role word before them names: "a militia spokesman"
_SPEAKERS = frozenset(
    ("spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander",
     "commanders", "leader", "leaders")
)  # fmt: skip
# Who may hold a briefing in their own name, rather than a government's
_HOSTS = ("igo", "agency")


class Extractor:
    """Holds the loaded taxonomy, rules and matchers; ``extract`` is a pure function of
    the document."""

    def __init__(self, taxonomy: Taxonomy, rules: Rules, parser: Parser | None = None) -> None:
        self.taxonomy = taxonomy
        self.rules = rules
        self.parser = parser  # None: the rules alone
        self.actors = ActorMatcher(
            taxonomy.actors,
            rules.class_words("AMBIGUOUS") if "AMBIGUOUS" in rules.classes else frozenset(),
            rules.class_words("MODIFIER") if "MODIFIER" in rules.classes else frozenset(),
        )
        self.places = PlaceMatcher(taxonomy.gazetteer)
        self._capitals: dict[str, str] = {}
        for entry in taxonomy.actors.entries:
            if entry.kind == "capital":
                self._capitals.setdefault(entry.code, entry.phrase)

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        taxonomy = load_taxonomy(settings.data_dir)
        rules = load_rules(settings.data_dir, frozenset(taxonomy.cameo.codes))
        extractor = cls(taxonomy, rules, load_parser(settings.backend))
        _spare_the_collector()
        return extractor

    def extract(self, document: Document) -> Extraction:
        if document.published is not None and usable(document.published) is None:
            document = replace(document, published=None)  # out of range: unknown
        sentences = split_sentences(document.text, self.rules.abbreviations)
        traces = list(self.trace(document, sentences))
        mentions = [m for trace in traces for m in trace.mentions]
        loose = _loose_quantities(traces)
        dates = [f for trace in traces for f in trace.fallback_dates]
        places = [f for trace in traces for f in trace.fallback_places]
        events = [(trace.sentence.start, e) for trace in traces for e in trace.events]
        filled = fill_from_document(
            mentions, loose, self.rules.counts, _loose_places(traces, self.rules.event_nouns),
            self.taxonomy.cameo.prefixes("whole_force"),
        )  # fmt: skip
        kept = _settled(filled, events)
        # the story's date and scene are a last resort: what the document gives elsewhere
        # about the same event wins
        dated = [
            _with_fallbacks(m, date, place)
            for m, date, place, keep in zip(filled, dates, places, kept, strict=True)
            if keep
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
            broken_case=broken_case(sentences),
            official=speaks_for_state(body),
            epithets=self.rules.class_words("EPITHET"),
        )
        context.title_actor = self._title_actor(document)
        skip_until = dateline_end(body)
        for sentence in sentences:
            analysed = self._analyse(document, body, sentence, context, skip_until)
            if analysed is None:
                yield SentenceTrace(sentence, None, (), (), (), (), ())
                continue
            blocked = analysed.names
            triggers = find_triggers(analysed.tokens, self.rules, blocked)
            if triggers and analysed.mentions and self.parser is not None:
                # only a sentence with a trigger and an actor may be parsed, and only when
                # a question of syntax comes up: the rest make no event or need no parse
                parse = partial(self.parser.parse, sentence.text, sentence.start)
                analysed = replace(analysed, parse=LazyParse(parse))
            events = assemble(
                analysed.tokens, triggers, analysed.mentions, self.rules, analysed.claimant,
                analysed.parse,
            )  # fmt: skip
            events = [e for e in events if not _asked(analysed, e)]
            # dates go to the nearest trigger that made an event ("moved by train" made none)
            anchors = tuple(analysed.tokens[e.trigger.first].start for e in events)
            records = _shared_scenes(
                events, tuple(self._record(document, analysed, e, context, anchors) for e in events)
            )
            for record in records:
                context.remember_event(record)
            for trigger in dict.fromkeys(
                e.trigger for e in events
            ):  # in order: the last group is remembered
                context.remember_group(
                    [r for r, e in zip(records, events, strict=True) if e.trigger == trigger]
                )
            perfect = self.rules.class_words("PERFECT")
            gap = self.rules.class_words("PERFECTGAP")
            timeless = [_perfect(analysed.tokens, e.head, perfect, gap) for e in events]
            fallbacks = tuple(
                _undated(r, context, document, self.taxonomy.cameo, t)
                for r, t in zip(records, timeless, strict=True)
            )
            scenes = tuple(_unplaced(r, context, self.taxonomy.cameo) for r in records)
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
        words = _words(tokens)
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
        context.define(defined_acronyms(tokens, found))
        context.define([a for a in (alias_of(m, tokens) for m in found) if a is not None])
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
        places, said_at = self._places(tokens, body, found, attributions, context)
        return _Sentence(
            sentence=sentence,
            tokens=tokens,
            cues=cues,
            mentions=candidates,
            names=frozenset(i for m in found for i in range(m.first, m.last)),
            claim=claim,
            claimant=claimant,
            denier=denier,
            dates=self._dates(document, sentence, tokens, attributions, context, skip_until, words),
            places=places,
            said_at=said_at,
            quantities=tuple(
                q
                for q in find_quantities(sentence.text, sentence.start, self.rules.units, words)
                if q.start >= skip_until
            ),
        )

    def _places(
        self,
        tokens: tuple[Token, ...],
        body: str,
        found: Sequence[ActorMention],
        attributions: Sequence[Attribution],
        context: DocumentContext,
    ) -> tuple[tuple[PlaceMention, ...], tuple[PlaceMention, ...]]:
        """The sentence's places, less those where a claim is made, and those; every
        place sets the story's scene."""
        # countries named as actors, in the sentence or before it: "Lebanese troops"
        here = {m.country for m in found if m.kind in ("country", "demonym")}
        nearby = frozenset(context.countries | here)
        names = {
            i for m in found if m.kind not in ("country", "capital") for i in range(m.first, m.last)
        }
        every = [
            p for p in self.places.find(tokens, body, nearby=nearby)
            if p.entry.kind != "town" or p.first not in names  # "Wagner" is a group
        ]  # fmt: skip
        every += self._the_country(tokens, found, context)
        every += self._the_capital(tokens, found, context)
        context.set_scene(most_specific(every))
        claims = _claim_spans(tokens, attributions)
        said = tuple(p for p in every if any(s <= p.start < e for s, e in claims))
        return tuple(p for p in every if p not in said), said

    def _dates(
        self,
        document: Document,
        sentence: Sentence,
        tokens: tuple[Token, ...],
        attributions: Sequence[Attribution],
        context: DocumentContext,
        skip_until: int,
        words: frozenset[str],
    ) -> tuple[DateMention, ...]:
        """The sentence's dates, less those of the reporting itself ("said on Friday");
        they move the story's timeline on."""
        found = find_dates(
            sentence.text,
            sentence.start,
            document.published,
            narrative=context.narrative,
            words=words,
        )
        reporting = _reporting_spans(tokens, attributions)
        dates = tuple(
            d for d in found
            if d.start >= skip_until and not any(s <= d.start < e for s, e in reporting)
        )  # fmt: skip
        # when a claim was made is not when it happened
        context.advance_narrative(dates)
        return dates

    def _the_country(
        self, tokens: tuple[Token, ...], found: Sequence[ActorMention], context: DocumentContext
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

    def _the_capital(
        self, tokens: tuple[Token, ...], found: Sequence[ActorMention], context: DocumentContext
    ) -> list[PlaceMention]:
        """ "a monument in the capital": the capital of the country this sentence names
        (its capital standing for it: "Pyongyang would erect"), else of the one the story
        last named. "the capital of Libya" names its place itself."""
        for i in range(2, len(tokens)):
            if tokens[i].key != "capital" or tokens[i - 1].key != "the":
                continue
            if tokens[i - 2].key not in LOCATIVE or _key_at(tokens, i + 1) in ("of", "'s"):
                continue
            kinds = ("country", "demonym", "capital")
            here = [m for m in found if m.kind in kinds and m.last < i]
            named = here or [m for m in context.history if m.kind in kinds]
            city = self._capitals.get(named[-1].country) if named else None
            entry = self.taxonomy.gazetteer.lookup(city) if city else None
            if entry is not None and entry.country == named[-1].country:
                start, end = tokens[i - 1].start, tokens[i].end
                return [PlaceMention(i - 1, i + 1, start, end, entry.name, entry)]
        return []

    def _title_actor(self, document: Document) -> ActorMention | None:
        if not document.title:
            return None
        found = self.actors.find(tokenize(document.title), document.title)
        return next((m for m in found if m.kind in ("igo", "agency", "country")), None)

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
        # "TODD:" after "Guyana's Minister of Foreign Affairs, Hugh Todd"
        introduced = (context.alias(t.text.title()) for t in label_tokens if len(t.text) >= 3)
        person = next((m for m in introduced if m is not None), None)
        if person is not None:
            return person
        named = self.actors.find(label_tokens, body, context.broken_case)
        found = self._actor_mentions(label_tokens, body, context, allow_bare=True)
        roles = [m for m in named if m.kind == "role"]
        if roles and (not found or found[0].kind == "role"):
            # a briefing's "SPOKESPERSON:" speaks for its host: a body heading the
            # transcript ("NATO Headquarters"), else the government of its dateline, else
            # the state its heading or title names
            role, host = roles[-1], context.host or context.title_actor
            if host is not None and host.kind in _HOSTS:
                return replace(role, code=host.code)
            if context.home:
                return replace(role, code=context.home + role.role)
            if host is not None:
                return replace(role, code=host.country + role.role)
        return found[0] if found else None

    def _actor_mentions(
        self,
        tokens: tuple[Token, ...],
        body: str,
        context: DocumentContext,
        allow_bare: bool = False,
    ) -> list[ActorMention]:
        out: list[ActorMention] = []
        found = roles_from_countries(tokens, self.actors.find(tokens, body, context.broken_case))
        local = self._local_countries(tokens, body, found)
        seated = self.rules.class_words("SEATED")
        seat_end = 0
        for m in found:
            if m.first < seat_end:
                continue  # the capital of "the government in Kinshasa"
            head = next((o for o in found if o.first == m.last and not o.resolved), None)
            speaks = False
            if not m.resolved and head is not None:
                if tokens[head.last - 1].key not in _SPEAKERS:
                    continue  # "the White Army militia": the last role word is the head
                # "a militia spokesman": the militia speaks, the one the story named
                m = replace(m, last=head.last, end=head.end, text=f"{m.text} {head.text}")
                seat_end, speaks = head.last, True
            if not m.resolved:
                # "the soldiers", "the arriving units"
                definite = (
                    speaks
                    or m.first == 0
                    or any(t.key in DEFINITE for t in tokens[max(0, m.first - 2) : m.first])
                    or determiner_of(tokens, m.first) in DEFINITE
                )
                resolved = (
                    possessed_role(m, tokens, out, context)
                    or placed_role(m, tokens, found)
                    or seated_role(m, tokens, found, seated)
                    or (context.resolve(m) if (definite or allow_bare) else None)
                    or local_role(m, local)
                )
                if resolved is None:
                    continue
                if resolved.last > m.last:
                    seat_end = resolved.last
                m = resolved
            out.append(m)
        out = sorted([*out, *apposed_names(tokens, out)], key=lambda m: m.first)
        out += context_mentions(self.rules, tokens, body, out, context)
        out += alias_mentions(tokens, body, out, context)
        out += group_mentions(tokens, out, context)
        out += partner_mentions(tokens, out, context)
        out = within_groups(sorted(out, key=lambda m: m.first))
        out += pronoun_mentions(tokens, out, context)
        return counterparts(tokens, sorted(out, key=lambda m: m.first))

    def _local_countries(
        self, tokens: tuple[Token, ...], body: str, found: Sequence[ActorMention]
    ) -> list[str]:
        """The country of the sentence's most specific place, looked up only for a bare
        domestic role ("rebels") that needs it."""
        if not any(not m.resolved and m.role in DOMESTIC_ROLES for m in found):
            return []
        best = most_specific(self.places.find(tokens, body))
        return [best.entry.country] if best is not None and best.entry.country else []

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
            mention, s.tokens, event.trigger.first + 1, self.rules.event_nouns, context.events,
            self.taxonomy.cameo,
        )  # fmt: skip
        if target is None:
            target = place_target(s, event, mention, self.taxonomy.cameo)
        if mention.location is None:
            mention = replace(mention, location=self._seat(event.actor1))
        return replace(mention, actor2=target) if target is not None else mention

    def _seat(self, actor: ActorMention) -> Place | None:
        """ "the Helsinki district court charged": a court acts where it sits, in the
        capital that names it."""
        if actor.kind != "capital" or actor.role != "JUD":
            return None
        entry = self.taxonomy.gazetteer.lookup(self._capitals.get(actor.country, ""))
        return Place(entry.name, entry.country, entry.lat, entry.lon) if entry else None

    def _mention(
        self, document: Document, s: _Sentence, event: Assembled, anchors: tuple[int, ...]
    ) -> Mention:
        # acts done by saying them: a claimant of the actor's own side relays, no source
        verbal = self.taxonomy.cameo.in_class(event.code, "speech")
        source = s.denier or s.claimant
        if source is not None and verbal and source.country == event.actor1.country:
            source = None
        denial = s.denier is not None and not (verbal and s.denier.country == event.actor1.country)
        # "Biden said in Tokyo that the US would intervene": the saying is the act
        spoken = verbal and s.claimant is not None and s.claimant.country == event.actor1.country
        litotes = any(
            t.key in ("hesitate", "hesitation")
            for t in s.tokens[max(0, event.head - 3) : event.head]
        )
        certainty = certainty_of(
            event.code, s.cues, event.head, clause_of(s.tokens, event.head, event.head + 1),
            litotes=litotes, future=self.taxonomy.cameo.prefixes("future"),
            has_source=source is not None, denial=denial,
        )  # fmt: skip
        if certainty is Certainty.ASSERTED and source is not None:
            certainty = Certainty.REPORTED
        anchor = s.tokens[event.trigger.first].start
        clause = (s.tokens[event.clause[0]].start, s.tokens[event.clause[1] - 1].end)
        # "months after an incursion that Ukraine launched in August": that clause's date
        # is the incursion's (its places and figures often describe the act's own
        # object: "troops stationed in Kursk", "a force that numbers 3,000")
        # (asked of the parse only when the sentence has a date)
        foreign = foreign_spans(s.parse.get(), anchor) if s.parse and s.dates else []
        if foreign:
            s = replace(s, dates=tuple(d for d in s.dates if not _inside(d.start, foreign)))
        return Mention(
            doc=document.id,
            sentence=s.sentence.text,
            span=(s.sentence.start, s.sentence.end),
            code=event.code,
            goldstein=self.taxonomy.cameo.get(event.code).goldstein,
            actor1=Actor(event.actor1.code, event.actor1.text),
            actor2=Actor(event.actor2.code, event.actor2.text) if event.actor2 else None,
            certainty=certainty,
            date=event_date(own_dates(s.dates, anchor, anchors, s.tokens), anchor, clause),
            location=event_place(
                own_places(places_for(event, s.places, self.taxonomy), anchor, anchors, s.tokens),
                clause,
            )
            if not (spoken and s.said_at)
            else event_place(s.said_at, clause),
            quantity=event_quantity(
                [q for q in s.quantities if self.rules.counts(event.code, q.unit)], anchor, clause
            ),
            source=Actor(source.code, source.text) if source else None,
        )


def _shared_scenes(
    events: Sequence[Assembled], records: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """ "visited Niamey on Tuesday and offered to mediate": a verb that shares its subject
    with an earlier one, with no place of its own, happened where that one did."""
    placed = {e.trigger.first: r.location for e, r in zip(events, records, strict=True)}
    return tuple(
        replace(r, location=placed.get(e.head))
        if r.location is None and e.head != e.trigger.first and placed.get(e.head) else r
        for e, r in zip(events, records, strict=True)
    )  # fmt: skip


def _spare_the_collector() -> None:
    """The tables are ~10^6 objects that live as long as the process: frozen, no
    collection walks them again. Extraction makes many short-lived objects that their
    reference counts free; collecting every 20,000 allocations instead of 700 costs no
    memory worth naming and 5% less time. (Process-wide: a library user who tunes the
    collector should do so after building the extractor.)"""
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(20_000, middle, oldest)
