"""Firms a story names by their owner's state or points back at with a common noun.

"Zambian police arrested three managers of the Indian-owned Kafue Copper Refinery": a
firm whose owner a nationality names ("Indian-owned", "Malaysian-owned contractor") is
that state's firm (BUS), which a later "the refinery" or "the company" points back at.
"The Ministry of Mines suspended the refinery's operating licence": a measure (the
firm_measure class) whose target is only the firm's common noun in the possessive is
aimed at the firm the story last named.
"""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

_FIRM = "BUS"
# how many words may stand between "Indian-owned" and the firm's noun: "the
# Indian-owned Kafue Copper Refinery"
_NAME_REACH = 4
_POSSESSIVE = frozenset(("'s", "’s"))
_DETERMINERS = frozenset(("the", "this", "that"))


def _firm_words(rules: Rules) -> frozenset[str]:
    return rules.class_words("FIRM_NOUN") | rules.class_words("FIRM_SITE")


def owned_firm(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention], rules: Rules
) -> ActorMention | None:
    """The last firm of the sentence named by its owner's nationality ("the Indian-owned
    Kafue Copper Refinery", "a Malaysian-owned contractor"), as that state's BUS; None
    when there is none. A "Chinese-flagged longliner" is a boat, not a firm."""
    owning = rules.class_words("OWNED_BY")
    nouns = _firm_words(rules)
    found: ActorMention | None = None
    for m in mentions:
        if not m.code or m.role or m.last > len(tokens):
            continue
        suffix = tokens[m.last - 1].key.rpartition("-")[2]
        if suffix not in owning:
            continue
        end = min(m.last + _NAME_REACH, len(tokens))
        if any(tokens[i].key in nouns for i in range(m.last, end)):
            found = ActorMention(m.first, m.last, m.code[:3] + _FIRM, _FIRM, "role", m.text,
                                 m.start, m.end)  # fmt: skip
    return found


def possessed_firm(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    candidates: Sequence[ActorMention],
    rules: Rules,
    firm: ActorMention | None,
) -> list[ActorMention]:
    """Whose licence, permit or concession a measure suspends when the pattern found no
    target: a firm named inside the trigger ("suspended Acme's licence"), else "the
    company's" or "the refinery's" there, the firm the story last named; [] otherwise."""
    if not rules.in_code_class(trigger.pattern.code, "firm_measure"):
        return []
    inside = [c for c in candidates if trigger.first < c.first < trigger.last and c.role == _FIRM]
    if inside and inside[0].code:
        return [inside[0]]
    if firm is None:
        return []
    nouns = _firm_words(rules)
    for i in range(trigger.first + 2, trigger.last - 1):
        t = tokens[i]
        owner = tokens[i - 1].key in _DETERMINERS and tokens[i + 1].key in _POSSESSIVE
        if t.key in nouns and owner:
            return [ActorMention(i, i + 1, firm.code, firm.role, "role", t.text, t.start, t.end)]
    return []
