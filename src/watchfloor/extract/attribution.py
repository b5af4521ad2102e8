"""Attribution: to whom a sentence attributes its claims.

"according to X" and "citing X" name the claimant after the cue; "X said", "X told
reporters", "X denied" before it; ", said X" after it. In a chain ("Reuters, citing the
NIS, reported") the original claimant wins: a named source over a news outlet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.lexicon import DETERMINERS, words
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

CLAUSE_PUNCT = frozenset([",", ";", ":", "—", "–", "(", ")", '"', "“", "”"])
_NP_STOP = words(
    "that and but while as which who because after before if when since although though "
    "whether whereas unless"
)
_ACT_VERBS = words("announced announces announce unveiled confirmed")
# a word after these is a noun ("its reports"): determiners but "this"/"that", which
# also introduce clauses
_NOUN_MARKERS = (DETERMINERS - {"this", "that"}) | {"such"}
PRONOUNS = words("he she it they we i")
# "saying"/"adding" continue the main clause's speaker, who is no claimant of their own.
_PARTICIPLES = frozenset({"saying", "adding"})
_QUOTING = words("quoted quotes quote")
# "added X to its sanctions list" puts something on a list; "he added (that) X was": speech.
# A finite or modal word, "that", a colon or a quote before the "to" makes it speech.
_ADDING = words("added adds")
_SPEECH_AFTER_ADDING = words(
    "that would will could can may might shall should must was were is are had has have did "
    "does do"
) | frozenset([":", ";", '"', "“", "”"])
_COORDINATORS = words("and but")
_CUE_ADVERBS = words("also later then again further")


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # say | according | deny
    cue_first: int
    cue_last: int
    np_first: int  # the claimant phrase, excluded from actor candidates
    np_last: int
    claimant: ActorMention | None
    pronoun: str | None = None  # "he said": the caller resolves it from context


CueSpans = dict[str, list[tuple[int, int]]]


def find_cues(tokens: tuple[Token, ...], rules: Rules) -> CueSpans:
    """Every cue in the sentence by kind, each as a token span; found in one pass."""
    spans: CueSpans = {kind: [] for kind in rules.cues}
    index = rules.cue_index
    for i, token in enumerate(tokens):
        if token.key not in index:
            continue
        seen: set[str] = set()
        if token.text == "May" and i > 0:
            seen.add("modal")  # "in May 2025": the month, inside a sentence, is no modal
        for phrase, kind in index[token.key]:
            n = len(phrase)
            if kind not in seen and tuple(t.key for t in tokens[i : i + n]) == phrase:
                spans[kind].append((i, i + n))
                seen.add(kind)
    return spans


def find_attributions(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention], cues: CueSpans
) -> list[Attribution]:
    found: list[Attribution] = []
    inside_names = {i for m in mentions for i in range(m.first, m.last)}
    for kind in ("according", "say", "deny"):
        for first, last in cues[kind]:
            if first in inside_names:
                continue  # "United States" holds no "states"
            if tokens[first].key in _PARTICIPLES:
                continue
            if kind != "according" and first > 0 and tokens[first - 1].key in _NOUN_MARKERS:
                continue  # "its reports", "the claims": nouns, no one speaking
            if (
                tokens[first].key in _ACT_VERBS
                and last < len(tokens)
                and (
                    tokens[last].key in _NOUN_MARKERS | {"another", "new", "more"}
                    or tokens[last].text[:1].isdigit()
                    or tokens[last].text[:1] in "$€£¥"
                )
            ):
                continue  # "announced another package": the announcement is the act
            if kind == "deny" and _rejects_a_proposal(tokens, cues, last):
                continue  # "rejected the peace plan": the rejection is the act (CAMEO 12)
            if kind == "say" and _key(tokens, last) in ("responsibility", "credit"):
                continue  # "claimed responsibility": an act (CAMEO 015), no claim
            if kind == "say" and _adds_to(tokens, first, last):
                continue  # "added two ministers to its sanctions list": an act, no claim
            attribution = (
                _after_cue(kind, tokens, mentions, first, last)
                if kind == "according"
                else _around_cue(kind, tokens, mentions, first, last)
            )
            if attribution is not None:
                found.append(_quoted_speaker(tokens, mentions, attribution))
    dash = _trailing_dash(tokens, mentions)
    if dash is not None:
        found.append(dash)
    return sorted(found, key=lambda a: a.cue_first)


def _key(tokens: tuple[Token, ...], i: int) -> str:
    return tokens[i].key if i < len(tokens) else ""


def _adds_to(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """ "added North Korea's defence minister ... to its sanctions list": an object and a
    "to" after "added", with nothing between that opens reported speech."""
    if tokens[first].key not in _ADDING or last >= len(tokens) or tokens[last].key == ",":
        return False
    for token in tokens[last:]:
        if token.key in _SPEECH_AFTER_ADDING:
            return False
        if token.key == "to":
            return True
    return False


def _rejects_a_proposal(tokens: tuple[Token, ...], cues: CueSpans, last: int) -> bool:
    """A proposal, plan or request a few words after the cue, in its phrase."""
    for first, _ in cues.get("proposal", ()):
        if last <= first <= last + 5 and not any(
            t.key in CLAUSE_PUNCT or t.key in _NP_STOP for t in tokens[last:first]
        ):
            return True
    return False


def _quoted_speaker(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention], a: Attribution
) -> Attribution:
    """ "KCNA quoted Kim as saying": the one quoted is the original claimant."""
    if tokens[a.cue_first].key not in _QUOTING:
        return a
    quoted = next((m for m in mentions if a.cue_last <= m.first <= a.cue_last + 1), None)
    if quoted is None or quoted.last >= len(tokens) or tokens[quoted.last].key != "as":
        return a
    return Attribution(a.kind, a.cue_first, quoted.last, a.np_first, quoted.last, quoted)


def _trailing_dash(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention]
) -> Attribution | None:
    """Wire headlines end with the source: "... drills around Taiwan — PLA Eastern Theater
    Command." The last dash is followed by nothing but the claimant."""
    dashes = [i for i, t in enumerate(tokens) if t.key in ("—", "–")]
    if not dashes or dashes[-1] == 0:
        return None
    i = dashes[-1]
    rest = [m for m in mentions if m.first > i]
    end = len(tokens) - (1 if tokens[-1].key in (".", "!") else 0)
    if not rest or rest[0].first - i > 3 or end - i > 10:
        return None
    # nothing but names after the dash: "— PLA Eastern Theater Command."
    tail = tokens[rest[0].first : end]
    if all(t.is_capitalised or any(m.first <= k < m.last for m in rest)
           for k, t in enumerate(tail, start=rest[0].first)):  # fmt: skip
        return Attribution("according", i, i + 1, i + 1, end, rest[0])
    return None


