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

from watchfloor.extract.lexicon import AUXILIARIES, BE, CLAUSE_OPENERS, IRREGULAR_VERBS
from watchfloor.extract.text import Token

# the regular verb forms that head a participial or relative clause: "signed", "fighting"
_SUFFIXES = ("ed", "ing")
# "to" before a word that may be a verb opens an infinitive: "a deal to build a plant"
_NOT_VERBS_AFTER_TO = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this"))


def may_open_clause(token: Token, following: Token | None, cues: frozenset[str]) -> bool:
    """Whether a word may open or head another clause: a relative pronoun or subordinator,
    a verb form (regular past or participle, irregular, auxiliary, a reporting verb) or
    the "to" of an infinitive."""
    key = token.key
    if key in CLAUSE_OPENERS or key in IRREGULAR_VERBS or key in AUXILIARIES or key in BE:
        return True
    if key in cues or (len(key) > 4 and key.endswith(_SUFFIXES)):
        return True
    if key == "to" and following is not None:
        after = following.key
        return not (following.is_capitalised or after in _NOT_VERBS_AFTER_TO or after[:1].isdigit())
    return False


def may_be_foreign(
    tokens: tuple[Token, ...],
    trigger: tuple[int, int],
    date: tuple[int, int],
    cues: frozenset[str],
) -> bool:
    """Whether the date at character span ``date`` may sit in another act's clause than the
    trigger's (token span ``trigger``): some word that may open one stands between them
    (the date after the trigger) or anywhere before the trigger (the date before it); the
    trigger's own words do not count."""
    first, last = trigger
    start, end = date
    if start > tokens[first].start:
        words = [i for i in range(first + 1, len(tokens)) if tokens[i].start < start]
    else:
        words = [i for i in range(first) if not start <= tokens[i].start < end]
    for i in words:
        if first <= i < last:
            continue  # the trigger's own words: "launched ~ strikes"
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if may_open_clause(tokens[i], following, cues):
            return True
    return False
