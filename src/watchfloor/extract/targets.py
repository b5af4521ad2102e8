"""A learned target for an event whose clause names none.

"Moscow rejected the accusation as absurd": the accuser, named a sentence before, is
the target; "Chile threatened to respond with force", after Peru's charge, is aimed at
Peru. The rules take a target only from the event's own clause. For each event they
leave without one, a logistic model (trained with the proposer by ``watchfloor train``)
scores each state the story names near it: in the sentence as an actor or a place, the
claimant, the three sentences before, the parties of the record before, the story's
most named states. The surest becomes the target when the model is sure enough.
Measured on gold folds the model never saw, this raised F1 by about 0.04; the rules'
own targets stay as they are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from watchfloor.extract.analysis import SentenceTrace
from watchfloor.extract.events import Assembled
from watchfloor.extract.logistic import probability
from watchfloor.models import Actor, Mention

_BACK = 3  # sentences before the event's whose states may be its target
_NEAREST = ("S", "P", "C", "1", "2", "3")  # sentence actor, place, claimant, before

_Add = Callable[[str, str, Iterable[str]], None]  # records a candidate and its features


@dataclass(frozen=True, slots=True)
class Candidate:
    actor: Actor  # as its nearest mention codes it ("Ukrainian soldiers": UKRMIL)
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TargetModel:
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        return probability(self.weights, features)


@dataclass(frozen=True, slots=True)
class Untargeted:
    """A record with no target, where it stands in the story."""

    mention: Mention
    event: Assembled
    sentence: int  # index of its trace
    before: Mention | None  # the story's record before it


def untargeted(traces: Sequence[SentenceTrace]) -> Iterator[tuple[int, Untargeted]]:
    """Each record without a target, with its index among the traces' records in order
    (one for each of their events). A tentative reading stands only if its clause gives
    a target (``document.finished``): it is left as it is."""
    records = (
        (i, m, e) for i, t in enumerate(traces) for m, e in zip(t.mentions, t.events, strict=True)
    )
    before: Mention | None = None
    for index, (sentence, mention, event) in enumerate(records):
        if mention.actor2 is None and not event.tentative:
            yield index, Untargeted(mention, event, sentence, before)
        before = mention


def fill_targets(
    model: TargetModel, traces: Sequence[SentenceTrace], mentions: Sequence[Mention]
) -> list[Mention]:
    """``mentions`` (the traces' records, in order, their dates answered since) with the
    targets the model is sure of filled in."""
    out = list(mentions)
    for index, (actor, _) in chosen_targets(model, traces).items():
        out[index] = replace(out[index], actor2=actor)
    return out


def chosen_targets(
    model: TargetModel, traces: Sequence[SentenceTrace]
) -> dict[int, tuple[Actor, float]]:
    """The target the model is sure of for each record without one, by the record's
    index among the traces' records, with its probability."""
    named = named_states(traces)
    chosen: dict[int, tuple[Actor, float]] = {}
    for index, open_event in untargeted(traces):
        scored = [
            (model.probability(c.features), c.actor)
            for c in candidates(traces, open_event, named).values()
        ]
        if scored:
            p, actor = max(scored, key=lambda pair: pair[0])
            if p >= model.threshold:
                chosen[index] = (actor, p)
    return chosen


def named_states(traces: Sequence[SentenceTrace]) -> list[Actor]:
    """The states (and bodies) the story names as actors, the most named first, each as
    first named."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for trace in traces:
        for m in trace.analysed.mentions if trace.analysed is not None else ():
            if m.code:
                counts[m.country] += 1
                first.setdefault(m.country, Actor(m.code, m.text))
    return [first[country] for country, _ in counts.most_common()]


def candidates(
    traces: Sequence[SentenceTrace], open_event: Untargeted, named: Sequence[Actor]
) -> dict[str, Candidate]:
    """Each state that may be the target, by its three letters, with its features."""
    doer = open_event.mention.actor1.country
    found: dict[str, tuple[Actor, set[str]]] = {}

    def add(code: str, text: str, features: Iterable[str]) -> None:
        country = code[:3]
        if len(country) == 3 and country != doer:
            entry = found.setdefault(country, (Actor(code, text), set()))
            entry[1].update(features)

    trace = traces[open_event.sentence]
    if trace.analysed is not None:
        _in_sentence(trace, open_event.event.trigger.first, add)
    for back in range(1, _BACK + 1):
        earlier = traces[open_event.sentence - back] if open_event.sentence >= back else None
        if earlier is not None and earlier.analysed is not None:
            for m in earlier.analysed.mentions:
                if m.code:
                    add(m.code, m.text, {f"in={back}"})
    for rank, actor in enumerate([a for a in named if a.country != doer][:3]):
        add(actor.code, actor.text, {f"rank={rank}"})
    _from_record_before(open_event, add)
    return {
        country: Candidate(actor, _joined(features, open_event.mention.code, len(found)))
        for country, (actor, features) in found.items()
    }


def _in_sentence(trace: SentenceTrace, trigger: int, add: _Add) -> None:
    analysed = trace.analysed
    assert analysed is not None
    keys = [t.key for t in analysed.tokens]
    for m in analysed.mentions:
        if m.code and m.first >= 0:
            side = "before" if m.first < trigger else "after"
            add(m.code, m.text, {
                "in=S", "skind=" + m.kind, "sprev=" + _word_before(keys, m.first),
                "s_" + side, f"sdist={max(-3, min(3, (m.first - trigger) // 3))}",
            })  # fmt: skip
    for p in analysed.places:
        if p.entry.country:
            side = "before" if p.first < trigger else "after"
            add(p.entry.country, p.text, {
                "in=P", "pkind=" + p.entry.kind, "pprev=" + _word_before(keys, p.first),
                "p_" + side,
            })  # fmt: skip
    claimant = analysed.claimant
    if claimant is not None and claimant.code:
        add(claimant.code, claimant.text, {"in=C"})


def _from_record_before(open_event: Untargeted, add: _Add) -> None:
    """The parties of the record before: "Warsaw accused Minsk ...; Minsk rejected the
    accusation" answers the one before it."""
    before = open_event.before
    if before is None:
        return
    doer = open_event.mention.actor1.country
    first, second = before.actor1, before.actor2
    if first.country == doer and second is not None:
        add(second.code, second.text, {"prevpair"})
    if second is not None and second.country == doer:
        add(first.code, first.text, {"prevrev"})
    if first.country != doer:
        add(first.code, first.text, {"preva1"})
    if second is not None and second.country != doer:
        add(second.code, second.text, {"preva2"})


def _joined(features: set[str], code: str, count: int) -> tuple[str, ...]:
    """The candidate's features, their nearest source, how many candidates, the code;
    each joined with the event's root, since a strike finds its target elsewhere than a
    statement does."""
    nearest = next((n for n in _NEAREST if "in=" + n in features), "none")
    plain = {*features, "near=" + nearest, f"nc={min(count, 4)}", "bias"}
    if not any(f.startswith("rank=") for f in features):
        plain.add("rank=x")
    joined = {f + "|" + code[:2] for f in plain}
    return tuple(sorted(plain | joined | {"code=" + code, f"code={code}|near={nearest}"}))


def _word_before(keys: Sequence[str], first: int) -> str:
    return keys[first - 1] if first > 0 else "^"