def best_claimant(attributions: Sequence[Attribution]) -> Attribution | None:
    """The original claimant: named sources before outlets, "according to" before "said"."""
    named = [a for a in attributions if a.claimant is not None or a.pronoun is not None]
    if not named:
        return None

    def rank(a: Attribution) -> tuple[int, int]:
        is_media = a.claimant is not None and a.claimant.code.endswith("MED")
        return (1 if is_media else 0, 0 if a.kind == "according" else 1)

    return min(named, key=rank)


def has_cue(cues: CueSpans, kind: str, lo: int, hi: int) -> bool:
    return any(lo <= first < hi for first, _ in cues[kind])


def _after_cue(
    kind: str, tokens: tuple[Token, ...], mentions: Sequence[ActorMention], first: int, last: int
) -> Attribution | None:
    end = _scan_right(tokens, last, limit=12)
    claimant = next((m for m in mentions if last <= m.first < end), None)
    if claimant is None:
        return Attribution(kind, first, last, last, end, None)
    return Attribution(kind, first, last, last, max(end, claimant.last), claimant)


def _around_cue(
    kind: str, tokens: tuple[Token, ...], mentions: Sequence[ActorMention], first: int, last: int
) -> Attribution | None:
    start = _scan_left(tokens, first)
    before = [m for m in mentions if start <= m.first and m.last <= first]
    edge = start
    end = first
    for _ in range(3):
        # an appositive name: "Russia's ambassador, Vassily Nebenzia, rejected"; only an
        # empty stretch or a name is jumped over ("the agency" is no appositive)
        segment = tokens[edge:end]
        if before or edge == 0 or tokens[edge - 1].key != ",":
            break
        if segment and not all(t.is_capitalised for t in segment):
            break
        outer = _scan_left(tokens, edge - 1)
        before = [m for m in mentions if outer <= m.first and m.last <= edge - 1]
        end, edge = edge - 1, outer
    start = min(start, edge) if before else start
    if before:
        return Attribution(kind, first, last, start, first, before[0])
    pronoun = next((t.key for t in tokens[start:first] if t.key in PRONOUNS), None)
    if pronoun is not None:
        return Attribution(kind, first, last, start, first, None, pronoun)
    coordinated = _coordinated_subject(tokens, mentions, start, first)
    if coordinated is not None:
        return Attribution(kind, first, last, first, first, coordinated)
    if start == first and first > 0 and tokens[first - 1].key == ",":
        end = _scan_right(tokens, last, limit=8)
        after = next((m for m in mentions if last <= m.first < end), None)
        # ", said the agency": the claimant follows the cue at once
        if after is not None and all(t.key in ("the", "a") for t in tokens[last : after.first]):
            return Attribution(kind, first, last, last, end, after)
    return None


def _coordinated_subject(
    tokens: tuple[Token, ...], mentions: Sequence[ActorMention], start: int, first: int
) -> ActorMention | None:
    """ "Peru's president condemned the raid, calling it a provocation, and said ...",
    "The navy did not confirm it but said ...": a cue right after "and"/"but" shares the
    subject that opens the sentence (only headline-like capitalised words before it)."""
    if start == 0 or tokens[start - 1].key not in _COORDINATORS:
        return None
    if any(t.key not in _CUE_ADVERBS for t in tokens[start:first]):
        return None
    subject = min(mentions, key=lambda m: m.first, default=None)
    if subject is None or subject.first >= start:
        return None
    lead = tokens[: subject.first]
    if any(t.text[:1].islower() and t.key not in ("the", "a", "an") for t in lead):
        return None  # "After talks, Peru ...": the subject does not open the sentence
    return subject


def _scan_left(tokens: tuple[Token, ...], first: int) -> int:
    """Start of the subject phrase that ends at ``first``."""
    j = first
    while j > 0 and tokens[j - 1].key not in CLAUSE_PUNCT and tokens[j - 1].key not in _NP_STOP:
        j -= 1
        if first - j > 12:
            break
    return j


def _scan_right(tokens: tuple[Token, ...], last: int, limit: int) -> int:
    j = last
    while j < len(tokens) and j - last < limit and tokens[j].key not in CLAUSE_PUNCT:
        j += 1
    return j
