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

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.lexicon import AUXILIARIES, BE, DETERMINERS, PREPOSITIONS, words
from watchfloor.extract.roles import controlled_subject, parsed_target
from watchfloor.extract.rules import EventPattern, Rules, Slot, is_codename
from watchfloor.extract.syntax import CONTROL_VERBS, LazyParse
from watchfloor.extract.text import Token

OBJECT_REACH = 8
FIGHT = "19"
_PUNCTUATION = words("; : — – ( ) ? ! , .")
HARD_BREAK = words(
    "; : — – ( ) ? ! while whereas but although though because where which who whom that"
)
_DETERMINERS = DETERMINERS | {"'s"}
_NO_VERB = PREPOSITIONS | _DETERMINERS | {"and", "or", "but"}
_DEFINITE_POINTERS = words("the this that these those such")
_SPEAKERS = words(
    "spokesman spokeswoman spokesperson spokespeople official officials representative "
    "envoy adviser advisor aide"
)
_CALENDAR = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)
_SUBORDINATORS = words("after before since until as because once")
_APPROXIMATORS = words("about around over some nearly roughly approximately almost")
_VERBAL = AUXILIARIES | BE | words("must do")
_ADJECTIVE_ENDINGS = (
    "al", "ic", "ive", "ous", "ent", "ant", "ary", "ful", "less", "ish", "ile", "cit", "ional"
)  # fmt: skip
_COLLECTIONS = words("package packages round rounds set series raft wave tranche list")
_LIGHT_VERBS = words("part engaged engage engages participated participate joined")
_ADVERBS = words("also later then strongly sharply again jointly formally officially")
_PARTITIVES = words(
    "dozens hundreds thousands millions tens some many most all several number group groups "
    "column columns contingent contingents unit units convoy batch team delegation members "
    "part rest majority"
)
_COORDINATORS = words("and or , ;")
_QUOTES = frozenset(['"', "“", "”", "'"])
_IRREGULAR_PARTICIPLES = words(
    "sent given held shown taken hit struck fought built brought made done seen sold drawn "
    "flown put laid frozen broken shot ferried carried supplied"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: EventPattern
    first: int
    last: int
    order: int  # the pattern's line, for ties


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


def find_triggers(
    tokens: tuple[Token, ...], rules: Rules, blocked: frozenset[int]
) -> list[Trigger]:
    """Every pattern match whose first word is not inside an actor or claimant phrase."""
    found: list[Trigger] = []
    for i, token in enumerate(tokens):
        if i in blocked:
            continue
        noun = _plural_noun(tokens, i)
        for order, pattern in enumerate(rules.patterns.get(token.key, ())):
            if noun and len(pattern.slots) == 1:
                continue  # a one-word trigger in -s is a verb: "Iran ships drones"
            end = _match(pattern.slots, tokens, 0, i)
            if end is not None:
                found.append(Trigger(pattern, i, end, order))
    return found


def _plural_noun(tokens: tuple[Token, ...], i: int) -> bool:
    """ "sending ships and aircraft", "two ships", "the ships": after a gerund, a number
    or a determiner a word in -s is a plural noun, not a verb ("Iran ships drones")."""
    if i == 0 or not tokens[i].key.endswith("s") or tokens[i].key.endswith("ss"):
        return False
    before = tokens[i - 1]
    gerund = before.key.endswith("ing") and before.text.islower() and len(before.key) > 5
    return gerund or before.text[:1].isdigit() or before.key in DETERMINERS - {"his", "her"}


def assemble(
    tokens: tuple[Token, ...],
    triggers: Sequence[Trigger],
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None = None,
    parse: LazyParse | None = None,
) -> list[Assembled]:
    """Events from triggers; among overlapping triggers the longest that fits wins.
    ``claimant``: who the sentence says is speaking (not among ``candidates``);
    ``parse``: the sentence's dependency parse, when the trained parser is installed."""
    accepted: list[tuple[Trigger, list[Assembled]]] = []
    previous: list[Assembled] = []
    # a noun phrase that only names an event ("involved in arms transfers") blocks the
    # shorter triggers inside it too
    named = rules.class_words("EXERCISE") | rules.class_words("AGREEMENT")
    nominal = [t for t in triggers
               if (_nominal_in_phrase(tokens, t, named) or _definite_reference(tokens, t))
               and _possessor(tokens, t, candidates) is None]  # fmt: skip
    for trigger in sorted(triggers, key=lambda t: (t.first, t.order)):
        if _is_purpose(tokens, trigger, previous) or any(_within(trigger, n) for n in nominal):
            continue
        if trigger.pattern.consequence:
            events = _consequence(tokens, trigger, candidates, rules, claimant)
        else:
            events = _events_for(tokens, trigger, candidates, rules, previous, parse)
        if events:
            accepted.append((trigger, events))
            # a reduced relative ("the Treaty signed by Putin and Kim, and condemned")
            # is no main verb: the next "and ..." does not share its subject
            if not _reduced_relative(tokens, trigger):
                previous = events
    # a pattern's gap reaching back past a closer start of the same pattern is spurious:
    # "the Treaty on Comprehensive Strategic Partnership signed" is "Partnership signed"
    accepted = [te for te in accepted if not any(
        o.pattern is te[0].pattern and o != te[0] and _within(o, te[0]) for o, _ in accepted
    )]  # fmt: skip
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
    kept += _fallbacks(accepted, kept)
    kept.sort(key=lambda te: te[0].first)
    return [event for _, events in _one_act_per_phrase(kept) for event in events]


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


def _words(trigger: Trigger) -> int:
    """Word slots of the pattern: "hold ~ marathon ~ talks" says more than "hold ~ talks"."""
    return sum(1 for slot in trigger.pattern.slots if not slot.gap)


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
        k in ("and", "but") and any(v in _VERBAL for v in between[i:])
        for i, k in enumerate(between)
    )


