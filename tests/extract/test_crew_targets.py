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


# --- e-args7: a boat named by its state in one sentence and seized or held, named
# again, in a later one


def test_the_vessels_an_earlier_sentence_named_are_of_its_state(events: Events) -> None:
    text = (
        "Two Colombian fishing boats were spotted off the Mosquitia coast on Monday. "
        "The Honduran Navy seized the two vessels on Tuesday."
    )
    assert ("1711", "HND", "COL") in briefs(events, text)
    text = (
        "A Russian-flagged tanker lost power in the Black Sea on Sunday. "
        "Bulgarian authorities detained the damaged tanker in Burgas on Monday."
    )
    assert ("171", "BGR", "RUS") in briefs(events, text)


def test_a_boat_the_sentence_names_itself_is_not_the_earlier_one(events: Events) -> None:
    # the near miss: the sentence tells of its own boat before the verb
    text = (
        "Two Colombian fishing boats were spotted off the Mosquitia coast on Monday. "
        "A Honduran trawler ran aground and the Honduran Navy seized the vessel."
    )
    assert not any(a2 == "COL" for _, _, a2 in briefs(events, text))


def test_an_earlier_boat_of_the_actors_own_state_is_no_target(events: Events) -> None:
    text = (
        "Two Honduran fishing boats were spotted off the Mosquitia coast on Monday. "
        "The Honduran Navy seized the two vessels on Tuesday."
    )
    assert not any(a2 == "HND" for c, _, a2 in briefs(events, text) if c.startswith("17"))
