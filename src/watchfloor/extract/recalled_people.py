"""Targets the story gave a nationality before: "two Russian nationals were arrested ..."
then "Police detained the two men"; "147 Haitian migrants" then "detained all 163 people
on board"; "four Italian men" then "expelled all four". People held, deported or charged
whom a later sentence names only by a reference back (a definite group, "all five",
"them") are of the state the story introduced them by, not the holder's own people: the
annotators code them by that nationality (blind notes, batches 21-24). A nameless group
the story gave no nationality stays the home state's own (detainee_targets.py)."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

_MODIFIERS = 2  # "Italian cross-border workers": words between the nationality and the group
_REACH = 6  # "detained all 163 people on board", "arrested the 16 persons"
_BREAKS = frozenset({",", ";", ":", "and", "who", "which", "after", "before", "when"})
_PRONOUNS = frozenset({"them"})


def introduced_people(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention], rules: Rules
) -> ActorMention | None:
    """The last people of a sentence named by their nationality as a group: "two Russian
    nationals", "Italian cross-border workers", "persons of Bhutanese origin", "citizens
    of Estonia"; or None."""
    groups = people_words(rules)
    found = None
    for m in mentions:
        if _introduces(tokens, m, groups, rules):
            found = m
    return found


def people_words(rules: Rules) -> frozenset[str]:
    return (
        rules.class_words("HELD_PEOPLE")
        | rules.class_words("DETAINED_GROUP")
        | rules.class_words("RECALLED_PEOPLE")
    )


def _introduces(
    tokens: tuple[Token, ...], m: ActorMention, groups: frozenset[str], rules: Rules
) -> bool:
    if len(m.country) != 3 or m.country == "IGO":
        return False
    before = [t.key for t in tokens[max(0, m.first - 2) : m.first]]
    if m.kind == "demonym":
        if tokens[m.last - 1].key in groups:
            return True  # "Russian nationals" is one mention
        # "persons of Bhutanese origin"
        if before[-2:-1] and before[-1] == "of" and before[-2] in groups:
            return m.last < len(tokens) and tokens[m.last].key in rules.class_words("ORIGIN")
        for t in tokens[m.last : m.last + _MODIFIERS + 1]:
            if t.key in groups:
                return True
            if t.key in _BREAKS or t.is_capitalised:
                return False
        return False
    # "citizens of Estonia"
    return m.kind == "country" and len(before) == 2 and before[1] == "of" and before[0] in groups


def recalled_target(
    s: _Sentence,
    event: Assembled,
    mention: Mention,
    cameo: CameoTaxonomy,
    rules: Rules,
    people: ActorMention | None,
) -> Actor | None:
    """The state of the people the story introduced by nationality (``people``), for an
    act holding, deporting or releasing people (classes ``tagged_nationals`` and
    ``home_custody``) with no target, whose object refers back to a group ("the two
    men", "all five", "them"). Not when those people are the doer's own: the home-custody
    rule reads them."""
    if people is None or mention.actor2 is not None:
        return None
    if not (
        cameo.in_class(mention.code, "tagged_nationals")
        or cameo.in_class(mention.code, "home_custody")
    ):
        return None
    if people.country == mention.actor1.code[:3]:
        return None
    if _group_before(s.tokens, event, rules) or not _refers_back(s.tokens, event, rules):
        return None
    return Actor(people.code, people.text)


def goods_owner(
    mention: Mention, cameo: CameoTaxonomy, people: ActorMention | None
) -> Actor | None:
    """ "Police raided a villa and detained 23 Russian nationals" then "Officers seized
    140 computers and 600 phones": goods taken in a raid on foreign people (class
    ``seized_goods``), with no owner named, are taken from the people the story
    introduced by nationality, as the annotators code them (blind batches 29-31). Not
    when those people are the seizer's own."""
    if people is None or mention.actor2 is not None:
        return None
    if not cameo.in_class(mention.code, "seized_goods"):
        return None
    if people.country == mention.actor1.code[:3]:
        return None
    return Actor(people.code, people.text)


def penalty_target(
    mention: Mention,
    cameo: CameoTaxonomy,
    people: ActorMention | None,
    boat: ActorMention | None,
) -> Actor | None:
    """ "warned that the owners could face fines", "warned that the trawler could be
    confiscated": a penalty foretold (class ``foretold_penalty``) with no one named falls
    on the people the story introduced by nationality, else on the boat it named; never
    on the warner's own."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "foretold_penalty"):
        return None
    own = mention.actor1.code[:3]
    for party in (people, boat):
        if party is not None and party.country not in ("", own, "IGO"):
            return Actor(party.code, party.text)
    return None


def _group_before(tokens: tuple[Token, ...], event: Assembled, rules: Rules) -> bool:
    """ "dozens of activists protested ..., and police arrested seven of them": the
    sentence names its own group before the verb (outside the doer), which "them" and
    "the activists" are."""
    groups = people_words(rules)
    doer = range(event.actor1.first, event.actor1.last)
    return any(tokens[i].key in groups and i not in doer for i in range(event.trigger.first))


def _refers_back(tokens: tuple[Token, ...], event: Assembled, rules: Rules) -> bool:
    """Whether the verb's object, soon after it and before the clause breaks, is a group
    named by reference: a determiner of GROUP_REFERENCE before a group word ("the two
    men", "these suspects") or before a count alone ("all four", "both"), or "them"."""
    refs = rules.class_words("GROUP_REFERENCE")
    end = min(event.clause[1], event.trigger.last + _REACH, len(tokens))
    for i in range(event.trigger.first + 1, end):
        key = tokens[i].key
        if key in _PRONOUNS:
            return True
        if key in refs:
            return _group_after(tokens, i + 1, end, rules)
        if key in _BREAKS and i >= event.trigger.last:
            return False
    return False


def _group_after(tokens: tuple[Token, ...], at: int, end: int, rules: Rules) -> bool:
    """ "[the] two men", "[all] 163 people", "[all] five on Friday", "[both] in March": a
    group word after any counts, or "all"/"both" whose noun phrase ends on its count (the
    next word a preposition, a break, punctuation or the sentence's end)."""
    groups = people_words(rules)
    counts = rules.class_words("COUNT_WORD")
    quantifier = tokens[at - 1].key != "the"  # "all", "both", "these": stand alone
    counted = tokens[at - 1].key == "both"
    for t in tokens[at:end]:
        if t.key in groups:
            return True
        if t.key.isdigit() or t.key in counts:
            counted = True
            continue
        ends = not t.key.isalpha() or t.key in rules.class_words("LOCATIVE")
        return quantifier and counted and (ends or t.key in _BREAKS or t.key == "on")
    return quantifier and counted
