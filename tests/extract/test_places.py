from collections.abc import Callable

from watchfloor.models import Mention

Events = Callable[..., list[Mention]]


def place(events: Events, text: str) -> tuple[str, str | None] | None:
    found = events(text)
    assert found, text
    loc = found[0].location
    return (loc.name, loc.country) if loc else None


def test_most_specific_place_after_a_locative(events: Events) -> None:
    text = "North Korea sent troops to Russia's Kursk region."
    assert place(events, text) == ("Kursk region", "RUS")


def test_seas_have_no_country(events: Events) -> None:
    text = "Chinese and Russian bombers flew a joint patrol over the Sea of Japan."
    assert place(events, text) == ("Sea of Japan", None)


def test_head_nouns_before_a_place(events: Events) -> None:
    text = "Chinese warships joined the Iranian navy off the port of Chabahar for an exercise."
    assert place(events, text) == ("Chabahar", "IRN")


def test_dateline_is_never_the_place(events: Events) -> None:
    text = "SEOUL, Oct 18 (Wire) — North Korea has sent troops to Russia."
    assert place(events, text) is None


def test_a_possessive_country_is_no_place(events: Events) -> None:
    text = "Ukrainian troops fought North Korean soldiers in a war that drew in Russia's allies."
    assert place(events, text) is None


def test_where_a_claim_is_made_is_not_where_it_happened(events: Events) -> None:
    text = (
        "The United States told the Security Council in New York that Pyongyang had sent "
        "about 8,000 soldiers to Russia's Kursk region."
    )
    found = [m for m in events(text) if m.code == "072"]
    assert found[0].location is not None and found[0].location.name == "Kursk region"


def test_a_shared_name_is_the_place_in_the_country_the_sentence_names(events: Events) -> None:
    lebanon = "Israeli warplanes launched airstrikes in Tripoli, in northern Lebanon."
    assert place(events, lebanon) == ("Tripoli", "LBN")
    libya = "Turkish warplanes launched airstrikes in Tripoli, the capital of Libya."
    assert place(events, libya) == ("Tripoli", "LBY")


def test_a_place_keeps_its_administrative_word_and_its_accents_fold(events: Events) -> None:
    text = "Colombia deployed 3,000 troops to Bolívar state after the attack."
    assert place(events, text) == ("Bolívar state", "VEN")
    text = "Iran sent 20 tonnes of medicines to Afghanistan for the victims in Herat province."
    assert place(events, text) == ("Herat province", "AFG")
