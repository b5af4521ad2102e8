"""When a mention says its event happened, as a window of days.

Reports give dates at different precisions, or none. Each mention gets a window of the
days its event could fall on, and a basis that says how far to trust it:

- ``precise``: a day (widened by ``day_slack_days`` either side: time zones, "on
  Tuesday" read against a late dateline) or a month (every day of it). Precise windows
  say when the event happened, and make up the event's own window.
- ``vague``: no date, or only the year it was published in; also every denial, whose
  date is when the denial was made. The event is placed in the
  ``undated_window_days`` before publication: a report of an ongoing deployment refers
  to the last month, not to last year. Vague mentions join an event their window
  overlaps, and set its window only while it has no precise mention.
- ``coarse``: a year other than the publication year, or no date and no publication
  date. Too wide to place next to others: such mentions join only events known by the
  same year (``coarse_key``).

The thresholds are named in ``WindowRules``; the defaults are what the test corpus and
the dev gold were checked with.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from watchfloor.daterange import usable, usable_iso
from watchfloor.models import Certainty, Mention


@dataclass(frozen=True, slots=True)
class WindowRules:
    """``day_slack_days``: how far apart two day dates of one event may be reported.
    ``undated_window_days``: how far back an undated report reaches.
    ``max_event_span_days``: the most days the precise evidence of one event may cover;
    a mention that would stretch an event further starts a new one (a second
    deployment months later is a new event)."""

    day_slack_days: int = 3
    undated_window_days: int = 30
    max_event_span_days: int = 45


DEFAULT_WINDOWS = WindowRules()


class Basis(StrEnum):
    PRECISE = "precise"
    VAGUE = "vague"
    COARSE = "coarse"


@dataclass(frozen=True, slots=True)
class Window:
    """The days ``start`` to ``end``, both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def middle(self) -> date:
        return self.start + timedelta(days=(self.end - self.start).days // 2)

    def overlaps(self, other: Window) -> bool:
        return self.start <= other.end and other.start <= self.end

    def hull(self, other: Window) -> Window:
        return Window(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True, slots=True)
class When:
    """A mention's time: ``window`` for precise and vague ones, ``coarse_key`` (a year,
    or "undated") for coarse ones."""

    basis: Basis
    window: Window | None
    coarse_key: str | None = None


def when_of(mention: Mention, published: date | None, rules: WindowRules = DEFAULT_WINDOWS) -> When:
    # a date outside the years watchfloor computes with is unknown (daterange)
    value = usable_iso(mention.date.value) if mention.date else None
    published = usable(published)
    given = _window_of(value) if value else None
    if mention.certainty == Certainty.DENIED:
        anchor = given.end if given is not None and given.days == 1 else published
        return _vague(anchor, rules, year=None) if anchor else _coarse(value)
    if given is not None and value is not None and len(value) >= 7:
        if len(value) == 10:
            slack = timedelta(days=rules.day_slack_days)
            return When(Basis.PRECISE, Window(given.start - slack, given.end + slack))
        return When(Basis.PRECISE, given)
    if given is not None and value is not None:  # a year
        if published is not None and published.year == int(value[:4]):
            return _vague(published, rules, year=published.year)
        return _coarse(value)
    return _vague(published, rules, year=None) if published else _coarse(None)


def day_window(value: str) -> Window | None:
    """Every day that an ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers;
    None if it is not such a date, or out of the years watchfloor computes with."""
    return _window_of(value) if usable_iso(value) else None


def _vague(anchor: date, rules: WindowRules, year: int | None) -> When:
    start = anchor - timedelta(days=rules.undated_window_days)
    if year is not None:
        start = max(start, date(year, 1, 1))
    return When(Basis.VAGUE, Window(start, anchor))


def _coarse(value: str | None) -> When:
    return When(Basis.COARSE, None, value[:4] if value else "undated")


def _window_of(value: str) -> Window | None:
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return Window(day, day)
        year = int(value[:4])
        if len(value) == 7:
            month = int(value[5:7])
            last = calendar.monthrange(year, month)[1]
            return Window(date(year, month, 1), date(year, month, last))
        if len(value) == 4:
            return Window(date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None
    return None
