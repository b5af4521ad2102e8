"""The assessment of a focal country: indicators that fired, the threat level they add
up to, the competing hypotheses weighed against the evidence, the response options
that have become relevant, and what changed since the last assessment.

    config = load_config()                       # the packaged files, validated
    found = assess(store, "KOR", config=config)  # reads the store only
    save_assessment(store, found)                # so the next run can say what changed
    print(found.threat.text, [r.indicator.id for r in found.indicators if r.fired])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from watchfloor.analyse.changes import Changes, changes_since
from watchfloor.analyse.evidence import Evidence, evidence_as_of
from watchfloor.analyse.hypotheses import AchResult, HypothesisSet, build_matrix, load_hypotheses
from watchfloor.analyse.indicators import (
    IndicatorResult,
    IndicatorSet,
    evaluate,
    load_indicator_sets,
    sets_for,
)
from watchfloor.analyse.options import (
    Playbook,
    RelevantOption,
    check_indicators,
    load_playbook,
    relevant_options,
)
from watchfloor.analyse.threat import Threat, combine
from watchfloor.errors import ConfigError
from watchfloor.resolve import SourceRegistry, load_sources
from watchfloor.store import Store, StoredAssessment


@dataclass(frozen=True, slots=True)
class AssessmentConfig:
    """The validated data files an assessment reads."""

    indicator_sets: tuple[IndicatorSet, ...]
    hypotheses: HypothesisSet
    playbook: Playbook


@dataclass(frozen=True, slots=True)
class Assessment:
    focus: str
    as_of: date | None
    made_at: datetime
    threat: Threat
    indicators: tuple[IndicatorResult, ...]
    ach: AchResult
    options: tuple[RelevantOption, ...]
    changes: Changes
    indicator_sets: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "threat": self.threat.to_record(),
            "indicators": [r.to_record() for r in self.indicators],
            "hypotheses": hypotheses_record(self.ach),
            "ach": ach_record(self.ach),
            "options": [o.to_record() for o in self.options],
            "changes": self.changes.to_record(),
            "indicator_sets": list(self.indicator_sets),
        }


def load_config(
    indicators: Sequence[Path] = (), hypotheses: Path | None = None, playbook: Path | None = None
) -> AssessmentConfig:
    """Load and validate the files (the packaged ones where a path is not given). A
    playbook naming an indicator no set defines is an error, unless your own indicator
    files meet the packaged playbook (its options then simply never become relevant)."""
    sets = tuple(load_indicator_sets(indicators))
    book = load_playbook(playbook)
    if playbook is not None or not indicators:
        check_indicators(book, {i.id for s in sets for i in s.indicators})
    return AssessmentConfig(sets, load_hypotheses(hypotheses), book)


def assess(
    store: Store,
    focus: str,
    *,
    as_of: date | None = None,
    config: AssessmentConfig | None = None,
    registry: SourceRegistry | None = None,
    now: datetime | None = None,
) -> Assessment:
    """Assess ``focus`` from the evidence known on ``as_of`` (default: the day of the
    latest stored report), compared with the last stored assessment of ``focus``."""
    focus = _country(focus)
    config = config or load_config()
    events = evidence_as_of(store, as_of, registry or load_sources())
    day = as_of or latest_report(events)
    sets = sets_for(config.indicator_sets, focus)
    if not sets:
        raise ConfigError(
            f"no indicator set applies to {focus}: give one without 'focus' "
            f"or with 'focus: {focus}' (--indicators FILE)"
        )
    results = tuple(r for s in sets for r in evaluate(s, events, focus, day))
    threat = combine(sets[0].baseline, results, sets[0].question)
    ach = build_matrix(config.hypotheses, events, focus, store.assessments().overrides())
    options = tuple(relevant_options(config.playbook, results))
    previous = store.assessments().latest(focus)
    made_at = now or datetime.now(UTC)
    draft = Assessment(
        focus,
        day,
        made_at,
        threat,
        results,
        ach,
        options,
        Changes.first(),
        tuple(s.name for s in sets),
    )
    return replace(draft, changes=_changes(previous, draft))


def save_assessment(store: Store, assessment: Assessment) -> StoredAssessment:
    return store.assessments().save(
        assessment.focus,
        assessment.as_of.isoformat() if assessment.as_of else None,
        assessment.threat.level,
        assessment.threat.probability,
        assessment.to_record(),
        at=assessment.made_at,
    )


def latest_report(events: Sequence[Evidence]) -> date | None:
    days = [s.published for e in events for s in e.sources if s.published is not None]
    return max(days, default=None)


def hypotheses_record(ach: AchResult) -> list[dict[str, Any]]:
    """Each hypothesis with its posterior, inconsistency score and its column of the
    matrix (the cell of every evidence row, with why)."""
    out = []
    for h, hypothesis in enumerate(ach.hypotheses.hypotheses):
        out.append(
            {
                "id": hypothesis.id,
                "title": hypothesis.title,
                "description": hypothesis.description,
                "posterior": round(ach.analysis.posteriors[h], 4),
                "inconsistency": round(ach.analysis.inconsistency[h], 4),
                "leading": h == ach.analysis.leading,
                "evidence": [
                    {"event": e.event_id, "cell": cells[h].value, "why": cells[h].why}
                    for e, cells in zip(ach.evidence, ach.cells, strict=True)
                ],
            }
        )
    return out


def ach_record(ach: AchResult) -> dict[str, Any]:
    """The matrix by rows: each event with its weight, grade, diagnosticity and cells."""
    ids = [h.id for h in ach.hypotheses.hypotheses]
    rows = []
    for event, cells in zip(ach.evidence, ach.cells, strict=True):
        rows.append(
            {
                "event": event.event_id,
                "summary": event.summary(),
                "grade": event.grade,
                "weight": round(event.weight, 4),
                "diagnosticity": round(ach.analysis.diagnosticity[event.event_id], 4),
                "cells": {hid: c.value for hid, c in zip(ids, cells, strict=True)},
                "overrides": {
                    hid: {
                        "cell": c.value,
                        "was": c.computed,
                        "by": c.override.analyst,
                        "at": c.override.at.isoformat(timespec="seconds"),
                        "reason": c.override.reason,
                    }
                    for hid, c in zip(ids, cells, strict=True)
                    if c.override
                },
                "sources": [s.to_record() for s in event.sources],
            }
        )
    return {
        "name": ach.hypotheses.name,
        "question": ach.hypotheses.question,
        "leading": ach.leading.id,
        "sensitive_rows": list(ach.analysis.sensitive_rows),
        "rows": rows,
    }


def _changes(previous: StoredAssessment | None, draft: Assessment) -> Changes:
    if previous is None:
        return Changes.first()
    return changes_since(previous.record, draft.to_record(), previous.created_at)


def _country(focus: str) -> str:
    code = focus.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ConfigError(f"--focus {focus!r}: give a three-letter country code such as KOR")
    return code
