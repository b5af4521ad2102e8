"""Parties a sentence names by no state: a crowd ("about 300 fishermen"), people removed
or held ("nine of the helpers were deported", "eleven people were detained"), each given
the state the story or its place sets them in. Also where a relative clause's noun
phrase begins, which tells whose words those parties stand in."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.arguments import _after_preposition
from watchfloor.extract.lexicon import AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS, words
from watchfloor.extract.places import PlaceMention, most_specific
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.taxonomy.actors import STATE_ROLES

# a relative clause's noun phrase: at most this many words before its pronoun, up to a
# preposition, punctuation or a verb's end
_ANTECEDENT_REACH = 5
_PHRASE_ENDS = PREPOSITIONS | words(", ; : ( ) — – said says say")


def antecedent_start(tokens: tuple[Token, ...], start: int) -> int:
    """Where a relative clause's noun phrase begins: "the 1,500 troops that North Korea
    sent" names what was sent before "that", outside the clause the verb stands in."""
    if start < 2 or tokens[start - 1].key not in RELATIVE_PRONOUNS:
        return start
    j = start - 1
    while j > 0 and start - j <= _ANTECEDENT_REACH and tokens[j - 1].key not in _PHRASE_ENDS:
        j -= 1
    return j


def nameless_crowd(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause: tuple[int, int],
    rules: Rules,
    places: Sequence[PlaceMention],
    home: str | None = None,
) -> list[ActorMention]:
    """ "About 300 fishermen protested outside the consulate in Vigo": a civilian act
    (one that needs a crowd, by=PROTESTER) whose crowd no state names is done by the
    civilians of the place the sentence sets it in. A state that protests
    names itself, so a nameless crowd is never an official complaint. Kept only with a
    target (below): "people marched through the capital" tells no one it is aimed at."""
    if "PROTESTER" not in trigger.pattern.needs_by:
        return []
    crowd = rules.class_words("PROTESTER")
    # "hundreds of pilgrims who were stuck in Quetta blocked the highway": the crowd
    # stands before the relative clause the verb's clause opens with
    begin = antecedent_start(tokens, clause[0])
    at = next((i for i in range(begin, trigger.first) if tokens[i].key in crowd), -1)
    if at < 0:
        return []
    place = most_specific([p for p in places if not p.origin and p.entry.country])
    country = place.entry.country if place is not None else None
    # "About 300 fishermen blocked the harbour": with no place in the sentence, the
    # crowd is the story's own, of the country its dateline or chamber sets it in
    country = country or home
    if not country:
        return []
    t = tokens[at]
    return [ActorMention(at, at + 1, country + "CVL", "CVL", "role", t.text, t.start, t.end)]


def home_removal(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause: tuple[int, int],
    candidates: Sequence[ActorMention],
    home: str | None,
    rules: Rules,
) -> tuple[ActorMention, ActorMention] | None:
    """ "Nine of the helpers were deported to Manila on Monday": a removal (174) in the
    passive with no agent is the story's own state's, aimed at the state the people are
    sent to (the annotators' actor2 for deportees, bl-613-732), when that is another.
    So it is for a nameless group whoever tells of it ("Four of them were deported to
    Beirut, according to the immigration service"): the story's state holds them."""
    if home is None or not rules.in_code_class(trigger.pattern.code, "removal"):
        return None
    sent = _after_preposition(tokens, "to", trigger.last, clause[1], candidates)
    foreign = [m for m in sent if m.country and m.country != home]
    if not foreign:
        return None
    t = tokens[trigger.first]
    state = ActorMention(trigger.first, trigger.first + 1, home + "GOV", "GOV", "role",
                         t.text, t.start, t.end)  # fmt: skip
    return state, foreign[0]


