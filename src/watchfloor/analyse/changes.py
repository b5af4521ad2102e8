"""What changed between two assessments of the same focus, compared as the records
they are stored as (so an assessment stored by an older watchfloor still compares)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

POSTERIOR_SHIFT = 0.02  # smaller moves are noise from a re-graded row, not news


@dataclass(frozen=True, slots=True)
class Changes:
    """``since``: when the previous assessment was made (None: this is the first).
    ``lines``: each change in a sentence; the other fields list it for machines."""

    since: datetime | None
    threat: dict[str, Any] | None
    fired: tuple[str, ...]
    cleared: tuple[str, ...]
    new_events: dict[str, tuple[str, ...]]
    leading: dict[str, str] | None
    posteriors: dict[str, dict[str, float]]
    options_added: tuple[str, ...]
    options_removed: tuple[str, ...]
    lines: tuple[str, ...]

    @classmethod
    def first(cls) -> Changes:
        return cls(
            None,
            None,
            (),
            (),
            {},
            None,
            {},
            (),
            (),
            ("no earlier assessment of this focus is stored",),
        )

    def to_record(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
            "threat": self.threat,
            "indicators_fired": list(self.fired),
            "indicators_cleared": list(self.cleared),
            "new_events": {k: list(v) for k, v in self.new_events.items()},
            "leading_hypothesis": self.leading,
            "posteriors": self.posteriors,
            "options_added": list(self.options_added),
            "options_removed": list(self.options_removed),
            "summary": list(self.lines),
        }


def changes_since(before: dict[str, Any], now: dict[str, Any], since: datetime) -> Changes:
    lines: list[str] = []
    threat = _threat(before.get("threat") or {}, now["threat"], lines)
    old_fired, new_fired = _fired(before), _fired(now)
    fired = tuple(i for i in new_fired if i not in old_fired)
    cleared = tuple(i for i in old_fired if i not in new_fired)
    lines += [f"indicator {i} fired" for i in fired]
    lines += [f"indicator {i} no longer fires" for i in cleared]
    new_events = {}
    for indicator, events in new_fired.items():
        added = tuple(e for e in events if e not in old_fired.get(indicator, ()))
        if added and indicator in old_fired:
            new_events[indicator] = added
            lines.append(f"indicator {indicator}: new evidence {', '.join(added)}")
    leading = _leading(before, now, lines)
    posteriors = _posteriors(before, now, lines)
    old_options, new_options = _options(before), _options(now)
    added_options = tuple(o for o in new_options if o not in old_options)
    removed = tuple(o for o in old_options if o not in new_options)
    lines += [f"option {o} became relevant" for o in added_options]
    lines += [f"option {o} is no longer relevant" for o in removed]
    return Changes(
        since,
        threat,
        fired,
        cleared,
        new_events,
        leading,
        posteriors,
        added_options,
        removed,
        tuple(lines) or ("nothing changed",),
    )


def _threat(old: dict[str, Any], new: dict[str, Any], lines: list[str]) -> dict[str, Any] | None:
    if old.get("level") == new["level"] and old.get("probability") == new["probability"]:
        return None
    change = {
        "was": {"level": old.get("level"), "probability": old.get("probability")},
        "now": {"level": new["level"], "probability": new["probability"]},
    }
    lines.append(
        f"threat {old.get('level')} ({old.get('probability')}) -> "
        f"{new['level']} ({new['probability']})"
    )
    return change


def _fired(record: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {
        i["id"]: tuple(e["id"] for e in i.get("events", ()))
        for i in record.get("indicators", ())
        if i.get("fired")
    }


def _leading(
    before: dict[str, Any], now: dict[str, Any], lines: list[str]
) -> dict[str, str] | None:
    old = (before.get("ach") or {}).get("leading")
    new = now["ach"]["leading"]
    if old == new:
        return None
    lines.append(f"leading hypothesis {old} -> {new}")
    return {"was": old, "now": new}


def _posteriors(
    before: dict[str, Any], now: dict[str, Any], lines: list[str]
) -> dict[str, dict[str, float]]:
    """Hypotheses whose posterior moved by more than POSTERIOR_SHIFT."""
    old = {h["id"]: h.get("posterior") for h in before.get("hypotheses", ())}
    moved = {}
    for hypothesis in now["hypotheses"]:
        was, new = old.get(hypothesis["id"]), hypothesis["posterior"]
        if isinstance(was, int | float) and abs(new - was) > POSTERIOR_SHIFT:
            moved[hypothesis["id"]] = {"was": was, "now": new}
            lines.append(f"hypothesis {hypothesis['id']}: posterior {was} -> {new}")
    return moved


def _options(record: dict[str, Any]) -> tuple[str, ...]:
    return tuple(o["id"] for o in record.get("options", ()))
