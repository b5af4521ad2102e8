"""Indicators and warnings: analyst-editable definitions (YAML) of what to watch for,
each a query over resolved events, and which of them fire.

An indicator set file::

    name: Korean Peninsula (seed case)
    focus: KOR                 # optional: the set is used only when assessing KOR
    question: Will the military threat to South Korea grow over the next year?
    baseline: 0.10             # the threat's probability when no indicator fires
    adversaries: [PRK]         # what the roles 'adversary' and 'partner' stand for
    partners: [USA, JPN]
    indicators:
      - id: forces-abroad
        title: A state sends forces abroad
        implies: What it means for the focal country.
        weight: 0.5            # 0..1: how much it raises the threat when it fires
        window_days: 730       # events whose dates reach into the last N days
        min_grade: C3          # reliability C or better and credibility 3 or better,
        min_corroboration: 2   # ... or at least 2 independent sources (either suffices)
        min_events: 1          # how many such events make it fire
        match:                 # event patterns (``watchfloor.analyse.patterns``), any of them
          - {codes: ["072"], actor1: [adversary], actor2: [foreign], units: [troops]}

``load_indicator_sets`` validates every file on load and names file and line of each
mistake; ``evaluate`` says which indicators fire, on which events and why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from watchfloor.analyse.evidence import Evidence
from watchfloor.analyse.patterns import (
    PATTERN_KEYS,
    Pattern,
    Roles,
    country_list,
    first_match,
    pattern_from,
)
from watchfloor.errors import DataFileError
from watchfloor.yamlfile import Fields, load_yaml

PACKAGED_SETS = ("indicators_kor.yaml", "indicators_generic.yaml")
_GRADE = re.compile(r"^[A-F][1-6]?$")
_SET_KEYS = ("name", "focus", "question", "baseline", "adversaries", "partners", "indicators")
_INDICATOR_KEYS = (
    "id",
    "title",
    "implies",
    "weight",
    "window_days",
    "min_grade",
    "min_corroboration",
    "min_events",
    "match",
)


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    title: str
    implies: str
    weight: float
    patterns: tuple[Pattern, ...]
    window_days: int | None = None
    min_grade: str | None = None
    min_corroboration: int | None = None
    min_events: int = 1
    where: str = ""  # file:line, for messages


@dataclass(frozen=True, slots=True)
class IndicatorSet:
    name: str
    focus: str | None
    question: str
    baseline: float
    adversaries: tuple[str, ...]
    partners: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    file: str

    def roles(self, focus: str) -> Roles:
        return Roles(focus.upper(), self.adversaries, self.partners)


@dataclass(frozen=True, slots=True)
class Hit:
    """An event that makes an indicator fire, and why it qualifies."""

    evidence: Evidence
    why: str


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    indicator: Indicator
    fired: bool
    hits: tuple[Hit, ...]
    strength: float  # the weight of the best-graded event behind it (0 when not fired)

    def to_record(self) -> dict[str, object]:
        i = self.indicator
        return {
            "id": i.id,
            "title": i.title,
            "fired": self.fired,
            "weight": i.weight,
            "implies": i.implies,
            "strength": round(self.strength, 3),
            "events": [{**h.evidence.to_record(), "why": h.why} for h in self.hits],
        }


def load_indicator_sets(paths: Sequence[Path] = ()) -> list[IndicatorSet]:
    """The sets in ``paths``, or the packaged ones (seed case and generic) if none."""
    sources: list[Path | Traversable] = list(paths) or [
        resources.files("watchfloor.analyse").joinpath("data", name) for name in PACKAGED_SETS
    ]
    sets = [_load_set(source) for source in sources]
    seen: dict[str, str] = {}
    for indicator_set in sets:
        for indicator in indicator_set.indicators:
            if indicator.id in seen:
                file, line = indicator.where.rsplit(":", 1)
                raise DataFileError(
                    file,
                    int(line),
                    f"indicator id {indicator.id!r} is already defined at {seen[indicator.id]}",
                )
            seen[indicator.id] = indicator.where
    return sets


def sets_for(sets: Sequence[IndicatorSet], focus: str) -> list[IndicatorSet]:
    """The sets that apply to ``focus``: those made for it, then those for any focus."""
    focus = focus.upper()
    return [s for s in sets if s.focus == focus] + [s for s in sets if s.focus is None]


def evaluate(
    indicator_set: IndicatorSet, events: Sequence[Evidence], focus: str, as_of: date | None
) -> list[IndicatorResult]:
    roles = indicator_set.roles(focus)
    return [_evaluate_one(i, events, roles, as_of) for i in indicator_set.indicators]


def _evaluate_one(
    indicator: Indicator, events: Sequence[Evidence], roles: Roles, as_of: date | None
) -> IndicatorResult:
    hits = []
    for event in events:
        why = first_match(indicator.patterns, event, roles)
        if why is None or not _in_window(indicator, event, as_of):
            continue
        grounds = _qualifies(indicator, event)
        if grounds is not None:
            hits.append(Hit(event, f"{why}; {grounds}"))
    fired = len(hits) >= indicator.min_events
    strength = max((h.evidence.weight for h in hits), default=0.0) if fired else 0.0
    return IndicatorResult(indicator, fired, tuple(hits), strength)


def _in_window(indicator: Indicator, event: Evidence, as_of: date | None) -> bool:
    if indicator.window_days is None:
        return True
    if event.last_day is None:
        return False  # an undated event cannot be placed in a window
    end = as_of or date.today()
    return event.last_day >= end - timedelta(days=indicator.window_days)


def _qualifies(indicator: Indicator, event: Evidence) -> str | None:
    """Why ``event`` is good enough evidence (grade or corroboration), or None."""
    grade_ok = indicator.min_grade is None or _meets(event, indicator.min_grade)
    corr_ok = indicator.min_corroboration is None or (
        event.corroboration >= indicator.min_corroboration
    )
    graded = f"grade {event.grade}, {event.corroboration} independent source(s)"
    if indicator.min_grade is not None and indicator.min_corroboration is not None:
        # either suffices: one well-graded source, or several weaker independent ones
        if grade_ok or corr_ok:
            return graded + f" (needs {indicator.min_grade} or {indicator.min_corroboration})"
        return None
    return graded if grade_ok and corr_ok else None


def _meets(event: Evidence, minimum: str) -> bool:
    reliability_ok = event.reliability <= minimum[0]
    credibility_ok = len(minimum) == 1 or event.credibility <= int(minimum[1])
    return reliability_ok and credibility_ok


def _load_set(source: Path | Traversable) -> IndicatorSet:
    file, content = load_yaml(source)
    top = Fields(file, content, "an indicator set", _SET_KEYS)
    focus = top.get_optional_str("focus")
    if focus is not None and (len(focus) != 3 or not focus.isalpha()):
        raise top.error("focus", f"'focus' must be a three-letter country code, not {focus!r}")
    items = top.get_list("indicators")
    return IndicatorSet(
        name=top.get_str("name"),
        focus=focus.upper() if focus else None,
        question=top.get_str("question"),
        baseline=top.get_float("baseline", 0.05, low=0.01, high=0.99),
        adversaries=country_list(top, "adversaries"),
        partners=country_list(top, "partners"),
        indicators=tuple(
            _indicator(file, item, line) for item, line in zip(items, items.item_lines, strict=True)
        ),
        file=file,
    )


def _indicator(file: str, item: object, line: int) -> Indicator:
    fields = Fields(file, item, "an indicator", _INDICATOR_KEYS)
    min_grade = fields.get_optional_str("min_grade")
    if min_grade is not None and not _GRADE.match(min_grade.upper()):
        raise fields.error("min_grade", f"{min_grade!r} is not an Admiralty grade such as B2 or C")
    return Indicator(
        id=fields.get_str("id"),
        title=fields.get_str("title"),
        implies=fields.get_str("implies"),
        weight=fields.get_float("weight"),
        patterns=patterns_of(fields, "match"),
        window_days=fields.get_int("window_days", low=1) if fields.has("window_days") else None,
        min_grade=min_grade.upper() if min_grade else None,
        min_corroboration=(
            fields.get_int("min_corroboration", low=1) if fields.has("min_corroboration") else None
        ),
        min_events=fields.get_int("min_events", 1, low=1),
        where=f"{file}:{line}",
    )


def patterns_of(fields: Fields, key: str, *, required: bool = True) -> tuple[Pattern, ...]:
    """The patterns under ``key``: a list of pattern mappings, or one mapping."""
    if fields.raw(key) is None and not required:
        return ()
    items = fields[key].each(key) if fields.raw(key) is not None else []
    if not items:
        raise fields.error(key, f"{key!r} needs at least one event pattern")
    return tuple(
        pattern_from(item.mapping(f"an event pattern (line {item.line})", PATTERN_KEYS))
        for item in items
    )
