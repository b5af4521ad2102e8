"""The scorer follows spec/EVENTS.md section 4, on hand-built gold and system events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from watchfloor.models import Actor, Certainty, Document, EventDate, Mention, Place, Quantity
from watchfloor.scoring import EvalReport, GoldDocument, score

SENTENCE = "North Korea has sent about 1,500 troops to Russia, the NIS said."
DOC = Document(id="d1", text=SENTENCE)


def event(
    code: str = "072",
    actor1: str = "PRK",
    actor2: str | None = "RUS",
    certainty: Certainty = Certainty.REPORTED,
    **attributes: Any,
) -> Mention:
    return Mention(
        doc=DOC.id,
        sentence=SENTENCE,
        span=(0, len(SENTENCE)),
        code=code,
        goldstein=0.0,
        actor1=Actor(actor1, actor1),
        actor2=Actor(actor2, actor2) if actor2 else None,
        certainty=certainty,
        **attributes,
    )


def run(gold: Sequence[Mention], system: Sequence[Mention]) -> EvalReport:
    return score([GoldDocument(DOC, tuple(gold))], {DOC.id: list(system)})


def counts(report: EvalReport) -> tuple[int, int, int]:
    return report.gold_units, report.system_units, report.matched


def field(report: EvalReport, name: str) -> tuple[int, int]:
    (found,) = [f for f in report.fields if f.name == name]
    return found.correct, found.total


# Event keys and codes


def test_the_same_code_twice_under_a_key_counts_once() -> None:
    report = run([event()], [event(), event()])
    assert counts(report) == (1, 1, 1)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)


def test_repeated_gold_events_count_once_too() -> None:
    assert counts(run([event(), event()], [event()])) == (1, 1, 1)


def test_a_country_and_its_role_are_one_key_and_count_once() -> None:
    report = run([event(actor1="PRK")], [event(actor1="PRK"), event(actor1="PRKMIL")])
    assert counts(report) == (1, 1, 1)
    assert counts(run([event(actor1="PRKMIL")], [event(actor1="PRK")])) == (1, 1, 1)


def test_two_gold_codes_against_one_system_code_is_one_match_and_one_miss() -> None:
    report = run([event(code="072"), event(code="070")], [event(code="072")])
    assert counts(report) == (2, 1, 1)
    assert (report.precision, report.recall) == (1.0, 0.5)
    misses = [e for e in report.errors if e.kind == "miss"]
    assert [m.gold.code for m in misses if m.gold] == ["070"]
    assert field(report, "code") == (1, 1), "072 partners 072, not 070"


def test_different_codes_under_one_key_still_match_one_to_one() -> None:
    report = run([event(code="072")], [event(code="070")])
    assert counts(report) == (1, 1, 1)
    assert field(report, "code") == (0, 1)


def test_a_system_event_with_no_gold_key_is_a_false_alarm() -> None:
    report = run([event()], [event(), event(code="190", actor1="RUS", actor2="UKR")])
    assert counts(report) == (1, 2, 1)
    assert report.precision == 0.5 and report.recall == 1.0
    (alarm,) = [e for e in report.errors if e.kind == "false alarm"]
    assert alarm.system is not None and alarm.system.code == "190"


def test_a_different_target_is_a_different_key() -> None:
    report = run([event(actor2="RUS")], [event(actor2="UKR")])
    assert counts(report) == (1, 1, 0)


def test_no_target_is_its_own_key() -> None:
    assert counts(run([event(actor2=None)], [event(actor2=None)])) == (1, 1, 1)
    assert counts(run([event(actor2=None)], [event(actor2="RUS")])) == (1, 1, 0)


def test_figures_are_micro_averaged_over_documents() -> None:
    other = Document(id="d2", text=SENTENCE)
    gold = [GoldDocument(DOC, (event(),)), GoldDocument(other, (event(), event(code="062")))]
    report = score(gold, {"d1": [event()], "d2": [event(code="190")]})
    assert counts(report) == (3, 2, 1)
    assert report.documents == 2


# Attribute accuracy


def test_attribute_accuracy_skips_null_gold_fields() -> None:
    system = event(date=EventDate("2024-10", "in October"), location=Place("Kursk", "RUS"))
    report = run([event()], [system])
    for name in ("date", "location.country", "location.name", "quantity", "source"):
        assert field(report, name) == (0, 0), name
    assert field(report, "actor2") == (1, 1)
    assert field(report, "code") == (1, 1)
    assert field(report, "certainty") == (1, 1)


def test_a_gold_field_the_system_leaves_out_is_wrong() -> None:
    gold = event(date=EventDate("2024-10", "in October"))
    assert field(run([gold], [event()]), "date") == (0, 1)


def quantity(value: float) -> Quantity:
    return Quantity(value, value, value, "troops", True, f"about {value:g}")


@pytest.mark.parametrize(
    ("system_value", "agrees"),
    [(1500, True), (1514, True), (1486, True), (1516, False), (1484, False), (3000, False)],
)
def test_quantity_agrees_within_one_percent(system_value: float, agrees: bool) -> None:
    report = run([event(quantity=quantity(1500))], [event(quantity=quantity(system_value))])
    assert field(report, "quantity") == (int(agrees), 1)


@pytest.mark.parametrize(
    ("system_source", "agrees"),
    [("KORSPY", True), ("KORGOV", True), ("KOR", True), ("USAMIL", False), (None, False)],
)
def test_source_compares_country_only(system_source: str | None, agrees: bool) -> None:
    source = Actor(system_source, system_source) if system_source else None
    report = run([event(source=Actor("KORSPY", "the NIS"))], [event(source=source)])
    assert field(report, "source") == (int(agrees), 1)


@pytest.mark.parametrize(
    ("system_name", "agrees"),
    [("Red Sea", True), ("the Red Sea", True), ("RED SEA", True), ("The red sea", True),
     ("Gulf of Aden", False), ("Red", False)],
)  # fmt: skip
def test_location_name_ignores_a_leading_the_and_case(system_name: str, agrees: bool) -> None:
    report = run(
        [event(location=Place("the Red Sea", None))],
        [event(location=Place(system_name, None))],
    )
    assert field(report, "location.name") == (int(agrees), 1)


def test_location_country_is_compared_apart_from_the_name() -> None:
    report = run([event(location=Place("Kursk", "RUS"))], [event(location=Place("Kursk", "UKR"))])
    assert field(report, "location.name") == (1, 1)
    assert field(report, "location.country") == (0, 1)


def test_full_actor_codes_are_compared_for_accuracy() -> None:
    report = run([event(actor1="PRKMIL")], [event(actor1="PRK")])
    assert counts(report) == (1, 1, 1)
    assert field(report, "actor1") == (0, 1)


def test_the_partner_is_the_system_event_that_agrees_on_most_fields() -> None:
    gold = event(quantity=quantity(1500), date=EventDate("2024-10", "in October"))
    near = event(quantity=quantity(1500), date=EventDate("2024-10", "October"))
    far = event(certainty=Certainty.ASSERTED)
    report = run([gold], [far, near])
    assert field(report, "quantity") == (1, 1)
    assert field(report, "date") == (1, 1)
    assert field(report, "certainty") == (1, 1)


def test_certainty_is_compared() -> None:
    report = run([event(certainty=Certainty.DENIED)], [event(certainty=Certainty.REPORTED)])
    assert field(report, "certainty") == (0, 1)


def test_figures_names_every_figure() -> None:
    figures = run([event()], [event()]).figures()
    assert list(figures)[:3] == ["precision", "recall", "f1"]
    assert {"code", "actor1", "actor2", "date", "location.country", "location.name",
            "quantity", "source", "certainty"} <= set(figures)  # fmt: skip
