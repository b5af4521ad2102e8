"""Whether a date may sit in a clause telling another act, read from the tokens alone: the
cheap side of the parse's question (``DateQuestion``).

Another act's clause that holds the date but not the trigger ("months after an incursion
that Ukraine launched in August", "the treaty, signed in June, commits") has a word that
opens or heads it: a relative pronoun or subordinator, or a verb. After the trigger, that
word stands between the trigger and the date; before it, anywhere before the trigger.
Where no such word stands there ("struck Kyiv on Monday", "On Monday, Russia struck"),
the date is the trigger's own and the parse is not asked. The test errs towards asking:
a noun that looks like a verb ("the strikes", "a red line") only costs a parse."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.lexicon import (
    CLAUSE_OPENERS,
    DETERMINERS,
    IRREGULAR_VERBS,
    PREPOSITIONS,
)
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

# the regular verb forms that head a participial or relative clause: "signed", "fighting"
_SUFFIXES = ("ed", "ing")


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The words by which the tokens and the parse tell another clause than a trigger's
    (``cues.tsv``, ``noun_classes.tsv``)."""

    saying: frozenset[str]  # reporting verbs, which may head another clause ("X said")
    not_infinitive: frozenset[str]  # NOT_INFINITIVE: after "to", no verb ("to the")
    temporal: frozenset[str]  # TEMPORAL_OPENER: "traded strikes after India launched"

    @classmethod
    def from_rules(cls, rules: Rules) -> ClauseWords:
        return cls(
            saying=frozenset(p[0] for p in rules.cues.get("say", ()) if len(p) == 1),
            not_infinitive=rules.class_words("NOT_INFINITIVE"),
            temporal=rules.class_words("TEMPORAL_OPENER"),
        )


def may_open_clause(tokens: tuple[Token, ...], i: int, words: ClauseWords) -> bool:
    """Whether word ``i`` may open or head another clause: a relative pronoun or
    subordinator, a verb form (regular past or participle, irregular, a reporting verb) or
    the "to" of an infinitive. An auxiliary opens none: the clause it stands in has one
    of those too ("which has", "Iran has sent"). A capitalised word within the sentence
    is a name ("United", "Beijing"), a word in capitals a name or a dateline ("UNITED
    NATIONS"); a participle after a determiner modifies its noun
    ("the armoured column")."""
    token = tokens[i]
    key = token.key
    if (i > 0 and token.is_capitalised) or (len(key) > 1 and token.text.isupper()):
        return False
    if key in CLAUSE_OPENERS or key in IRREGULAR_VERBS or key in words.saying:
        return True
    if len(key) > 4 and key.endswith(_SUFFIXES):
        before = tokens[i - 1].key if i > 0 else ""
        # "of lying": a gerund after a preposition is its object, not a clause of a noun
        gerund = key.endswith("ing") and before in PREPOSITIONS and before not in CLAUSE_OPENERS
        return not (before in DETERMINERS or gerund)
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if key == "to" and following is not None:
        after = following.key
        # "to" before a word that may be a verb opens an infinitive: "a deal to build"
        not_verb = after in words.not_infinitive or after[:1].isdigit()
        return not (following.is_capitalised or not_verb)
    return False


def may_be_foreign(
    tokens: tuple[Token, ...],
    trigger: tuple[int, int],
    date: tuple[int, int],
    clause_words: ClauseWords,
) -> bool:
    """Whether the date at character span ``date`` may sit in another act's clause than the
    trigger's (token span ``trigger``): some word that may open one stands between them
    (the date after the trigger) or anywhere before the date (the date before the
    trigger: a clause holding the date opens before it, "the treaty, signed in June,
    commits"; one opening after the date does not hold it). The trigger's own words do
    not count, nor the date's own preposition ("since 2019", "before 7 May")."""
    first, last = trigger
    start = date[0]
    if start > tokens[first].start:
        words = [i for i in range(first + 1, len(tokens)) if tokens[i].start < start]
    else:
        words = [i for i in range(first) if tokens[i].start < start]
    for i in words:
        if first <= i < last:
            continue  # the trigger's own words: "launched ~ strikes"
        if i + 1 < len(tokens) and tokens[i + 1].start == start and tokens[i].key in PREPOSITIONS:
            continue
        if may_open_clause(tokens, i, clause_words):
            return True
    return False
