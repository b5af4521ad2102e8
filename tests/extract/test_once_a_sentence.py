"""One act told twice in a sentence is one record; acts on different days are two."""

from __future__ import annotations

from datetime import date

from .conftest import Events


def test_an_act_recapped_in_its_sentence_is_one_record(events: Events) -> None:
    text = ("Belarus has moved about 2,000 troops to Russia's Kursk region, the first time "
            "Minsk has said it is sending soldiers to back Moscow's war in Ukraine.")  # fmt: skip
    (sent,) = [m for m in events(text) if m.code == "072"]
    assert sent.location is not None and sent.location.country == "RUS"
    assert sent.quantity is not None and sent.quantity.value == 2000


def test_acts_on_different_days_stay_two(events: Events) -> None:
    text = ("North Korea sent 1,500 troops to Russia in October and sent 3,000 more to Russia "
            "in December.")  # fmt: skip
    told = events(text, date(2024, 12, 18))
    dates = sorted(m.date.value for m in told if m.code == "072" and m.date)
    assert dates == ["2024-10", "2024-12"]
