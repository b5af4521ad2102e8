"""Words that point back at an actor named before: pronouns ("he", "him", "they", "it"),
a surname after the full name ("Kim" after "Kim Jong Un"), a head noun after the full
name ("the Council" after "the Council of the European Union")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.adjuncts import participial_adjunct
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.lexicon import DEFINITE
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

PERSON_KINDS = frozenset({"leader", "role"})
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they", "us": "we"}
# object pronouns that may stand right after a participle opening an adjunct
_ADJUNCT_OBJECTS = frozenset({"it", "him", "her", "them"})


def pronoun_mentions(
    rules: Rules,
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """A mention for each pronoun that has a referent; "they" after a list of actors
    stands for every one of them (mentions sharing one span)."""
    out: list[ActorMention] = []
    taken = {i for m in found for i in range(m.first, m.last)}
    pronouns = rules.class_words("PRONOUN")
    titles = rules.class_words("PERSON_TITLE")
    bodies = rules.class_words("IT_BODY")
    for i, token in enumerate(tokens):
        if token.key not in pronouns or i in taken or _possessive_her(tokens, i):
            continue
        earlier = [m for m in found if m.last <= i]
        object_of = _adjunct_object(rules, tokens, i, earlier)
        referents = object_of or _referents(token.key, earlier, context, tokens, titles, bodies)
        for referent in referents:
            out.append(standing_at(referent, token, i))
    return out


def _adjunct_object(
    rules: Rules, tokens: tuple[Token, ...], i: int, earlier: Sequence[ActorMention]
) -> list[ActorMention]:
    """ "expelled a Philippine vessel, accusing it of": the object "it" of a participial
    adjunct is not the main subject that adjunct shares; it is the last thing the main
    clause named after its subject. So are "him", "her" and "them" ("ordered an Iranian
    diplomat to leave, accusing him of", "police detained 14 Filipino fishermen, accusing
    them of"): an object pronoun is never its own clause's subject."""
    word = tokens[i].key
    if word not in _ADJUNCT_OBJECTS or i == 0 or participial_adjunct(rules, tokens, i - 1) is None:
        return []
    if tokens[i - 1].key in rules.class_words("SAYING_PARTICIPLE"):
        return []  # ", saying it would respond": the subject of what is said
    things = [m for m in earlier if word != "it" or m.kind not in PERSON_KINDS]
    # a party, not a place a phrase names ("seized a tanker in the Gulf of Oman"); "cut
    # relations with the UAE, calling it" names a party
    placing = rules.class_words("PLACING")
    others = [m for m in things[1:]
              if m.country != things[0].country and not _placed(tokens, m, placing)]  # fmt: skip
    return others[-1:]


def _placed(tokens: tuple[Token, ...], m: ActorMention, placing: frozenset[str]) -> bool:
    j = m.first - 1
    while j >= 0 and tokens[j].key in DEFINITE:
        j -= 1
    return j >= 0 and tokens[j].key in placing


def _possessive_her(tokens: tuple[Token, ...], i: int) -> bool:
    """ "her Russian counterpart": a determiner, not the object "her"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].key == "her"
        and nxt is not None
        and nxt.text[:1].isalpha()
        and nxt.key not in ("and", "or", "to", "in", "at", "on", "with", "as", "for", "of")
    )


def _referents(
    word: str,
    earlier: Sequence[ActorMention],
    context: DocumentContext,
    tokens: tuple[Token, ...],
    titles: frozenset[str],
    bodies: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    subject_form = _SUBJECT_OF.get(word, word)
    if subject_form in ("he", "she"):
        people = [m for m in earlier if _is_person(m, tokens, titles)]
        # "Kim welcomed him": the object is someone other than this sentence's person
        if word in ("him", "her"):
            others = [m for m in context.people() if all(m.country != p.country for p in people)]
            return others[-1:]
        if people:
            return people[-1:]
    if subject_form == "they":
        chain = _last_list(earlier, tokens)
        if len(chain) > 1:
            return chain
        # a plural pronoun agrees with a plural phrase, not a state's singular name:
        # "expelled three diplomats, accusing them"; the object form with the last one
        plural = [m for m in earlier if plural_mention(m, tokens)]
        if plural and (word == "them" or not plural_mention(earlier[0], tokens)):
            return plural[-1:]
        if earlier:
            # "Houthis say they fired": the sentence's own subject, not the last story's
            return [earlier[0]]
    if word == "it":
        # only within the sentence: a sentence-initial "it" is mostly "it was ..."
        things = [m for m in earlier if m.kind not in PERSON_KINDS or _body(m, tokens, bodies)]
        return things[:1]
    referent = context.pronoun(subject_form)
    if referent is not None and word == "us" and referent.role == "LEG" and context.chamber:
        # a member's "us" ("Russia has been attacking us for years") is the nation
        referent = replace(referent, code=referent.country, role="")
    return [referent] if referent is not None else []


def _body(m: ActorMention, tokens: tuple[Token, ...], bodies: frozenset[str]) -> bool:
    """A role named by a body, not a person ("the interior ministry", "the government"):
    "it" can stand for it, as for a state's name; "the minister" is "he" or "she"."""
    return m.kind == "role" and tokens[m.last - 1].key in bodies


def _is_person(m: ActorMention, tokens: tuple[Token, ...], titles: frozenset[str]) -> bool:
    """A leader or role by name, or a state's office named by a person's title: "Kenya's
    foreign minister said he had met ..." is the minister, as "Ruto said he" is Ruto (a
    "foreign ministry" is no "he")."""
    return m.kind in PERSON_KINDS or tokens[m.last - 1].key in titles


def plural_mention(m: ActorMention, tokens: tuple[Token, ...]) -> bool:
    """Whether a mention names several: its head noun is plural ("Russian diplomats",
    "two French broadcasters", "the Houthis"); a state's name is one ("the Philippines")."""
    head = tokens[m.last - 1]
    after = tokens[m.last] if m.last < len(tokens) else None
    if m.kind == "demonym" and not head.text.islower() and after is not None:
        head = after  # "French broadcasters": the noun after the adjective
    if head.text.islower():
        return _plural_noun(head.key)
    return m.kind == "group" and _plural_noun(head.key)


def _plural_noun(key: str) -> bool:
    return key.isalpha() and key.endswith("s") and not key.endswith(("ss", "us", "is"))


def _last_list(earlier: Sequence[ActorMention], tokens: tuple[Token, ...]) -> list[ActorMention]:
    """The last list of actors joined by commas and "and": "the UK, France and Germany"."""
    if not earlier:
        return []
    chain = [earlier[-1]]
    for m in reversed(earlier[:-1]):
        between = [t.key for t in tokens[m.last : chain[0].first] if t.key != "the"]
        if between not in ([","], ["and"], [",", "and"]):
            break
        chain.insert(0, m)
    return chain


def alias_mentions(
    tokens: tuple[Token, ...], body: str, found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """Surnames and head nouns of actors named earlier in the document."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        earlier = context.alias(token.text) if token.text[:1].isupper() else None
        if earlier is None and context.broken_case and token.text.isalpha():
            earlier = context.alias(token.text.upper())  # "the saf" after "(SAF)"
        referent = earlier or _head_noun(tokens, i, context)
        if referent is not None:
            out.append(standing_at(referent, token, i))
    return out


def _head_noun(tokens: tuple[Token, ...], i: int, context: DocumentContext) -> ActorMention | None:
    """ "the Council" after "the Council of the European Union", "the command" after
    "the Eastern Theater Command"."""
    if i == 0 or tokens[i - 1].key not in ("the", "this"):
        return None
    return context.head_noun(tokens[i].key)


def standing_at(referent: ActorMention, token: Token, i: int) -> ActorMention:
    """The referent, as a mention at the word ``i`` that names it."""
    return ActorMention(
        i, i + 1, referent.code, referent.role, referent.kind, token.text, token.start, token.end
    )
