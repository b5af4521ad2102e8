"""Argument assignment from clause structure: the subject (actor1) and the target
(actor2) of a trigger, read from token windows: clause bounds, prepositional phrases,
passives, possessors, coordination. The syntax layer (``roles.py``) adds what a parse
sees and windows cannot."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.lexicon import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    IRREGULAR_VERBS,
    PREPOSITIONS,
    QUOTES,
    past_verb,
    words,
)
from watchfloor.extract.licence_holders import HOLDER
from watchfloor.extract.quantities import BOUNDS
from watchfloor.extract.rules import EventPattern, Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import _PUNCTUATION, Trigger

OBJECT_REACH = 8
# the words a second parallel phrase may name its thing in: "and 40 Caesar howitzers from"
_PARALLEL_WORDS = 5
HARD_BREAK = words(
    "; : — – ( ) ? ! while whereas but although though because where which who whom that"
)
_DETERMINERS = DETERMINERS | {"'s"}
_NO_VERB = PREPOSITIONS | _DETERMINERS | {"and", "or", "but"}
_SPEAKERS = words(
    "spokesman spokeswoman spokesperson spokespeople official officials representative "
    "envoy adviser advisor aide"
)
_CALENDAR = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
_SUBORDINATORS = words("after before since until as because once")
_APPROXIMATORS = words("about around over some nearly roughly approximately almost")
# "more than 10,000", "up to 300": the two-word bounds the quantity stage reads
_TWO_WORD_BOUNDS = frozenset(
    (first, second) for first, second in (b.split() for b in BOUNDS if b.count(" ") == 1)
)
_ADVERBS = words("also later then strongly sharply again jointly formally officially")
# envoys' titles: "the Chargé d'Affaires of the Embassy of Peru", "the Deputy Chief of
# Mission of X": the "of" phrase names whom the envoy serves, the summoned one's state
_ENVOYS = words("ambassador envoy affaires mission consul representative")
_PARTITIVES = words(
    "dozens hundreds thousands millions tens some many most all several number group groups "
    "column columns contingent contingents unit units convoy batch team delegation members "
    "part rest majority positions position bases base camps camp hideouts hideout strongholds "
    "stronghold"
)
# the craft, units and officers by which a force acts: "boats of the Congolese navy
# seized", "a patrol of the Central African Armed Forces arrested", "officers of the State
# Security Committee detained": the force after "of" is the actor, not a phrase's object
_FORCE_HEADS = words(
    "patrol patrols boat boats ship ships vessel vessels warship warships aircraft jets "
    "officers agents guards elements"
)
# the subordinators whose clause has a subject of its own ("as" also compares, "such as")
_CLAUSE_SUBORDINATORS = words("after before since until because once when while")
_RELATIVES = words("which who whom")
_JOINED_DETERMINERS = words("the 's its his her their")
_IRREGULAR_PARTICIPLES = words(
    "sent given held shown taken hit struck fought built brought made done seen sold drawn "
    "flown put laid frozen broken shot ferried carried supplied"
)


def _subjects(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    clause: tuple[int, int],
    passive: bool,
) -> list[ActorMention]:
    # "a Chinese-flagged longliner" is China's property, acted on: never who acts
    candidates = [m for m in candidates if m.kind != "flag"]
    antecedent = _relative_antecedent(tokens, trigger.first, candidates)
    if antecedent is not None:
        return _conjuncts_left(tokens, antecedent, candidates)
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
    if trigger.pattern.near:
        return []  # "shot down missiles fired at ships": who shot down did not fire
    # Beyond its own clause a verb looks for the subject only past a relative clause or
    # an appositive ("Sweden, which we hope to welcome, will send").
    reach = (clause[0], 0) if _after_inserted_clause(tokens, clause[0]) else (clause[0],)
    inserted = _inserted_clause(tokens, clause[0], trigger.first)
    if inserted is not None:
        reach = (0,)
    lo_skip, hi_skip = inserted or (0, 0)
    # "protested after boats of X's navy seized": the subordinate clause's own subject
    for lo in (_subordinate_start(tokens, lo, trigger.first, candidates) for lo in reach):
        before = [
            m for m in candidates
            if lo <= m.first and m.last <= trigger.first and not _in_prep_phrase(tokens, m)
            and not lo_skip <= m.first < hi_skip
        ]  # fmt: skip
        if before:
            return _conjuncts_left(tokens, _before_apposition(tokens, before, trigger.first),
                                    candidates)
    return []


def _subordinate_start(
    tokens: tuple[Token, ...], lo: int, first: int, candidates: Sequence[ActorMention]
) -> int:
    """Where the subject of a verb in a subordinate clause is looked for: "Ghana protested
    after Togolese soldiers arrested two traders": who arrested stands after "after",
    never before it. A clause closed by a comma before the verb ("after Hamas fired,
    Israel struck") leaves the main subject, as does one that names no actor of its own."""
    for j in range(first - 1, lo - 1, -1):
        key = tokens[j].key
        if key in _PUNCTUATION:
            return lo
        if key in _CLAUSE_SUBORDINATORS:
            inside = any(
                j < m.first and m.last <= first and not _in_prep_phrase(tokens, m)
                for m in candidates
            )
            return j + 1 if inside else lo
    return lo


def opens_own_subject(
    tokens: tuple[Token, ...], lo: int, first: int, candidates: Sequence[ActorMention]
) -> bool:
    """Whether a subordinate clause with an actor of its own opens between word ``lo`` and
    the verb at ``first``: "recalled its envoy after Togolese soldiers crossed the border
    and arrested": who arrested is no longer who recalled."""
    return _subordinate_start(tokens, lo, first, candidates) > lo


def _before_apposition(
    tokens: tuple[Token, ...], before: Sequence[ActorMention], first: int
) -> ActorMention:
    """ "Burkina Faso and Niger, Mali's partners in the confederation, also recalled": a
    possessor opening an apposition between commas only describes the actors before it;
    it does not act."""
    last = before[-1]
    if len(before) < 2 or last.last >= first or tokens[last.last].key != "'s":
        return last
    previous = before[-2]
    comma = last.first - 1
    closed = any(t.key == "," for t in tokens[last.last : first])
    if tokens[comma].key == "," and previous.last == comma and closed:
        return previous
    return last


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
            # hold it inside ("called on Kyiv and Moscow to show restraint", "took its
            # dispute with Chile to the court")
            start = trigger.last - 1 if tokens[trigger.last - 1].key == target else trigger.last
            inside = (j for j in range(trigger.first + 1, trigger.last - 1)
                      if tokens[j].key == target)  # fmt: skip
            within = next(inside, None)
            found = []
            if within is not None:
                found = _after_preposition(tokens, target, within, clause[1], candidates)
            found = found or _after_preposition(tokens, target, start, clause[1], candidates)
            found = _parallel_phrases(tokens, target, found, clause[1], candidates)
            # a gap may reach past the first of parallel phrases: "received vehicles from
            # Germany and missiles from Poland" matches "received ... missiles"
            inner = _after_preposition(tokens, target, trigger.first + 1, trigger.last, candidates)
            joined = _parallel_phrases(tokens, target, inner, clause[1], candidates)
            if found and all(m in joined for m in found):
                found = joined
        if found:
            return target, found
    return "", []


def _parallel_phrases(
    tokens: tuple[Token, ...],
    prep: str,
    found: list[ActorMention],
    end: int,
    candidates: Sequence[ActorMention],
) -> list[ActorMention]:
    """ "received tanks from Germany and howitzers from France": a second thing after
    "and" with the same preposition names a second target of the same verb; a verb or a
    comma between ("and has bought drones from") opens an act of its own."""
    out = list(found)
    while out:
        j = _after_apposition(tokens, out[-1].last, end)
        if j >= end or tokens[j].key != "and":
            break
        k = j + 1
        while k < end and k - j <= _PARALLEL_WORDS and tokens[k].key != prep and not (
            tokens[k].key in _PUNCTUATION or tokens[k].key in AUXILIARIES or past_verb(tokens[k])
            or tokens[k].key in IRREGULAR_VERBS
        ):  # fmt: skip
            k += 1
        if k >= end or tokens[k].key != prep:
            break
        # "and four jets from Brazil" may be one actor already (Brazil's jets); "and with
        # the Secretary-General of the United Nations": the office's body
        more = _after_preposition(tokens, prep, k, k + 1, candidates) or [
            m for m in candidates if j < m.first and m.last <= k
        ] or _office_holder(tokens, k, end, candidates)
        if not more:
            break
        out += [m for m in more if m not in out]
    return out


def _office_holder(
    tokens: tuple[Token, ...], prep: int, end: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The actor of "the <office> of <actor>" right after the preposition at ``prep``."""
    j = prep + 1
    while j < end and tokens[j].key in _DETERMINERS:
        j += 1
    if j + 1 >= end or tokens[j].key in _PUNCTUATION or tokens[j + 1].key != "of":
        return []
    return _after_preposition(tokens, "of", j + 1, j + 2, candidates)[:1]


def _after_apposition(tokens: tuple[Token, ...], j: int, end: int) -> int:
    """Where a list goes on after the actor ending at word ``j``: past a comma before
    "and", or past a short apposition closed by one ("with his Lebanese counterpart, Mr.
    Youssef Rajji, and with")."""
    head = j
    while head < min(end, j + 2) and tokens[head].text.isalpha() and tokens[head].text.islower():
        head += 1  # the noun an adjective of a state names: "his Lebanese counterpart"
    if head >= end or tokens[head].key != ",":
        return j
    for c in range(head + 1, min(end - 1, head + _PARALLEL_WORDS + 2)):
        if tokens[c].key == "," and tokens[c + 1].key == "and":
            return c + 1
        stop = tokens[c].key in _PUNCTUATION and not _abbreviation(tokens, c)
        if stop or past_verb(tokens[c]):
            break
    return head + 1 if head + 1 < end and tokens[head + 1].key == "and" else j


def _abbreviation(tokens: tuple[Token, ...], c: int) -> bool:
    """ "Mr." or "Dr." in a name: the full stop of a short capitalised title."""
    before = tokens[c - 1].text
    return tokens[c].key == "." and len(before) <= 3 and before[:1].isupper()


def earlier_object(
    tokens: tuple[Token, ...], subjects: Sequence[ActorMention],
    targets: Sequence[ActorMention], first: int,
) -> bool:
    """ "summoned the Togolese ambassador and lodged a protest": the one the earlier verb
    acted on is no subject of the act after "and" and a verb."""
    where = {t.first for t in targets}
    if not subjects or any(s.first not in where for s in subjects):
        return False
    between = tokens[max(s.last for s in subjects) : first]
    return any(
        t.key == "and" and k + 1 < len(between) and past_verb(between[k + 1])
        for k, t in enumerate(between)
    )


def untold_verbs_subject(
    tokens: tuple[Token, ...], subjects: Sequence[ActorMention],
    candidates: Sequence[ActorMention], first: int,
) -> list[ActorMention]:
    """ "the coast guard seized a Haitian sloop off the point and detained its crew":
    after "and", the actor nearest before the verb is the object of an earlier verb
    that made no event ("seized" a craft no pattern knows), not the subject; the subject
    is the actor before that verb. Empty when the nearest actor is no such object."""
    if len(subjects) != 1 or not _continues_previous_verb(tokens, first):
        return []
    nearest = subjects[0]
    for m in reversed(candidates):
        if m.last > nearest.first or _in_prep_phrase(tokens, m):
            continue
        between = range(m.last, nearest.first)
        if any(_breaks_object(tokens[j]) for j in between) or m.country == nearest.country:
            return []
        # the nearest actor is the earlier verb's object only right after it ("seized a
        # Haitian sloop"), not the subject of a clause after it ("after Zimbabwean troops")
        verb = next((j for j in between if past_verb(tokens[j])), None)
        if verb is not None and _only_modifiers(tokens, verb + 1, nearest.first):
            return _conjuncts_left(tokens, m, candidates)
        return []
    return []


def _breaks_object(token: Token) -> bool:
    key = token.key
    return key in _PUNCTUATION or key in HARD_BREAK or key == "and" or key in _SUBORDINATORS


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


def _relative_antecedent(
    tokens: tuple[Token, ...], first: int, candidates: Sequence[ActorMention]
) -> ActorMention | None:
    """ "Turkey, which trains the Somali army, ...", "Kim, who has visited Moscow twice":
    a relative clause set off by a comma tells an act of the actor right before it, unless
    that actor only ends a longer phrase."""
    j = first - 1
    while j > 0 and (tokens[j].key in AUXILIARIES or tokens[j].key in _ADVERBS):
        j -= 1
    if j < 2 or tokens[j].key not in ("which", "who") or tokens[j - 1].key != ",":
        return None
    antecedent = next((m for m in candidates if m.last == j - 1), None)
    # "the EU Mission in Armenia, which patrols": the phrase's head, no actor, is meant
    return None if antecedent is None or _in_prep_phrase(tokens, antecedent) else antecedent


def _inserted_clause(tokens: tuple[Token, ...], start: int, first: int) -> tuple[int, int] | None:
    """A relative clause closed by a comma before the verb ("Sweden, which we hope to
    welcome as a member, will send"): its actors are not the verb's subject."""
    if start == 0 or tokens[start - 1].key not in _RELATIVES | {"that"}:
        return None
    opener = start - 1
    if tokens[opener].key == "that":
        # "PetroChina, which runs the pipeline that carries crude to Benin, urged": the
        # inserted clause opens at the comma's "which"
        openers = (j for j in range(opener - 1, 0, -1)
                   if tokens[j].key in _RELATIVES and tokens[j - 1].key == ",")  # fmt: skip
        opener = next(openers, -1)
        if opener < 0:
            return None
    commas = [j for j in range(start, first) if tokens[j].key == ","]
    return (opener, commas[-1]) if commas else None


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
    if before and _reduced_relative(tokens, trigger) and before[-1].last < trigger.first - 1:
        # "condemned the raids carried out by X": a reduced relative's subject is the noun
        # right before it ("the raids"), no actor further back
        return []
    return [before[-1]] if before else []


def _object(
    tokens: tuple[Token, ...], start: int, end: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The first actor after the verb, close to it and in the same phrase; not past a
    second verb ("condemned the launch and summoned X's envoy": X is summoned)."""
    for m in candidates:
        if start <= m.first < min(end, start + OBJECT_REACH) and not _in_prep_phrase(tokens, m):
            if not any(t.key in _PUNCTUATION for t in tokens[start : m.first]) and not (
                _second_verb(tokens, start, m.first)
            ):
                return _conjuncts_right(tokens, m, candidates)
            return []
    return []


def _second_verb(tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
    """Whether "and" + a verb in the past stands between ``lo`` and ``hi``; "and said"
    goes on about the same act ("rejected the claims and said Copenhagen was lying")."""
    return any(
        tokens[j].key in ("and", "or") and past_verb(tokens[j + 1])
        and tokens[j + 1].key not in ("said", "told")
        for j in range(lo, hi - 1)
    )  # fmt: skip




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
        head = _partitive_of(tokens, j + 1, end)
        for m in candidates:
            if j < m.first <= j + 4 and _only_modifiers(tokens, j + 1, m.first):
                return _conjuncts_right(tokens, m, candidates)
            if 0 <= head < m.first <= head + 4 and _only_modifiers(tokens, head + 1, m.first):
                return _conjuncts_right(tokens, m, candidates)
        return []
    return []


def _partitive_of(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The "of" of a partitive opening a prepositional object ("fired on a group of
    Namibian herders", "aimed at a convoy of Syrian army trucks"): whose group it is
    stands after it. -1 when the object opens with no partitive."""
    j = start
    while j < end and (tokens[j].key in _DETERMINERS or tokens[j].text[:1].isdigit()
                       or _approximates(tokens, j)):
        j += 1
    if j + 1 < end and tokens[j].key in _PARTITIVES and tokens[j + 1].key == "of":
        return j + 1
    return -1


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
    # "Jordan's foreign minister and his Syrian counterpart": a possessive is no break
    between = [t.key for t in tokens[lo:hi] if t.key not in _JOINED_DETERMINERS]
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
    while j >= 0 and m.first - j <= 2 and (tokens[j].key in QUOTES or (
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
            if key in _PUNCTUATION or key in AUXILIARIES or key in _MONTHS:
                # "On March 3 Kenya and Uganda signed": the preposition's object was
                # the date, and the list after it is the clause's subject
                return False
        return False
    if j < 0 or tokens[j].key not in PREPOSITIONS:
        return False
    if tokens[j].key in _SUBORDINATORS and _verb_follows(tokens, m.last):
        return False  # "after the United States announced": a clause, not a phrase
    if tokens[j].key == "for" and j > 0 and tokens[j - 1].key in _SPEAKERS:
        return False  # "a spokesman for the command accused": the command speaks
    # "dozens of Russian personnel", "a column of Malian soldiers": the head is the actor
    heads = _PARTITIVES | _ENVOYS | _FORCE_HEADS
    return not (tokens[j].key == "of" and j > 0 and tokens[j - 1].key in heads)


def _verb_follows(tokens: tuple[Token, ...], i: int) -> bool:
    if i >= len(tokens):
        return False
    token = tokens[i]
    lower_word = token.text.isalpha() and token.text.islower()
    return lower_word and token.key not in _NO_VERB


def _approximates(tokens: tuple[Token, ...], j: int) -> bool:
    """ "about 1,500 troops", "deported more than 10,000 Haitians", "at least 12", "up
    to 300": the words qualify the number, they govern nothing."""
    key = tokens[j].key
    before = tokens[j - 1].key if j > 0 else ""
    ahead = [t.key for t in tokens[j + 1 : j + 3]]
    number = [t.text[:1].isdigit() for t in tokens[j + 1 : j + 3]]
    if number[:1] == [True]:
        return key in _APPROXIMATORS or (before, key) in _TWO_WORD_BOUNDS
    return len(number) == 2 and number[1] and (key, ahead[0]) in _TWO_WORD_BOUNDS


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
    # a reduced relative: "the Treaty ... signed in Pyongyang on 19 June by Putin and Kim";
    # but a verb with an object is active: "condemned the raids carried out by"
    after = [t.key for t in tokens[first + 1 : first + 9]]
    if after[:1] and after[0] in _DETERMINERS:
        return False
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


def clause_of(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    start = first
    while start > 0 and tokens[start - 1].key not in HARD_BREAK:
        start -= 1
    end = last
    while end < len(tokens) and tokens[end].key not in HARD_BREAK:
        end += 1
    return start, end


def _plausible_targets(
    rules: Rules,
    pattern: EventPattern,
    subjects: Sequence[ActorMention],
    targets: Sequence[ActorMention],
    tokens: tuple[Token, ...] = (),
    people: frozenset[str] = frozenset(),
    home_custody: bool = False,
) -> list[ActorMention]:
    """No state acts on itself; and one meets people, not "Russian orders": an
    adjective alone is no counterpart of a meeting, unless the noun it qualifies is one
    of ``people`` ("mediated between rival Libyan factions", "met Sudanese negotiators").
    But a state's forces hold its own people: with ``home_custody`` (an arrest, crowd
    control or release), "police arrested a Peruvian man" keeps its target."""
    kept = [
        t for t in targets
        if not any(_same_side(t, s) and not (home_custody and _held_at_home(s, t))
                   for s in subjects)
    ]  # fmt: skip
    if rules.in_code_class(pattern.code, "courtesy"):
        # "I thank the ministers", "I commend the Government for its answer": a house's
        # courtesies to its own government are no act of one side on another
        kept = [t for t in kept if not any(_courtesy(s, t) for s in subjects)]
    if rules.in_code_class(pattern.code, "consult"):
        kept = [t for t in kept if not (t.kind == "demonym" and not t.role)
                or (t.last < len(tokens) and tokens[t.last].key in people)]  # fmt: skip
    return kept


# the state organs that arrest, disperse and release people at home
_HOLDING_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _held_at_home(subject: ActorMention, target: ActorMention) -> bool:
    """ "Police arrested a Peruvian man", "detained 17 Uzbek workers": a state organ
    acting on people its sentence names only by the state's own nationality (a bare
    nationality word, no role of the state's own) acts on that state's people, whom the
    annotators code by their state (blind batches 13-31), not on itself."""
    return (
        subject.role in _HOLDING_ROLES
        and target.kind == "demonym"
        and not target.role
        and target.first != subject.first
    )


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are one actor, or one state's own organs ("Russia's defence
    ministry said Russian troops"): a state's forces and a rebel group of the same country
    are two sides of a civil war, two named armed groups two rivals, two bodies two IGOs."""
    if a.country != b.country:
        return False
    if a.country == "IGO":
        return a.code == b.code
    if HOLDER in (a.kind, b.kind):
        return False  # "suspended the licences of 12 agencies" at home
    if _armed_group(a) != _armed_group(b) or _opposition_against(b, a):
        return False
    if _armed_group(a) and a.kind == b.kind == "group":
        return a.text.casefold() == b.text.casefold()
    return True


def _opposition_against(subject: ActorMention, target: ActorMention) -> bool:
    """ "Opposition leader X accused the government": a state's opposition acts as a side
    of its own against its government ("protesters clashed with police", and what the
    state does to protesters, stay domestic, with no target). So does its legislature,
    which holds the government to account: a member "demands that the government send
    a frigate", "condemns the silence of our own Government"."""
    return subject.role in ("OPP", "LEG") and target.role == "GOV"


def _courtesy(subject: ActorMention, target: ActorMention) -> bool:
    return subject.role == "LEG" and target.role == "GOV" and subject.country == target.country


def _armed_group(m: ActorMention) -> bool:
    return m.role == "REB" or (m.kind == "group" and m.code.endswith("REB"))


def _distinct(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each actor code, in order."""
    return list({m.code: m for m in reversed(mentions)}.values())[::-1]


def _distinct_countries(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each side, in order: of each country, but a state and a rebel
    group of it are two sides ("Sudanese army and RSF delegations held talks")."""
    out: list[ActorMention] = []
    for m in mentions:
        if not any(_same_side(m, o) for o in out):
            out.append(m)
    return out


def _condition_actor(
    tokens: tuple[Token, ...], start: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The subject of an "if" or "unless" clause after the trigger, else of one opening
    the sentence ("Should the navy repeat the incursion, our forces will respond")."""
    for j in range(start, len(tokens)):
        if tokens[j].key in ("if", "unless"):
            return [m for m in candidates if j < m.first <= j + 3][:1]
        if tokens[j].key in HARD_BREAK - {"that"}:
            break
    if tokens and tokens[0].key in ("if", "unless", "should"):
        comma = next((k for k, t in enumerate(tokens[:start]) if t.key == ","), None)
        if comma is not None:
            return [m for m in candidates if 0 < m.first <= 3 and m.last <= comma][:1]
    return []


def answering_parties(
    rules: Rules, tokens: tuple[Token, ...], trigger: Trigger, candidates: Sequence[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """ "Sudan accused N'Djamena of arming the RSF, a charge Chad has always rejected":
    the actor inside the trigger answers the sentence's first actor, who made the
    charge; (actors, targets), both empty when either is missing. The actor stands right
    after the charge (or its "that"), and nothing the verb takes follows it: "its claim
    Tehran rejected the plan" tells what was claimed."""
    opener = trigger.first + 1
    if opener < len(tokens) and tokens[opener].key in ("that", "which"):
        opener += 1
    inside = [m for m in candidates if m.first == opener and m.last < trigger.last]
    before = [m for m in candidates if m.last <= trigger.first]
    after = tokens[trigger.last].key if trigger.last < len(tokens) else "."
    if not inside or not before or after not in rules.class_words("ANSWER_END"):
        return [], []
    return inside[:1], before[:1]