def _nominal_in_phrase(
    tokens: tuple[Token, ...], trigger: Trigger, named: frozenset[str] = frozenset()
) -> bool:
    """A noun trigger inside a prepositional phrase ("involved in arms transfers",
    "concern over the deployment") names an event; it does not report one."""
    word = tokens[trigger.first].key
    last = tokens[trigger.last - 1].key
    if any(w.endswith(("ing", "ed")) or w in _IRREGULAR_PARTICIPLES for w in (word, last)):
        return False  # a verb: "the Treaty ... signed by Putin and Kim"
    if trigger.first > 0 and tokens[trigger.first - 1].key == "to":
        return False  # an infinitive: "likely to use", "agreed to provide"
    # skip determiners, adjectives ("for independent sanctions") and, before a named
    # exercise or treaty, its name ("for the Maritime Security Belt exercise")
    j, adjectives = trigger.first - 1, 0
    while j >= 0 and adjectives < 4:
        token = tokens[j]
        if token.key in _DETERMINERS - {"'s"}:
            j -= 1
        elif _adjective(token) or (word in named and token.is_capitalised):
            j, adjectives = j - 1, adjectives + 1
        else:
            break
    if j < 0 or tokens[j].key not in PREPOSITIONS:
        return False
    if tokens[j].key == "to" and adjectives and not (j > 0 and tokens[j - 1].is_capitalised):
        return False  # "to impose sanctions": the skipped word was a verb; but "binds
        # Russia and Belarus to mutual military assistance" names what a treaty says
    if tokens[j].key == "of" and j > 0 and tokens[j - 1].key in _PARTITIVES | _COLLECTIONS:
        return False  # "a package of sanctions against Russia" is the object itself
    if tokens[j].key == "in" and j > 0 and _is_amount(tokens[j - 1]):
        return False  # "$2 billion in military aid" is the aid
    # "took part in assaults on", "engaged in talks": the phrase is the act itself
    return not (j > 0 and tokens[j - 1].key in _LIGHT_VERBS)


