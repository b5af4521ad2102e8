"""Events in a sentence: a trigger from the pattern file, its actor (who acts) and
target, found from clause structure rather than word order alone.

- actor1 is the nearest actor before the trigger in its clause that is not inside a
  prepositional phrase (a possessor right before a noun trigger counts: "Russia's
  invasion"); in the passive ("were dispatched by Pyongyang") it is the "by" agent.
- actor2 is found as the pattern says: after a preposition ("to Russia"), or as the
  object; in the passive the object is the grammatical subject.
- Coordinated actors ("Washington, Seoul and Tokyo condemned") give one event each; a
  joint act ("X and Y signed") gives one, first-named first; a mutual one ("fought")
  gives one in each direction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.adjuncts import (
    caused_act,
    sayer_goes_on,
    shared_subject,
    spoken,
    verb_list_end,
)
from watchfloor.extract.appeals import first_requests
from watchfloor.extract.arguments import (
    _after_preposition,
    _clause_has,
    _condition_actor,
    _conjuncts_left,
    _conjuncts_right,
    _continues_previous_verb,
    _distinct,
    _distinct_countries,
    _has_break,
    _in_prep_phrase,
    _is_passive,
    _object,
    _plausible_targets,
    _possessor,
    _reduced_relative,
    _same_side,
    _subjects,
    _targets,
    answering_parties,
    clause_of,
    earlier_object,
    opens_own_subject,
    untold_verbs_subject,
)
from watchfloor.extract.crowd_targets import crowd_target
from watchfloor.extract.destinations import destination
from watchfloor.extract.envoy_hosts import hosted_envoys, recalled_envoy
from watchfloor.extract.firm_targets import possessed_firm
from watchfloor.extract.held_releases import held_release
from watchfloor.extract.issuer import speaks_for_state
from watchfloor.extract.lexicon import words
from watchfloor.extract.nameless import (
    antecedent_start,
    home_detainees,
    home_removal,
    nameless_crowd,
    recalled_removal,
)
from watchfloor.extract.nonacts import (
    VERBAL,
    _after_gerund_and,
    _definite_reference,
    _deliberated,
    _gerund_in_phrase,
    _nominal_in_phrase,
    _noun_not_verb,
)
from watchfloor.extract.owner_targets import owner_target
from watchfloor.extract.passives import acted_on, unnamed_agent
from watchfloor.extract.places import PlaceMention
from watchfloor.extract.roles import (
    act_agent,
    controlled_subject,
    may_name_controlled,
    may_name_target,
    parsed_target,
)
from watchfloor.extract.rules import EventPattern, Rules
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger, _overlaps, _within, _words
from watchfloor.models import Mention

_COORDINATORS = words("and or , ;")


@dataclass(frozen=True, slots=True)
class Assembled:
    """One event before attributes: codes and token positions."""

    code: str
    trigger: Trigger
    actor1: ActorMention
    actor2: ActorMention | None
    clause: tuple[int, int]
    head: int  # the verb whose negation and modality count: the first of coordinated verbs
    # kept only if the document gives it a target ("wants_target"); else ``fallback``
    # events of the same words stand
    tentative: bool = False
    fallback: bool = False
    learned: float = 0.0  # proposed by the learned model with this probability; 0: a rule's


def assemble(
    tokens: tuple[Token, ...],
    triggers: Sequence[Trigger],
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None = None,
    parse: LazyParse | None = None,
    voice: ActorMention | None = None,
    places: Sequence[PlaceMention] = (),
    home: str | None = None,
    firm: ActorMention | None = None,
    nationals: ActorMention | None = None,
    earlier: Sequence[Mention] = (),
) -> list[Assembled]:
    """Events from triggers; among overlapping triggers the longest that fits wins.
    ``claimant``: who the sentence says is speaking (not among ``candidates``);
    ``parse``: the sentence's dependency parse, when the trained parser is installed;
    ``voice``: the body an official statement speaks for, who does what it tells
    without naming anyone ("the chargé d'affaires was summoned"); ``places``: the
    sentence's places, where a visit may go ("to_place"); ``home``: the document's
    home country, where a nameless crowd stands when the sentence names no place;
    ``firm``: the firm the story last named, whose site a nameless crowd may act at;
    ``nationals``: the last people the story named by nationality, whom "the 38
    fishermen will be deported" sends off;
    ``earlier``: the story's records so far, whose latest holding act's doer lets go the
    people an agentless release points back at (held_releases.py)."""
    accepted: list[tuple[Trigger, list[Assembled]]] = []
    previous: list[Assembled] = []
    # a noun phrase that only names an event ("involved in arms transfers") blocks the
    # shorter triggers inside it too
    named = rules.class_words("EXERCISE") | rules.class_words("AGREEMENT")
    things = rules.class_words("THING") if "THING" in rules.classes else frozenset()
    deliberating = rules.class_words("DELIBERATING")
    nominal = [t for t in triggers
               if (_nominal_in_phrase(tokens, t, named) or _definite_reference(tokens, t)
                   or _deliberated(tokens, t, deliberating))
               and _possessor(tokens, t, candidates) is None]  # fmt: skip
    purposes: list[Trigger] = []
    for trigger in sorted(triggers, key=lambda t: (t.first, t.order)):
        purpose = _is_purpose(tokens, trigger, previous) and not caused_act(
            rules, tokens, trigger.first, candidates
        )
        # "blocked the road, demanding compensation": what a protest demands is its
        # purpose, no demand of its own (the annotators code the protest alone)
        purpose = purpose or _protest_demand(tokens, trigger, previous, rules)
        told = purpose and _demand_at_summons(trigger, previous, rules)
        purpose = purpose and not told
        if purpose:
            purposes.append(trigger)
        # "summoned the envoy to lodge a formal protest": the noun inside the purpose is
        # no act of its own either
        if purpose or any(_within(trigger, n) for n in [*nominal, *purposes]):
            continue
        if _restated(rules, tokens, trigger, previous):
            continue
        if _noun_not_verb(tokens, trigger, things, candidates, parse):
            continue
        made = [(e.trigger.first, e.actor1) for _, es in accepted for e in es]
        if trigger.pattern.consequence:
            events = _consequence(tokens, trigger, candidates, rules, claimant, made)
        elif trigger.pattern.answers:
            events = _answered(rules, tokens, trigger, candidates)
        elif trigger.pattern.disowned:
            events = _disowned(tokens, trigger, candidates, rules, claimant)
        else:
            events = _events_for(
                tokens, trigger, candidates, rules, previous, parse, made, claimant, voice,
                places, home, firm, nationals, earlier,
            )
        if told and events:
            # the summoner demands it of the summoned envoy's state
            events = [replace(events[0], actor1=e.actor1, actor2=e.actor2) for e in previous]
        if events:
            accepted.append((trigger, events))
            # a reduced relative ("the Treaty signed by Putin and Kim, and condemned")
            # is no main verb: the next "and ..." does not share its subject; nor does
            # a reading that starts inside the words just read (``_rereads``)
            if not _reduced_relative(tokens, trigger) and not _rereads(trigger, previous):
                previous = events
    # a pattern's gap reaching back past a closer start of the same pattern is spurious:
    # "the Treaty on Comprehensive Strategic Partnership signed" is "Partnership signed"
    accepted = [te for te in accepted if not any(
        o.pattern is te[0].pattern and o != te[0] and _within(o, te[0]) for o, _ in accepted
    )]  # fmt: skip
    accepted = _not_demanded(accepted, rules)
    readings = accepted
    accepted = _one_reading_per_verb(tokens, accepted)
    # the pattern that names more words wins, then the one covering more: "pledged to
    # resolve the dispute through talks" is about the dispute (three words), not about
    # talks eight words on (two)
    accepted.sort(key=lambda te: (-_words(te[0]), -(te[0].last - te[0].first), te[0].first,
                                  te[0].order))  # fmt: skip
    kept: list[tuple[Trigger, list[Assembled]]] = []
    for trigger, events in accepted:
        if not any(_overlaps(trigger, other) for other, _ in kept):
            kept.append((trigger, events))
    kept = first_requests(rules, tokens, readings, kept)
    kept += _fallbacks(accepted, kept)
    kept.sort(key=lambda te: te[0].first)
    return [event for _, events in _one_act_per_phrase(kept) for event in events]


def _protest_demand(
    tokens: tuple[Token, ...], trigger: Trigger, previous: Sequence[Assembled], rules: Rules
) -> bool:
    """ "downed tools, demanding the dismissal of the supervisors": a demand participle
    after a protest (14) in its sentence says what the protest is for (blind
    and dev gold: the protest alone in 46 of 49 such sentences)."""
    if not previous or not rules.in_code_class(previous[0].code, "protest"):
        return False
    word = tokens[trigger.first].key
    demand = rules.class_words("CROWD_DEMAND")
    asked = rules.in_code_class(trigger.pattern.code, "demand")
    return asked and word in demand and word.endswith("ing")


def _demand_at_summons(trigger: Trigger, previous: Sequence[Assembled], rules: Rules) -> bool:
    """ "summoned the ambassador to demand the crew's release": the envoy is called in to
    be told the demand, which is an act of its own beside the summons (a protest lodged
    there is the summons itself, and stays no second act)."""
    return (
        bool(previous)
        and rules.in_code_class(trigger.pattern.code, "demand")
        and any(rules.in_code_class(e.code, "summons") for e in previous)
    )


def _rereads(trigger: Trigger, previous: Sequence[Assembled]) -> bool:
    """The trigger starts inside the words of the previous event's: a second reading of
    words already read ("protest" in "lodged a protest with Tonga"), or one that begins
    inside an appeal ("halt the strikes" in "urged Israel to halt the strikes"), whose
    subject is the one asked; the next "and ..." goes on from the first reading."""
    if not previous:
        return False
    last = previous[0].trigger
    return last.first <= trigger.first < last.last and trigger != last


def _not_demanded(
    accepted: list[tuple[Trigger, list[Assembled]]], rules: Rules
) -> list[tuple[Trigger, list[Assembled]]]:
    """ "demands the immediate release of the fourteen fishermen": an act whose words
    begin inside a demand is what is asked for, not done, however many words its own
    pattern names."""
    asks = [t for t, _ in accepted if rules.in_code_class(t.pattern.code, "demand")]
    return [
        (trigger, events) for trigger, events in accepted
        if not any(a.first < trigger.first < a.last for a in asks)
        or rules.in_code_class(trigger.pattern.code, "demand")
    ]  # fmt: skip


def _one_act_per_phrase(
    kept: list[tuple[Trigger, list[Assembled]]],
) -> list[tuple[Trigger, list[Assembled]]]:
    """ "launched missile strikes on Pakistan": a trigger right after another of the same
    family, between the same actors, names the same act."""
    out: list[tuple[Trigger, list[Assembled]]] = []
    for trigger, events in kept:
        if out:
            last, before = out[-1]
            pairs = {(e.actor1.code, e.actor2.code if e.actor2 else None) for e in before}
            if (
                last.last == trigger.first
                and last.pattern.code[:2] == trigger.pattern.code[:2]
                and all((e.actor1.code, e.actor2.code if e.actor2 else None) in pairs
                        for e in events)
            ):  # fmt: skip
                continue
        out.append((trigger, events))
    return out


def _fallbacks(
    accepted: Sequence[tuple[Trigger, list[Assembled]]],
    kept: Sequence[tuple[Trigger, list[Assembled]]],
) -> list[tuple[Trigger, list[Assembled]]]:
    """For a tentative event, the best reading of its words that needs no target
    ("deployed troops": a mobilisation when the document sends them nowhere)."""
    tentative = [t for t, events in kept if events[0].tentative]
    out: list[tuple[Trigger, list[Assembled]]] = []
    for trigger, events in accepted:
        if events[0].tentative or any(_overlaps(trigger, o) for o, _ in kept if o not in tentative):
            continue
        if any(_overlaps(trigger, t) for t in tentative) and not any(
            _overlaps(trigger, o) for o, _ in out
        ):
            out.append((trigger, [replace(e, fallback=True) for e in events]))
    return out


def _one_reading_per_verb(
    tokens: tuple[Token, ...], accepted: list[tuple[Trigger, list[Assembled]]]
) -> list[tuple[Trigger, list[Assembled]]]:
    """Readings of one verb in one CAMEO family differ only in the act named."""
    best: dict[tuple[int, str], int] = {}  # indexes: compiled tuples have no stable id
    for i, (trigger, _) in enumerate(accepted):
        key = (trigger.first, trigger.pattern.code[:2])
        held = best.get(key)
        if held is None or _better_reading(tokens, trigger, accepted[held][0]):
            best[key] = i
    kept = set(best.values())
    return [te for i, te in enumerate(accepted) if i in kept]


def _better_reading(tokens: tuple[Token, ...], a: Trigger, b: Trigger) -> bool:
    """The most specific pattern wins (a code "not specified below" least); between
    equals, the longer one, unless it reaches past "and" into a second act: "urged X to
    show restraint and to return to dialogue" is an appeal for restraint (0256), while
    "threatened to ban opposition rallies" names one act (1321, not 1322)."""

    def specific(t: Trigger) -> tuple[bool, int]:
        return (t.pattern.code[2:] == "0", -_words(t))

    if specific(a) != specific(b):
        return specific(a) < specific(b)
    if a.last == b.last:
        return a.order < b.order
    short, long = (a, b) if a.last < b.last else (b, a)
    crosses = any(t.key in _COORDINATORS for t in tokens[short.last : long.last])
    return (short if crosses else long) is a


def _restated(
    rules: Rules, tokens: tuple[Token, ...], trigger: Trigger, previous: list[Assembled]
) -> bool:
    """ "sent diplomatic notes to India and China protesting their decision": a participle
    after a spoken act of its own kind, in the same clause, says what that act said; it
    is no second act (nor one of the targets')."""
    word = tokens[trigger.first]
    if not previous or not word.key.endswith("ing") or not word.text.islower():
        return False
    last = previous[0].trigger
    code = trigger.pattern.code
    if not spoken(rules, code) or last.pattern.code[:2] != code[:2] or last.last > trigger.first:
        return False
    return clause_of(tokens, last.first, last.last) == clause_of(
        tokens, trigger.first, trigger.last
    )


def _is_purpose(tokens: tuple[Token, ...], trigger: Trigger, previous: list[Assembled]) -> bool:
    """ "sent troops to train", "sending troops to fight for Russia": an infinitive after
    another event's words says what that event is for; it is no event of its own."""
    if trigger.first == 0 or tokens[trigger.first - 1].key != "to" or not previous:
        return False
    if previous[0].tentative:
        return False  # it may yet fall: "send units to train alongside" still trains
    last = previous[0].trigger
    if not last.last <= trigger.first or _has_break(tokens, last.last, trigger.first):
        return False
    # "signed a contract ..., and Russia is expected to deliver": a clause of its own
    between = [t.key for t in tokens[last.last : trigger.first]]
    return not any(
        k in ("and", "but") and any(v in VERBAL for v in between[i:])
        for i, k in enumerate(between)
    )


def _within_words(m: ActorMention, trigger: Trigger) -> bool:
    return trigger.first <= m.first and m.last <= trigger.last and bool(m.role)


def _previous_subjects(previous: Sequence[Assembled]) -> list[ActorMention]:
    """Who did the earlier verb, grammatically: "has received tanks from Germany, and has
    bought drones from Turkey": the one who received, not the giver its event reverses."""
    return _distinct([e.actor2 if e.trigger.pattern.reverse and e.actor2 else e.actor1
                      for e in previous])  # fmt: skip


def _participle_within(
    tokens: tuple[Token, ...], trigger: Trigger, actor_ends: frozenset[int]
) -> bool:
    """ "was invited to the Ministry": a passive whose participle stands inside the
    trigger, neither first nor last."""
    return any(_is_passive(tokens, j, actor_ends) for j in range(trigger.first, trigger.last))


def _events_for(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    previous: list[Assembled],
    parse: LazyParse | None = None,
    made: Sequence[tuple[int, ActorMention]] = (),
    claimant: ActorMention | None = None,
    voice: ActorMention | None = None,
    places: Sequence[PlaceMention] = (),
    home: str | None = None,
    firm: ActorMention | None = None,
    nationals: ActorMention | None = None,
    earlier: Sequence[Mention] = (),
) -> list[Assembled]:
    pattern = trigger.pattern
    clause = clause_of(tokens, trigger.first, trigger.last)
    actor_ends = frozenset(m.last for m in candidates)
    # "is alarmed by Togo's decision": a state of mind, whose "by" is its cause
    feeling = rules.class_words("FEELING")
    passive = not any(t.key in feeling for t in tokens[trigger.first : trigger.last]) and (
        _is_passive(tokens, trigger.first, actor_ends)
        or _is_passive(tokens, trigger.last - 1, actor_ends)
    )
    # "designating entities involved in producing and shipping missiles": "shipping" goes
    # with "producing", not with the earlier verb
    continues = (
        bool(previous)
        and _continues_previous_verb(tokens, trigger.first)
        and not (_after_gerund_and(tokens, trigger.first)
                 and previous[0].trigger.last < trigger.first - 2)
        and not opens_own_subject(tokens, previous[0].trigger.last, trigger.first, candidates)
    )  # fmt: skip
    if continues and passive:
        # "held talks ... and was received by Putin": Putin receives the earlier subject
        agents = _after_preposition(tokens, "by", trigger.last, clause[1], candidates)
        if agents:
            return _pairs(pattern, trigger, agents, _previous_subjects(previous),
                          clause, previous[0].head, mutual=False)  # fmt: skip
    unnamed = False
    if continues:
        subjects = _previous_subjects(previous)
        head = previous[0].head
        reported = previous[0].trigger.first
        if claimant is not None and sayer_goes_on(
            rules, pattern.code, claimant, reported, subjects
        ):
            # "Seoul said Pyongyang fired missiles and urged it to return to talks"
            subjects, head = [claimant], trigger.first
    else:
        subjects = _subjects(tokens, trigger, candidates, clause, passive)
        head = trigger.first
        # "sent troops to help Russia fight": the complement's own subject fights
        controlled = None
        control = rules.class_words("CONTROL_VERB")
        if parse is not None and may_name_controlled(tokens, trigger.first, candidates, control):
            controlled = controlled_subject(
                parse.get(), tokens, trigger.first, candidates, control
            )
        if controlled is not None:
            subjects = _conjuncts_left(tokens, controlled, candidates)
        main = shared_subject(rules, tokens, trigger.first, candidates, made, passive)
        if main is not None:
            # the nearest actor before a participle is the main verb's object, not its
            # subject: with no main subject known, no one does the act
            subjects = main
        elif earlier_object(tokens, subjects, [e.actor2 for e in previous if e.actor2],
                            trigger.first):  # fmt: skip
            subjects, continues = _previous_subjects(previous), True
        elif not (passive or pattern.reverse) and (
            untold := untold_verbs_subject(tokens, subjects, candidates, trigger.first)
        ):
            subjects = untold
        elif _continues_previous_verb(tokens, trigger.first) and claimant is not None:
            # "Two Israeli officials told reporters that talks had stalled, and accused
            # Cairo": with no actor in the clause between, the speakers go on
            first = min((s.first for s in subjects), default=trigger.first)
            if sayer_goes_on(rules, pattern.code, claimant, first, subjects):
                subjects = [claimant]
        # "Nine men were arrested in raids": the subject is acted on, not acting; who
        # acts is settled below, once an envoy's host has had its say
        unnamed = main is None and passive and acted_on(rules, tokens, trigger, clause[1])
    if not subjects and (pattern.mutual or pattern.joint):
        # "an exchange of fire between Indian and Pakistani troops": both sides act; "a
        # round of talks between Hanoi and Manila": a shared act, the first-named first
        sides = _distinct_countries(
            _after_preposition(tokens, "between", trigger.last, clause[1], candidates)
        )
        if len(sides) < 2:
            return []
        return _pairs(pattern, trigger, sides[:1], sides[1:], clause, head, pattern.mutual)
    crowd: list[ActorMention] = []
    if not subjects and not continues:
        subjects = crowd = nameless_crowd(tokens, trigger, clause, rules, places, home)
    if not subjects and unnamed:
        held = home_detainees(tokens, trigger, clause, candidates, rules, claimant, home)
        if held and claimant is not None:
            return _pairs(pattern, trigger, [claimant], held, clause, head, mutual=False)
    if not subjects and unnamed:
        # "Four of them were deported to Beirut, the immigration service said": a nameless
        # group removed is removed by the story's own state, as when no one tells of it
        gone = home_removal(tokens, trigger, clause, candidates, home, rules)
        if gone is not None:
            return _pairs(pattern, trigger, [gone[0]], [gone[1]], clause, head, False)
        # "Police said the 38 fishermen will be deported": no destination, but the group
        # the story named by nationality is sent off by the story's own state
        sent = recalled_removal(tokens, trigger, clause, candidates, home, claimant, rules,
                                nationals)  # fmt: skip
        if sent is not None:
            return _pairs(pattern, trigger, [sent[0]], [sent[1]], clause, head, False)
    if not subjects and unnamed:
        # "The other two were released without charge": the holder lets its people go
        freed = held_release(tokens, trigger, clause, candidates, rules, earlier)
        if freed is not None:
            return _pairs(pattern, trigger, [freed[0]], [freed[1]], clause, head, False)
    if not subjects:
        return []
    # The thing sent or used is not the one who acts: "Russian forces sent" needs its
    # military word elsewhere in the clause; but in a fight the weapon named in the
    # subject is the means ("Russian warplanes pounded" is an air strike).
    own = passive or rules.in_code_class(pattern.code, "fight")
    skip = set() if own else {i for s in subjects for i in range(s.first, s.last)}
    named = (antecedent_start(tokens, clause[0]), clause[1])
    if not all(_clause_has(tokens, named, rules.classes[n], skip) for n in pattern.needs):
        return []
    # a crowd before a relative clause is the clause's own ("pilgrims who were stuck")
    crowded = (antecedent_start(tokens, clause[0]), clause[1])
    if not all(_clause_has(tokens, crowded, rules.classes[n], set()) for n in pattern.needs_by):
        return []
    if any(_clause_has(tokens, clause, rules.classes[n], set()) for n in pattern.not_by):
        return []
    if pattern.official and not all(speaks_for_state(s) for s in subjects):
        return []
    if pattern.recall:
        recalled = recalled_envoy(tokens, trigger, subjects, candidates, rules) if passive else None
        if recalled is None:
            return []
        return _pairs(pattern, trigger, [recalled[0]], [recalled[1]], clause, head, False)
    speaker = claimant or voice
    if pattern.host and not continues and (
        passive or _participle_within(tokens, trigger, actor_ends)
    ):
        hosted = hosted_envoys(tokens, trigger, subjects, candidates, clause, speaker, rules)
        if hosted is not None:
            # "the French ambassador in Moroni was summoned": the host acts on the envoy
            return _pairs(pattern, trigger, hosted.hosts, hosted.envoys, clause, head, False)
    if unnamed and speaker is None:
        # "Nine of the helpers were deported to Manila": with no agent and no one telling
        # it, the story's own state removes them to where they are sent
        removed = home_removal(tokens, trigger, clause, candidates, home, rules)
        if removed is not None:
            return _pairs(pattern, trigger, [removed[0]], [removed[1]], clause, head, False)
    if unnamed:
        held = subjects
        subjects = unnamed_agent(speaker, subjects)
        if not subjects:
            # "Three of the detained Moldovans were freed": the holder lets them go
            freed = held_release(tokens, trigger, clause, held, rules, earlier)
            if freed is None:
                return []
            return _pairs(pattern, trigger, [freed[0]], [freed[1]], clause, head, False)
    how, targets = _targets(tokens, trigger, candidates, clause, passive, subjects)
    own_side = all(any(_same_side(t, s) for s in subjects) for t in targets)
    if own_side and not passive:
        # "summoned the head of the EU delegation": the act falls on the object's owner;
        # so it does past the speaker's own label ("criticised what it called the
        # conduct of ..."), whose "it" is no target
        owned_how, owners = owner_target(rules, tokens, trigger, clause[1], candidates)
        if owners or not targets:
            how, targets = owned_how, owners
    # a target the windows cannot reach: "lodged a protest with the Hungarian ambassador";
    # asked of the parse only when one of the pattern's prepositions follows the trigger
    after = {t.key for t in tokens[trigger.last : clause[1]]}
    slots = [p for p in pattern.targets if p in after]
    reach = bool(slots) and may_name_target(tokens, slots, candidates)
    if not targets and not passive and reach and parse is not None:
        how, found = parsed_target(parse.get(), tokens, trigger.first, slots, candidates)
        targets = [found] if found is not None and found not in subjects else []
    listed = None
    if "obj" in pattern.targets:
        # the list may also stand inside the trigger's gap: "trained and equipped the
        # Libyan coast guard" matched as "train ~ guard"
        listed = verb_list_end(rules, tokens, trigger.last) or verb_list_end(
            rules, tokens, trigger.first + 1
        )
    if not targets and not passive and listed is not None:
        # "trained, equipped and paid Malian soldiers": the list's object is each verb's
        targets = _object(tokens, listed, clause[1], candidates)
        how = "obj" if targets else how
    if not targets and not passive and "obj" in pattern.targets and parse is not None:
        # "condemned the capture of Pinga by M23": aimed at whoever did the act
        targets = _act_agent(tokens, trigger, candidates, clause, parse, rules)
        how = "agent" if targets else how
    if continues and not targets and pattern.targets:
        # "accused Washington of ... and warned of countermeasures": the same target
        targets = _distinct([e.actor2 for e in previous if e.actor2 is not None])
    if not targets and rules.in_code_class(pattern.code, "conditional_threat"):
        # "would intervene if China tried to take Taiwan": the threat is aimed at the
        # actor whose act would set it off
        targets = _condition_actor(tokens, trigger.last, candidates)
    people = rules.class_words("PEOPLE_NOUN")
    custody = rules.in_code_class(pattern.code, "home_custody")
    targets = _plausible_targets(rules, pattern, subjects, targets, tokens, people, custody)
    if not targets and _gerund_in_phrase(tokens, trigger):
        return []  # "in fighting that lasted days": a noun, not a report of who fought whom
    sides = _distinct_countries(subjects)
    many = len(sides) > 1
    if pattern.mutual and many and not targets:
        # "Azerbaijani and Armenian troops exchanged fire": each side fires at the other
        return _pairs(pattern, trigger, sides[:1], sides[1:], clause, head, mutual=True)
    shared = (pattern.joint or pattern.plural) and many
    if pattern.to_place and not targets and not shared:
        targets = destination(tokens, trigger.last - 1, clause[1], places, subjects, rules)
    if crowd and not targets:
        # "blocked the highway, demanding that the government ...": whom it demands of
        targets = crowd_target(tokens, trigger.last, candidates, crowd[0], rules, firm)
    if crowd and not targets:
        return []  # a nameless crowd's act is told for whom it is aimed at, or not kept
    if not targets and not passive:
        # "suspended the company's operating licence": the firm the story last named
        targets = possessed_firm(tokens, trigger, candidates, rules, firm)
    if pattern.needs_target and not targets and not shared:
        if pattern.wants_target:
            events = _pairs(pattern, trigger, subjects, [], clause, head, mutual=False)
            return [replace(e, tentative=True) for e in events]
        return []
    # "X fought Y" and "X clashed with Y" go both ways; "X fought against Y" does not
    mutual = pattern.mutual and how in ("obj", "with")
    if pattern.reverse:  # "Russia received Iranian missiles": Iran gives, Russia receives
        if not targets:
            return []
        # "tanks from Germany and howitzers from France": each gives; "bought drones from
        # Turkey" read as Turkey's drones: the drones, words of the trigger, are what is
        # given, not the giver's role
        givers = [replace(t, code=t.country, role="") if _within_words(t, trigger) else t
                  for t in targets]  # fmt: skip
        subjects, targets = givers, subjects
    return _pairs(pattern, trigger, subjects, targets, clause, head, mutual)


# how far after a reaction its object's relative clause may open: "condemned the raid
# on the embassy, which Ecuadorian police carried out"
_RELATIVE_REACH = 8
# how far into a relative clause its subject may stand ("which the Ecuadorian police")
_AGENT_REACH = 4


def _act_agent(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    parse: LazyParse,
    rules: Rules,
) -> list[ActorMention]:
    """The doer of the act the trigger's object names; asked of the parse only when the
    clause after the trigger has a "by", an "of" with a target after it or after a deed
    ("the decision of"), or a relative clause follows ("the raid, which police ...")."""
    after = [t.key for t in tokens[trigger.last : clause[1]]]
    deeds = rules.single_words["DEED"]
    agentive = "by" in after or (
        "of" in after and any(k in ("against", "on") for k in after[after.index("of") :])
    )
    agentive = agentive or any(k in deeds and n == "of" for k, n in pairwise(after))
    near = tokens[trigger.last : min(len(tokens), trigger.last + _RELATIVE_REACH)]
    agentive = agentive or any(t.key in ("which", "whom") for t in near)
    # "that" after the act's noun ("the exercise that Greek forces staged"), not what a
    # demand or a report says ("demands that Russia withdraw", "reports that Pyongyang")
    charges = rules.single_words["CHARGE"]
    agentive = agentive or any(
        t.key == "that" and i > 0 and near[i - 1].key not in charges
        for i, t in enumerate(near)
    )
    # the doer is one of the sentence's actors, after the trigger: with none there, no parse
    reach = max(clause[1], trigger.last + _RELATIVE_REACH + _AGENT_REACH)
    if not agentive or not any(trigger.last <= m.first < reach for m in candidates):
        return []
    found = act_agent(parse.get(), tokens, trigger.first, trigger.last, candidates, deeds)
    return [] if found is None else _conjuncts_right(tokens, found, candidates)


def _consequence(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None,
    made: Sequence[tuple[int, ActorMention]] = (),
) -> list[Assembled]:
    """ "warned the rebels that they would pay a heavy price", "said any Greek provocation
    would meet a firm response": the fate foretold is a threat by whoever warns or says
    it; its target is whom "warned" names, else the actor the fate falls on."""
    clause = clause_of(tokens, trigger.first, trigger.last)
    warn = _single_words(rules, "warn")
    speech = warn | _single_words(rules, "say")
    cue = next((j for j in range(trigger.first - 1, -1, -1) if tokens[j].key in speech), None)
    # what the fate needs may stand in the verb that foretells it ("warned that the owner
    # would be fined" needs a warning): the clause is read from that verb on
    needed = clause if cue is None else (min(cue, clause[0]), clause[1])
    if not all(_clause_has(tokens, needed, rules.classes[n], set()) for n in trigger.pattern.needs):
        return []
    subjects: list[ActorMention] = []
    targets: list[ActorMention] = []
    if cue is not None:
        cue_clause = clause_of(tokens, cue, cue + 1)
        spoken = Trigger(trigger.pattern, cue, cue + 1, trigger.order)
        subjects = _subjects(tokens, spoken, candidates, cue_clause, passive=False)
        # "summoned the envoy and warned that ...", ", warning that ...": the main subject
        latest = max((at for at, _ in made if at < cue), default=-1)
        if _continues_previous_verb(tokens, cue) and latest >= 0:
            subjects = _distinct([a for at, a in made if at == latest])
        subjects = shared_subject(rules, tokens, cue, candidates, made, False) or subjects
        if tokens[cue].key in warn:
            targets = _object(tokens, cue + 1, cue_clause[1], candidates)
    if not subjects and claimant is not None:
        subjects = [claimant]  # "X said": the claimant phrase is no candidate actor
    if not subjects:
        return []  # a fate no one foretells ("they paid a heavy price") threatens nobody
    if not targets:
        # the one the fate falls on: "any Turkish provocation", "any attack by Baku"
        lo = clause[0] if cue is None else max(cue + 1, clause[0])
        fated = [
            m for m in candidates if lo <= m.first and m.last <= trigger.first
            and (not _in_prep_phrase(tokens, m) or tokens[m.first - 1].key == "by")
        ]  # fmt: skip
        targets = _conjuncts_left(tokens, fated[-1], candidates) if fated else []
        if any(t.country == s.country for t in targets for s in subjects):
            return []  # "X said it would pay a price" is no threat of X's
    targets = _plausible_targets(rules, trigger.pattern, subjects, targets)
    events = _pairs(
        trigger.pattern, trigger, subjects, targets, clause, trigger.first, mutual=False
    )
    if trigger.pattern.wants_target and not targets:
        # a verdict on an act the story told ("said the attack was unacceptable") stands
        # only if that act's doer is found (anaphora.py)
        return [replace(e, tentative=True) for e in events]
    return events


# "not directed at the Mongolian people": how far after the trigger the state it names may
# open (an article, a quotation mark)
_DISOWN_REACH = 2


def _disowned(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None,
) -> list[Assembled]:
    """ "said the raids were "not directed at Sri Lanka"", "the measure is not aimed at
    the Mongolian people, the ministry said": whoever says so, not the measure, denies
    aiming it at the state named right after "at" or "against" (016); "not directed
    against any third country" names no one and makes no event."""
    clause = clause_of(tokens, trigger.first, trigger.last)
    end = min(clause[1], trigger.last + _DISOWN_REACH + 1)
    targets = [m for m in candidates if trigger.last <= m.first < end][:1]
    if not targets:
        return []
    say = _single_words(rules, "say")
    cue = next((j for j in range(trigger.first - 1, -1, -1) if tokens[j].key in say), None)
    subjects: list[ActorMention] = []
    if cue is not None:
        spoken = Trigger(trigger.pattern, cue, cue + 1, trigger.order)
        subjects = _subjects(tokens, spoken, candidates, clause_of(tokens, cue, cue + 1), False)
    if not subjects and claimant is not None:
        subjects = [claimant]  # "X said": the claimant phrase is no candidate actor
    subjects = [s for s in subjects if s.country != targets[0].country]
    if not subjects:
        return []
    return _pairs(trigger.pattern, trigger, subjects, targets, clause, trigger.first, mutual=False)


def _answered(
    rules: Rules, tokens: tuple[Token, ...], trigger: Trigger, candidates: Sequence[ActorMention]
) -> list[Assembled]:
    actors, targets = answering_parties(rules, tokens, trigger, candidates)
    targets = _plausible_targets(rules, trigger.pattern, actors, targets)
    if not targets:
        return []
    clause = clause_of(tokens, trigger.first, trigger.last)
    return _pairs(trigger.pattern, trigger, actors, targets, clause, trigger.first, mutual=False)


def _single_words(rules: Rules, kind: str) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in rules.cues[kind] if len(phrase) == 1)


def _pairs(
    pattern: EventPattern,
    trigger: Trigger,
    subjects: list[ActorMention],
    targets: list[ActorMention],
    clause: tuple[int, int],
    head: int,
    mutual: bool,
) -> list[Assembled]:
    code, joint = pattern.code, pattern.joint
    if pattern.plural and len(_distinct_countries(subjects)) > 1:
        code, joint = pattern.plural, True
    if joint and len(_distinct_countries(subjects)) > 1:
        first, *others = _distinct_countries(subjects)
        pairs: list[tuple[ActorMention, ActorMention | None]] = [(first, o) for o in others]
    else:
        objects: list[ActorMention | None] = [*targets] or [None]
        pairs = [(s, t) for s in subjects for t in objects]
    if mutual:
        pairs += [(t, s) for s, t in pairs if t is not None]
    seen: set[tuple[str, str | None]] = set()
    events = []
    for actor1, actor2 in pairs:
        key = (actor1.code, actor2.code if actor2 else None)
        if key not in seen:
            seen.add(key)
            events.append(Assembled(code, trigger, actor1, actor2, clause, head))
    return events