def home_detainees(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause: tuple[int, int],
    candidates: Sequence[ActorMention],
    rules: Rules,
    claimant: ActorMention | None,
    home: str | None,
) -> list[ActorMention]:
    """ "Eleven people were detained, the interior ministry said": a nameless group held,
    held back or let go (the taxonomy's home_custody class) in the passive with no agent,
    that a body of the story's own state tells of, is that state's people (the annotators'
    CVL for such detainees, as detainee_targets.py gives the active "police arrested 18
    people"). A group named by its state is a candidate and no concern here; a foreign one
    (NOT_HOME) is no one's."""
    if claimant is None or home is None or claimant.country != home:
        return []
    held = rules.in_code_class(trigger.pattern.code, "home_custody")
    if not held or claimant.role not in STATE_ROLES:
        return []
    begin = antecedent_start(tokens, clause[0])
    if any(begin <= m.first < trigger.first for m in candidates):
        return []
    groups = rules.class_words("DETAINED_GROUP")
    foreign = rules.class_words("NOT_HOME")
    span = tokens[begin : trigger.first]
    if any(t.key in foreign for t in span):
        return []
    at = next((begin + i for i, t in enumerate(span) if t.key in groups), -1)
    if at < 0:
        return []
    t = tokens[at]
    return [ActorMention(at, at + 1, home + "CVL", "CVL", "role", t.text, t.start, t.end)]


def recalled_removal(
    tokens: tuple[Token, ...],
    trigger: Trigger,
    clause: tuple[int, int],
    candidates: Sequence[ActorMention],
    home: str | None,
    claimant: ActorMention | None,
    rules: Rules,
    nationals: ActorMention | None,
) -> tuple[ActorMention, ActorMention] | None:
    """ "Police said the 38 fishermen will be deported", "the seven could be deported
    after the case": a removal (174) in the passive with no agent and no destination,
    whose subject only points back at a group ("the 38 fishermen", "the seven", "them"),
    sends off the people the story last named by nationality (``nationals``), aimed at
    their state as the annotators code deportees (blind batches 32-35). The doer is the
    story's own state: the body of it that tells of the removal, else its government.
    Not when those people are the home state's own: no one is deported home."""
    if home is None or nationals is None or nationals.country in ("", "IGO", home):
        return None
    if not rules.in_code_class(trigger.pattern.code, "removal"):
        return None
    begin = antecedent_start(tokens, clause[0])
    if begin < len(tokens) and tokens[begin].key in RELATIVE_PRONOUNS | AUXILIARIES:
        # "The two, who entered on tourist visas, were charged ... and will be deported":
        # a clause that opens on its relative pronoun or its verb after a comma has its
        # subject at the sentence's head
        begin = 0
    if any(begin <= m.first < trigger.first for m in candidates):
        return None  # a named subject: the removal rules that read it decide
    if not _points_back(tokens[begin : trigger.first], rules):
        return None
    t = tokens[trigger.first]
    gone = ActorMention(trigger.first, trigger.first + 1, nationals.code, nationals.role,
                        nationals.kind, nationals.text, t.start, t.end)  # fmt: skip
    if claimant is not None and claimant.country == home and claimant.role in _OWN_ROLES:
        return claimant, gone  # the home body that tells of the removal
    state = ActorMention(trigger.first, trigger.first + 1, home + "GOV", "GOV", "role",
                         t.text, t.start, t.end)  # fmt: skip
    return state, gone


# a claimant that stands for its state: a state body, or the state's bare name
_OWN_ROLES = STATE_ROLES | frozenset({""})


def _points_back(span: Sequence[Token], rules: Rules) -> bool:
    """Whether a passive's subject words refer back to a group of people: a people word
    ("the 38 fishermen", "12 of the men"), "them", or a definite count standing alone
    ("the seven", "The two ,")."""
    people = (
        rules.class_words("HELD_PEOPLE")
        | rules.class_words("DETAINED_GROUP")
        | rules.class_words("RECALLED_PEOPLE")
    )
    refs = rules.class_words("GROUP_REFERENCE")
    counts = rules.class_words("COUNT_WORD")
    keys = [t.key for t in span]
    if any(k in people or k == "them" for k in keys):
        return True
    return any(
        a in refs and (b in counts or b.isdigit()) for a, b in pairwise(keys)
    )
