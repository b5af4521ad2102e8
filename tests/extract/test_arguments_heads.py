"""Heads of noun phrases: the actor in "positions of the rebels", the last role word
of "the Black Brigade militia", the body a "rebel spokesman" speaks for, and where a
court named after its city acts. Invented sentences."""

from collections.abc import Callable

from watchfloor.extract import Extractor
from watchfloor.extract.text import tokenize
from watchfloor.models import Mention

from .conftest import brief, briefs

Events = Callable[..., list[Mention]]


def test_government_forces_are_the_military(extractor: Extractor) -> None:
    text = "Colombian government troops advanced."
    found = [m.code for m in extractor.actors.find(tokenize(text), text)]
    assert found == ["COLMIL"]


def test_positions_of_an_actor_make_it_the_target(events: Events) -> None:
    found = [brief(m) for m in events("Malian troops shelled positions of the rebels near Kidal.")]
    assert ("194", "MLIMIL", "MLIREB") in found


def test_a_role_word_before_another_names_no_actor_of_its_own(events: Events) -> None:
    text = (
        "Chadian troops clashed with rebels on Sunday. "
        "Chadian jets bombed camps of the Black Brigade militia near Abeche on Monday."
    )
    bombed = [brief(m) for m in events(text) if m.code.startswith("195")]
    assert bombed and all(a2 == "TCDREB" for _, _, a2 in bombed)


def test_a_rebel_spokesman_speaks_for_the_rebels(events: Events) -> None:
    text = "Chadian troops bombed positions of the rebels near Abeche, a rebel spokesman said."
    (bombed,) = [m for m in events(text) if m.code == "195"]
    assert bombed.source is not None and bombed.source.code == "TCDREB"


def test_a_court_named_after_its_city_acts_there(events: Events) -> None:
    text = "The Tbilisi city court charged two activists with hooliganism."
    (charged,) = [m for m in events(text) if m.actor1.code == "GEOJUD"]
    assert charged.location is not None and charged.location.name == "Tbilisi"


def test_a_bound_on_a_number_leaves_the_object_the_object(events: Events) -> None:
    """ "more than", "at least", "up to" qualify the count; "than" is no preposition
    that would make the counted people a prepositional phrase's."""
    cases = {
        "Honduras deported more than 4,000 Salvadorans in May.": ("174", "HND", "SLV"),
        "Zambia has trained at least 900 Malawian soldiers since 2022.": ("062", "ZMB", "MWIMIL"),
        "Panama freed up to 30 Colombian fishermen on Monday.": ("0841", "PAN", "COL"),
    }
    for text, expected in cases.items():
        found = [brief(m) for m in events(text)]
        assert [(c, a1, a2[:3]) for c, a1, a2 in found if a2] == [
            (expected[0], expected[1], expected[2][:3])
        ], text


def test_a_group_of_a_states_people_is_the_target(events: Events) -> None:
    # "a group of", "a convoy of", "dozens of": the people after the partitive are aimed at
    found = briefs(events, "Angolan border guards opened fire on a group of Namibian herders.")
    assert ("193", "AGO", "NAM") in found
    found = briefs(events, "Sudanese troops fired at a convoy of Chadian army trucks.")
    assert any(c.startswith("19") and (a1, a2) == ("SDN", "TCD") for c, a1, a2 in found)
    found = briefs(events, "Chad protested to a delegation of Libyan officials on Monday.")
    assert any(c == "114" and a2 == "LBY" for c, _, a2 in found)


def test_a_states_people_are_a_counterpart(events: Events) -> None:
    # mediating between or hosting a state's factions, negotiators or delegates
    found = briefs(events, "Algeria has been mediating between rival Malian factions since May.")
    assert ("045", "DZA", "MLI") in found
    found = briefs(events, "Kenya hosted Sudanese negotiators in Nairobi on Friday.")
    assert any(c.startswith("04") and (a1, a2) == ("KEN", "SDN") for c, a1, a2 in found)
    # a state's adjective on a thing is still no one to meet
    assert not any(a2 == "RUS" for _, _, a2 in briefs(events, "Putin discussed Russian orders."))
