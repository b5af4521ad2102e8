"""Who did what to whom, read from the parse: the syntax layer's answers to argument
assignment, in terms of the rules' actor mentions.

The rules keep the first word: where the parse adds something, it is a construction the
token windows cannot see: a complement clause with its own subject ("sent troops to
help Russia fight": Russia fights), a prepositional target the pattern names but a
phrase keeps far from the verb ("lodged a protest with the Hungarian ambassador"), the
doer of an act the object names ("condemned the capture of the town by the rebels"), and
clauses modifying a noun, whose dates and
figures are theirs ("months after an incursion that Ukraine launched in August")."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.lexicon import CLAUSE_OPENERS, PREPOSITIONS, RELATIVE_PRONOUNS
from watchfloor.extract.syntax import OBJECTS, Parse
from watchfloor.extract.text import Token

# a noun's own modifiers, which may name its country: "a Ukrainian offensive"
_MODIFIERS = ("amod", "compound", "nmod")
# the prepositions naming an act's target: with them, "of" names its doer
_AIMS = ("against", "on", "upon")
# what a reaction may name its act after: "protested against the rally" (not "concern
# over the pact signed by X", whose signers are not what worries)
_REACTED_TO = ("against",)


def trigger_verb(parse: Parse, tokens: tuple[Token, ...], first: int) -> int:
    """The parse's verb for a trigger starting at token ``first``."""
    return parse.verb_of(parse.at(tokens[first].start))


def _mention_at(
    parse: Parse,
    tokens: tuple[Token, ...],
    word: int,
    candidates: Sequence[ActorMention],
) -> ActorMention | None:
    """The actor mention a phrase's head word names ("Russia", "the Hungarian
    ambassador"), or its modifier does ("a Ukrainian offensive"); not one buried deeper
    ("the Treaty signed by Kim", "Russia's war")."""
    words = parse.words
    near = [word, *[c for c in parse.children(word) if words[c].dep in _MODIFIERS]]
    for w in near:
        start = words[w].start
        for m in candidates:
            if tokens[m.first].start <= start < tokens[m.last - 1].end:
                return m
    return None


def may_name_controlled(
    tokens: tuple[Token, ...],
    first: int,
    candidates: Sequence[ActorMention],
    control_verbs: frozenset[str],
) -> bool:
    """Whether the parse could find a controlled subject at all, from the tokens alone:
    the one who acts stands after the control verb and before the trigger ("helped
    Russia fight", "let Kyiv strike"); with no actor there, no parse is made."""
    control = next((i for i in range(first) if tokens[i].key in control_verbs), -1)
    return control >= 0 and any(control < m.first < first for m in candidates)


def controlled_subject(
    parse: Parse | None,
    tokens: tuple[Token, ...],
    first: int,
    candidates: Sequence[ActorMention],
    control_verbs: frozenset[str],
) -> ActorMention | None:
    """The actor of a complement of a control verb: "to help Russia fight a Ukrainian
    offensive" makes Russia the one who fights, not the one who sent help."""
    if parse is None:
        return None
    verb = trigger_verb(parse, tokens, first)
    if not parse.controlled(verb, control_verbs):
        return None
    subject = parse.own_subject(verb)
    if subject < 0:
        # "helped Russia to fight": the control verb's object acts
        subject = parse.child(parse.words[verb].head, OBJECTS)
    return _mention_at(parse, tokens, subject, candidates) if subject >= 0 else None


def may_name_target(
    tokens: tuple[Token, ...], how: Sequence[str], candidates: Sequence[ActorMention]
) -> bool:
    """Whether the parse could find a target after one of the pattern's prepositions,
    from the tokens alone: the target is the head of the noun phrase that is the
    preposition's object, or a modifier of it, so an actor must start inside the phrase
    that follows one of them ("lodged a protest with the newly arrived Hungarian
    ambassador"), before any other preposition, punctuation or clause opens; with none
    there, no parse is made."""
    if "obj" in how:
        return bool(candidates)  # an object may stand anywhere the verb's clause reaches
    starts = {m.first for m in candidates}
    for i, token in enumerate(tokens):
        if token.key not in how:
            continue
        if any(m.first < i < m.last for m in candidates):
            return True  # a name holding the preposition ("Minister for Foreign Affairs")
        j = i + 1
        while j < len(tokens) and j not in starts and _inside_phrase(tokens[j]):
            j += 1
        if j in starts:
            return True
    return False


def _inside_phrase(token: Token) -> bool:
    key = token.key
    if key in PREPOSITIONS or key in CLAUSE_OPENERS:
        return False
    return key[:1].isalnum() or key == "'s"


def parsed_target(
    parse: Parse | None,
    tokens: tuple[Token, ...],
    first: int,
    how: Sequence[str],
    candidates: Sequence[ActorMention],
) -> tuple[str, ActorMention | None]:
    """The target the pattern's slots name, read from the parse: its object ("obj") or
    the object of its preposition, on the verb or on the verb's object."""
    if parse is None:
        return "", None
    verb = trigger_verb(parse, tokens, first)
    trigger_word = parse.at(tokens[first].start)
    for slot in how:
        if slot == "obj":
            words = [c for c in parse.children(verb) if parse.words[c].dep in ("dobj", "dative")]
        else:
            words = parse.prep_objects(verb, slot)
            if trigger_word != verb:
                words += parse.prep_objects(trigger_word, slot)
        for w in words:
            found = _mention_at(parse, tokens, w, candidates)
            if found is not None:
                return slot, found
    return "", None


