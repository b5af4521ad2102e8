"""Criticism (111) the rules read no event in: another state's measure described by an
unfavourable name ("described the suspension as open retaliation", "described the
detentions as disproportionate") criticises whoever took the measure. Invented stories."""

from .conftest import Events, briefs


def test_a_measure_described_as_discriminatory_criticises_its_doer(events: Events) -> None:
    text = (
        "Chile's customs service banned imports of Peruvian onions on Monday. "
        "Peru's agriculture minister described the ban as discriminatory."
    )
    assert ("111", "PER", "CHL") in briefs(events, text)


def test_a_measure_described_as_retaliation_criticises_its_doer(events: Events) -> None:
    text = (
        "Ghana's food safety authority suspended imports of Togolese maize on Tuesday. "
        'Togo\'s trade minister described the suspension as "disproportionate".'
    )
    assert ("111", "TGO", "GHA") in briefs(events, text)


def test_a_call_for_an_end_to_unfair_rules_is_no_criticism(events: Events) -> None:
    """The near miss: "called for an end to discriminatory rules" names no measure."""
    found = briefs(
        events,
        "Peru's agriculture minister called for an end to discriminatory rules in world trade.",
    )
    assert not any(code == "111" for code, _, _ in found)


def test_a_praise_described_is_no_criticism(events: Events) -> None:
    """The near miss: a measure described favourably criticises no one."""
    text = (
        "Chile's customs service lifted its ban on Peruvian onions on Monday. "
        "Peru's agriculture minister described the decision as a constructive step."
    )
    assert not any(code == "111" for code, _, _ in briefs(events, text))
