"""Firms whose licence or permit a state suspends, revokes or withdraws, named by a
common noun: "suspended the subcontractor's permit", "revoked the licences of 12
recruitment agencies". The annotators code such a firm as the target (BUS): the one the
story named before, for a definite noun ("the company's permit"); a firm counted or
indefinite ("the licences of 12 agencies") and given no nationality is one of the state
that licenses it, its own BUS (a regulator licenses the firms working in its country).
Only a firm noun standing as the holder of a LICENCE word makes a mention here, so "the
agency said" stays a state's agency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_HOLDER_REACH = 5  # "the licences of 12 education consultancies": "of" to the firm noun
_FIRM = "BUS"
# the kind of the mentions made here: a firm its own state's regulator acts on is a side
# of its own (arguments._same_side), as the annotators code it
HOLDER = "licence_holder"
# "the firm's", "the transport firms": the firm the story spoke of
_DEFINITE = frozenset({"the", "its", "their", "this", "that", "these", "those"})
_STOPS = frozenset({",", ";", ":", "and", "or", "to", "for", "that", "which", "who"})


def licence_holders(
    rules: Rules,
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """A mention for each nameless firm holding a licence or permit in the sentence."""
    licences = rules.class_words("LICENCE")
    if not any(t.key in licences for t in tokens):
        return []  # most sentences: one look
    firms = rules.class_words("FIRM_NOUN")
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i, token in enumerate(tokens):
        if token.key not in licences:
            continue
        at = _holder(tokens, i, firms, taken)
        if at < 0:
            continue
        definite = any(t.key in _DEFINITE for t in tokens[max(0, at - 2) : at])
        state = _licensor(found, at, context, definite)
        if state is not None:
            out.append(_mention(tokens, at, state))
    return out


def _holder(tokens: tuple[Token, ...], i: int, firms: frozenset[str], taken: set[int]) -> int:
    """Where the firm noun holding the licence at ``i`` stands, or -1: "the firm's
    permit" (noun, "'s", licence) or "licences of [12 education] agencies"."""
    if i >= 2 and tokens[i - 1].key == "'s" and tokens[i - 2].key in firms:
        # "the Bosnian subcontractor's permit": the nationality says whose
        return i - 2 if not {i - 3, i - 2} & taken else -1
    if i + 1 >= len(tokens) or tokens[i + 1].key != "of":
        return -1
    for j in range(i + 2, min(len(tokens), i + 2 + _HOLDER_REACH)):
        if j in taken or tokens[j].key in _STOPS:
            return -1  # a named holder ("of Acme") is the argument rules' to read
        if tokens[j].key in firms:
            return j if j - 1 not in taken else -1
    return -1


def _licensor(
    found: Sequence[ActorMention], at: int, context: DocumentContext, definite: bool
) -> ActorMention | None:
    """Whose firm it is: the firm the story named before, for a definite noun; else
    the state named before it in the sentence (the regulator's)."""
    if definite:
        # "the subcontractor's permit": the firm the story named; of a state unsaid,
        # no guess
        return context.firm
    before = [m for m in found if m.last <= at and m.resolved and m.country != "IGO"]
    return before[-1] if before else None


def _mention(tokens: tuple[Token, ...], at: int, owner: ActorMention) -> ActorMention:
    code = owner.code if owner.role == _FIRM else owner.country + _FIRM
    token = tokens[at]
    return replace(
        owner, first=at, last=at + 1, code=code, role=_FIRM, kind=HOLDER, text=token.text,
        start=token.start, end=token.end,
    )  # fmt: skip
