"""Targets named by a nationality tag: "detained the company's country manager,
a British national", "its 16 crew members, all citizens of Tanzania", "both drivers, who
are Jordanian nationals". People held, charged, deported or released whose state the
sentence gives only as a tag (a nationality before, or "of" a state after, a word of the
class NATIONALS) are of that state: the annotators code such detainees by nationality
(blind notes, batches 19 and 20: crews, drivers, managers)."""

from __future__ import annotations

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy


def national_target(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """The state of the nationals the sentence tags, for an act of the class
    ``tagged_nationals`` with no target: the tagged nationality nearest after the verb,
    else nearest before it, that is not the doer's own (a state's own citizens held at
    home are left to the home-custody rule)."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "tagged_nationals"):
        return None
    own = mention.actor1.code[:3]
    nationals = rules.class_words("NATIONALS")
    tagged = [
        m for m in s.mentions
        if m.country not in ("", own, "IGO") and _tags_nationals(s.tokens, m, nationals)
    ]  # fmt: skip
    after = [m for m in tagged if m.first > event.trigger.first]
    before = [m for m in tagged if m.first < event.trigger.first]
    chosen = after[0] if after else (before[-1] if before else None)
    return Actor(chosen.code, chosen.text) if chosen is not None else None


def _tags_nationals(tokens: tuple[Token, ...], m: ActorMention, nationals: frozenset[str]) -> bool:
    """ "British national" (a nationality, then the word), "Faroese citizens" or
    "citizens of Estonia" (a state's people, named by the word)."""
    if m.kind == "demonym" and not m.role:
        return m.last < len(tokens) and tokens[m.last].key in nationals
    ends = (tokens[m.first].key, tokens[m.last - 1].key)
    if m.role == "CVL":
        return any(key in nationals for key in ends)
    # "a citizen of Bolivia", "nationals of the Republic of Chad": the bare state after
    before = [t.key for t in tokens[max(0, m.first - 3) : m.first] if t.key != "the"]
    return (
        m.kind == "country"
        and len(before) >= 2
        and before[-1] == "of"
        and before[-2] in nationals
    )
