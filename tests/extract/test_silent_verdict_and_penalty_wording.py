"""Verbal conflict (roots 11 and 13) the rules read no event in: a verdict on another's act
told in a that-clause ("said the attack was unacceptable"), aimed at whoever did that act;
a penalty foretold in a warning ("warned that the owners could face fines", "warned that
the trawler would be confiscated"), a threat of administrative sanctions (132) against
the people or the boat the story named. Invented stories."""

from .conftest import Events, briefs


def test_a_verdict_in_a_that_clause_criticises_the_doer(events: Events) -> None:
    text = (
        "Malian soldiers attacked a Senegalese border post on Monday. "
        'Senegal\'s foreign minister said the attack was "unacceptable" and asked Bamako '
        "for an explanation."
    )
    assert ("111", "SEN", "MLI") in briefs(events, text)


def test_a_plain_verdict_in_a_that_clause_criticises_the_doer(events: Events) -> None:
    text = (
        "Malian soldiers attacked a Senegalese border post on Monday. "
        "Senegal's foreign minister said the attack was totally unacceptable."
    )
    assert ("111", "SEN", "MLI") in briefs(events, text)


def test_a_verdict_on_nothing_the_story_told_is_no_criticism(events: Events) -> None:
    """The near miss: "the situation" points back at no act, so no one is criticised."""
    found = briefs(events, "Senegal's foreign minister said the situation was unacceptable.")
    assert not any(code.startswith("11") for code, _, _ in found)


def test_an_offence_charged_is_no_verdict(events: Events) -> None:
    """The near miss: "illegal" inside a charge is no one's verdict."""
    text = (
        "Police in Dakar arrested two Malian drivers on Monday. The driver was charged "
        "with illegal entry, the prosecutor said."
    )
    assert not any(code == "111" for code, _, _ in briefs(events, text))


def test_fines_foretold_in_a_warning_threaten_the_boat_named(events: Events) -> None:
    text = (
        "Samoa's navy detained a Taiwanese longliner off Savai'i on Tuesday. "
        "Samoa's fisheries minister warned that the owners could face fines of up to "
        "2 million tala."
    )
    assert ("132", "WSM", "TWN") in briefs(events, text)


def test_confiscation_foretold_in_a_warning_is_a_threat(events: Events) -> None:
    text = (
        "Samoa's navy detained a Taiwanese longliner off Savai'i on Tuesday. "
        "Samoa's prime minister warned that the vessel would be confiscated if the fine "
        "was not paid."
    )
    assert ("132", "WSM", "TWN") in briefs(events, text)


def test_a_penalty_only_said_is_no_threat(events: Events) -> None:
    """The near miss: a penalty announced, not warned of, threatens no one."""
    text = (
        "Samoa's navy detained a Taiwanese longliner off Savai'i on Tuesday. "
        "Samoa's fisheries minister said the owners would be fined."
    )
    assert not any(code.startswith("13") for code, _, _ in briefs(events, text))


def test_a_penalty_told_done_is_no_threat(events: Events) -> None:
    """The near miss: a fine imposed is no threat of one."""
    text = (
        "Samoa's navy detained a Taiwanese longliner off Savai'i on Tuesday. "
        "Samoa's fisheries minister warned that the owners had been fined."
    )
    assert not any(code.startswith("13") for code, _, _ in briefs(events, text))
