"""Trigger words that name an act but report none in their sentence: a noun inside a
prepositional phrase ("involved in arms transfers"), a definite noun pointing back at a
known act ("condemned the attack"), a gerund inside a phrase ("in fighting that lasted
days"), the topic of a verb of deliberation ("met to discuss joint patrols"), and a verb's
word used as the noun of a thing ("British ships shot down drones").
``events.assemble`` drops them before it looks for actors."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.arguments import _DETERMINERS, _IRREGULAR_PARTICIPLES, _PARTITIVES
from watchfloor.extract.lexicon import AUXILIARIES, BE, PREPOSITIONS, words
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

# words that make what follows a verb: "is shipping", "must send"
VERBAL = AUXILIARIES | BE | words("must do")
_DEFINITE_POINTERS = words("the this that these those such")
_ADJECTIVE_ENDINGS = (
    "al", "ic", "ive", "ous", "ent", "ant", "ary", "ful", "less", "ish", "ile", "cit", "ional"
)  # fmt: skip
_COLLECTIONS = words("package packages round rounds set series raft wave tranche list")
_LIGHT_VERBS = words("part engaged engage engages participated participate joined")
# words before a noun, never before a verb: "the arms", "its supplies", "Russia's ships"
# ("of" is not one: "accused Pyongyang of shipping arms" ships them)
_NOUN_MARKERS = words("the a an its their his her our this these those 's such more")
# words that lead a verb, never modify a noun: "and ships", "they ship", "also shipping"
_VERB_LEADS = words("and or but also then still now thus which who that it they he she we i you")


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


def _deliberated(tokens: tuple[Token, ...], trigger: Trigger, deliberating: frozenset[str]) -> bool:
    """A trigger that is what a verb of deliberation is about ("met to discuss joint patrols",
    "parliament debated sending troops"): talked of, not done; the talks are an act of their
    own."""
    j = trigger.first - 1
    while j >= 0 and (tokens[j].key in _DETERMINERS - {"'s"} or _adjective(tokens[j])):
        j -= 1
    return j >= 0 and tokens[j].key in deliberating


def _noun_not_verb(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    things: frozenset[str],
    candidates: Sequence[ActorMention],
    parse: LazyParse | None,
) -> bool:
    """A verb trigger whose word is a noun naming a thing: "U.S. and British ships shot down
    drones" ships nothing. The word before it mostly tells: a determiner, a figure or a
    demonym makes it a noun ("the arms", "two ships", "Iranian arms"), an auxiliary a verb
    ("is shipping"); only the rest is asked of the parse."""
    first = trigger.first
    if tokens[first].key not in things:
        return False
    before = tokens[first - 1] if first > 0 else None
    if before is None or before.key in VERBAL:
        return False
    if before.key in _NOUN_MARKERS or before.key[:1].isdigit():
        return True
    if _modifier_like(before):
        return True  # "merchant ships", "artillery shells", "international shipping"
    if any(m.last == first and m.kind == "demonym" for m in candidates):
        return True
    read = parse.get() if parse is not None else None
    if read is None:
        return False
    return read.words[read.at(tokens[first].start)].tag.startswith("NN")


def _modifier_like(token: Token) -> bool:
    """A lower-case word that may modify a noun after it, not be a verb's subject or lead
    ("merchant", "artillery"; not "they", "and", "also", "reportedly", "of")."""
    key = token.key
    return (
        token.text.islower() and key.isalpha() and key not in _VERB_LEADS
        and key not in PREPOSITIONS and not key.endswith("ly")
    )  # fmt: skip


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
