"""The dates watchfloor works with: years FIRST_YEAR to LAST_YEAR.

Python's calendar ends at 9999-12-31, and every stage adds or takes days (a window of
weeks around a report, "three months ago", a search margin), so a date near either end
would overflow somewhere. A date outside the range is treated as unknown wherever it
comes from: a document's metadata, a date written in its text, or a stored row.
"""

from __future__ import annotations

from datetime import date

FIRST_YEAR = 1000
LAST_YEAR = 8999


def usable(day: date | None) -> date | None:
    """``day`` if watchfloor can compute with it, else None (unknown)."""
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


def usable_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def usable_iso(value: str | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) whose year is in range, else None."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    return value if usable_year(int(value[:4])) else None
