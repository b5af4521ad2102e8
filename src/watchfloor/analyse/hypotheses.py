"""Competing hypotheses as data (YAML), and their matrix built from the evidence.

A hypotheses file::

    name: Why North Korea sends forces to Russia (the seed's motives)
    question: Why is North Korea sending troops to Russia?
    adversaries: [PRK]           # what the roles of event patterns stand for
    partners: [USA, JPN]
    hypotheses:
      - id: economic-gain
        title: Economic gain
        description: Pyongyang trades manpower for money, food and fuel.
        prior: 0.25              # optional; the rest share what is left equally
        predicts:                # event patterns (watchfloor.analyse.patterns) it predicts
          - {codes: ["071"], actor1: [RUS], actor2: [adversary], strong: true}
        argues_against:          # patterns that would be unlikely if it were true
          - {codes: ["0841"], actor1: [RUS], actor2: [adversary]}

A cell is ``C`` when a predicted pattern matches the event (``CC`` if ``strong``),
``I`` when a pattern against it matches (``II`` if strong), ``N`` otherwise; when both
match, strengths are added (C + I is N). Rows are the events that bear on at least one
hypothesis. An analyst's override of a cell (``watchfloor ach override``) replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from watchfloor.analyse.ach import Analysis, Matrix, Row, analyse
from watchfloor.analyse.evidence import Evidence
from watchfloor.analyse.patterns import PATTERN_KEYS, Pattern, Roles, country_list, pattern_from
from watchfloor.errors import DataFileError
from watchfloor.store import CellOverride
from watchfloor.yamlfile import Fields, YList, load_yaml

PACKAGED_HYPOTHESES = "hypotheses_kor.yaml"
_FILE_KEYS = ("name", "question", "adversaries", "partners", "hypotheses")
_HYPOTHESIS_KEYS = ("id", "title", "description", "prior", "predicts", "argues_against")
_SCORE_CELL = {2: "CC", 1: "C", 0: "N", -1: "I", -2: "II"}


@dataclass(frozen=True, slots=True)
class Signature:
    pattern: Pattern
    strong: bool


@dataclass(frozen=True, slots=True)
class Hypothesis:
    id: str
    title: str
    description: str
    prior: float | None
    predicts: tuple[Signature, ...]
    argues_against: tuple[Signature, ...]


@dataclass(frozen=True, slots=True)
class HypothesisSet:
    name: str
    question: str
    adversaries: tuple[str, ...]
    partners: tuple[str, ...]
    hypotheses: tuple[Hypothesis, ...]
    file: str

    def priors(self) -> tuple[float, ...]:
        given = sum(h.prior for h in self.hypotheses if h.prior is not None)
        unset = [h for h in self.hypotheses if h.prior is None]
        share = max(0.0, 1.0 - given) / len(unset) if unset else 0.0
        return tuple(h.prior if h.prior is not None else share for h in self.hypotheses)


@dataclass(frozen=True, slots=True)
class Cell:
    value: str
    why: str
    override: CellOverride | None = None
    computed: str | None = None  # the cell the signatures gave, when overridden


@dataclass(frozen=True, slots=True)
class AchResult:
    hypotheses: HypothesisSet
    evidence: tuple[Evidence, ...]  # one per row, in row order
    cells: tuple[tuple[Cell, ...], ...]
    matrix: Matrix
    analysis: Analysis

    @property
    def leading(self) -> Hypothesis:
        return self.hypotheses.hypotheses[self.analysis.leading]


def load_hypotheses(path: Path | None = None) -> HypothesisSet:
    source: Path | Traversable = path or resources.files("watchfloor.analyse").joinpath(
        "data", PACKAGED_HYPOTHESES
    )
    file, content = load_yaml(source)
    top = Fields(file, content, "a hypotheses file", _FILE_KEYS)
    items = top.get_list("hypotheses")
    hypotheses = tuple(_hypothesis(file, item) for item in items)
    if len(hypotheses) < 2:
        raise top.error("hypotheses", "give at least two competing hypotheses")
    seen: set[str] = set()
    for hypothesis, line in zip(hypotheses, items.item_lines, strict=True):
        if hypothesis.id in seen:
            raise DataFileError(file, line, f"hypothesis id {hypothesis.id!r} is given twice")
        seen.add(hypothesis.id)
    if sum(h.prior or 0.0 for h in hypotheses) > 1.0 + 1e-9:
        raise top.error("hypotheses", "the priors given add up to more than 1")
    return HypothesisSet(
        top.get_str("name"),
        top.get_str("question"),
        country_list(top, "adversaries"),
        country_list(top, "partners"),
        hypotheses,
        file,
    )


def build_matrix(
    hypotheses: HypothesisSet,
    events: Sequence[Evidence],
    focus: str,
    overrides: Sequence[CellOverride] = (),
) -> AchResult:
    """The matrix of the events that bear on a hypothesis (or carry an override),
    analysed. Later overrides of a cell replace earlier ones."""
    roles = Roles(focus.upper(), hypotheses.adversaries, hypotheses.partners)
    latest = {(o.event_id, o.hypothesis): o for o in sorted(overrides, key=lambda o: o.at)}
    rows, cells_of, kept = [], [], []
    for event in events:
        cells = tuple(
            _cell(h, event, roles, latest.get((event.event_id, h.id)))
            for h in hypotheses.hypotheses
        )
        if all(c.value == "N" and c.override is None for c in cells):
            continue
        kept.append(event)
        cells_of.append(cells)
        rows.append(Row(event.event_id, event.weight, tuple(c.value for c in cells)))
    matrix = Matrix(tuple(h.id for h in hypotheses.hypotheses), hypotheses.priors(), tuple(rows))
    return AchResult(hypotheses, tuple(kept), tuple(cells_of), matrix, analyse(matrix))


def _cell(
    hypothesis: Hypothesis, event: Evidence, roles: Roles, override: CellOverride | None
) -> Cell:
    score, reasons = 0, []
    for signatures, sign, word in (
        (hypothesis.predicts, 1, "predicted"),
        (hypothesis.argues_against, -1, "argues against"),
    ):
        for signature in signatures:
            why = signature.pattern.match(event, roles)
            if why is not None:
                score += sign * (2 if signature.strong else 1)
                reasons.append(f"{word}: {why}")
                break
    computed = _SCORE_CELL[max(-2, min(2, score))]
    why = "; ".join(reasons) or "no signature of this hypothesis matches"
    if override is None:
        return Cell(computed, why)
    note = f"set to {override.cell} by {override.analyst} at {override.at.isoformat()}"
    return Cell(override.cell, f"{note} (was {computed}: {why})", override, computed)


def _hypothesis(file: str, item: object) -> Hypothesis:
    fields = Fields(file, item, "a hypothesis", _HYPOTHESIS_KEYS)
    prior = fields.get_float("prior", low=0.001, high=0.999) if fields.has("prior") else None
    predicts = _signatures(fields, "predicts")
    against = _signatures(fields, "argues_against")
    if not predicts and not against:
        raise fields.error("id", "give the events it 'predicts' or that 'argue_against' it")
    return Hypothesis(
        fields.get_str("id"),
        fields.get_str("title"),
        fields.get_str("description"),
        prior,
        predicts,
        against,
    )


def _signatures(fields: Fields, key: str) -> tuple[Signature, ...]:
    value = fields.raw(key)
    if value is None:
        return ()
    if not isinstance(value, YList):
        raise fields.error(key, f"{key!r} must be a list of event patterns")
    out = []
    for item in fields[key].items(key):
        what = f"an event pattern (line {item.line})"
        pattern_fields = item.mapping(what, (*PATTERN_KEYS, "strong"))
        strong = pattern_fields.raw("strong")
        if strong is not None and not isinstance(strong, bool):
            raise pattern_fields.error("strong", "'strong' must be true or false")
        out.append(Signature(pattern_from(pattern_fields), bool(strong)))
    return tuple(out)
