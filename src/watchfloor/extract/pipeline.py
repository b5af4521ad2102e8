"""The rules extractor: a document in, an ``Extraction`` out. Built once, reused."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from watchfloor.daterange import usable
from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.adversary import aimed_at_adversary
from watchfloor.extract.analysis import ReadDocument, SentenceTrace, _Sentence
from watchfloor.extract.appositions import alias_of, apposed_names
from watchfloor.extract.attribution import (
    Attribution,
    best_claimant,
    find_attributions,
    find_cues,
)
from watchfloor.extract.chamber import member, surname, without_seats
from watchfloor.extract.claims import (
    _asked,
    _claim_spans,
    _claimant_of,
    _key_at,
    _owned_by_claimant,
    _reporting_spans,
    _words,
)
from watchfloor.extract.clauses import ClauseWords
from watchfloor.extract.context import (
    DocumentContext,
    dateline_end,
    home_country,
    speaker_label,
    speaks_for_state,
    without_address,
)
from watchfloor.extract.coreference import (
    DOMESTIC_ROLES,
    context_mentions,
    counterparts,
    defined_acronyms,
    determiner_of,
    local_role,
    placed_role,
    possessed_role,
    roles_from_countries,
    seated_role,
)
from watchfloor.extract.crew_arrests import crews_held
from watchfloor.extract.crew_targets import named_boat
from watchfloor.extract.dates import DateMention, find_dates
from watchfloor.extract.denials import charges_read_as_acts, claimant_words, denials_of_acts
from watchfloor.extract.document import (
    _perfect,
    _undated,
    _unplaced,
    finished,
    read_together,
)
from watchfloor.extract.events import Assembled, assemble
from watchfloor.extract.fields import (
    DateQuestion,
    act_anchor,
)
from watchfloor.extract.firm_targets import owned_firm
from watchfloor.extract.group_mentions import group_mentions, partner_mentions, within_groups
from watchfloor.extract.learned import (
    EventModel,
    SentenceView,
    learned_events,
    load_event_model,
    nearby_after,
)
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.licence_holders import licence_holders
from watchfloor.extract.mediation import mediated_parties
from watchfloor.extract.modality import unreal
from watchfloor.extract.named import (
    introduced_names,
    named_bodies,
    named_holder,
    possessed_people,
    recognized,
    title_end,
)
from watchfloor.extract.parser import Parser, load_parser
from watchfloor.extract.place_words import PlaceWords
from watchfloor.extract.places import PlaceMatcher, PlaceMention, most_specific
from watchfloor.extract.pronouns import alias_mentions, pronoun_mentions
from watchfloor.extract.quantities import find_quantities
from watchfloor.extract.recalled_people import introduced_people
from watchfloor.extract.records import RecordMaker, shared_scenes
from watchfloor.extract.rules import Rules, load_rules
from watchfloor.extract.sentences import broken_case, split_sentences
from watchfloor.extract.shared_demonyms import demonym_readings, read_demonyms
from watchfloor.extract.stages import Stages
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.table_cells import CellReader
from watchfloor.extract.table_events import TableReader
from watchfloor.extract.table_rules import TableRules, load_table_rules
from watchfloor.extract.tables import read_tables
from watchfloor.extract.targets import fill_targets
from watchfloor.extract.text import Token, tokenize
from watchfloor.extract.triggers import Trigger, find_triggers
from watchfloor.extract.voice import DocumentVoice
from watchfloor.models import (
    Document,
    Extraction,
    Mention,
    Sentence,
)
from watchfloor.settings import Settings
from watchfloor.taxonomy import Taxonomy, load_taxonomy

# Who may hold a briefing in their own name, rather than a government's
_HOSTS = ("igo", "agency")
# words after which bare police open a clause ("and police fired", "then gendarmes came")
_OPENERS = frozenset({"and", "then", "but", "when", "where", "after", "before", "while", "as"})
# the role bare officers take when the story named no armed forces
_POLICE_ROLE = "COP"
_FIRM = "BUS"  # a firm, whose site a crowd may block (DocumentContext.firm)


class Extractor:
    """Holds the loaded taxonomy, rules and matchers; ``extract`` is a pure function of
    the document."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        rules: Rules,
        parser: Parser | None = None,
        table_rules: TableRules | None = None,
        model: EventModel | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.model = model  # None: the rules alone decide which sentences hold acts
        self._codes = frozenset(taxonomy.cameo.codes)
        self.rules = rules
        self.parser = parser  # None: the rules alone
        self.stages: Stages | None = None  # the bench's clock
        self.actors = ActorMatcher(
            taxonomy.actors,
            rules.class_words("AMBIGUOUS") if "AMBIGUOUS" in rules.classes else frozenset(),
            rules.class_words("MODIFIER") if "MODIFIER" in rules.classes else frozenset(),
            rules.class_words("BELONGING"),
        )
        place_words = replace(PlaceWords.from_rules(rules), demonyms=self.actors.demonyms)
        self.places = PlaceMatcher(taxonomy.gazetteer, place_words)
        self.voice = DocumentVoice(self.actors, rules)
        if table_rules is None:
            codes = frozenset(taxonomy.cameo.codes)
            table_rules = load_table_rules(None, codes, dict(rules.classes))
        self.tables = TableReader(
            CellReader(table_rules, rules, taxonomy, self.actors, self.places)
        )
        self._capitals: dict[str, str] = {}
        for entry in taxonomy.actors.entries:
            if entry.kind == "capital":
                self._capitals.setdefault(entry.code, entry.phrase)
        self.records = RecordMaker(taxonomy, rules, ClauseWords.from_rules(rules), self._capitals)
        # the words of each state's names ("kingdom" of NLD's "Kingdom of the Netherlands"):
        # which title a text speaking for that state gives it alone ("the Kingdom")
        styles: dict[str, set[str]] = {}
        for entry in taxonomy.actors.entries:
            if entry.kind == "country":
                styles.setdefault(entry.code, set()).update(entry.phrase.casefold().split())
        self._styles = {code: frozenset(words) for code, words in styles.items()}

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        taxonomy = load_taxonomy(settings.data_dir)
        codes = frozenset(taxonomy.cameo.codes)
        rules = load_rules(settings.data_dir, codes, taxonomy.cameo.classes)
        table_rules = load_table_rules(settings.data_dir, codes, dict(rules.classes))
        model = load_event_model(settings.event_model) if settings.event_model else None
        extractor = cls(taxonomy, rules, load_parser(settings.backend), table_rules, model)
        _spare_the_collector()
        return extractor

    def extract(self, document: Document) -> Extraction:
        return self.extract_all([document])[0]

    def extract_all(self, documents: Sequence[Document]) -> list[Extraction]:
        """The extractions of several documents, the same as one by one; the questions
        of their events' dates (``DateQuestion``) are asked together, the sentences they
        need parsed in one batch (a batch parses at up to twice the rate of one sentence
        at a time, and gives the same parses)."""
        out: list[Extraction] = []
        for group in read_together(documents):
            read = [self._read(document) for document in group]
            self._parse_for([q for r in read for q in r.asked if q is not None])
            out += [self._finish(r) for r in read]
        return out

    def _read(self, document: Document) -> ReadDocument:
        """Every sentence's stages; the dates the parse may change left open."""
        if self.stages is not None:
            self.stages.start()
        if document.published is not None and usable(document.published) is None:
            document = replace(document, published=None)  # out of range: unknown
        sentences = split_sentences(document.text, self.rules.abbreviations)
        self._lap("sentences")
        asked: list[DateQuestion | None] = []
        traces = tuple(self.trace(document, sentences, asked))
        return ReadDocument(document, sentences, traces, tuple(asked))

    def _parse_for(self, questions: Sequence[DateQuestion]) -> None:
        """Parse, in one batch, the sentences the open questions need."""
        if self.stages is not None:
            self.stages.start()
        pending = {id(q.parse): q for q in questions if q.open}  # a parse per sentence
        if self.parser is not None and pending:
            batch = list(pending.values())
            parses = self.parser.parse_many([(q.sentence.text, q.sentence.start) for q in batch])
            for question, parse in zip(batch, parses, strict=True):
                if question.parse is not None:
                    question.parse.fill(parse)
        self._lap("records")

    def _finish(self, read: ReadDocument) -> Extraction:
        if self.stages is not None:
            self.stages.start()
        mentions = [
            m if q is None else replace(m, date=q.answer())
            for m, q in zip((m for t in read.traces for m in t.mentions), read.asked, strict=True)
        ]
        self._lap("records")
        document = read.document
        tables = read_tables(document.id, document.text)
        if self.model is not None and self.model.targets is not None:
            mentions = fill_targets(self.model.targets, read.traces, mentions)
        prose = finished(read.traces, mentions, self.rules, self.taxonomy.cameo)
        prose = mediated_parties(read.traces, prose, self.taxonomy.cameo)
        rows = self.tables.mentions(
            document.id, document.text, document.published, tables, prose,
            document.title or "", partial(self._clause, document.published),
        )  # fmt: skip
        extraction = Extraction(
            document=document,
            sentences=read.sentences,
            # a row's records stand where the row does; sorted() keeps the rest in order
            mentions=tuple(sorted([*prose, *rows], key=lambda m: m.span[0])),
            tables=tables,
        )
        self._lap("document")
        return extraction

    def _clause(self, published: date | None, text: str) -> list[Mention]:
        """The records of one table cell written as a sentence, read as prose."""
        cell = Document(id="", text=text, published=published)
        return list(self.extract_all([cell])[0].mentions)

    def _remember_parties(self, context: DocumentContext, analysed: _Sentence) -> None:
        """After a sentence's records (which read its own parties): the last group named
        by nationality, boat and firm, which a later sentence's "the two men", "the
        vessel" or a crowd at "the mine" may point back at."""
        mentions = analysed.mentions
        context.nationals = introduced_people(analysed.tokens, mentions, self.rules) or (
            context.nationals
        )
        context.boat = named_boat(analysed, self.rules) or context.boat
        # "the Indian-owned Kafue Copper Refinery": a firm its owner's nationality names
        firm = next((m for m in reversed(mentions) if m.role == _FIRM), None)
        firm = firm or owned_firm(analysed.tokens, mentions, self.rules)
        context.firm = firm or context.firm

    def _lap(self, stage: str) -> None:
        if self.stages is not None:
            self.stages.lap(stage)

    def trace(
        self,
        document: Document,
        sentences: Sequence[Sentence] | None = None,
        asked: list[DateQuestion | None] | None = None,
    ) -> Iterator[SentenceTrace]:
        """What every stage found in each sentence (``watchfloor explain`` shows it).
        ``asked``, when given, collects one entry per record, in order: the question of
        its date still open for the parse (``_answer`` settles them, all at once), or
        None; the records carry the rules' date meanwhile. Without it, every question
        is answered as it comes."""
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
            styles=self._styles,
        )
        voice = self.voice
        context.title_actor = voice.title_actor(document)
        context.chamber = voice.names_chamber(document, body)
        context.home = (
            context.home
            or voice.chamber_country(body)
            or voice.publisher_country(document)
            or (voice.named_house_country(document) if context.chamber else None)
        )
        context.take_issuer(voice.issuer(document))
        context.demonyms = demonym_readings(self.rules.shared_demonyms, body, context.home)
        adversary = voice.adversary(document, context)
        skip_until = dateline_end(body)
        nearby: tuple[ActorMention, ...] = ()  # the learned proposer's actors from before
        for sentence in sentences:
            analysed = self._analyse(document, body, sentence, context, skip_until)
            if analysed is None:
                yield SentenceTrace(sentence, None, (), (), (), (), ())
                continue
            blocked = analysed.names
            triggers = find_triggers(analysed.tokens, self.rules, blocked)
            triggers = charges_read_as_acts(analysed.tokens, triggers, self.rules.single_words)
            self._lap("triggers")
            if triggers and analysed.mentions and self.parser is not None:
                # only a sentence with a trigger and an actor may be parsed, and only when
                # a question of syntax comes up: the rest make no event or need no parse
                parse = partial(self.parser.parse, sentence.text, sentence.start)
                analysed = replace(analysed, parse=LazyParse(parse))
            events = assemble(
                analysed.tokens, triggers, analysed.mentions, self.rules, analysed.claimant,
                analysed.parse, context.statement_voice(), analysed.places, context.crowd_home(),
                context.firm, context.nationals, context.events,
            )  # fmt: skip
            # "detained a trawler and its crew of seven": the crew's arrest beside the boat's
            events += crews_held(analysed.tokens, events, self.rules)
            events = [e for e in events if not _asked(analysed, e)]
            events = [e for e in events if not unreal(analysed, e, events, self.rules)]
            if self.model is not None:
                events += self._proposed(analysed, triggers, nearby, events)
            self._lap("arguments")
            # dates go to the nearest trigger that made an event ("moved by train" made none)
            anchors = tuple(act_anchor(analysed.tokens, e.trigger) for e in events)
            records = shared_scenes(
                events,
                tuple(
                    self.records.record(document, analysed, e, context, anchors, asked)
                    for e in events
                ),
            )
            if adversary is not None and not context.turns:
                records = aimed_at_adversary(records, context.home, adversary, self.taxonomy.cameo)
            for record in records:
                context.remember_event(record, self.taxonomy.cameo)
            self._remember_parties(context, analysed)
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
            self._lap("records")
            nearby = nearby_after(analysed.mentions, nearby)
            yield SentenceTrace(
                sentence, analysed, tuple(triggers), tuple(events), records, fallbacks, scenes
            )

    def _proposed(
        self,
        analysed: _Sentence,
        triggers: Sequence[Trigger],
        nearby: tuple[ActorMention, ...],
        made: Sequence[Assembled],
    ) -> list[Assembled]:
        """The learned model's events for a sentence, beside the rules' ``made``."""
        assert self.model is not None
        view = SentenceView(
            analysed.tokens, tuple(analysed.mentions), analysed.claimant, tuple(triggers),
            frozenset(e.code[:2] for e in made), nearby,
            frozenset(e.trigger.first for e in made),
        )  # fmt: skip
        cameo = self.taxonomy.cameo
        events = learned_events(self.model, view, self._codes)
        events = [e for e in events if not cameo.in_class(e.code, "rules_only")]
        events = [e for e in events if not _asked(analysed, e)]
        return [e for e in events if not unreal(analysed, e, events, self.rules)]

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
        self._lap("tokens")
        found = self._actor_mentions(tokens, body, context)
        if not context.turns and context.host is None:
            context.host = next((m for m in found if m.resolved), None)
        self._lap("actors")
        cues = find_cues(tokens, self.rules)
        attributions = find_attributions(tokens, found, cues)
        claim = best_claimant(attributions)
        claimant = _claimant_of(claim, context) if claim else context.speaker
        found = _owned_by_claimant(self.rules, tokens, found, claim, claimant)
        context.remember(found)
        context.define(defined_acronyms(tokens, found))
        context.define([a for a in (alias_of(m, tokens) for m in found) if a is not None])
        context.define(introduced_names(found, tokens, context.title_words))
        if claimant is not None:
            context.last_claimant = claimant
        self._lap("attribution")
        if sentence.text.rstrip().endswith("?"):
            return None
        denier = next(
            (_claimant_of(a, context) or claimant
             for a in denials_of_acts(tokens, attributions, self.rules)),
            None,
        )  # fmt: skip
        excluded = claimant_words(tokens, attributions, self.rules)
        excluded |= {i for a in attributions for i in range(a.cue_first, a.cue_last)}
        candidates = tuple(m for m in found if m.first not in excluded)
        places, said_at = self._places(tokens, body, found, attributions, context)
        self._lap("places")
        dates, said_on = self._dates(
            document, sentence, tokens, attributions, context, skip_until, words
        )
        self._lap("dates")
        quantities = tuple(
            q
            for q in find_quantities(sentence.text, sentence.start, self.rules.units, words)
            if q.start >= skip_until
        )
        self._lap("quantities")
        return _Sentence(
            sentence=sentence,
            tokens=tokens,
            cues=cues,
            mentions=candidates,
            names=frozenset(i for m in found for i in range(m.first, m.last)),
            claim=claim,
            claimant=claimant,
            denier=denier,
            dates=dates,
            said_on=said_on,
            places=places,
            said_at=said_at,
            quantities=quantities,
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
        every += context.the_waters(tokens, self.places.words.locative)
        context.remember_waters(every)
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
    ) -> tuple[tuple[DateMention, ...], tuple[DateMention, ...]]:
        """The sentence's dates, less those of the reporting itself ("said on Friday"),
        and those; they move the story's timeline on."""
        found = find_dates(
            sentence.text,
            sentence.start,
            context.session if context.turns and context.session else document.published,
            narrative=context.narrative,
            words=words,
        )
        reporting = _reporting_spans(tokens, attributions)
        found = [d for d in found if d.start >= skip_until]
        said_on = tuple(d for d in found if any(s <= d.start < e for s, e in reporting))
        dates = tuple(d for d in found if d not in said_on)
        # when a claim was made is not when it happened
        context.advance_narrative(dates)
        context.note_saying(said_on)
        if not context.turns and context.session is None:
            context.session = context.narrative
        return dates, said_on

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
            after_locative = tokens[i - 2].key in self.places.words.locative
            if not after_locative or _key_at(tokens, i + 1) in ("of", "'s"):
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

    def _turn(
        self, body: str, sentence: Sentence, tokens: tuple[Token, ...], context: DocumentContext
    ) -> tuple[Token, ...]:
        """At a line start, a transcript label ("SPOKESPERSON:") sets the speaker; a
        paragraph with no label goes on with the turn before it."""
        if sentence.start != 0 and body[sentence.start - 1] != "\n":
            return tokens
        turn = speaker_label(sentence.text, context.turns or context.chamber)
        if turn is None:
            if not context.turns:
                context.speaker = None
            return tokens
        label, words_start = turn
        context.turns = True
        label_tokens = tuple(t for t in tokens if t.end <= sentence.start + len(label))
        context.speaker = self._speaker(label_tokens, body, context)
        if context.chamber and context.home:
            if context.speaker is None:
                context.speaker = member(context.home, label)
            name = surname(label_tokens, self.actors.title_words)
            if name is not None and "(" in label:
                # "Senator WONG:" later is the minister "(Minister for Foreign Affairs)"
                context.aliases.setdefault(name, context.speaker)
        words = tuple(t for t in tokens if t.start >= sentence.start + words_start)
        return without_address(words, self.actors.find(words[:4], body, context.broken_case))

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
        found = without_seats(self._actor_mentions(label_tokens, body, context, allow_bare=True))
        roles = [m for m in named if m.kind == "role"]
        if roles and (not found or found[0].kind == "role"):
            # a briefing's "SPOKESPERSON:" speaks for its host: a body heading the
            # transcript ("NATO Headquarters"), else the government of its dateline, else
            # the state its heading or title names
            role, host = roles[-1], context.host or context.title_actor
            # a chamber hosts ministers too: they speak for the government
            if host is not None and host.kind in _HOSTS and host.role != "LEG":
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
        found = read_demonyms(self.actors.find(tokens, body, context.broken_case), context.demonyms)
        found = roles_from_countries(tokens, found)
        found = _not_money(tokens, found, self.rules.class_words("CURRENCY"))
        entities = recognized(self.parser, tokens, body)
        found = possessed_people(tokens, named_bodies(tokens, found, entities), entities)
        local = self._local_countries(tokens, body, found)
        seated = self.rules.class_words("SEATED")
        speakers = self.rules.class_words("SPEAKER")
        seat_end = 0
        for m in found:
            if m.first < seat_end:
                continue  # the capital of "the government in Kinshasa"
            head = next((o for o in found if o.first == m.last and not o.resolved), None)
            speaks = False
            if not m.resolved and head is not None:
                if tokens[title_end(head, tokens, context.title_words) - 1].key not in speakers:
                    continue  # "the White Army militia": the last role word is the head
                # "a militia spokesman": the militia speaks, the one the story named
                m = replace(m, last=head.last, end=head.end, text=f"{m.text} {head.text}")
                seat_end, speaks = head.last, True
            if not m.resolved:
                # "the soldiers", "the arriving units"
                definite = (
                    speaks
                    or m.first == 0
                    # "In response, the Government has decided ...": a capitalised body
                    # whose phrase carries its own article is as definite as one after it
                    or _own_article(tokens, m)
                    or any(t.key in DEFINITE for t in tokens[max(0, m.first - 2) : m.first])
                    or determiner_of(self.rules, tokens, m.first) in DEFINITE
                    or _bare_police(self.rules, tokens, m)
                )
                resolved = (
                    possessed_role(self.rules, m, tokens, out, context)
                    or placed_role(m, tokens, found)
                    or seated_role(m, tokens, found, seated)
                    or named_holder(m, tokens, context, entities)
                    # "X's navy sent ..., a navy spokesman said": the body the sentence
                    # itself named speaks, before the one the story named last
                    or (_sole_role_before(m, out, tokens) if speaks else None)
                    or (context.resolve(m) if (definite or allow_bare) else None)
                    or local_role(m, local)
                    or _sole_role_before(m, out, tokens)
                    or (context.title_police(m) if (definite or allow_bare) else None)
                    or (_officers_as_police(self.rules, context, m) if definite else None)
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
        out += group_mentions(self.rules, tokens, out, context)
        out += partner_mentions(self.rules, tokens, out, context)
        out += licence_holders(self.rules, tokens, out, context)
        out = within_groups(sorted(out, key=lambda m: m.first))
        out += pronoun_mentions(self.rules, tokens, out, context)
        return counterparts(self.rules, tokens, sorted(out, key=lambda m: m.first))

    def _local_countries(
        self, tokens: tuple[Token, ...], body: str, found: Sequence[ActorMention]
    ) -> list[str]:
        """The country of the sentence's most specific place, looked up only for a bare
        domestic role ("rebels") that needs it."""
        if not any(not m.resolved and m.role in DOMESTIC_ROLES for m in found):
            return []
        best = most_specific(self.places.find(tokens, body))
        return [best.entry.country] if best is not None and best.entry.country else []


def _bare_police(rules: Rules, tokens: tuple[Token, ...], m: ActorMention) -> bool:
    """ "On 15 August riot police cleared the road", "gendarmes fired tear gas": police
    go without an article in English, as a definite body does, so the story's own police
    are meant; "a police officer" or "a gendarme" is no body of the state."""
    if m.role != "COP" or tokens[m.last - 1].key not in rules.class_words("POLICE"):
        return False
    if m.first == 0:
        return True
    # a clause's subject: after punctuation, a date ("On 15 August"), or a word that
    # opens a clause; after a verb or preposition it is a modifier ("attack police
    # stations") or an object, not the body acting
    before = tokens[m.first - 1]
    return not before.text.isalpha() or before.is_capitalised or before.key in _OPENERS


def _officers_as_police(
    rules: Rules, context: DocumentContext, m: ActorMention
) -> ActorMention | None:
    """ "Officers seized 140 computers at the villa" after "Police raided a villa": bare
    officers (read as MIL) in a story that named no armed forces are the police it named
    or its home state's, as the annotators code them (blind batches 29-31). Asked after
    the MIL reading failed, so a story about an army keeps its officers."""
    if (
        m.role != "MIL"
        or not m.text
        or m.text.split()[-1].casefold() not in rules.class_words("BARE_OFFICERS")
    ):
        return None
    return context.resolve(replace(m, role=_POLICE_ROLE))


def _own_article(tokens: tuple[Token, ...], m: ActorMention) -> bool:
    """ "the Government" matched with its article and a capital: the state's body by its
    title, not "the government" of some state a story may not have named."""
    return (
        m.last - m.first >= 2
        and tokens[m.first].key in DEFINITE
        and tokens[m.last - 1].is_capitalised
    )


def _spare_the_collector() -> None:
    """The tables are ~10^6 objects that live as long as the process: frozen, no
    collection walks them again. Extraction makes many short-lived objects that their
    reference counts free; collecting every 20,000 allocations instead of 700 costs no
    memory worth naming and 5% less time. (Process-wide: a library user who tunes the
    collector should do so after building the extractor.)"""
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(20_000, middle, oldest)


def _sole_role_before(
    m: ActorMention, before: Sequence[ActorMention], tokens: tuple[Token, ...]
) -> ActorMention | None:
    """ "Lithuanian border guards detained 25 people, the border police said": a speaker
    named by a role the sentence gave to one state only, earlier, is that state's."""
    if m.last >= len(tokens) or tokens[m.last].key not in ("said", "says"):
        return None
    states = {b.country for b in before if b.resolved and b.role == m.role and b.role}
    return replace(m, code=states.pop() + m.role) if len(states) == 1 else None


def _not_money(
    tokens: tuple[Token, ...], found: list[ActorMention], currency: frozenset[str]
) -> list[ActorMention]:
    """Mentions that are not a currency's name: "250,000 Australian dollars", "25 million
    US dollars" name a sum, not a party the act is done to or by."""
    return [
        m for m in found
        if not (m.kind in ("country", "demonym") and not m.role and 0 <= m.last < len(tokens)
                and tokens[m.last].key in currency)
    ]  # fmt: skip
