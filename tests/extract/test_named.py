"""People the dictionaries lack, named after a title: invented names, invented sentences."""

from collections.abc import Callable

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.actors import ActorMention
from watchfloor.extract.named import (
    Entities,
    introduced_names,
    name_start,
    named_bodies,
    possessed_people,
    titled_name,
)
from watchfloor.extract.text import Token, tokenize
from watchfloor.models import Mention

from .conftest import brief, parsed

Events = Callable[..., list[Mention]]


def _titled(extractor: Extractor, text: str) -> tuple[ActorMention, tuple[Token, ...]]:
    tokens = tokenize(text)
    roles = [m for m in extractor.actors.find(tokens, text) if m.kind == "role"]
    return roles[-1], tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ZAGREB, May 3 (Adriatic Wire) - President Lena Moravec accused Serbia of violating "
         "the border.", ("112", "HRVGOV", "SRB")),
        ("BISHKEK, June 2 (Steppe Wire) - Ministry spokesman Azamat Orozbekov accused "
         "Tajikistan of shelling border villages.", ("112", "KGZGOV", "TJK")),
        ("LIMA, June 2 (Andes Wire) - Opposition leader Rosa Quintero accused the government "
         "of rigging the vote.", ("112", "PEROPP", "PERGOV")),
        ("KINGSTON, May 3 (Island Wire) - Gang leader Marlon Teague threatened to attack "
         "police stations in the capital.", ("138", "JAMREB", None)),
        ("HANOI, Jan 9 (Mekong Desk) - On Friday Foreign Minister Tran Van Long condemned "
         "the seizure of the fishing boat by Chinese ships.", ("111", "VNMGOV", "CHNMIL")),
    ],
)  # fmt: skip
def test_a_titled_name_holds_an_office_of_the_dateline_state(
    events: Events, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in {brief(m) for m in events(text)}


def test_a_name_introduced_with_its_state_keeps_it_under_another_dateline(
    events: Events,
) -> None:
    text = (
        "BELGRADE, May 3 (Balkan Wire) - Croatian President Lena Moravec visited Sarajevo "
        "on Monday. President Moravec accused Serbia of violating the border."
    )
    assert ("112", "HRVGOV", "SRB") in {brief(m) for m in events(text)}


def test_a_title_in_lower_case_describes_someone_of_any_state(events: Events) -> None:
    text = (
        "VIENNA, May 3 (Alpine Wire) - The talks came a day after eastern commander Tomas "
        "Vrba accused Hungary of shelling the border."
    )
    assert not any(m.actor1.code.startswith("AUT") for m in events(text))


def test_without_a_dateline_a_titled_name_is_not_given_a_state(events: Events) -> None:
    text = "In June, Prime Minister Tomas Vrba accused Hungary of shelling the border."
    assert not any(m.actor1.code == "HUNGOV" for m in events(text))


def test_the_name_starts_after_the_title(extractor: Extractor) -> None:
    role, tokens = _titled(extractor, "Ministry spokesman Azamat Orozbekov said.")
    words = extractor.actors.title_words
    assert [t.text for t in tokens[name_start(role, tokens, words) : role.last]] == [
        "Azamat",
        "Orozbekov",
    ]
    bare, tokens = _titled(extractor, "The spokesman said.")
    assert name_start(bare, tokens, words) == bare.last


def test_the_recognizer_decides_whether_the_words_are_a_person(extractor: Extractor) -> None:
    role, tokens = _titled(extractor, "Defence Minister Ilse Varga said.")
    words = extractor.actors.title_words
    start, end = tokens[2].start, tokens[3].end
    assert titled_name(role, tokens, words, Entities(None))  # the rules alone: capitals
    assert titled_name(role, tokens, words, Entities(lambda: [(start, end, "PERSON")]))
    assert not titled_name(role, tokens, words, Entities(lambda: [(start, end, "ORG")]))
    assert not titled_name(role, tokens, words, Entities(lambda: []))


def test_the_recognizer_runs_only_when_asked() -> None:
    asked: list[int] = []
    entities = Entities(lambda: asked.append(1) or [])
    assert not entities.asked
    assert entities.get() == () and entities.get() == ()
    assert asked == [1] and entities.asked


def test_only_a_name_of_two_words_is_introduced(extractor: Extractor) -> None:
    words = extractor.actors.title_words

    def names(text: str) -> list[tuple[str, str]]:
        tokens = tokenize(text)
        found = extractor.actors.find(tokens, text)
        return [(n, m.code) for n, m in introduced_names(found, tokens, words)]

    assert names("Estonian Defence Minister Kalev Tamm said.") == [("Tamm", "ESTMIL")]
    assert names("Russia's Eastern Military District said.") == []


@parsed
def test_the_recognizer_finds_people_at_their_offsets(extractor: Extractor) -> None:
    assert extractor.parser is not None
    text = "Spokesman Aurel Dinca said the talks failed."
    found = extractor.parser.entities(text, 100)
    assert (110, 121, "PERSON") in found
    assert extractor.parser.components == ("tok2vec", "tagger", "parser")  # never parsed


def test_an_industry_word_may_stand_between_a_state_and_its_company(
    extractor: Extractor,
) -> None:
    text = "Norwegian shipping company Fjordline signed the deal."
    found = extractor.actors.find(tokenize(text), text)
    assert [m.code for m in found] == ["NORBUS"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The UN envoy, Ilse Varga, called on both sides to pull back their forces.", "IGOUNO"),
        ("NATO's spokesman condemned the strike on the port.", "IGONAT"),
        ("EU leaders condemned the arrests of the journalists.", "IGOEEC"),
        ("The African Union envoy urged the two governments to resume talks.", "IGOAFU"),
    ],
)
def test_an_international_body_s_officer_acts_for_the_body(
    extractor: Extractor, text: str, code: str
) -> None:
    tokens = tokenize(text)
    found = named_bodies(tokens, extractor.actors.find(tokens, text), Entities(None))
    assert [m.code for m in found][:1] == [code]


