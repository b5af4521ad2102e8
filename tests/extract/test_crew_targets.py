"""A seized boat's crew, named again after the verb, are of the boat's state."""

from .conftest import Events, briefs


def test_its_crew_are_of_the_boat_named_before(events: Events) -> None:
    cases = [
        ("Fijian officers boarded a Chinese-flagged longliner and arrested its 14 crew "
         "members.", ("173", "FJI", "CHN")),
        ("An Indonesian patrol ship intercepted a Vietnamese fishing boat and detained its "
         "entire crew.", ("173", "IDN", "VNM")),
        ("The Sri Lankan navy stopped two Indian trawlers off Delft island on Sunday and "
         "arrested their 23 fishermen.", ("173", "LKA", "IND")),
        ("Omani coast guards seized a Panama-registered dhow and detained its captain.",
         ("173", "OMN", "PAN")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_the_vessel_named_again_is_the_same_boat(events: Events) -> None:
    text = (
        "Argentine naval officers boarded the Spanish trawler Nuevo Mar off Chubut on "
        "Friday, seized the vessel and detained its captain."
    )
    found = briefs(events, text)
    assert ("171", "ARG", "ESP") in found
    assert ("171", "ARG", None) not in found


def test_a_crew_with_no_boat_state_named_gets_no_target(events: Events) -> None:
    # the boat's state is not told: the crew are nobody's in particular
    found = briefs(events, "Kenyan police stopped a fishing boat and arrested its crew.")
    assert ("173", "KEN", None) in found


def test_a_boat_of_the_actors_own_state_is_no_target(events: Events) -> None:
    found = briefs(events, "Peruvian police boarded a Peruvian trawler and arrested its crew.")
    assert all(a2 is None for c, _, a2 in found if c == "173")


def test_the_crew_of_a_sloop_a_tug_or_a_barge_are_of_its_state(events: Events) -> None:
    cases = [
        ("Honduran naval officers boarded a Nicaraguan sloop and arrested its four crew.",
         ("173", "HND", "NIC")),
        ("Argentine officers stopped a Paraguayan tug on the river and detained its crew.",
         ("173", "ARG", "PRY")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text
