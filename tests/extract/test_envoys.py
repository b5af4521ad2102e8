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


def test_an_envoy_summoned_in_the_passive_is_the_target(events: Events) -> None:
    # the host acts: the state after "to", else the envoy's post, else the speaker
    found = briefs(events, "The Iranian ambassador in Oslo was summoned to the ministry on Monday.")
    assert ("114", "NOR", "IRN") in found
    assert not any(a1 == "IRN" for _, a1, _ in found)
    found = briefs(events, "The Kenyan envoy was also summoned to the Ugandan foreign ministry.")
    assert ("114", "UGA", "KEN") in found
    found = briefs(events, "The Turkish ambassador was summoned on Friday, a Greek official said.")
    assert ("114", "GRC", "TUR") in found


def test_an_envoy_invited_to_the_ministry_is_summoned(events: Events) -> None:
    text = "The Chargé d'Affaires of Armenia in Baku was invited to the Foreign Ministry."
    assert ("114", "AZE", "ARM") in briefs(events, text)
    # a state invited is no envoy: no summons is read into it
    assert not any(c == "114" for c, _, _ in briefs(events, "Chile was invited to the ministry."))


def test_diplomats_expelled_from_a_state_are_expelled_by_it(events: Events) -> None:
    found = briefs(events, "Three Belarusian diplomats were expelled from Lithuania on Monday.")
    assert ("174", "LTU", "BLR") in found
    assert not any(a1 == "BLR" for _, a1, _ in found)


def test_an_envoy_with_no_host_named_is_no_actor(events: Events) -> None:
    found = briefs(events, "The Peruvian ambassador was summoned.")
    assert not any(a1 == "PER" for _, a1, _ in found)


def test_an_agent_after_by_still_acts(events: Events) -> None:
    found = briefs(events, "Chad's ambassador was declared persona non grata by Sudan.")
    assert ("174", "SDN", "TCD") in found


def test_an_envoy_called_in_is_summoned(events: Events) -> None:
    found = briefs(events, "Ghana called in Togo's ambassador to lodge a protest on Tuesday.")
    assert ("114", "GHA", "TGO") in found
    found = briefs(events, "Poland has called in the Russian envoy over the drone incursion.")
    assert ("114", "POL", "RUS") in found
    assert not any(c == "114" for c, _, _ in briefs(events, "The army called in reinforcements."))