def _definite_reference(tokens: tuple[Token, ...], trigger: Trigger) -> bool:
    """ "condemned the attack", "monitoring the drills": a definite noun points back at an
    event already known; it reports no new one."""
    ends = (tokens[trigger.first].key, tokens[trigger.last - 1].key)
    if any(w.endswith(("ing", "ed")) or w in _IRREGULAR_PARTICIPLES for w in ends):
        return False  # "the Treaty ... signed by Putin and Kim" reports the signing
    return trigger.first > 0 and tokens[trigger.first - 1].key in _DEFINITE_POINTERS


def _gerund_in_phrase(tokens: tuple[Token, ...], trigger: Trigger) -> bool:
    j = trigger.first - 1
    while j >= 0 and tokens[j].key in _DETERMINERS - {"'s"}:
        j -= 1
    if _after_gerund_and(tokens, trigger.first):
        j -= 2  # "involved in producing and shipping": the phrase holds both gerunds
    return (
        tokens[trigger.first].key.endswith("ing")
        and j >= 0
        and tokens[j].key in (PREPOSITIONS - {"to"})
    )


def _after_gerund_and(tokens: tuple[Token, ...], first: int) -> bool:
    """ "producing and shipping": the gerund is coordinated with the one before it."""
    return (
        first >= 2
        and tokens[first].key.endswith("ing")
        and tokens[first - 1].key in ("and", "or")
        and tokens[first - 2].key.endswith("ing")
    )


def _is_amount(token: Token) -> bool:
    return token.text[:1].isdigit() or token.key in ("million", "billion", "thousand", "bn", "m")


def _adjective(token: Token) -> bool:
    return token.text.islower() and token.key.endswith(_ADJECTIVE_ENDINGS)


