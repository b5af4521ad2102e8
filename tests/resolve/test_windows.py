"""windows: when a mention says its event happened, at the precision it gives."""

from __future__ import annotations

from datetime import date

from watchfloor.models import Actor, Certainty, EventDate, Mention
from watchfloor.resolve.windows import Basis, When, Window, WindowRules, when_of

PUBLISHED = date(2026, 3, 20)


def _mention(value: str | None, certainty: Certainty = Certainty.REPORTED) -> Mention:
    return Mention(
        doc="d", sentence="s", span=(0, 1), code="072", goldstein=8.3,
        actor1=Actor("PRK", "North Korea"), actor2=Actor("RUS", "Russia"), certainty=certainty,
        date=EventDate(value, "then") if value else None,
    )  # fmt: skip


def test_a_day_is_precise_give_or_take_the_slack() -> None:
    when = when_of(_mention("2026-03-06"), PUBLISHED)
    assert when == _when(Basis.PRECISE, date(2026, 3, 3), date(2026, 3, 9))


def test_a_month_is_every_day_of_it() -> None:
    when = when_of(_mention("2026-02"), PUBLISHED)
    assert when == _when(Basis.PRECISE, date(2026, 2, 1), date(2026, 2, 28))


def test_an_undated_report_reaches_back_from_its_publication() -> None:
    when = when_of(_mention(None), PUBLISHED)
    assert when == _when(Basis.VAGUE, date(2026, 2, 18), PUBLISHED)


def test_the_year_of_publication_is_as_good_as_no_date() -> None:
    when = when_of(_mention("2026"), date(2026, 1, 10))
    assert when == _when(Basis.VAGUE, date(2026, 1, 1), date(2026, 1, 10))


def test_another_year_is_coarse() -> None:
    when = when_of(_mention("2023"), PUBLISHED)
    assert (when.basis, when.window, when.coarse_key) == (Basis.COARSE, None, "2023")
    assert when_of(_mention(None), None).coarse_key == "undated"


def test_a_denial_is_dated_by_when_it_was_made() -> None:
    when = when_of(_mention("2026-03-11", Certainty.DENIED), PUBLISHED)
    assert when == _when(Basis.VAGUE, date(2026, 2, 9), date(2026, 3, 11))


def test_the_rules_are_settings() -> None:
    rules = WindowRules(day_slack_days=0, undated_window_days=7)
    assert when_of(_mention("2026-03-06"), PUBLISHED, rules).window == Window(
        date(2026, 3, 6), date(2026, 3, 6)
    )
    assert when_of(_mention(None), PUBLISHED, rules).window == Window(date(2026, 3, 13), PUBLISHED)


def test_an_impossible_date_counts_as_none() -> None:
    assert when_of(_mention("2026-02-30"), PUBLISHED).basis == Basis.VAGUE


def _when(basis: Basis, start: date, end: date) -> When:
    return When(basis, Window(start, end))
