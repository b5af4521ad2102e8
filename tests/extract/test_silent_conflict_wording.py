"""Conflict wording of roots 11-17 that the wire uses without the usual verb (e-silent5):
disapproval in the official register ("described X as rhetoric"), threats in the
treaty register ("reserves the right to review its cooperation with"), protests named by
the act held ("will hold a march to"), force against a crowd named by its means
("dispersed them with tear gas"), custody by a court or for questioning, refusals of
entry (174, as batch 11 codes them), posture ("took up positions") and cooperation of
forces or aid projects suspended.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    ("111", "The Polish embassy described Hungary's remarks as 'shameful rhetoric'.", "POL", "HUN"),
    (
        "111",
        "The Ministry of Foreign Affairs of Finland regards Russia's conduct as unnecessary.",
        "FIN",
        "RUS",
    ),
    ("1313", "Namibia reserves the right to review its cooperation with Angola.", "NAM", "AGO"),
    ("130", "Uruguay reserves the right to adopt all measures against Brazil.", "URY", "BRA"),
    ("130", "India's ambassador warned that Canada will regret the decision.", "IND", "CAN"),
    ("141", "Kenyan students will hold a march to the Ugandan embassy on Friday.", "KEN", "UGA"),
    ("175", "Ghanaian police dispersed the Togolese traders with tear gas.", "GHA", "TGO"),
    ("173", "A Senegalese court remanded 12 Gambian fishermen in custody.", "SEN", "GMB"),
    ("173", "Ugandan police took four Kenyan traders in for questioning.", "UGA", "KEN"),
    (
        "174",
        "Forty Moroccans were refused entry at Madrid airport by Spanish border police.",
        "ESP",
        "MAR",
    ),
    ("154", "Egyptian troops took up positions along the Sudanese frontier.", "EGY", None),
    ("154", "The Chilean army sent additional units to the northern border.", "CHL", None),
    ("1212", "Austria suspended joint patrols with Slovenia.", "AUT", "SVN"),
    ("1621", "Qatar is suspending all development projects in Sudan.", "QAT", "SDN"),
]

NOT_EVENTS = [
    # a view of one's own
    ("111", "The minister described the talks as useful."),
    # a right reserved that threatens nothing
    ("130", "Uruguay reserves the right to appeal the ruling."),
    # a regret felt now, not foretold
    ("130", "Canada's prime minister said he regrets the decision."),
    # a party's rally, a crowd gathered for no cause, held for something else
    ("141", "The committee will hold a meeting in Nairobi on Friday."),
    ("173", "The Peruvian minister was held up for an hour at the airport."),
    # positions taken in an argument, not on the ground
    ("154", "The two delegations took firm positions on tariffs."),
    ("1212", "Austria suspended the talks with Slovenia."),
    ("141", "The two navies held joint exercises off Mombasa in March."),
    ("1621", "Britain suspended its defence cooperation programme with Ghana."),
    ("1621", "Qatar finished all development projects in Sudan."),
    # a state's protest is an official complaint (114), never a crowd's demonstration
    ("141", "Belgrade held a protest over the arrest of its citizens by the Kosovo police."),
    ("141", "Ecuador staged a formal protest against Peru at the OAS."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_silent_conflict_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_silent_conflict_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
