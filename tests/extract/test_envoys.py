"""Summoned envoys, on invented sentences: an envoy's title with its embassy names the
summoned state, and the one summoned does not lodge the protest that follows."""

from .conftest import Events, briefs


def test_an_envoy_of_an_embassy_is_that_embassys_state(events: Events) -> None:
    found = briefs(
        events, "Ghana summoned the Chargé d'Affaires of the Embassy of the Argentine Republic."
    )
    assert ("114", "GHA", "ARG") in found


def test_a_deputy_chief_of_mission_serves_the_embassys_state(events: Events) -> None:
    text = (
        "Kenya summoned the Deputy Chief of Mission of the Embassy of the People's Republic "
        "of China in Nairobi."
    )
    assert ("114", "KEN", "CHN") in briefs(events, text)


def test_the_summoned_envoy_does_not_lodge_the_protest(events: Events) -> None:
    text = "Norway summoned the Russian ambassador and lodged a strong protest over the incident."
    found = briefs(events, text)
    assert ("114", "NOR", "RUS") in found
    assert not any(a1 == "RUS" for _, a1, _ in found)


def test_a_new_subject_after_and_still_acts(events: Events) -> None:
    found = briefs(events, "Chad summoned the Sudanese envoy and Sudan recalled its ambassador.")
    assert ("114", "TCD", "SDN") in found
    assert any(c == "161" and a1 == "SDN" for c, a1, _ in found)
