"""Where a watch cycle hands over to alerting: ``evaluate_alerts`` runs after every
cycle that stored something.

``watchfloor.analyse.alerts`` is being written on another branch. Until it is merged,
this finds no such module and says so in the log once per cycle; the lead wires the
call to its evaluation in the marked place, with the store URL and the cycle's report.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from watchfloor.api import IngestReport
from watchfloor.settings import Settings

ALERTS_MODULE = "watchfloor.analyse.alerts"


def evaluate_alerts(settings: Settings, report: IngestReport, log: Callable[[str], None]) -> None:
    """Evaluate alert rules over the store after a cycle that stored ``report``."""
    if importlib.util.find_spec(ALERTS_MODULE) is None:
        log(f"alerts: {ALERTS_MODULE} is not installed in this watchfloor; none evaluated")
        return
    # LEAD: wire the evaluation of watchfloor.analyse.alerts here (its entry point over
    # settings.db_url and the events in report.events_created / events_updated), and log
    # each alert raised.
    log(f"alerts: {ALERTS_MODULE} found but not wired into `watchfloor watch` yet")
