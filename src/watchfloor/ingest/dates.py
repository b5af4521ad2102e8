"""``published`` values, whatever their form, as a ``datetime.date``.

Accepted: ``date`` and ``datetime`` objects (YAML gives these for unquoted dates),
``time.struct_time`` (feedparser's parsed dates), ISO 8601 strings with or without a
time and timezone, RFC 822 strings as used in RSS, and written dates ("March 3, 2024",
"3 March 2024"). A timestamp keeps the date it
has in its own timezone (the dateline's local date), it is not converted to UTC.
Anything else gives None: an unknown publication date is allowed.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from watchfloor.daterange import usable


def to_date(value: object) -> date | None:
    """``value`` as a date, or None when it is missing, cannot be read as one, or lies
    outside the years watchfloor computes with (``watchfloor.daterange``)."""
    return usable(_any_date(value))


def _any_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _from_struct_time(value)
    if isinstance(value, str):
        return parse_date_string(value)
    return None


def parse_date_string(text: str) -> date | None:
    """An ISO 8601 or RFC 822 date string as a date; None when it is neither."""
    text = text.strip()
    if not text:
        return None
    if len(text) > 100:  # no date is written that long
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for form in _WRITTEN_FORMS:
        try:
            return datetime.strptime(text.replace(".", ""), form).date()
        except ValueError:
            continue
    return None


# Dates as people write them ("March 3, 2024", "3 March 2024"); an all-digit form such
# as 05/10/2025 is left unread, since day and month cannot be told apart.
_WRITTEN_FORMS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y/%m/%d")


def _from_struct_time(value: time.struct_time) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None
