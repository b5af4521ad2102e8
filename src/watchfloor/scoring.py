"""Scoring extraction against gold, exactly as ``spec/EVENTS.md`` section 4 says.

Per document, events reduce to keys (root, actor1 country, actor2 country or "---");
under a key, events with the same code count once on each side, and the distinct codes
are matched one to one (identical codes first). Precision, recall and F1 are
micro-averaged over documents. Each matched gold event's partner is the system event
under its key that agrees on most fields; attribute accuracy counts gold fields that
are not null."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from watchfloor.errors import DocumentError, GoldError
from watchfloor.ingest import parse_document_text
from watchfloor.models import Document, Mention

Key = tuple[str, str, str]
FIELDS = (
    "code",
    "actor1",
    "actor2",
    "date",
    "location.country",
    "location.name",
    "quantity",
    "source",
    "certainty",
)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    document: Document
    events: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class FieldScore:
    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold event with no system event under its key (kind "miss"), a system event
    with no gold one ("false alarm"), or a matched pair that disagrees on ``fields``."""

    kind: str
    doc: str
    gold: Mention | None
    system: Mention | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalReport:
    documents: int
    gold_units: int
    system_units: int
    matched: int
    fields: tuple[FieldScore, ...]
    errors: tuple[Miss, ...] = field(default=(), repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.system_units if self.system_units else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_units if self.gold_units else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        """Every figure by name, rounded: what baselines pin."""
        out = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        out.update({f.name: f.accuracy for f in self.fields})
        return {name: round(value, 4) for name, value in out.items()}


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every ``<id>.md`` with its ``<id>.jsonl`` in ``folder``."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder of gold documents (<id>.md + <id>.jsonl)")
    documents = sorted(folder.glob("*.md"))
    if not documents:
        raise GoldError(f"{folder}: no .md documents found; point at a gold folder")
    return [_gold_document(path) for path in documents]


def score(gold: Sequence[GoldDocument], system: Mapping[str, Sequence[Mention]]) -> EvalReport:
    totals = {name: [0, 0] for name in FIELDS}
    gold_units = system_units = matched = 0
    errors: list[Miss] = []
    for doc in gold:
        g_keys, s_keys = _by_key(doc.events), _by_key(system.get(doc.document.id, ()))
        for key in sorted(set(g_keys) | set(s_keys)):
            g_codes, s_codes = _codes(g_keys.get(key, [])), _codes(s_keys.get(key, []))
            gold_units += len(g_codes)
            system_units += len(s_codes)
            pairs = _match_codes(g_codes, s_codes)
            matched += len(pairs)
            errors += _unmatched(doc.document.id, g_keys.get(key, []), s_keys.get(key, []), pairs)
            for g_code in pairs:
                for g in (e for e in g_keys[key] if e.code == g_code):
                    errors += _attributes(doc.document.id, g, s_keys[key], totals)
    fields = tuple(FieldScore(name, c, t) for name, (c, t) in totals.items())
    return EvalReport(len(gold), gold_units, system_units, matched, fields, tuple(errors))


def evaluate(folder: Path, extract: Callable[[Document], Iterable[Mention]]) -> EvalReport:
    """Run ``extract`` on every gold document of ``folder`` and score it."""
    gold = load_gold(folder)
    system = {doc.document.id: list(extract(doc.document)) for doc in gold}
    return score(gold, system)


def cause_of(miss: Miss, report_errors: Sequence[Miss]) -> str:
    """The likeliest cause of an error: the field that kept two events apart."""
    if miss.kind == "disagree":
        return miss.fields[0].split(".")[0] if miss.fields else "other"
    event = miss.gold or miss.system
    assert event is not None
    others = [
        (m.system if miss.kind == "miss" else m.gold)
        for m in report_errors
        if m.doc == miss.doc and m.kind != miss.kind and m.kind != "disagree"
    ]
    for other in (o for o in others if o is not None):
        same1 = other.actor1.country == event.actor1.country
        same2 = _code(other.actor2) == _code(event.actor2) or (
            other.actor2 is not None and event.actor2 is not None
            and other.actor2.country == event.actor2.country
        )  # fmt: skip
        if other.root == event.root and same1:
            return "actor2"
        if other.root == event.root and same2:
            return "actor1"
        if same1 and same2:
            return "code"
    return "no such event" if miss.kind == "miss" else "spurious event"


