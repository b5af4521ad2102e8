"""A state's own government, named bare, as the target of its own members of parliament
and civil society: "legislators criticised the government",
"the lower house passed a motion calling on the government to", "the opposition leader
accused the government of rigging the vote", "I demand that the
government sends a frigate", "rights groups accused the authorities of". A bare "the
government" (no state in its words) that a home party addresses, accuses or criticises
right after its verb is that party's own state's: the annotators code it so (blind
batches 7-31: opposition leaders, senators, MPs and rights groups toward their own
``GOV``), not as the government of another state the story names."""

from __future__ import annotations

from watchfloor.extract.analysis import _Sentence
from watchfloor.extract.events import Assembled
from watchfloor.extract.rules import Rules
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy

# the parties of a state that hold its government to account: its legislators, its
# opposition, its civil society and its unions (a state organ speaks for the government)
_HOME_SIDES = frozenset({"LEG", "CVL", "LAB", "OPP"})
# how far after the verb the addressee may stand: "criticised the government",
# "calling on the government", "demand that the federal government", "urged this Government"
_REACH = 4
# the words that may join the verb to its addressee: "calling on", "demand that"
_LINKS = frozenset(("on", "upon", "that"))


def home_government(
    s: _Sentence, event: Assembled, mention: Mention, cameo: CameoTaxonomy, rules: Rules
) -> Actor | None:
    """The doer's own government (``XXXGOV``) for an act of the class ``home_government``
    by a home party (``_HOME_SIDES``) whose addressee right after the verb is a bare
    government word; None when the act has another target than a bare government word,
    or no such word stands there."""
    if not cameo.in_class(mention.code, "home_government"):
        return None
    own = mention.actor1.code[:3]
    if len(own) != 3 or own == "IGO" or mention.actor1.code[3:] not in _HOME_SIDES:
        return None
    at = _bare_government(s, event.trigger.first + 1, event.trigger.last, rules)
    if at < 0:
        return None
    # a bare "the government" the coreference gave another state the story names: only
    # that word read as another state's government is taken back
    other = mention.actor2
    if other is not None and (other.code[:3] == own or s.tokens[at].text not in other.text):
        return None
    return Actor(own + "GOV", " ".join(t.text for t in s.tokens[at - 1 : at + 1]))


def _bare_government(s: _Sentence, start: int, last: int, rules: Rules) -> int:
    """Where a bare government word (BARE_GOVERNMENT_HEAD after a word of BARE_GOVERNMENT,
    not followed by "of" and a state) stands from ``start`` (inside the trigger's words:
    "called on the government to") to within reach after its end ``last``, or -1."""
    heads = rules.class_words("BARE_GOVERNMENT_HEAD")
    words = rules.class_words("BARE_GOVERNMENT")
    tokens = s.tokens
    for i in range(max(start, 1), min(last + _REACH, len(tokens))):
        if tokens[i].key in heads and tokens[i - 1].key in words:
            return -1 if _names_its_state(s, i + 1) or not _addressed(s, last, i) else i
    return -1


def _addressed(s: _Sentence, last: int, head: int) -> bool:
    """Whether the government word is the verb's own addressee: only its determiners, and
    "on" or "that", stand between the verb's end and the head ("criticised the
    government", "called on the government", "demand that the government"); what is
    demanded before it ("demanded reforms from the government") leaves it out."""
    words = _LINKS | frozenset(("the", "this", "its", "their", "our"))
    return all(t.key in words or t.key == s.tokens[head - 1].key for t in s.tokens[last:head])


def _names_its_state(s: _Sentence, at: int) -> bool:
    """ "the government of Chad", "the authorities in Kinshasa": "of" or "in" and a state's
    name right after the head, or one name running on past it ("accused the government
    of hiding" names none)."""
    if at >= len(s.tokens) or s.tokens[at].key not in ("of", "in"):
        return False
    return any(at < m.first <= at + 2 or m.first < at < m.last for m in s.mentions)
