"""Targets of arrests and crowd control that name no state: "police arrested
18 people", "fired tear gas to disperse protesters", "detained 12 of our landowners". A
state's own forces acting at home on a nameless group act on that state's people: the
annotators code such detainees, protesters, fishers and landowners as the state's ``CVL``
(blind notes, batches 13-18), while a group the sentence gives a nationality to is read
as that nationality by the argument rules before this is asked."""

from __future__ import annotations

from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy
from watchfloor.taxonomy.actors import STATE_ROLES

_GROUP_REACH = 6  # "arrested 12 of our landowners", "disperse hundreds of protesters"
_ORIGIN_REACH = 4  # "people from Syria", "suspects, most of them foreigners"
_AIMED = frozenset({"at", "on", "against", "into"})  # "tear gas at the crowd"
_BREAKS = frozenset({",", ";", ":", "and", "who", "which", "after", "before", "when"})


def detainee_target(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """The doer's own people (its ``CVL``), when a state's own forces (a bare state or
    one of its organs) arrest or hold back a nameless group (a word of DETAINED_GROUP
    soon after the verb, before the clause breaks) at home: no place of another state,
    and no other state or word of a foreign origin (NOT_HOME) near the group."""
    actor = event.actor1
    if mention.actor2 is not None or not cameo.in_class(mention.code, "home_custody"):
        return None
    own = actor.country
    if len(own) != 3 or own == "IGO" or (actor.role and actor.role not in STATE_ROLES):
        return None
    if mention.location is not None and mention.location.country not in (None, own):
        return None  # abroad: the people held are of where it happened, not the doer's
    at = _group(s, event, rules)
    if at < 0 and cameo.in_class(mention.code, "crowd_control") and not _aimed(s, event):
        # "Riot police fired tear gas to clear the road": tear gas and pepper spray are
        # used on a crowd whether or not the clause names it; one aimed
        # "at groups of migrants" names whom, and the rules above read it
        at = event.trigger.first
    if at < 0:
        return None
    near = (event.trigger.first + 1, at + _ORIGIN_REACH)
    if any(near[0] <= m.first < near[1] and m.country != own for m in s.mentions):
        return None
    foreign = rules.class_words("NOT_HOME")
    if any(t.key in foreign for t in s.tokens[event.trigger.first : near[1]]):
        return None
    word = s.tokens[at]
    # "arrested the owner of a farm": those who run a firm are its business people
    role = "BUS" if word.key in rules.class_words("FIRM_PEOPLE") else "CVL"
    return Actor(own + role, word.text)


def _group(s: _Sentence, event: Assembled, rules: Rules) -> int:
    """Where the nameless group the act is done to stands, or -1: the first word of
    DETAINED_GROUP or FIRM_PEOPLE after the verb, within reach, before a break of the
    clause."""
    groups = rules.class_words("DETAINED_GROUP")
    firm = rules.class_words("FIRM_PEOPLE")
    end = min(event.clause[1], event.trigger.last + _GROUP_REACH, len(s.tokens))
    for i in range(event.trigger.first + 1, end):
        key = s.tokens[i].key
        if key in groups or key in firm:
            return i
        if key in _BREAKS and i >= event.trigger.last:
            return -1
    return -1


def _aimed(s: _Sentence, event: Assembled) -> bool:
    """Whether the act names whom it is aimed at right after its verb ("fired tear gas at
    the marchers", "against protesters"), or its pattern ends in that preposition."""
    last = event.trigger.last
    if s.tokens[last - 1].key in _AIMED:
        return _aims_at_someone(s, last - 1)
    return last < len(s.tokens) and s.tokens[last].key in _AIMED and _aims_at_someone(s, last)


def _aims_at_someone(s: _Sentence, prep: int) -> bool:
    """Whether the preposition at ``prep`` heads whom the act is aimed at, not when or
    where it was done: "tear gas on Wednesday", "tear gas to clear the road at Cotui"
    (a pattern's gap may run up to such an "on" or "at") name no one it was aimed at."""
    if prep + 1 >= len(s.tokens):
        return False
    start = s.tokens[prep + 1].start
    if any(d.start <= start < d.end for d in s.dates):
        return False
    nxt = prep + 2 if s.tokens[prep + 1].key == "the" else prep + 1
    return not any(p.first == nxt for p in s.places)
