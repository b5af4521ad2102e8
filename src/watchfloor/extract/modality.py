"""Acts a sentence names but does not say anyone did, does or will do: they make no
event (spec section 3). Each is a construction, not a word list:

- advice: "South Korea should strengthen intelligence sharing", "Tokyo ought to expel
  the envoy": a recommendation, whoever makes it;
- counterfactual: "a resolution that would have renewed the sanctions": what did not
  happen, anywhere in its clause after "would have";
- resolve: "Manila will not be intimidated": a refusal to undergo an act that nobody is
  said to do;
- speculation: "analysts say Beijing could blockade the island": a hedged act inside the
  claim of unnamed commentators;
- appeal: "called on Serbia to release the detained officers", "urged both sides to
  stop fighting": what an appeal or demand asks for is not done; the appeal is the
  event."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.arguments import _ADVERBS, clause_of
from watchfloor.extract.attribution import has_cue
from watchfloor.extract.certainty import MODAL_REACH
from watchfloor.extract.events import Assembled
from watchfloor.extract.lexicon import words
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_NEGATED = words("not n't never")
# the endings of a finite verb in the past or third person, as the appeal verb is
# written ("urged", "urges"); a bare infinitive ending so ("proceed", "press") is none
_FINITE_ENDINGS = ("ed", "s")
_BARE_ENDINGS = ("eed", "ss", "us")
# how far before a claim's verb its unnamed claimant may stand ("military experts say")
_PUNDIT_REACH = 4


def unreal(s: _Sentence, event: Assembled, events: Sequence[Assembled], rules: Rules) -> bool:
    """Whether ``event`` is one of the acts above, not an act done."""
    return (
        advised(s, event)
        or counterfactual(s, event)
        or resolved(s, event)
        or speculated(s, event)
        or appealed_for(s, event, events, rules)
    )


def advised(s: _Sentence, event: Assembled) -> bool:
    """An advice word ("should", "ought to", "must") before the act in its clause."""
    clause = clause_of(s.tokens, event.head, event.head + 1)
    reach = max(clause[0], event.head - MODAL_REACH)
    return has_cue(s.cues, "advice", reach, event.head)


def counterfactual(s: _Sentence, event: Assembled) -> bool:
    """ "would have", "could have" before the act in its clause, but not "would have to"."""
    start = clause_of(s.tokens, event.head, event.head + 1)[0]
    return any(
        start <= first < event.head and _key(s, last) != "to"
        for first, last in s.cues["counterfactual"]
    )


def _key(s: _Sentence, i: int) -> str:
    return s.tokens[i].key if i < len(s.tokens) else ""


def resolved(s: _Sentence, event: Assembled) -> bool:
    """ "will not be intimidated", "won't be coerced": a negated passive of the act."""
    i = event.trigger.first
    if i < 2 or s.tokens[i - 1].key != "be":
        return False
    # the tokenizer splits "won't" into "won", "'", "t"
    before = s.tokens[i - 2].key
    return before in _NEGATED or (before == "t" and i >= 3 and s.tokens[i - 3].key == "'")


def speculated(s: _Sentence, event: Assembled) -> bool:
    """A hedged act after "analysts say", "experts believe", "according to observers"."""
    first = event.trigger.first
    for pundit, _ in s.cues["pundit"]:
        if pundit >= first:
            continue
        claimed = any(
            pundit < cue <= pundit + _PUNDIT_REACH and cue < first for cue, _ in s.cues["say"]
        ) or any(cue < pundit <= cue + 3 for cue, _ in s.cues["according"])
        if claimed and has_cue(s.cues, "modal", 0, first):
            return True
    return False


def appealed_for(s: _Sentence, event: Assembled, events: Sequence[Assembled], rules: Rules) -> bool:
    """The act stands after an appeal or demand (the class "asking") that governs it in
    one clause."""
    if rules.in_code_class(event.code, "asking"):
        return False
    start = clause_of(s.tokens, event.head, event.head + 1)[0]
    first = event.trigger.first
    return any(
        rules.in_code_class(a.code, "asking")
        and start <= a.trigger.first and a.trigger.last <= first
        and not _second_verb(s.tokens, a.trigger.first, first)
        for a in events
    )  # fmt: skip


def _second_verb(tokens: tuple[Token, ...], appeal: int, first: int) -> bool:
    """ "urged both sides to show restraint and offered to mediate": a verb after "and"
    inflected as the appeal's own verb is that verb's subject acting again, not a second
    thing asked for, which stands bare ("urged them to stop and return to talks")."""
    j = first - 1
    while j > appeal and tokens[j].key in _ADVERBS:
        j -= 1
    if j <= appeal or tokens[j].key != "and":
        return False
    said, done = tokens[appeal].key, tokens[first].key
    return any(said.endswith(e) and done.endswith(e) for e in _FINITE_ENDINGS) and not any(
        done.endswith(e) for e in _BARE_ENDINGS
    )
