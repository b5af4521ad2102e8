"""What goes out: a ``Notice``, made from an alert, a threat-level change, or anything
else that has a stable key, a title and a JSON payload."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from watchfloor.analyse.alerts import Alert
from watchfloor.analyse.assess import Assessment
from watchfloor.report.safety import json_line


@dataclass(frozen=True, slots=True)
class Notice:
    """``key`` names the notice across runs: a channel is sent each key once. ``kind``:
    ``alert``, ``threat-level`` or another word a producer chooses. ``at``: when what it
    tells of happened (UTC). ``data``: the JSON payload (an alert's record)."""

    key: str
    kind: str
    title: str
    summary: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    link: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "at": self.at.astimezone(UTC).isoformat(timespec="seconds"),
            "link": self.link,
            "data": self.data,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Notice:
        """A notice from its JSON record (``to_record``); raises ValueError or KeyError
        for a record that lacks a field or has a bad time."""
        at = datetime.fromisoformat(str(record["at"]))
        data = record.get("data") or {}
        if not isinstance(data, dict):
            raise ValueError("data must be an object")
        return cls(
            key=str(record["key"]), kind=str(record["kind"]), title=str(record["title"]),
            summary=str(record.get("summary") or ""),
            at=at if at.tzinfo else at.replace(tzinfo=UTC), data=data,
            link=str(record["link"]) if record.get("link") else None,
        )  # fmt: skip

    def payload(self) -> str:
        """The JSON body a webhook receives (keys sorted: the same bytes every time); lossless,
        with no control character raw (it is also an email body and Atom content)."""
        return json_line(self.to_record(), sort_keys=True)


def alert_notice(alert: Alert) -> Notice:
    """A new escalation alert as a notice."""
    change = f"{alert.kind.replace('_', ' ')}: {alert.change}"
    return Notice(
        key=f"alert/{alert.key}",
        kind="alert",
        title=f"{alert.dyad} {change} since {alert.start.isoformat()}",
        summary=(
            f"{alert.dyad}: {alert.observed:g} {alert.kind.replace('_', ' ')} events in the "
            f"{alert.period} to {alert.detected.isoformat()} against about "
            f"{alert.expected:.1f} expected (score {alert.score:.1f}); "
            f"{len(alert.events)} events behind it: {', '.join(alert.events[:10])}"
            + (" ..." if len(alert.events) > 10 else "")
        ),
        at=datetime.combine(alert.detected, time(23, 59, 59), tzinfo=UTC),
        data=alert.to_record(),
    )


def threat_notice(
    focus: str,
    level: str,
    previous: str | None,
    *,
    at: datetime,
    probability: float | None = None,
    phrase: str | None = None,
    data: dict[str, Any] | None = None,
) -> Notice:
    """A threat-level change of an assessment (``watchfloor assess``) as a notice: the
    same focus and new level on the same day is one notice."""
    said = f" ({phrase}, {probability:.0%})" if phrase and probability is not None else ""
    told = {"focus": focus, "level": level, "previous": previous, "probability": probability,
            "phrase": phrase}  # fmt: skip
    was = f" from {previous}" if previous else ""
    return Notice(
        key=f"threat/{focus}/{at.astimezone(UTC).date().isoformat()}/{level}",
        kind="threat-level",
        title=f"{focus} threat level {level}{was}",
        summary=f"The threat level for {focus} changed{was} to {level}{said}.",
        at=at,
        data={**told, **(data or {})},
    )


def assessment_notice(assessment: Assessment) -> Notice | None:
    """A notice when an assessment's threat level differs from the last stored one of its
    focus; None for a first assessment or an unchanged level (a probability that moves
    within its level is in the assessment's changes, not worth waking anyone for)."""
    change = assessment.changes.threat
    if change is None or assessment.changes.since is None:
        return None
    was, now = change["was"].get("level"), change["now"]["level"]
    if was == now:
        return None
    threat = assessment.threat
    return threat_notice(
        assessment.focus,
        now,
        was,
        at=assessment.made_at.astimezone(UTC),
        probability=threat.probability,
        phrase=threat.text,
        data={"question": threat.question,
              "as_of": assessment.as_of.isoformat() if assessment.as_of else None},
    )
