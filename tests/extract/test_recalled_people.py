"""People a story introduced by nationality ("two Latvian nationals", "five Peruvian
engineers", "persons of Burmese origin") and a later sentence holds, deports or charges
by a reference back ("the two men", "all five", "the 12 persons") are of that state, not
the holder's own people (e-args6). A nameless group with no nationality stays the home
state's own CVL (test_detainee_targets.py)."""

from __future__ import annotations

import pytest

from .conftest import Events, briefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland expelled a Russian diplomat on Monday over two Latvian nationals suspected "
         "of spying. Finnish police detained the two men near the port on Saturday evening.",
         ("173", "FIN", "LVA")),
        ("A court jailed five Peruvian engineers on Monday. Bolivian police detained all five "
         "in March, their families said.",
         ("173", "BOL", "PER")),
        ("Mexico flew 90 Guatemalan migrants home on Monday. Mexican border guards detained "
         "all 120 people on board on Thursday.",
         ("173", "MEX", "GTM")),
        ("The minister spoke about 30 persons of Burmese origin who reached the border. "
         "Nepal's Armed Police Force arrested the 12 persons on 9 October.",
         ("173", "NPL", "MMR")),
        ("Three Estonian tourists damaged a temple on Sunday. Thai police arrested the three "
         "men at the exit. Thailand expelled all three on Wednesday.",
         ("174", "THA", "EST")),
    ],
)  # fmt: skip
def test_a_group_referred_back_is_of_the_nationality_given_before(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


def test_a_group_never_given_a_nationality_stays_the_home_states_own(events: Events) -> None:
    # no earlier nationality: the home-custody convention (the state's own CVL) holds
    found = briefs(
        events, "Farmers blocked the highway on Monday. Kenyan police detained the two men "
        "near Nakuru on Tuesday.",
    )  # fmt: skip
    assert ("173", "KEN", "KEN") in found


def test_a_group_the_sentence_names_itself_is_not_the_earlier_one(events: Events) -> None:
    # "them" are the activists of this sentence, not the Turkish nationals of the lead
    found = briefs(
        events, "Kenya deported three Turkish nationals on Friday. On Wednesday dozens of "
        "activists protested outside the Turkish embassy and police arrested seven of them.",
    )  # fmt: skip
    assert all(a2 != "TUR" for c, _, a2 in found if c == "173")


def test_the_doers_own_nationals_given_before_are_left_to_the_home_rule(events: Events) -> None:
    # Kenyan activists arrested by Kenyan police: no foreign target
    found = briefs(
        events, "Twenty Kenyan activists marched on Monday. Kenyan police arrested the "
        "activists outside parliament.",
    )  # fmt: skip
    assert all(a2 in (None, "KEN") for c, _, a2 in found if c == "173")


def test_an_indefinite_new_group_is_no_reference_back(events: Events) -> None:
    # "arrested 18 people": a new group, not "the two Latvian nationals" of the lead
    found = briefs(
        events, "Finland expelled a Russian diplomat over two Latvian nationals on Monday. "
        "Finnish police arrested 18 people at a protest in Helsinki on Tuesday.",
    )  # fmt: skip
    assert ("173", "FIN", "LVA") not in found
