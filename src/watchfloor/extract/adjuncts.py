"""Clauses that hang on the main one and take its subject, read from the tokens.

- A participial adjunct after a comma ("Moldova expelled three diplomats, accusing them
  of ...", "shelled the town overnight, killing 12") has no subject of its own: it is
  the main clause's, never the nearest actor before it (the main verb's object).
- A clause opened by "where" or "when" whose subject is a pronoun ("travelled to Beijing,
  where he signed ...") goes on with the main clause's subject.
- A verb in the past right after a comma, with an act of the main clause before it
  ("condemned the strike, summoned the envoy and said ..."), is that act's subject's.
- A verb right after an apposition ("JNIM, al-Qaeda's Sahel branch, besieged") has the
  name before the apposition as its subject, not the actor inside it.
- Verbs in a list share the object after the last one: "has trained, equipped and paid
  Malian soldiers" trains them too.
- An infinitive after a causing verb and its object ("prompting Kabul to summon") is
  that object's act, not the purpose of the act before it.

The main clause's subject is the one the main verb's event already has, else the first
actor of the clause that stands before any verb ("On Tuesday, Moldova expelled")."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.arguments import (
    HARD_BREAK,
    _conjuncts_left,
    _conjuncts_right,
    _distinct,
    _in_prep_phrase,
)
from watchfloor.extract.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    IRREGULAR_VERBS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"where"}
# an apposition is a short noun phrase: no list, no clause
_APPOSITION_REACH = 8


def shared_subject(
    rules: Rules,
    tokens: tuple[Token, ...],
    first: int,
    candidates: Sequence[ActorMention],
    made: Sequence[tuple[int, ActorMention]],
    passive: bool,
) -> list[ActorMention] | None:
    """The main clause's subject for the verb at word ``first``, when it has none of its
    own (a participial adjunct, a verb after an apposition or after a comma in a list of
    acts, a "where he ..." clause); [] when no one is known to do it; None for any other
    verb. ``made``: the trigger start and actor of the sentence's events so far."""
    end = participial_adjunct(rules, tokens, first)
    if end is not None:
        return main_subject(tokens, end, candidates, made)
    apposed = apposed_subject(rules, tokens, first, candidates)
    if apposed:
        return _conjuncts_left(tokens, apposed[0], candidates)
    end = comma_coordinated(tokens, first)
    if end is not None and not passive and not _closes_relative(tokens, end):
        # only after an act of the main clause: "the deal, signed in June," is none
        earlier = [a for at, a in made if at < end]
        if earlier:
            return main_subject(tokens, end, candidates, made)
    end = scene_clause(rules, tokens, first)
    if end is None:
        return None
    # with no main subject known, the pronoun's own reading stands, if it has one
    pronoun = any(m.last == first or m.first == end + 1 for m in candidates)
    return main_subject(tokens, end, candidates, made) or (None if pronoun else [])


def participial_adjunct(rules: Rules, tokens: tuple[Token, ...], first: int) -> int | None:
    """The comma opening the participial adjunct whose participle is word ``first``
    (", accusing them of", ", killing 12"), else None. A participle after another one
    ("shelling, bombing and") is one of a list, and a few "-ing" words are prepositions
    ("including") or nouns of an act ("the fighting")."""
    token = tokens[first]
    key = token.key
    if len(key) <= 4 or not key.endswith("ing") or key in rules.class_words("NOT_PARTICIPLE"):
        return None
    if not token.text.islower():
        return None
    adverbs = rules.class_words("ADJUNCT_ADVERB")
    j = first - 1
    while j >= 0 and tokens[j].key in adverbs:
        j -= 1
    if j < 1 or tokens[j].key not in rules.class_words("ADJUNCT_OPENER"):
        return None
    before = tokens[j - 1]
    if before.key.endswith("ing") and before.text.islower():
        return None  # "shelling, bombing and burning": a list of acts
    return j


def scene_clause(rules: Rules, tokens: tuple[Token, ...], first: int) -> int | None:
    """The "where" of ", where he signed ..." when word ``first`` is that clause's verb
    and its subject is a bare pronoun; else None."""
    adverbs = rules.class_words("ADJUNCT_ADVERB")
    j = first - 1
    while j >= 0 and (tokens[j].key in AUXILIARIES or tokens[j].key in adverbs):
        j -= 1
    if j < 2 or tokens[j].key not in rules.class_words("SUBJECT_PRONOUN"):
        return None
    opener = j - 1
    if tokens[opener].key not in rules.class_words("SCENE_OPENER") or tokens[opener - 1].key != ",":
        return None
    return opener


def comma_coordinated(tokens: tuple[Token, ...], first: int) -> int | None:
    """The comma before word ``first`` when that word is a verb in the past that goes
    on a list of acts (", summoned Iran's envoy"), else None; a participle of a
    reduced relative ("the deal, signed by Putin,") is the caller's to rule out."""
    if first < 2 or tokens[first - 1].key != ",":
        return None
    return first - 1 if _past(tokens[first]) else None


def apposed_subject(
    rules: Rules, tokens: tuple[Token, ...], first: int, candidates: Sequence[ActorMention]
) -> list[ActorMention]:
    """The name before an apposition that ends right before word ``first``: "JNIM,
    al-Qaeda's Sahel branch, besieged" gives JNIM; nothing for a list ("Mali, Niger,
    Chad signed") or a clause ("Russia, which ..., sent")."""
    if first < 4 or tokens[first - 1].key != ",":
        return []
    close = first - 1
    open_ = next((j for j in range(close - 1, max(0, close - _APPOSITION_REACH), -1)
                  if tokens[j].key == ","), -1)  # fmt: skip
    if open_ < 1:
        return []
    inside = tokens[open_ + 1 : close]
    not_apposed = rules.class_words("NOT_APPOSITION")
    if any(t.key in not_apposed or _verb_like(t) for t in inside):
        return []
    if not any(open_ < m.first and m.last <= close for m in candidates):
        return []  # an apposition with no actor in it misleads no one
    named = next((m for m in candidates if m.last == open_), None)
    return [named] if named is not None else []


