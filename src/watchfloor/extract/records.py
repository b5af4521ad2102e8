"""An event's record: what a sentence's assembled event becomes once its date, place,
figure, source and certainty are settled (spec section 2), with the constructions that
recode it as it is made: a threat or an intent expressed, a target the document gives
("the strikes" after "struck Kyiv"), the country of the place it happens in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.anaphora import REACH, anaphoric_target
from watchfloor.extract.arguments import clause_of
from watchfloor.extract.based_groups import based_group_target
from watchfloor.extract.certainty import certainty_of, modal_anchor
from watchfloor.extract.chamber import house_target
from watchfloor.extract.claims import intent_expressed, scoped, threat_made
from watchfloor.extract.clauses import ClauseWords
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.crew_targets import crew_target
from watchfloor.extract.detainee_targets import detainee_target
from watchfloor.extract.events import Assembled
from watchfloor.extract.fields import (
    DateQuestion,
    FigureScope,
    act_anchor,
    event_place,
    event_quantity,
    own_dates,
    own_places,
    places_for,
)
from watchfloor.extract.home_government import home_government
from watchfloor.extract.national_targets import national_target
from watchfloor.extract.place_targets import host_target, place_target
from watchfloor.extract.protest_targets import protest_target
from watchfloor.extract.recalled_people import goods_owner, penalty_target, recalled_target
from watchfloor.extract.refusal_targets import refusal_target
from watchfloor.extract.rules import Rules
from watchfloor.models import Actor, Certainty, Document, Mention, Place
from watchfloor.taxonomy import Taxonomy


class RecordMaker:
    """Makes the records of a sentence's events; built once with the extractor."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        rules: Rules,
        clause_words: ClauseWords,
        capitals: Mapping[str, str],
    ) -> None:
        self._taxonomy = taxonomy
        self._rules = rules
        self._clause_words = clause_words
        self._capitals = capitals

    def record(
        self,
        document: Document,
        s: _Sentence,
        event: Assembled,
        context: DocumentContext,
        anchors: tuple[int, ...],
        asked: list[DateQuestion | None] | None = None,
    ) -> Mention:
        mention = threat_made(
            self._mention(document, s, event, anchors, asked), s, event, self._rules,
            self._taxonomy.cameo,
        )  # fmt: skip
        mention = intent_expressed(mention, s, event, self._rules, self._taxonomy.cameo)
        home = home_government(s, event, mention, self._taxonomy.cameo, self._rules)
        if home is not None:
            mention = replace(mention, actor2=home)  # a home party's own government
        if self._taxonomy.cameo.in_class(mention.code, "house_refusal") and mention.actor2 is None:
            # read in a chamber's record only: no noun after it points at a foreign doer
            house = house_target(context.chamber, context.home, mention, self._taxonomy.cameo)
            return replace(mention, actor2=house) if house is not None else mention
        # a verdict read as a fate clause names the act it judges before it (its subject)
        before = event.trigger.first - REACH if event.trigger.pattern.consequence else None
        target = anaphoric_target(
            mention, s.tokens, event.trigger.first + 1, self._rules, context.events,
            self._taxonomy.cameo, None if before is None else max(0, before),
        )  # fmt: skip
        if target is None:
            target = place_target(s, event, mention, self._taxonomy.cameo, self._rules)
        if target is None:
            target = crew_target(s, event, mention, self._rules, context.boat)
        if target is None:
            target = national_target(s, event, mention, self._taxonomy.cameo, self._rules)
        if target is None:
            target = host_target(s, event, mention, self._taxonomy.cameo, self._rules)
        if target is None:
            target = recalled_target(
                s, event, mention, self._taxonomy.cameo, self._rules, context.nationals
            )
        if target is None:
            target = goods_owner(mention, self._taxonomy.cameo, context.nationals)
        if target is None:
            target = penalty_target(mention, self._taxonomy.cameo, context.nationals, context.boat)
        if target is None:
            target = detainee_target(s, event, mention, self._taxonomy.cameo, self._rules)
        if target is None:
            target = based_group_target(s, event, mention, self._taxonomy.cameo, self._rules)
        if target is None:
            target = protest_target(event, mention, self._taxonomy.cameo, context.crowd_home())
        if target is None:
            target = refusal_target(mention, context.events, self._taxonomy.cameo)
        if mention.location is None:
            mention = replace(mention, location=self._seat(event.actor1))
        return replace(mention, actor2=target) if target is not None else mention

    def _seat(self, actor: ActorMention) -> Place | None:
        """ "the Helsinki district court charged": a court acts where it sits, in the
        capital that names it."""
        if actor.kind != "capital" or actor.role != "JUD":
            return None
        entry = self._taxonomy.gazetteer.lookup(self._capitals.get(actor.country, ""))
        return Place(entry.name, entry.country, entry.lat, entry.lon) if entry else None

    def _mention(
        self,
        document: Document,
        s: _Sentence,
        event: Assembled,
        anchors: tuple[int, ...],
        asked: list[DateQuestion | None] | None = None,
    ) -> Mention:
        # acts done by saying them: a claimant of the actor's own side relays, no source
        verbal = self._taxonomy.cameo.in_class(event.code, "speech")
        s = scoped(s, event, self._rules)
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
        # a trigger that spells its own negation ("does not and will not recognise": 120)
        # is a refusal made when said: no negation or modal before it makes it less made
        refusal = s.tokens[event.trigger.first].key in ("not", "never", "cannot")
        future = self._taxonomy.cameo.prefixes("future")
        modal_head = modal_anchor(s.tokens, event.head)
        certainty = certainty_of(
            event.code, s.cues, modal_head, clause_of(s.tokens, modal_head, modal_head + 1),
            litotes=litotes or refusal, future=(*future, event.code) if refusal else future,
            has_source=source is not None, denial=denial,
            asking=self._taxonomy.cameo.prefixes("asking"),
        )  # fmt: skip
        if certainty is Certainty.ASSERTED and source is not None:
            certainty = Certainty.REPORTED
        anchor = act_anchor(s.tokens, event.trigger)
        clause = (s.tokens[event.clause[0]].start, s.tokens[event.clause[1] - 1].end)
        own = own_dates(s.dates, anchor, anchors, s.tokens)
        trigger = (event.trigger.first, event.trigger.last)
        clues = (s.tokens, trigger, self._clause_words)
        question = DateQuestion(own, anchor, clause, s.parse, s.sentence, clues)
        if spoken and s.said_on:
            # "the army chief said yesterday that any attack would meet a response": the
            # saying is the act, and so is its day
            question = DateQuestion(s.said_on, anchor, clause, None, s.sentence, clues)
        if asked is not None:
            asked.append(question if question.open else None)
        date = question.unparsed() if asked is not None and question.open else question.answer()
        return Mention(
            doc=document.id,
            sentence=s.sentence.text,
            span=(s.sentence.start, s.sentence.end),
            code=event.code,
            goldstein=self._taxonomy.cameo.get(event.code).goldstein,
            actor1=Actor(event.actor1.code, event.actor1.text),
            actor2=Actor(event.actor2.code, event.actor2.text) if event.actor2 else None,
            certainty=certainty,
            date=date,
            location=event_place(
                own_places(places_for(event, s.places, self._taxonomy), anchor, anchors, s.tokens),
                clause,
                event.actor2.country if event.actor2 else None,
            )
            if not (spoken and s.said_at)
            else event_place(s.said_at, clause),
            quantity=event_quantity(
                [q for q in s.quantities if self._rules.counts(event.code, q.unit)], anchor, clause,
                FigureScope(s.tokens, trigger, s.parse, self._clause_words),
            ),
            source=Actor(source.code, source.text) if source else None,
        )


def shared_scenes(
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


