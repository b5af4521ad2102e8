"""Where the watcher hands over to alerting: ``evaluate_alerts`` runs the packaged
alert rules (``watchfloor.analyse.alerts``) once after a cycle whose feeds stored
something, and logs each alert that the cycle's new or updated events are behind."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import Alert, find_alerts
from watchfloor.api import IngestReport
from watchfloor.errors import WatchfloorError
from watchfloor.settings import Settings
from watchfloor.store import open_store


def evaluate_alerts(
    settings: Settings, report: IngestReport, log: Callable[[str], None]
) -> list[Alert]:
    """The alerts that the events created or updated in ``report`` are behind; each is
    logged. A failure is logged too: alerting never stops the watch."""
    touched = set(report.events_created) | set(report.events_updated)
    if not touched:
        return []
    try:
        rules = load_alert_rules()
        with open_store(settings.db_url, busy_timeout=settings.busy_timeout_seconds) as store:
            found = find_alerts(store, rules)
    except WatchfloorError as exc:
        log(f"alerts: not evaluated: {exc}")
        return []
    raised = [alert for alert in found if touched & set(alert.events)]
    for alert in raised:
        log(
            f"alert: {alert.dyad} {alert.kind} ({alert.change}) since {alert.start}, detected "
            f"{alert.detected}, score {alert.score:.1f}, {len(alert.events)} events"
        )
    return raised
