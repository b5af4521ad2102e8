from collections.abc import Callable
from datetime import date

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def test_the_soldiers_are_the_senders(events: Events) -> None:
    text = (
        "North Korea has sent about 1,500 troops to Russia.\n"
        "The soldiers were ferried to Vladivostok by Russian navy transport vessels."
    )
    assert ("062", "RUSMIL", "PRKMIL") in {brief(m) for m in events(text)}


def test_surname_after_full_name(events: Events) -> None:
    text = "Kim Jong Un arrived in Russia.\nKim later met Vladimir Putin in Vladivostok."
    assert ("044", "PRKGOV", "RUSGOV") in {brief(m) for m in events(text)}


def test_object_pronoun_is_the_visitor(events: Events) -> None:
    text = (
        "Vladimir Putin landed in Pyongyang on Wednesday.\nKim Jong Un welcomed him at the airport."
    )
    assert ("043", "PRKGOV", "RUSGOV") in {brief(m) for m in events(text)}


def test_reaction_to_an_earlier_event(events: Events) -> None:
    text = (
        "North Korea fired seven ballistic missiles into the sea on Tuesday.\n"
        "Washington, Seoul and Tokyo condemned that launch the same day."
    )
    found = {brief(m) for m in events(text, published=date(2024, 11, 6))}
    assert {("111", "USA", "PRK"), ("111", "KOR", "PRK"), ("111", "JPN", "PRK")} <= found


def test_group_of_leaders(events: Events) -> None:
    text = (
        "Joe Biden met Yoon Suk Yeol and Shigeru Ishiba in Lima.\n"
        "The three leaders condemned North Korea."
    )
    found = {m.actor1.country for m in events(text) if m.code == "111"}
    assert found == {"USA", "KOR", "JPN"}


def test_the_north_needs_its_story(events: Events) -> None:
    korean = (
        "Seoul said the North fired missiles.\nThe missiles were fired by the North on Tuesday."
    )
    assert any(m.actor1.code == "PRK" for m in events(korean))


def test_head_noun_of_an_organisation(events: Events) -> None:
    text = (
        "Council of the European Union\n"
        "The Council today adopted a package of sanctions against Russia."
    )
    assert ("163", "IGOEEC", "RUS") in {brief(m) for m in events(text)}
