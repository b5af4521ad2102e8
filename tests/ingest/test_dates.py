import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from watchfloor.ingest.dates import to_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2024, 10, 18), date(2024, 10, 18)),
        (datetime(2024, 10, 18, 23, 30, tzinfo=timezone(timedelta(hours=-5))), date(2024, 10, 18)),
        ("2024-10-18", date(2024, 10, 18)),
        ("2024-10-18T23:30:00-05:00", date(2024, 10, 18)),
        ("2024-10-18T08:30:00Z", date(2024, 10, 18)),
        ("2024-10-18 08:30", date(2024, 10, 18)),
        ("Fri, 18 Oct 2024 08:30:00 +0900", date(2024, 10, 18)),
        ("18 Oct 2024 08:30 GMT", date(2024, 10, 18)),
        (time.struct_time((2024, 10, 18, 0, 0, 0, 4, 292, 0)), date(2024, 10, 18)),
        (datetime(2024, 10, 18, tzinfo=UTC), date(2024, 10, 18)),
        ("March 3, 2024", date(2024, 3, 3)),
        ("3 March 2024", date(2024, 3, 3)),
        ("Oct. 18, 2024", date(2024, 10, 18)),
        ("05/10/2025", None),
        ("next Tuesday", None),
        ("2024-13-01", None),
        ("", None),
        (None, None),
        (2024, None),
        ("Fri, 18 Oct 1000000000000 08:30:00 +0900", None),
    ],
)
def test_to_date(value: object, expected: date | None) -> None:
    assert to_date(value) == expected
