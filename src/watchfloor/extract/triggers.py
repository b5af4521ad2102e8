"""Trigger matching: where the pattern file's words match a sentence's tokens (gaps,
classes, code names), each match a ``Trigger`` with its pattern and span."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.lexicon import DETERMINERS, QUOTES, past_verb, words
from watchfloor.extract.rules import EventPattern, Rules, Slot, is_codename
from watchfloor.extract.text import Token

_PUNCTUATION = words("; : — – ( ) ? ! , .")
# "and" + a verb opens a second act: a gap stops there
_COORDINATORS = words("and or but")


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: EventPattern
    first: int
    last: int
    order: int  # the pattern's line, for ties


def find_triggers(
    tokens: tuple[Token, ...], rules: Rules, blocked: frozenset[int]
) -> list[Trigger]:
    """Every pattern match whose first word is not inside an actor or claimant phrase."""
    found: list[Trigger] = []
    modifiers = rules.class_words("MODIFIER_TRIGGER")
    heads = rules.class_words("MODIFIED_HEAD")
    present = frozenset(t.key for t in tokens)
    for i, token in enumerate(tokens):
        if i in blocked:
            continue
        if token.key in modifiers and i + 1 < len(tokens) and tokens[i + 1].key in heads:
            continue  # "riot police", "riot gear": a modifier names a body, not the act
        noun = _plural_noun(tokens, i)
        for order, pattern in enumerate(rules.patterns.get(token.key, ())):
            if noun and len(pattern.slots) == 1:
                continue  # a one-word trigger in -s is a verb: "Iran ships drones"
            if not _possible(pattern, present):
                continue
            end = _match(pattern.slots, tokens, 0, i)
            if end is not None:
                found.append(Trigger(pattern, i, end, order))
    return found


def _possible(pattern: EventPattern, present: frozenset[str]) -> bool:
    """Whether the sentence holds a word for each of the pattern's later fixed slots."""
    return all(not slot_words.isdisjoint(present) for slot_words in pattern.later)


def _plural_noun(tokens: tuple[Token, ...], i: int) -> bool:
    """ "sending ships and aircraft", "two ships", "the ships": after a gerund, a number
    or a determiner a word in -s is a plural noun, not a verb ("Iran ships drones")."""
    if i == 0 or not tokens[i].key.endswith("s") or tokens[i].key.endswith("ss"):
        return False
    before = tokens[i - 1]
    gerund = before.key.endswith("ing") and before.text.islower() and len(before.key) > 5
    return gerund or before.text[:1].isdigit() or before.key in DETERMINERS - {"his", "her"}


def _match(slots: tuple[Slot, ...], tokens: tuple[Token, ...], si: int, ti: int) -> int | None:
    """End (exclusive) of a match of ``slots[si:]`` at token ``ti``, or None."""
    if si == len(slots):
        return ti
    slot = slots[si]
    if slot.gap:
        skipped = 0
        for j in range(ti, len(tokens) + 1):
            if j > ti:
                if tokens[j - 1].key in _PUNCTUATION:
                    break
                if j - 1 > ti and _second_act(tokens, j - 1):
                    break  # "trained and equipped the coast guard": one object, shared
                # an opening quotation mark is no word of the gap: 'urged both sides to
                # show "restraint"' asks as much as 'urged both sides to show restraint';
                # a closing one still counts, so a gap does not run on past the quotation
                skipped += not _opens_quote(tokens, j - 1)
            if skipped > slot.gap or j >= len(tokens):
                break
            end = _match(slots, tokens, si + 1, j)
            if end is not None:
                return end
        return None
    if ti < len(tokens) and tokens[ti].key in slot.words:
        return _match(slots, tokens, si + 1, ti + 1)
    end = _codename_end(tokens, ti) if slot.codename else None
    return _match(slots, tokens, si + 1, end) if end is not None else None


def _second_act(tokens: tuple[Token, ...], i: int) -> bool:
    """A coordinator followed by a verb in the past starts a second act ("detained 12
    fishermen and impounded three boats"): each conjunct is read on its own, so a gap
    running over it would make one act of two and hide the second verb's own pattern."""
    return tokens[i].key in _COORDINATORS and i + 1 < len(tokens) and past_verb(tokens[i + 1])


def _opens_quote(tokens: tuple[Token, ...], i: int) -> bool:
    """A quotation mark written against the word after it and apart from the one before."""
    if tokens[i].key not in QUOTES or i + 1 >= len(tokens):
        return False
    attached_after = tokens[i + 1].start == tokens[i].end
    attached_before = i > 0 and tokens[i - 1].end == tokens[i].start
    return attached_after and not attached_before


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


def _words(trigger: Trigger) -> int:
    """Word slots of the pattern: "hold ~ marathon ~ talks" says more than "hold ~ talks"."""
    return sum(1 for slot in trigger.pattern.slots if not slot.gap)
