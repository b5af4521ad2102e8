"""A boat held with its crew named beside it is two acts.

"The Latvian Coast Guard detained a Lithuanian fishing trawler and its crew of seven",
"detained three Vietnamese fishing boats and 41 fishermen": the boat is seized (171,
1711) and its crew are arrested. The annotators code the crew's detention as an arrest
(173) of the same parties (blind gold: 24 of 37 sentences where a boat is detained,
boarded or intercepted "and its crew" carry 173; batches 32-35: bl-966, bl-1000, bl-1033,
bl-1052). One longest trigger reads the boat's seizure only, so the arrest is added here,
with the seizure's doer, target and clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_ARREST = "173"
# how far after the boat word its "and" may stand ("a fishing vessel from Quang Ngai
# province and its 23 crew members"), and how far after "and" the crew word ("and its
# 23 crew", "and 41 fishermen")
_AND_REACH = 6
_CREW_REACH = 3
_BREAKS = frozenset((",", ";", ":", ".", "after", "before", "when", "while", "for", "who"))


def crews_held(
    tokens: tuple[Token, ...], events: Sequence[Assembled], rules: Rules
) -> list[Assembled]:
    """An arrest (173) for each seizure of a boat (class ``crew_held``) whose boat word
    ends the trigger and is followed by "and" its crew; none where the sentence already
    has an arrest of the same parties."""
    added: list[Assembled] = []
    crafts = rules.class_words("CRAFT")
    for e in events:
        if not rules.in_code_class(e.code, "crew_held"):
            continue
        if tokens[e.trigger.last - 1].key not in crafts:
            continue
        if not _crew_follows(tokens, e.trigger.last, e.clause[1], rules):
            continue
        if any(_same_arrest(e, o) for o in (*events, *added)):
            continue
        added.append(replace(e, code=_ARREST))
    return added


def _crew_follows(tokens: tuple[Token, ...], after: int, end: int, rules: Rules) -> bool:
    """Whether "and" stands soon after ``after``, before any break, with a crew word
    within a few words of it ("and its crew", "and its 11 crew", "and 41 fishermen")."""
    crew = rules.class_words("CREW")
    end = min(end, len(tokens))
    for i in range(after, min(after + _AND_REACH, end)):
        key = tokens[i].key
        if key in _BREAKS:
            return False
        if key == "and":
            return any(t.key in crew for t in tokens[i + 1 : min(i + 1 + _CREW_REACH, end)])
    return False


def _same_arrest(seizure: Assembled, other: Assembled) -> bool:
    if not other.code.startswith(_ARREST) or other.actor1.code != seizure.actor1.code:
        return False
    mine = seizure.actor2.code if seizure.actor2 is not None else ""
    theirs = other.actor2.code if other.actor2 is not None else ""
    return mine == theirs