def _bodies(extractor: Extractor, text: str, label: str | None) -> list[str]:
    tokens = tokenize(text)
    found = extractor.actors.find(tokens, text)
    name = (tokens[0].start, tokens[2].end, label)
    entities = Entities(None if label is None else lambda: [name])
    return [m.code for m in named_bodies(tokens, found, entities)]


def test_a_body_named_by_its_role_and_state_is_that_state_s(extractor: Extractor) -> None:
    text = "Border Guard Moldova said it had detained 40 migrants."
    assert _bodies(extractor, text, "ORG") == ["MDACOP"]


def test_a_role_and_a_state_that_are_no_one_name_stay_two(extractor: Extractor) -> None:
    text = "Border Guard Moldova said it had detained 40 migrants."
    assert "MDACOP" not in _bodies(extractor, text, "GPE")
    assert "MDACOP" not in _bodies(extractor, text, None)  # the rules alone cannot tell


def _owned(extractor: Extractor, text: str, label: str | None) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = extractor.actors.find(tokens, text)
    name = (tokens[2].start, tokens[3].end, label)
    entities = Entities(None if label is None else lambda: [name])
    return [(m.code, m.text) for m in possessed_people(tokens, found, entities)]


def test_a_person_a_state_s_possessive_names_speaks_for_its_government(
    extractor: Extractor,
) -> None:
    text = "Portugal's Ana Lopes accused Spain of violating the accord."
    assert _owned(extractor, text, "PERSON")[0] == ("PRTGOV", "Portugal's Ana Lopes")


def test_a_place_a_state_s_possessive_names_is_no_person(extractor: Extractor) -> None:
    text = "Kenya's Lodwar Kakuma was hit by floods on Monday."
    assert _owned(extractor, text, "GPE")[0] == ("KEN", "Kenya")
    assert _owned(extractor, text, None)[0] == ("KEN", "Kenya")  # the rules alone: no one


def test_a_place_head_spares_the_recognizer(extractor: Extractor) -> None:
    text = "Kenya's Lodwar Kakuma county was hit by floods on Monday."
    tokens = tokenize(text)
    entities = Entities(lambda: [(tokens[2].start, tokens[3].end, "PERSON")])
    found = possessed_people(tokens, extractor.actors.find(tokens, text), entities)
    assert [m.code for m in found][:1] == ["KEN"] and not entities.asked


@parsed
def test_the_possessed_person_acts_and_is_named_later(events: Events) -> None:
    text = (
        "Portugal's Ana Lopes accused Spain of violating the fishing accord on Monday. "
        "Lopes also accused Morocco of blocking the talks."
    )
    found = {brief(m) for m in events(text)}
    assert ("112", "PRTGOV", "ESP") in found
    assert ("112", "PRTGOV", "MAR") in found


def test_a_body_spelled_out_before_its_acronym_is_one_name(extractor: Extractor) -> None:
    text = "Border Guard Moldova (BGM) said it had detained 40 migrants."
    assert _bodies(extractor, text, None)[:1] == ["MDACOP"]  # no recognizer needed


def test_its_acronym_names_the_body_later(events: Events) -> None:
    text = (
        "Border Guard Moldova (BGM) said it had detained 40 migrants on Friday. "
        "The BGM also accused Romania of shelling the border post."
    )
    assert ("112", "MDACOP", "ROU") in {brief(m) for m in events(text)}


def test_a_state_s_border_security_force_is_its_police(extractor: Extractor) -> None:
    text = "Nepal's Border Security Force detained two smugglers."
    assert [m.code for m in extractor.actors.find(tokenize(text), text)] == ["NPLCOP"]


def test_a_state_s_opposition_acts_against_its_government(events: Events) -> None:
    text = (
        "Zambian opposition leader Ruth Mwale accused Zambian President Peter Banda of "
        "rigging the vote."
    )
    assert ("112", "ZMBOPP", "ZMBGOV") in {brief(m) for m in events(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("President Bassirou Diomaye Faye condemned the raid on the border post.", "SENGOV"),
        ("Prime Minister Robert Golob demanded an apology from Zagreb.", "SVNGOV"),
        ("Foreign Minister Ayman Safadi summoned the Israeli charge d'affaires.", "JORGOV"),
        ("Tebboune accused Rabat of hostile acts on Tuesday.", "DZAGOV"),
    ],
)
def test_a_head_of_state_or_minister_named_without_nationality_speaks_for_the_state(
    events: Events, text: str, code: str
) -> None:
    assert any(m.actor1.code == code for m in events(text))
