"""Endpoints over ``watchfloor.analyse``: dyad series, escalation alerts and assessments."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from watchfloor.analyse.alerts import find_alerts
from watchfloor.analyse.assess import assess
from watchfloor.analyse.series import dyad_series
from watchfloor.serve.read_routes import Limit, Offset, state_of
from watchfloor.serve.records import page

DyadParam = Annotated[str, Query(description="two countries: PRK-RUS",
                                 pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$")]  # fmt: skip
Day = Annotated[date | None, Query(description="a day: 2024-10-01")]


def build_analysis_router() -> APIRouter:
    router = APIRouter()

    @router.get("/series", tags=["analysis"])
    def series(
        request: Request, dyad: DyadParam,
        by: Annotated[str, Query(description="day, week or month")] = "week",
        directed: Annotated[bool, Query(description="only the first country's acts "
                                        "on the second")] = False,
        since: Day = None, until: Day = None,
        min_grade: Annotated[str | None, Query(description="keep events graded at least "
                                               "this well: B, B3")] = None,
        weighted: Annotated[bool, Query(description="count events by grade")] = False,
        ids: Annotated[bool, Query(description="name each period's events (the "
                                   "dashboard's marks list them)")] = True,
    ) -> dict[str, Any]:  # fmt: skip
        """A dyad's events per day, week or month (``watchfloor series``): counts,
        Goldstein sum and mean, quad classes, and the ids of each period's events
        (empty lists with ids=false)."""
        state = state_of(request)
        found = dyad_series(
            state.store(), dyad, by=by, directed=directed, since=since, until=until,
            min_grade=min_grade, weighted=weighted, registry=state.registry(), with_ids=ids,
        )  # fmt: skip
        return {"dyad": found.dyad, "directed": found.directed, "by": found.by,
                "points": found.to_records()}  # fmt: skip

    @router.get("/alerts", tags=["analysis"])
    def alerts(
        request: Request,
        since: Annotated[date | None, Query(description="detected on or after this day")] = None,
        as_of: Annotated[date | None, Query(description="judge as on this day (default: "
                                            "the last day of the stored events)")] = None,
        limit: Limit = 50, offset: Offset = 0,
    ) -> dict[str, Any]:  # fmt: skip
        """Escalation alerts of the packaged watchlist (``watchfloor alerts``), latest
        detection first, each with the ids and grades of the events behind it."""
        state = state_of(request)
        found = find_alerts(state.store(), state.alert_rules(), since=since, as_of=as_of,
                            registry=state.registry())  # fmt: skip
        latest_first = [a.to_record() for a in reversed(found)]
        return page(latest_first[offset : offset + limit], len(found), limit, offset)

    @router.get("/assessments", tags=["analysis"])
    def assessments(
        request: Request,
        focus: Annotated[str, Query(description="the focal country: KOR",
                                    pattern=r"^[A-Za-z]{3}$")],
        as_of: Annotated[date | None, Query(description="what was known on this day "
                                            "(default: the day of the latest report)")] = None,
    ) -> dict[str, Any]:  # fmt: skip
        """The assessment of a focal country (``watchfloor assess --format json``): threat
        level, indicators with their events, competing hypotheses, response options and
        what changed since the last stored assessment. Reading it stores nothing."""
        state = state_of(request)
        found = assess(state.store(), focus, as_of=as_of, config=state.assessment_config(),
                       registry=state.registry())  # fmt: skip
        return found.to_record()

    return router