def foreign_spans(
    parse: Parse | None, anchor: int, temporal: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of the clauses modifying a noun (or temporal, opened by a word of
    ``temporal``) that do not hold the trigger at character ``anchor``: dates, places
    and figures there belong to another act."""
    if parse is None:
        return []
    return parse.char_spans(parse.enclosing_clauses(parse.at(anchor), temporal))


def noun_phrase_of_clause(parse: Parse | None, anchor: int) -> tuple[int, int] | None:
    """The character span of the noun phrase whose relative or participial clause holds
    the trigger at character ``anchor`` ("the contingent Pyongyang sent to fight"), else
    None: the act told there has its figures in that phrase, not in the sentence's main
    clause ("captured two soldiers ... from the contingent Pyongyang sent")."""
    if parse is None:
        return None
    noun = parse.modified_noun(parse.at(anchor))
    if noun < 0:
        return None
    return parse.char_spans([parse.subtree(noun)])[0]


def act_agent(
    parse: Parse | None,
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    candidates: Sequence[ActorMention],
    deeds: frozenset[str] = frozenset(),
) -> ActorMention | None:
    """The doer of the act a trigger's object names, when the object is an act, not an
    actor: "condemned the capture of the town by the rebels", "condemns the strikes carried
    out by the regime", "repelled an attack by Afghan forces", "the aggression of the
    regime against Lebanon", "the raid, which Ecuadorian police carried out", "the
    decision of the French government" (``deeds``: nouns whose "of" names the doer): a
    reaction to an act is aimed at whoever did it."""
    if parse is None:
        return None
    verb = parse.at(tokens[first].start)
    if not parse.words[verb].tag.startswith("VB"):
        return None  # a noun trigger is the act itself: "condemned the strikes by X"
    after = tokens[last - 1].end  # the trigger's own noun is no object: "expressed concern"
    objects = [c for c in parse.children(verb) if parse.words[c].dep == "dobj"]
    objects += [o for p in _REACTED_TO for o in parse.prep_objects(verb, p)]
    for obj in (c for c in objects if parse.words[c].start >= after):
        agent = _agent_of(parse, obj, deeds)
        if agent < 0 and _bare_act(parse, obj):
            # the parser may hang the act's "by" on an active verb: "condemned the capture
            # of the town by the rebels" (a passive's "by" is its agent, "agent")
            by = [c for c in parse.children(verb) if c > obj and parse.words[c].dep == "prep"
                  and parse.words[c].key == "by"]  # fmt: skip
            agent = parse.child(by[0], ("pobj",)) if by else -1
        if agent >= 0:
            return _mention_at(parse, tokens, agent, candidates)
    return None


def _bare_act(parse: Parse, noun: int) -> bool:
    """A noun with nothing after it but its "of" phrase ("the capture of the town"): a
    "by" right after it is its own; after "concern over the treaty signed in June" it is
    the treaty's."""
    words = parse.words
    return all(
        words[c].dep not in ("prep", "acl", "relcl") or words[c].key == "of"
        for c in parse.children(noun)
        if c > noun
    )


def _agent_of(parse: Parse, noun: int, deeds: frozenset[str] = frozenset()) -> int:
    """The word naming who did the act ``noun`` names, else -1: its "by" phrase, the
    "by" phrase of a participle on it ("strikes carried out by"), the subject of a
    relative clause on it ("the ceremony, which a Japanese minister attended"), or its
    "of" phrase when the act also has a target ("the aggression of X against Y") or is a
    deed ("the decision of the French government"; "the arrest of two Britons" is not)."""
    words = parse.words
    for c in parse.children(noun):
        if words[c].dep == "prep" and words[c].key == "by":
            return parse.child(c, ("pobj",))
        if words[c].dep == "acl":
            agent = parse.child(c, ("agent",))
            if agent >= 0:
                return parse.child(agent, ("pobj",))
    of = next((c for c in parse.children(noun)
               if words[c].dep == "prep" and words[c].key == "of"), -1)  # fmt: skip
    doer = parse.child(of, ("pobj",)) if of >= 0 else -1
    if doer >= 0:
        aimed = [c for h in (noun, doer) for c in parse.children(h)
                 if words[c].dep == "prep" and words[c].key in _AIMS]  # fmt: skip
        if aimed or words[noun].key in deeds:
            return doer
    return _relative_subject(parse, noun)


def _relative_subject(parse: Parse, noun: int) -> int:
    """The subject of a relative clause on the noun that is not the noun itself ("the
    raid, which police carried out", "the drill that Greek forces staged"), else -1."""
    words = parse.words
    for c in parse.children(noun):
        subject = parse.child(c, ("nsubj",)) if words[c].dep == "relcl" else -1
        if subject >= 0 and words[subject].key not in RELATIVE_PRONOUNS:
            return subject
    return -1
