"""A learned event proposer for what the rules leave without an event.

Two logistic models trained on gold records (``watchfloor train``): one per CAMEO root
reads a sentence's words and trigger matches and says whether the sentence reports an
act of that root; one scores each pair of the sentence's actors (or an actor with no
target) as doer and target of that act. The rules decide first. Measured on gold the
models never saw, vetoing the rules' events, or adding freely beside them, cost as much
as it gained; proposing the surest act of a sentence the rules left empty, and beside
their events only an act whose words they matched but did not read, raised F1."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from watchfloor.errors import DataFileError
from watchfloor.extract.actors import ActorMention
from watchfloor.extract.events import Assembled
from watchfloor.extract.logistic import probability, sigmoid
from watchfloor.extract.rules import EventPattern
from watchfloor.extract.targets import TargetModel
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
FORMAT = "watchfloor-event-model/1"
NO_TARGET = "---"


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the models read of one sentence: its tokens, its resolved actors (and the
    claimant), the rules' trigger matches and the events the rules made of them."""

    tokens: tuple[Token, ...]
    actors: tuple[ActorMention, ...]
    claimant: ActorMention | None
    triggers: tuple[Trigger, ...]
    rule_roots: frozenset[str]
    nearby: tuple[ActorMention, ...] = ()  # the actors of the sentence before
    spent: frozenset[int] = frozenset()  # where the words of the rules' events stand

    def candidates(self) -> dict[str, ActorMention]:
        """Each country the sentence names, by its first mention; then the claimant and
        the states of the sentence before, which a sentence's "it" or "the ministry"
        may stand for."""
        found: dict[str, ActorMention] = {}
        for m in self.actors:
            if m.code:
                found.setdefault(m.country, m)
        if self.claimant is not None and self.claimant.code:
            found.setdefault(self.claimant.country, self.claimant)
        if len(found) < 2:  # a sentence naming two states names its own actors
            for m in self.nearby:
                if m.code:
                    found.setdefault(m.country, m)
        return found


@dataclass(frozen=True, slots=True)
class Proposal:
    root: str
    actor1: ActorMention
    actor2: ActorMention | None
    trigger: Trigger | None  # the rules' match of this root in the sentence, if any
    head: int  # the token that says most for the root: the act's word
    probability: float


@dataclass(frozen=True, slots=True)
class EventModel:
    roots: Mapping[str, Mapping[str, float]]
    pairs: Mapping[str, float]
    codes: Mapping[str, str]  # the code a root's proposal takes without a rule match
    root_threshold: float
    pair_threshold: float
    beside_threshold: float = 1.0  # a root beside the rules' events: 1.0 never
    # a root beside the rules' events whose words they did not match at all: 1.0 never
    other_threshold: float = 1.0
    targets: TargetModel | None = None  # fills in the targets the rules leave open
    # each feature's row of weights for all twenty roots: a sentence's scores are the
    # sum of its features' rows, one array sum instead of twenty dictionary lookups each
    feature_rows: Mapping[str, int] = field(init=False, repr=False, compare=False)
    weights: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        features = sorted({f for weights in self.roots.values() for f in weights})
        rows = [[self.roots.get(r, {}).get(f, 0.0) for r in ROOTS] for f in features]
        object.__setattr__(self, "feature_rows", {f: i for i, f in enumerate(features)})
        matrix = np.array(rows, dtype=np.float64).reshape(len(features), len(ROOTS))
        object.__setattr__(self, "weights", matrix)

    def root_probabilities(self, features: Sequence[str]) -> list[float]:
        rows = self.feature_rows
        found = [i for f in features if (i := rows.get(f)) is not None]
        # no known feature sums no row: every total 0.0
        totals: list[float] = self.weights[found].sum(axis=0).tolist()
        return [sigmoid(z) for z in totals]

    def pair_probability(self, features: Sequence[str]) -> float:
        return probability(self.pairs, features)

    def propose(self, view: SentenceView) -> list[Proposal]:
        """The act the models find surest in a sentence, with its most likely actors;
        beside the rules' events, only an act of another root, and a surer one."""
        open_roots = _open_roots(view, self.other_threshold < 1.0)
        if not open_roots:
            return []
        actors = view.candidates()
        if not actors:
            return []
        p_roots = self.root_probabilities(sentence_features(view))
        out: list[Proposal] = []
        for i, root in enumerate(ROOTS):
            if root not in open_roots:
                continue
            trigger, p_root = open_roots[root], p_roots[i]
            if p_root < self._floor(view, trigger):
                continue
            best = self._best_pair(view, actors, root)
            if best is None or best[0] < self.pair_threshold:
                continue
            p_pair, a1, a2 = best
            head = trigger.first if trigger else self._head(view, root)
            out.append(Proposal(root, actors[a1], actors[a2] if a2 else None, trigger, head,
                                p_root * p_pair))  # fmt: skip
        # one act a sentence, the surest: measured held out, a second added nothing right
        return sorted(out, key=lambda p: -p.probability)[:1]

    def _floor(self, view: SentenceView, trigger: Trigger | None) -> float:
        if not view.rule_roots:
            return self.root_threshold
        return self.beside_threshold if trigger is not None else self.other_threshold

    def _best_pair(
        self, view: SentenceView, actors: Mapping[str, ActorMention], root: str
    ) -> tuple[float, str, str | None] | None:
        best: tuple[float, str, str | None] | None = None
        for a1, a2 in candidate_pairs(actors):
            p = self.pair_probability(pair_features(view, actors, a1, a2, root))
            if best is None or p > best[0]:
                best = (p, a1, a2)
        return best

    def _head(self, view: SentenceView, root: str) -> int:
        """The word whose weight for the root is highest: where the act is said."""
        weights = self.roots.get(root, {})
        inside = _actor_positions(view)
        best, at = -math.inf, 0
        for i, token in enumerate(view.tokens):
            if i in inside:
                continue
            w = weights.get("w=" + token.key, 0.0) + weights.get("p=" + token.key[:5], 0.0)
            if w > best:
                best, at = w, i
        return at