def clause_of(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    start = first
    while start > 0 and tokens[start - 1].key not in HARD_BREAK:
        start -= 1
    end = last
    while end < len(tokens) and tokens[end].key not in HARD_BREAK:
        end += 1
    return start, end


def _events_for(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    previous: list[Assembled],
    parse: LazyParse | None = None,
) -> list[Assembled]:
    pattern = trigger.pattern
    clause = clause_of(tokens, trigger.first, trigger.last)
    actor_ends = frozenset(m.last for m in candidates)
    passive = _is_passive(tokens, trigger.first, actor_ends) or _is_passive(
        tokens, trigger.last - 1, actor_ends
    )
    # "designating entities involved in producing and shipping missiles": "shipping" goes
    # with "producing", not with the earlier verb
    continues = (
        bool(previous)
        and _continues_previous_verb(tokens, trigger.first)
        and not (_after_gerund_and(tokens, trigger.first)
                 and previous[0].trigger.last < trigger.first - 2)
    )  # fmt: skip
    if continues and passive:
        # "held talks ... and was received by Putin": Putin receives the earlier subject
        agents = _after_preposition(tokens, "by", trigger.last, clause[1], candidates)
        if agents:
            return _pairs(pattern, trigger, agents, _distinct([e.actor1 for e in previous]),
                          clause, previous[0].head, mutual=False)  # fmt: skip
    if continues:
        subjects = _distinct([e.actor1 for e in previous])
        head = previous[0].head
    else:
        subjects = _subjects(tokens, trigger, candidates, clause, passive)
        head = trigger.first
        # "sent troops to help Russia fight": the complement's own subject fights
        controlled = None
        if parse is not None and any(t.key in CONTROL_VERBS for t in tokens[: trigger.first]):
            controlled = controlled_subject(parse.get(), tokens, trigger.first, candidates)
        if controlled is not None:
            subjects = _conjuncts_left(tokens, controlled, candidates)
    if not subjects and pattern.mutual:
        # "an exchange of fire between Indian and Pakistani troops": both sides act
        sides = _distinct_countries(
            _after_preposition(tokens, "between", trigger.last, clause[1], candidates)
        )
        if len(sides) < 2:
            return []
        return _pairs(pattern, trigger, sides[:1], sides[1:], clause, head, mutual=True)
    if not subjects:
        return []
    # The thing sent or used is not the one who acts: "Russian forces sent" needs its
    # military word elsewhere in the clause; but in a fight the weapon named in the
    # subject is the means ("Russian warplanes pounded" is an air strike).
    own = passive or pattern.code.startswith(FIGHT)
    skip = set() if own else {i for s in subjects for i in range(s.first, s.last)}
    if not all(_clause_has(tokens, clause, rules.classes[n], skip) for n in pattern.needs):
        return []
    if not all(_clause_has(tokens, clause, rules.classes[n], set()) for n in pattern.needs_by):
        return []
    how, targets = _targets(tokens, trigger, candidates, clause, passive, subjects)
    # a target the windows cannot reach: "lodged a protest with the Hungarian ambassador";
    # asked of the parse only when one of the pattern's prepositions follows the trigger
    after = {t.key for t in tokens[trigger.last : clause[1]]}
    slots = [p for p in pattern.targets if p in after]
    if not targets and not passive and slots and parse is not None:
        how, found = parsed_target(parse.get(), tokens, trigger.first, slots, candidates)
        targets = [found] if found is not None and found not in subjects else []
    if continues and not targets and pattern.targets:
        # "accused Washington of ... and warned of countermeasures": the same target
        targets = _distinct([e.actor2 for e in previous if e.actor2 is not None])
    if not targets and pattern.code.startswith("13"):
        # "would intervene if China tried to take Taiwan": the threat is aimed at the
        # actor whose act would set it off
        targets = _condition_actor(tokens, trigger.last, candidates)
    targets = _plausible_targets(pattern, subjects, targets)
    if not targets and _gerund_in_phrase(tokens, trigger):
        return []  # "in fighting that lasted days": a noun, not a report of who fought whom
    sides = _distinct_countries(subjects)
    many = len(sides) > 1
    if pattern.mutual and many and not targets:
        # "Azerbaijani and Armenian troops exchanged fire": each side fires at the other
        return _pairs(pattern, trigger, sides[:1], sides[1:], clause, head, mutual=True)
    shared = (pattern.joint or pattern.plural) and many
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
        subjects, targets = targets[:1], subjects
    return _pairs(pattern, trigger, subjects, targets, clause, head, mutual)


def _condition_actor(
    tokens: tuple[Token, ...], start: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The subject of an "if" or "unless" clause after the trigger."""
    for j in range(start, len(tokens)):
        if tokens[j].key in ("if", "unless"):
            return [m for m in candidates if j < m.first <= j + 3][:1]
        if tokens[j].key in HARD_BREAK - {"that"}:
            return []
    return []


def _consequence(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None,
) -> list[Assembled]:
    """ "warned the rebels that they would pay a heavy price", "said any Greek provocation
    would meet a firm response": the fate foretold is a threat by whoever warns or says
    it; its target is whom "warned" names, else the actor the fate falls on."""
    clause = clause_of(tokens, trigger.first, trigger.last)
    if not all(_clause_has(tokens, clause, rules.classes[n], set()) for n in trigger.pattern.needs):
        return []
    warn = _single_words(rules, "warn")
    speech = warn | _single_words(rules, "say")
    cue = next((j for j in range(trigger.first - 1, -1, -1) if tokens[j].key in speech), None)
    subjects: list[ActorMention] = []
    targets: list[ActorMention] = []
    if cue is not None:
        cue_clause = clause_of(tokens, cue, cue + 1)
        spoken = Trigger(trigger.pattern, cue, cue + 1, trigger.order)
        subjects = _subjects(tokens, spoken, candidates, cue_clause, passive=False)
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
    targets = _plausible_targets(trigger.pattern, subjects, targets)
    return _pairs(trigger.pattern, trigger, subjects, targets, clause, trigger.first, mutual=False)


def _single_words(rules: Rules, kind: str) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in rules.cues[kind] if len(phrase) == 1)


def _plausible_targets(
    pattern: EventPattern, subjects: Sequence[ActorMention], targets: Sequence[ActorMention]
) -> list[ActorMention]:
    """No state acts on itself; and one meets people, not "Russian orders": an
    adjective alone is no counterpart of a meeting."""
    kept = [t for t in targets if not any(_same_side(t, s) for s in subjects)]
    if pattern.code.startswith("04"):
        kept = [t for t in kept if not (t.kind == "demonym" and not t.role)]
    return kept


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are one actor, or one state's own organs ("Russia's defence
    ministry said Russian troops"): a state's forces and a rebel group of the same country
    are two sides of a civil war, two named armed groups two rivals, two bodies two IGOs."""
    if a.country != b.country:
        return False
    if a.country == "IGO":
        return a.code == b.code
    if _armed_group(a) != _armed_group(b):
        return False
    if _armed_group(a) and a.kind == b.kind == "group":
        return a.text.casefold() == b.text.casefold()
    return True


def _armed_group(m: ActorMention) -> bool:
    return m.role == "REB" or (m.kind == "group" and m.code.endswith("REB"))


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


def _distinct(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each actor code, in order."""
    return list({m.code: m for m in reversed(mentions)}.values())[::-1]


def _distinct_countries(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each country, in order."""
    return list({m.country: m for m in reversed(mentions)}.values())[::-1]


def _subjects(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    passive: bool,
) -> list[ActorMention]:
    if _relative_without_actor(tokens, trigger.first, candidates):
        return []
    if passive:
        agent = _after_preposition(tokens, "by", trigger.last, clause[1], candidates)
        if agent:
            return agent
    possessor = _possessor(tokens, trigger, candidates)
    if possessor is not None:
        return [possessor]
    adjacent = _adjacent_subject(tokens, trigger.first, candidates, clause[0])
    if adjacent is not None:
        return _conjuncts_left(tokens, adjacent, candidates)
    # Beyond its own clause a verb looks for the subject only past a relative clause or
    # an appositive ("Sweden, which we hope to welcome, will send").
    reach = (clause[0], 0) if _after_inserted_clause(tokens, clause[0]) else (clause[0],)
    inserted = _inserted_clause(tokens, clause[0], trigger.first)
    if inserted is not None:
        reach = (0,)
    lo_skip, hi_skip = inserted or (0, 0)
    for lo in reach:
        before = [
            m for m in candidates
            if lo <= m.first and m.last <= trigger.first and not _in_prep_phrase(tokens, m)
            and not lo_skip <= m.first < hi_skip
        ]  # fmt: skip
        if before:
            return _conjuncts_left(tokens, before[-1], candidates)
    return []


def _targets(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    passive: bool,
    subjects: list[ActorMention],
) -> tuple[str, list[ActorMention]]:
    for target in trigger.pattern.targets:
        if target == "obj" and passive:
            found = _passive_subject(tokens, trigger, candidates, clause, subjects)
        elif target == "obj":
            found = _object(tokens, trigger.first + 1, clause[1], candidates)
        else:
            # the trigger may end with its own preposition ("trip to", "pull out of"), or
            # hold it right after its verb ("called on Kyiv and Moscow to show restraint")
            start = trigger.last - 1 if tokens[trigger.last - 1].key == target else trigger.last
            found = []
            if trigger.last - trigger.first > 2 and tokens[trigger.first + 1].key == target:
                found = _after_preposition(tokens, target, trigger.first + 1, clause[1], candidates)
            found = found or _after_preposition(tokens, target, start, clause[1], candidates)
        if found:
            return target, found
    return "", []


def _continues_previous_verb(tokens: tuple[Token, ...], first: int) -> bool:
    """ "accused Washington of ... and warned of": the second verb shares the subject."""
    j = first - 1
    while j >= 0 and (tokens[j].key in _ADVERBS or tokens[j].key in AUXILIARIES):
        j -= 1
    return j >= 0 and tokens[j].key in ("and", "then", "or")


def _relative_without_actor(
    tokens: tuple[Token, ...], first: int, candidates: Sequence[ActorMention]
) -> bool:
    """ "any act that threatens": the subject is the noun before "that", no actor."""
    if first < 2 or tokens[first - 1].key not in ("that", "which", "who"):
        return False
    return not any(m.last == first - 1 for m in candidates)


def _inserted_clause(tokens: tuple[Token, ...], start: int, first: int) -> tuple[int, int] | None:
    """A relative clause closed by a comma before the verb ("Sweden, which we hope to
    welcome as a member, will send"): its actors are not the verb's subject."""
    if start == 0 or tokens[start - 1].key not in ("which", "who", "whom"):
        return None
    commas = [j for j in range(start, first) if tokens[j].key == ","]
    return (start - 1, commas[-1]) if commas else None


def _after_inserted_clause(tokens: tuple[Token, ...], start: int) -> bool:
    return start > 0 and tokens[start - 1].key in ("which", "who", ",", "—", "–", "(", ")")


def _adjacent_subject(
    tokens: tuple[Token, ...], first: int, candidates: Sequence[ActorMention], start: int
) -> ActorMention | None:
    """The actor right before its verb is its subject, whatever comes before it: "a day
    after North Korea fired", "since South Korea sanctioned"."""
    j = first - 1
    while j >= start and (tokens[j].key in AUXILIARIES or tokens[j].key in _ADVERBS):
        j -= 1
    adjacent = next((m for m in candidates if m.last == j + 1 and m.last > start), None)
    # "jets flying from Akrotiri in Cyprus used bombs": Cyprus is no subject
    return None if adjacent is None or _in_prep_phrase(tokens, adjacent) else adjacent


def _possessor(
    tokens: tuple[Token, ...], trigger: Trigger, candidates: Sequence[ActorMention]
) -> ActorMention | None:
    """A possessor right before a noun trigger: "Russia's full-scale invasion"."""
    for m in candidates:
        possessive = m.last < len(tokens) and tokens[m.last].key == "'s"
        near = 0 < trigger.first - m.last <= 4
        if possessive and near and not _has_break(tokens, m.last, trigger.first):
            return m
    return None


def _passive_subject(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    subjects: list[ActorMention],
) -> list[ActorMention]:
    before = [
        m for m in candidates
        if clause[0] <= m.first and m.last <= trigger.first and m not in subjects
        and not _in_prep_phrase(tokens, m)
    ]  # fmt: skip
    return [before[-1]] if before else []


def _object(
    tokens: tuple[Token, ...], start: int, end: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The first actor after the verb, close to it and in the same phrase."""
    for m in candidates:
        if start <= m.first < min(end, start + OBJECT_REACH) and not _in_prep_phrase(tokens, m):
            if not any(t.key in _PUNCTUATION for t in tokens[start : m.first]):
                return _conjuncts_right(tokens, m, candidates)
            return []
    return []


def _after_preposition(
    tokens: tuple[Token, ...],
    prep: str,
    start: int,
    end: int,
    candidates: Sequence[ActorMention],
) -> list[ActorMention]:
    for j in range(start, end):
        if tokens[j].key != prep:
            continue
        for m in candidates:
            if j < m.first <= j + 4 and _only_modifiers(tokens, j + 1, m.first):
                return _conjuncts_right(tokens, m, candidates)
        return []
    return []


def _conjuncts_left(
    tokens: tuple[Token, ...], last: ActorMention, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    # mentions sharing one span stand for several actors ("they" after a list)
    chain = [c for c in candidates if (c.first, c.last) == (last.first, last.last)]
    for m in reversed([c for c in candidates if c.last <= last.first]):
        # "INDIA, CHINA hold talks" joins by a comma, "war in Ukraine,North Korea" does not
        if _conjunction(tokens, m.last, chain[0].first) is None or _in_prep_phrase(tokens, m):
            break
        chain.insert(0, m)
    return chain


def _conjuncts_right(
    tokens: tuple[Token, ...], first: ActorMention, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    # mentions sharing one span stand for several actors ("both governments")
    group = [c for c in candidates if (c.first, c.last) == (first.first, first.last)]
    chain, joined = list(group), False
    for m in [c for c in candidates if c.first >= first.last]:
        kind = _conjunction(tokens, chain[-1].last, m.first)
        if kind is None:
            break
        chain.append(m)
        joined = joined or kind == "and"
    # a list is joined by "and"/"or" somewhere: "A, B and C", or "A, B and the others"
    # when its last item is no actor; a bare comma is not one
    after = [t.key for t in tokens[chain[-1].last : chain[-1].last + 2]]
    ends_list = len(chain) > len(group) and (
        after[:1] in (["and"], ["or"]) or after == [",", "and"]
    )
    return chain if joined or ends_list else group


def _conjunction(tokens: tuple[Token, ...], lo: int, hi: int) -> str | None:
    between = [t.key for t in tokens[lo:hi] if t.key not in ("the", "'s")]
    if between == [","]:
        return ","
    if between in (["and"], [",", "and"], ["as", "well", "as"], ["or"], [",", "or"]):
        return "and"
    return None


def _in_prep_phrase(tokens: tuple[Token, ...], m: ActorMention) -> bool:
    """Whether ``m`` is the object of a preposition ("with Seoul", "into an "Asian NATO"")."""
    j = m.first - 1
    # adjectives and quotes right before the name, then determiners and numbers
    # ("on Friday it had agreed": a day's name is the end of a phrase, no adjective)
    while j >= 0 and m.first - j <= 2 and (tokens[j].key in _QUOTES or (
        tokens[j].is_capitalised and tokens[j].key not in PREPOSITIONS | _CALENDAR
    )):  # fmt: skip
        j -= 1
    while j >= 0 and (
        tokens[j].key in _DETERMINERS or tokens[j].text[:1].isdigit() or _approximates(tokens, j)
    ):
        j -= 1
    if j >= 1 and tokens[j].key in ("and", "or"):
        # a later conjunct of a prepositional object: "with the United States and Japan",
        # "between his country and Russia"; the first conjunct is a few words long
        for k in range(j - 1, max(-1, j - 6), -1):
            key = tokens[k].key
            if key in PREPOSITIONS:
                return key != "of"
            if key in _PUNCTUATION or key in AUXILIARIES:
                return False
        return False
    if j < 0 or tokens[j].key not in PREPOSITIONS:
        return False
    if tokens[j].key in _SUBORDINATORS and _verb_follows(tokens, m.last):
        return False  # "after the United States announced": a clause, not a phrase
    if tokens[j].key == "for" and j > 0 and tokens[j - 1].key in _SPEAKERS:
        return False  # "a spokesman for the command accused": the command speaks
    # "dozens of Russian personnel", "a column of Malian soldiers": the head is the actor
    return not (tokens[j].key == "of" and j > 0 and tokens[j - 1].key in _PARTITIVES)


def _verb_follows(tokens: tuple[Token, ...], i: int) -> bool:
    if i >= len(tokens):
        return False
    token = tokens[i]
    lower_word = token.text.isalpha() and token.text.islower()
    return lower_word and token.key not in _NO_VERB


def _approximates(tokens: tuple[Token, ...], j: int) -> bool:
    """ "about 1,500 troops": "about" qualifies the number, it governs nothing."""
    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return tokens[j].key in _APPROXIMATORS and nxt[:1].isdigit()


def _only_modifiers(tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
    return all(
        t.key not in PREPOSITIONS and t.key not in HARD_BREAK and t.key != ","
        for t in tokens[lo:hi]
    )


def _has_break(tokens: tuple[Token, ...], lo: int, hi: int, commas: bool = False) -> bool:
    return any(t.key in HARD_BREAK or (commas and t.key == ",") for t in tokens[lo:hi])


def _reduced_relative(tokens: tuple[Token, ...], trigger: Trigger) -> bool:
    last = trigger.last - 1
    window = [t.key for t in tokens[max(0, last - 3) : last]]
    return _is_passive(tokens, last, frozenset()) and not any(k in BE for k in window)


def _is_passive(tokens: tuple[Token, ...], first: int, actor_ends: frozenset[int]) -> bool:
    """ "were dispatched by", or a reduced relative "the Treaty signed by"; but "Tokyo
    condemned the launch by North Korea" is active: an actor stands right before it."""
    key = tokens[first].key
    if not (key.endswith("ed") or key in _IRREGULAR_PARTICIPLES):
        return False
    window = [t.key for t in tokens[max(0, first - 3) : first]]
    if window[-1:] and window[-1] in ("has", "have", "had"):
        return False
    if any(k in BE for k in window):
        return True
    # a reduced relative: "the Treaty ... signed in Pyongyang on 19 June by Putin and Kim"
    after = [t.key for t in tokens[first + 1 : first + 9]]
    by = after.index("by") if "by" in after else -1
    return (
        by >= 0
        and first not in actor_ends
        and not any(k in _PUNCTUATION for k in after[:by])
        and not any(k in BE or k in ("has", "have", "had") for k in window)
    )


def _clause_has(
    tokens: tuple[Token, ...],
    clause: tuple[int, int],
    words: Sequence[tuple[str, ...]],
    skip: set[int],
) -> bool:
    keys = [t.key for i, t in enumerate(tokens[: clause[1]]) if i >= clause[0] and i not in skip]
    present = set(keys)
    for seq in words:
        if seq[0] not in present:
            continue
        if len(seq) == 1:
            return True
        n = len(seq)
        starts = (i for i, key in enumerate(keys) if key == seq[0])
        if any(tuple(keys[i : i + n]) == seq for i in starts):
            return True
    return False


def _match(slots: tuple[Slot, ...], tokens: tuple[Token, ...], si: int, ti: int) -> int | None:
    """End (exclusive) of a match of ``slots[si:]`` at token ``ti``, or None."""
    if si == len(slots):
        return ti
    slot = slots[si]
    if slot.gap:
        for skip in range(slot.gap + 1):
            j = ti + skip
            if j >= len(tokens) or (skip and tokens[j - 1].key in _PUNCTUATION):
                break
            end = _match(slots, tokens, si + 1, j)
            if end is not None:
                return end
        return None
    if ti < len(tokens) and tokens[ti].key in slot.words:
        return _match(slots, tokens, si + 1, ti + 1)
    end = _codename_end(tokens, ti) if slot.codename else None
    return _match(slots, tokens, si + 1, end) if end is not None else None


def _codename_end(tokens: tuple[Token, ...], ti: int) -> int | None:
    """End of a code name of up to four words: "Strait Thunder-2025A", "Northern /
    Interaction-2024"."""
    for end in range(ti + 1, min(len(tokens), ti + 4) + 1):
        last = tokens[end - 1]
        if not (last.is_capitalised or last.text == "/"):
            return None
        if is_codename(last.text):
            return end
    return None


def _within(a: Trigger, b: Trigger) -> bool:
    return b.first <= a.first and a.last <= b.last


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.first < b.last and b.first < a.last