def key_of(event: Mention) -> Key:
    return (event.root, event.actor1.country, event.actor2.country if event.actor2 else "---")


def field_agrees(name: str, gold: Mention, system: Mention) -> bool | None:
    """Whether ``system`` agrees with ``gold`` on field ``name``; None when gold is null."""
    if name == "code":
        return gold.code == system.code
    if name == "actor1":
        return gold.actor1.code == system.actor1.code
    if name == "actor2":
        return None if gold.actor2 is None else gold.actor2.code == _code(system.actor2)
    if name == "date":
        return None if gold.date is None else gold.date.value == _value(system.date)
    if name == "location.country":
        if gold.location is None:
            return None
        return system.location is not None and gold.location.country == system.location.country
    if name == "location.name":
        if gold.location is None:
            return None
        return system.location is not None and _place_name(gold.location.name) == _place_name(
            system.location.name
        )
    if name == "quantity":
        if gold.quantity is None:
            return None
        if system.quantity is None:
            return False
        return abs(system.quantity.value - gold.quantity.value) <= 0.01 * abs(gold.quantity.value)
    if name == "source":
        if gold.source is None:
            return None
        return system.source is not None and gold.source.country == system.source.country
    return gold.certainty == system.certainty


def _gold_document(path: Path) -> GoldDocument:
    try:
        document = parse_document_text(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError, DocumentError) as exc:
        raise GoldError(f"{path}: cannot read gold document ({exc})") from exc
    events_path = path.with_suffix(".jsonl")
    if not events_path.is_file():
        raise GoldError(f"{events_path}: missing; every gold document needs its event file")
    events = []
    for number, line in enumerate(events_path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            events.append(_gold_event(line, f"{events_path}:{number}", document))
    return GoldDocument(document, tuple(events))


def _gold_event(line: str, where: str, document: Document) -> Mention:
    try:
        event = Mention.from_record(json.loads(line))
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{where}: not an event record of the spec ({exc})") from exc
    start, end = event.span
    if document.text[start:end] != event.sentence:
        raise GoldError(f"{where}: span {list(event.span)} does not give the sentence")
    return event


def _by_key(events: Iterable[Mention]) -> dict[Key, list[Mention]]:
    grouped: dict[Key, list[Mention]] = defaultdict(list)
    for event in events:
        grouped[key_of(event)].append(event)
    return grouped


def _codes(events: Sequence[Mention]) -> list[str]:
    return sorted({e.code for e in events})


def _match_codes(gold: list[str], system: list[str]) -> dict[str, str]:
    """Gold code -> system code, one to one, identical codes first."""
    pairs = {code: code for code in gold if code in system}
    rest_g = [c for c in gold if c not in pairs]
    rest_s = [c for c in system if c not in pairs.values()]
    pairs.update(zip(rest_g, rest_s, strict=False))
    return pairs


def _attributes(
    doc: str, gold: Mention, candidates: Sequence[Mention], totals: dict[str, list[int]]
) -> list[Miss]:
    partner = max(candidates, key=lambda s: sum(bool(field_agrees(n, gold, s)) for n in FIELDS))
    wrong = []
    for name in FIELDS:
        agrees = field_agrees(name, gold, partner)
        if agrees is None:
            continue
        totals[name][1] += 1
        totals[name][0] += int(agrees)
        if not agrees:
            wrong.append(name)
    return [Miss("disagree", doc, gold, partner, tuple(wrong))] if wrong else []


def _unmatched(
    doc: str, gold: Sequence[Mention], system: Sequence[Mention], pairs: Mapping[str, str]
) -> list[Miss]:
    misses = [Miss("miss", doc, g, None) for g in _first_per_code(gold) if g.code not in pairs]
    used = set(pairs.values())
    misses += [
        Miss("false alarm", doc, None, s) for s in _first_per_code(system) if s.code not in used
    ]
    return misses


def _first_per_code(events: Sequence[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for e in events:
        seen.setdefault(e.code, e)
    return list(seen.values())


def _code(actor: object) -> str | None:
    return getattr(actor, "code", None)


def _value(date: object) -> str | None:
    return getattr(date, "value", None)


def _place_name(name: str) -> str:
    folded = name.casefold().strip()
    return folded[4:] if folded.startswith("the ") else folded