def verb_list_end(rules: Rules, tokens: tuple[Token, ...], last: int) -> int | None:
    """Where the shared object starts when the verb ending at word ``last`` is one of a
    list closed by "and" or "or" ("shelter, train and arm the rebels": after "arm"),
    else None."""
    no_verb = DETERMINERS | PREPOSITIONS | rules.class_words("SUBJECT_PRONOUN")
    no_verb |= rules.class_words("NOT_CONJUNCT")
    j, closed = last, False
    while not closed and j + 1 < len(tokens):
        separator, word = tokens[j].key, tokens[j + 1]
        if separator == "," and word.key in ("and", "or"):
            j += 1  # "armed, trained, and funded"
            continue
        if separator not in (",", "and", "or"):
            return None
        if not (word.text.isalpha() and word.text.islower()) or word.key in no_verb:
            return None
        closed = separator in ("and", "or")
        j += 2
    return j if closed else None


def spoken(rules: Rules, code: str) -> bool:
    """Whether the CAMEO code is an act done by saying it (an appeal, a demand, a
    complaint, a threat): the taxonomy's class "said"."""
    return rules.in_code_class(code, "said")


def sayer_goes_on(
    rules: Rules,
    code: str,
    claimant: ActorMention,
    reported: int,
    subjects: Sequence[ActorMention],
) -> bool:
    """Whether a verb after "and" goes on with the one who speaks, not with the act it
    reports: "Seoul said Pyongyang fired missiles and urged it to return to talks". A
    speech act (an appeal, a demand, a protest, a threat) does, when the claimant was
    named before the act reported (at word ``reported``) and is none of its actors; a
    material act ("and launched drones") goes on with the reported act's actor."""
    if not spoken(rules, code):
        return False
    if not claimant.first >= 0 or claimant.last > reported:
        return False
    return all(s.country != claimant.country for s in subjects)


def caused_act(
    rules: Rules, tokens: tuple[Token, ...], first: int, candidates: Sequence[ActorMention]
) -> bool:
    """Whether the infinitive at word ``first`` is an act another actor was made or let
    do ("prompting Kabul to summon", "forced Armenia to recall"), not the purpose of
    the act before it ("sent troops to train"): an actor stands between a causing verb
    and the "to"."""
    if first < 3 or tokens[first - 1].key != "to":
        return False
    actor = next((m for m in candidates if m.last == first - 1), None)
    if actor is None:
        return False
    j = actor.first - 1
    while j >= 0 and tokens[j].key in DETERMINERS:
        j -= 1
    return j >= 0 and tokens[j].key in rules.class_words("CONTROL_VERB")


def main_subject(
    tokens: tuple[Token, ...],
    end: int,
    candidates: Sequence[ActorMention],
    earlier: Sequence[tuple[int, ActorMention]],
) -> list[ActorMention]:
    """The subject of the main clause that ends at word ``end``: the actors of the last
    event a verb of that clause made (``earlier``: trigger start and actor), else its
    first actor standing before any verb and outside a prepositional phrase. A relative
    clause right before ``end`` ("struck the city, which Kyiv retook in 2022, killing")
    is skipped: the clause is the one before it."""
    start = end
    while start > 0 and tokens[start - 1].key not in HARD_BREAK:
        start -= 1
    if _closes_relative(tokens, end) and start >= 3 and tokens[start - 2].key == ",":
        end = start - 2
        start = end
        while start > 0 and tokens[start - 1].key not in HARD_BREAK:
            start -= 1
    # the nearest act's: "accused Y of attacking Z, killing 12" is Y's killing
    latest = max((at for at, _ in earlier if start <= at < end), default=-1)
    if latest >= 0:
        return _distinct([actor for at, actor in earlier if at == latest])
    taken = {i for m in candidates for i in range(m.first, m.last)}
    for m in candidates:
        if not start <= m.first < end:
            continue
        if any(_verb_like(tokens[i]) for i in range(start, m.first) if i not in taken):
            return []  # the first actor comes after the verb: its object, not its subject
        if not _in_prep_phrase(tokens, m):
            return _conjuncts_right(tokens, m, candidates)
    return []


def _closes_relative(tokens: tuple[Token, ...], end: int) -> bool:
    """Whether the comma at ``end`` closes a relative clause ("Azerbaijan, which Russia
    accused of ..., summoned"): the verb after it is its antecedent's, not a list's."""
    start = end
    while start > 0 and tokens[start - 1].key not in HARD_BREAK:
        start -= 1
    return start > 0 and tokens[start - 1].key in _RELATIVE_OPENERS


def _past(token: Token) -> bool:
    key = token.key
    if not token.text.isalpha() or not token.text.islower():
        return False
    return key in IRREGULAR_VERBS or (len(key) > 4 and key.endswith("ed"))


def _verb_like(token: Token) -> bool:
    key = token.key
    if not token.text.isalpha() or not token.text.islower():
        return False
    return key in AUXILIARIES or key in IRREGULAR_VERBS or (len(key) > 4 and key.endswith("ed"))
