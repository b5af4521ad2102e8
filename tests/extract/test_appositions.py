"""Unknown names tied by an apposition to an actor the dictionaries know: invented
names, invented sentences."""

from collections.abc import Callable

from watchfloor.extract import Extractor
from watchfloor.extract.appositions import alias_of, apposed_names
from watchfloor.extract.text import tokenize
from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def _apposed(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = extractor.actors.find(tokens, text)
    return [(m.code, m.text) for m in apposed_names(tokens, found)]


def test_a_company_takes_the_country_and_role_of_its_apposition(extractor: Extractor) -> None:
    text = "Korvex, the Czech arms maker, signed the contract."
    assert _apposed(extractor, text) == [("CZEBUS", "Korvex")]


def test_a_person_takes_the_body_of_his_office(extractor: Extractor) -> None:
    text = "Ana Ruiz, the president of the ECOWAS Commission, visited Bamako."
    assert _apposed(extractor, text) == [("IGOWAS", "Ana Ruiz")]


def test_a_nationality_alone_names_no_actor(extractor: Extractor) -> None:
    assert _apposed(extractor, "Jan Novak, a Czech, was arrested.") == []


def test_an_opening_word_is_no_name(extractor: Extractor) -> None:
    assert _apposed(extractor, "Meanwhile, the Chinese army held drills.") == []
    assert _apposed(extractor, "Separately, the Czech arms maker signed.") == []
    assert _apposed(extractor, "On Monday, the Czech arms maker signed.") == []


def test_a_known_actor_is_not_named_again(extractor: Extractor) -> None:
    assert _apposed(extractor, "Hezbollah, the Lebanese armed group, fired rockets.") == []


def test_the_last_word_names_it_later(extractor: Extractor) -> None:
    text = "Ana Ruiz, the president of the ECOWAS Commission, spoke."
    tokens = tokenize(text)
    (mention,) = apposed_names(tokens, extractor.actors.find(tokens, text))
    assert alias_of(mention, tokens) == ("Ruiz", mention)


def test_the_apposed_name_acts_in_a_later_sentence(events: Events) -> None:
    text = (
        "Ana Ruiz, the president of the ECOWAS Commission, arrived on Monday. "
        "Ruiz visited Niamey on Tuesday."
    )
    assert ("042", "IGOWAS", "NER") in {brief(m) for m in events(text)}
