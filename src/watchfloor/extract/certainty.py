"""How sure the text is of an event: asserted, reported, possible or denied.

Denied: a negation close before the trigger ("has not sent", "no direct contact"), or a
denial cue in the sentence ("denied", "dismissed ... as fake") by someone other than
the actor of a speech act. Possible: a modal or plan before the trigger in its clause
("could supply", "will host", "is expected to sign"). Reported: a claimant, or the
writer's own hedge ("reportedly"). Otherwise the writer asserts it."""

from __future__ import annotations

from watchfloor.extract.attribution import CueSpans, has_cue
from watchfloor.extract.lexicon import words
from watchfloor.extract.text import Token
from watchfloor.models import Certainty

NEGATION_REACH = 4
MODAL_REACH = 6
# "will hold Steadfast Dawn, its largest exercise": a noun in apposition after these
_APPOSITION_START = words("its their the a an his her")


def modal_anchor(tokens: tuple[Token, ...], head: int) -> int:
    """Where the modality of the act at ``head`` is read: at the name it stands in
    apposition to ("NATO will hold Steadfast Dawn, its largest exercise": "will" governs
    the exercise), else at the act itself."""
    for j in range(head - 1, max(0, head - MODAL_REACH) - 1, -1):
        if tokens[j].key == "," and j + 1 < head and tokens[j + 1].key in _APPOSITION_START:
            return j
        if tokens[j].key in (",", ";", ":", "and", "but"):
            return head
    return head


def _foreseen(cues: CueSpans, trigger_first: int, clause: tuple[int, int]) -> bool:
    """ "the next round of talks is expected to take place in May", "the summit will be
    held in Lima": an act named by a noun, foretold by a modal before its happening."""
    modal_ends = {last for first, last in cues["modal"] if trigger_first < first < clause[1]}
    return any(first in modal_ends for first, _ in cues["happened"])


def certainty_of(
    code: str,
    cues: CueSpans,
    trigger_first: int,
    clause: tuple[int, int],
    *,
    has_source: bool,
    denial: bool,
    litotes: bool = False,
    future: tuple[str, ...] = (),
    asking: tuple[str, ...] = (),
) -> Certainty:
    """``litotes``: the negation negates a hesitation ("would not hesitate to impose").
    ``future``: the codes that speak of the future by their nature (the taxonomy's
    "future" class: "warned that it would intervene" is a threat made, not a possible
    one); ``asking``: appeals and demands (its "asking" class), which a modal right before
    puts off ("will demand")."""
    near = max(clause[0], trigger_first - NEGATION_REACH)
    # measured from a negation's last word: "doesn't" is three tokens ("doesn", "'", "t")
    negated = any(near <= last - 1 < trigger_first for _, last in cues["negation"])
    if denial or (negated and not litotes):
        return Certainty.DENIED
    reach = max(clause[0], trigger_first - MODAL_REACH)
    # "said it would ask the UN": a modal right before the asking verb puts off the
    # asking itself, not only what is asked for
    if code.startswith(asking) and any(last == trigger_first for _, last in cues["modal"]):
        return Certainty.POSSIBLE
    if not code.startswith(future) and (
        has_cue(cues, "modal", reach, trigger_first) or _foreseen(cues, trigger_first, clause)
    ):
        return Certainty.POSSIBLE
    if has_source or cues["reported"]:
        return Certainty.REPORTED
    return Certainty.ASSERTED
