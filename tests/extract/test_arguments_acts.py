"""Targets in nominalisations: a reaction to an act named by a noun is aimed at whoever
did the act ("condemned the seizure of the port by the rebels"). Invented sentences."""

from .conftest import Events, briefs, parsed


@parsed
def test_a_condemned_act_by_an_actor_aims_the_condemnation_at_it(events: Events) -> None:
    found = briefs(events, "Canada condemned the seizure of the port by Houthi rebels.")
    assert ("111", "CAN", "YEM") in found


@parsed
def test_the_doer_of_a_participle_on_the_object_is_the_target(events: Events) -> None:
    text = "Jordan strongly condemned the raids carried out by Syrian government forces."
    assert ("111", "JOR", "SYR") in briefs(events, text)


def test_a_verb_with_an_object_is_no_reduced_relative(events: Events) -> None:
    # "condemned the raids ... by": active, whatever "by" comes later (the rules alone)
    text = "Jordan strongly condemned the raids carried out by Syrian government forces."
    assert not any(a1 == "SYR" and a2 == "JOR" for _, a1, a2 in briefs(events, text))


@parsed
def test_of_names_the_doer_when_the_act_has_its_own_target(events: Events) -> None:
    text = "Qatar denounced the aggression of Ethiopia against Somalia."
    found = briefs(events, text)
    assert ("111", "QAT", "ETH") in found
    assert ("111", "QAT", "SOM") not in found


@parsed
def test_the_trigger_s_own_noun_names_no_act(events: Events) -> None:
    # "concern" belongs to "expressed concern": the pact's signers are not what worries
    text = "Seoul expressed concern over the pact signed in June by Moscow and Tehran."
    assert not any(c.startswith("11") and a2 == "IRN" for c, _, a2 in briefs(events, text))
