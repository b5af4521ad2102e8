"""Mentions that name an actor only through the document: pronouns ("he", "him", "they",
"it"), a surname after the full name ("Kim" after "Kim Jong Un"), a head noun after the
full name ("the Council" after "the Council of the European Union"), a name that needs
its story ("the North" in a Korean story), and a role placed by the sentence ("In Seoul,
the foreign ministry")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import COUNTRYISH, ActorMention
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_PERSON_KINDS = frozenset({"leader", "role"})
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
PRONOUNS = frozenset({"he", "she", "we", "they", "it", "him", "her", "them"})


def pronoun_mentions(
    tokens: Sequence[Token], found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """A mention for each pronoun that has a referent; "they" after a list of actors
    stands for every one of them (mentions sharing one span)."""
    out: list[ActorMention] = []
    taken = {i for m in found for i in range(m.first, m.last)}
    for i, token in enumerate(tokens):
        if token.key not in PRONOUNS or i in taken:
            continue
        earlier = [m for m in found if m.last <= i]
        for referent in _referents(token.key, earlier, context, tokens):
            out.append(replace(referent, first=i, last=i + 1, text=token.text,
                               start=token.start, end=token.end))  # fmt: skip
    return out


def alias_mentions(
    tokens: Sequence[Token], body: str, found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """Surnames and head nouns of actors named earlier in the document."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        earlier = context.alias(token.text) if token.is_capitalised else None
        head = _head_noun(tokens, i, context)
        referent = earlier or head
        if referent is not None:
            out.append(replace(referent, first=i, last=i + 1, text=token.text,
                               start=token.start, end=token.end, kind=referent.kind))  # fmt: skip
    return out


def context_mentions(
    rules: Rules,
    tokens: Sequence[Token],
    body: str,
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """Names that mean an actor only in context ("the North" in a Korean story)."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    texts = tuple(t.text.replace("’", "'") for t in tokens)
    for alias in rules.context_actors:
        n = len(alias.words)
        for i in range(len(tokens) - n + 1):
            if texts[i] != alias.words[0] or i in taken or texts[i : i + n] != alias.words:
                continue
            window = tokens[i : i + n]
            if context.mentioned(alias.requires):
                start, end = window[0].start, window[-1].end
                out.append(ActorMention(i, i + n, alias.code, "", "context", body[start:end],
                                        start, end))  # fmt: skip
    return out


def placed_role(
    mention: ActorMention, tokens: Sequence[Token], found: Sequence[ActorMention]
) -> ActorMention | None:
    """"In Seoul, the foreign ministry said": a role takes the country of the capital that
    opens its sentence."""
    if not mention.role or mention.first < 3:
        return None
    for m in found:
        opens = m.first == 1 and tokens[0].key == "in" and tokens[m.last].key == ","
        if opens and m.kind in COUNTRYISH and m.last < mention.first:
            return replace(mention, code=m.country + mention.role)
    return None


def _referents(
    word: str,
    earlier: Sequence[ActorMention],
    context: DocumentContext,
    tokens: Sequence[Token],
) -> list[ActorMention]:
    subject_form = _SUBJECT_OF.get(word, word)
    if subject_form in ("he", "she"):
        people = [m for m in earlier if m.kind in _PERSON_KINDS]
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
    if word == "it":
        # only within the sentence: a sentence-initial "it" is mostly "it was ..."
        things = [m for m in earlier if m.kind not in _PERSON_KINDS]
        return things[:1]
    referent = context.pronoun(subject_form)
    return [referent] if referent is not None else []


def _last_list(earlier: Sequence[ActorMention], tokens: Sequence[Token]) -> list[ActorMention]:
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


def _head_noun(
    tokens: Sequence[Token], i: int, context: DocumentContext
) -> ActorMention | None:
    """"the Council" after "the Council of the European Union", "the command" after
    "the Eastern Theater Command"."""
    if i == 0 or tokens[i - 1].key not in ("the", "this"):
        return None
    return context.head_noun(tokens[i].key)