def _open_roots(view: SentenceView, others: bool = False) -> dict[str, Trigger | None]:
    """The roots a proposal may take, each with the rules' unread match of it if any:
    in a sentence the rules made no event of, all; beside their events, only a root
    whose words the rules matched and did not read otherwise ("sent" is 072 or 061,
    never both), and with ``others`` every root they made no event of."""
    unread: dict[str, Trigger] = {}
    for t in view.triggers:
        if t.first not in view.spent:
            unread.setdefault(t.pattern.code[:2], t)
    if view.rule_roots:
        if others:
            return {r: unread.get(r) for r in ROOTS if r not in view.rule_roots}
        return {r: t for r, t in unread.items() if r not in view.rule_roots}
    return {r: unread.get(r) for r in ROOTS}


def nearby_after(
    mentions: Sequence[ActorMention], nearby: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actors the next sentence may refer back to: this one's, or if it names
    none, those before it."""
    own = tuple(m for m in mentions if m.code and m.first >= 0)
    return own or nearby


def candidate_pairs(actors: Mapping[str, ActorMention]) -> Iterator[tuple[str, str | None]]:
    for a1 in actors:
        yield a1, None
        for a2 in actors:
            if a2 != a1:
                yield a1, a2


def sentence_features(view: SentenceView) -> list[str]:
    """Words outside the actors' names (and their first five letters, which stand for
    the word's family), word pairs, the rules' trigger codes, how many states."""
    tokens = view.tokens
    inside = _actor_positions(view)
    found: set[str] = {"bias"}
    for i, token in enumerate(tokens):
        key = token.key
        if i in inside or not key[:1].isalpha():
            continue
        found.add("w=" + key)
        found.add("p=" + key[:5])
        if i + 1 < len(tokens):
            found.add("b=" + key + "_" + tokens[i + 1].key)
    for trigger in view.triggers:
        found.add("t=" + trigger.pattern.code[:2])
        found.add("tc=" + trigger.pattern.code)
    found.update("r=" + root for root in view.rule_roots)
    if not view.rule_roots:
        found.add("norule")
    found.add(f"nm={min(3, len({m.country for m in view.actors if m.code}))}")
    if view.claimant is not None:
        found.add("claim")
    return sorted(found)


def pair_features(
    view: SentenceView, actors: Mapping[str, ActorMention], a1: str, a2: str | None, root: str
) -> list[str]:
    """Where each actor stands (the words beside it, its role, its rank, which side of
    the root's trigger), in which order, each also joined with the root."""
    plain = _side("a_", view, actors[a1], root)
    if a2 is None:
        plain.append("b_none")
    else:
        plain += _side("b_", view, actors[a2], root)
        plain += _between(view, actors[a1], actors[a2])
    joined = [f + "|" + root for f in plain]
    return sorted({*plain, *joined, "bias", "bias|" + root})


def _side(prefix: str, view: SentenceView, m: ActorMention, root: str) -> list[str]:
    if m.first < 0 or m is view.claimant:
        return [prefix + "claimant"]
    if m not in view.actors:
        return [prefix + "nearby", prefix + "nearby_role=" + m.role]
    keys = [t.key for t in view.tokens]
    out = [
        prefix + "prev=" + (keys[m.first - 1] if m.first > 0 else "^"),
        prefix + "prev2=" + (" ".join(keys[max(0, m.first - 2) : m.first]) or "^"),
        prefix + "next=" + (keys[m.last] if m.last < len(keys) else "$"),
        prefix + "role=" + m.role,
        prefix + "kind=" + m.kind,
        prefix + f"rank={min(_rank(view, m), 2)}",
    ]
    trigger = next((t for t in view.triggers if t.pattern.code[:2] == root), None)
    if trigger is None:
        out.append(prefix + "notrig")
    else:
        gap = m.first - trigger.first
        out.append(prefix + ("before" if gap < 0 else "after"))
        out.append(prefix + f"dist={max(-3, min(3, gap // 3))}")
    return out


def _between(view: SentenceView, a1: ActorMention, a2: ActorMention) -> list[str]:
    """The two actors' order, how far apart, and whether "and" joins them."""
    if a1.first < 0 or a2.first < 0 or a1 not in view.actors or a2 not in view.actors:
        return ["order=far"]
    first, second = (a1, a2) if a1.first < a2.first else (a2, a1)
    words = [t.key for t in view.tokens[first.last : second.first]]
    out = ["order=" + ("ab" if a1 is first else "ba"), f"gap={min(len(words) // 4, 3)}"]
    if words and words[-1] in ("and", "&"):
        out.append("joined")
    return out


def _rank(view: SentenceView, m: ActorMention) -> int:
    return sum(1 for other in view.actors if other.code and other.first < m.first)


def _actor_positions(view: SentenceView) -> set[int]:
    return {i for m in view.actors for i in range(m.first, m.last)}


def load_event_model(path: Path) -> EventModel:
    """A model file written by ``watchfloor train``; a clear error names what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(str(path), None, f"not a readable event model ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataFileError(str(path), None, f"not an event model (format {FORMAT!r} expected)")
    try:
        roots = {r: _weights(data["roots"][r]) for r in ROOTS}
        model = EventModel(
            roots=roots,
            pairs=_weights(data["pairs"]),
            codes={r: str(data["codes"][r]) for r in ROOTS},
            root_threshold=float(data["root_threshold"]),
            pair_threshold=float(data["pair_threshold"]),
            beside_threshold=float(data.get("beside_threshold", 1.0)),
            other_threshold=float(data.get("other_threshold", 1.0)),
            targets=_target_model(data.get("targets")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(str(path), None, f"event model malformed ({exc!r})") from exc
    for root, code in model.codes.items():
        if not code.startswith(root):
            raise DataFileError(str(path), None, f"code {code} given for root {root}")
    return model


def save_event_model(model: EventModel, path: Path, trained_on: Mapping[str, int]) -> None:
    data = {
        "format": FORMAT,
        "trained_on": dict(trained_on),
        "root_threshold": model.root_threshold,
        "pair_threshold": model.pair_threshold,
        "beside_threshold": model.beside_threshold,
        "other_threshold": model.other_threshold,
        "codes": dict(model.codes),
        "roots": {r: dict(sorted(model.roots[r].items())) for r in ROOTS},
        "pairs": dict(sorted(model.pairs.items())),
    }
    if model.targets is not None:
        data["targets"] = {
            "threshold": model.targets.threshold,
            "weights": dict(sorted(model.targets.weights.items())),
        }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def _target_model(raw: object) -> TargetModel | None:
    """A file from before the target model (none given) fills no targets."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise TypeError("targets must be an object with threshold and weights")
    return TargetModel(_weights(raw["weights"]), float(raw["threshold"]))


def _weights(raw: object) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise TypeError("weights must be an object of feature: number")
    return {str(k): float(v) for k, v in raw.items()}


def learned_events(
    model: EventModel, view: SentenceView, codes_known: frozenset[str]
) -> list[Assembled]:
    """The model's proposals as the rules' events, so that every later stage (dates,
    places, figures, certainty, source) treats them as it treats a rule's."""
    out: list[Assembled] = []
    for proposal in model.propose(view):
        trigger = proposal.trigger
        if trigger is None:
            code = model.codes[proposal.root]
            if code not in codes_known:
                continue
            pattern = EventPattern(code=code, slots=(), targets=(), origin="learned")
            trigger = Trigger(pattern, proposal.head, proposal.head + 1, -1)
        out.append(
            Assembled(
                code=trigger.pattern.code,
                trigger=trigger,
                actor1=proposal.actor1,
                actor2=proposal.actor2,
                clause=(0, len(view.tokens)),
                head=proposal.head,
                learned=proposal.probability,
            )
        )
    return out
