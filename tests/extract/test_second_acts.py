"""A second act beside the first in one sentence, and the code a meeting takes from where
it is held:

- a demand made when an envoy is summoned ("summoned the ambassador to demand the crew's
  release") is an act of its own (10), of the summoner toward the envoy's state, while a
  protest lodged there is the summons itself;
- "lodged a protest with X and demanded ..." and "delivered a note to X and requested an
  explanation": the second verb is asked of X, however many readings the first words had;
- "urged both sides to show restraint and offered to mediate": the offer is the appealing
  body's own act, not one more thing asked for ("and return to talks" is);
- "agreed that their commission would meet", "proposed that a committee meet": a meeting
  promised (036);
- a reprisal reserved or promised in the ministry register ("reserves the right to adopt
  countermeasures", "would respond in a mirror manner") is a threat (130), as "take
  countermeasures" and "respond in kind" are, and only in the future.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # a demand told to a summoned envoy
    ("1053", "Peru's foreign minister summoned the ambassador of Chile to voice a strong "
     "protest and to demand the immediate release of the two fishing boats.", "PER", "CHL"),
    ("101", "Ghana summoned Togo's high commissioner on Monday to demand an explanation "
     "for the raid.", "GHA", "TGO"),
    ("114", "Ghana summoned Togo's high commissioner on Monday to demand an explanation "
     "for the raid.", "GHA", "TGO"),
    # the second verb asked of the one the first addressed
    ("1053", "Latvia's foreign ministry lodged a \"firm protest\" with Belarus's chargé "
     "d'affaires on Tuesday and demanded the immediate release of the three border guards.",
     "LVA", "BLR"),
    ("101", "The Ministry of Foreign Affairs of Uruguay handed a note of protest to the "
     "Embassy of Argentina and requested a detailed explanation of the incident.", "URY",
     "ARG"),
    # an offer of the appealing body's own
    ("039", "The European Union urged Serbia and Kosovo to show restraint and offered to "
     "mediate.", "IGO", "SRB"),
    ("039", "Qatar urged Israel to halt the strikes and offered to host talks between "
     "Israel and Hamas.", "QAT", "ISR"),
    # a meeting promised as a clause
    ("036", "Kenya's president telephoned Tanzania's president on Friday and proposed that "
     "a joint border committee meet before the end of the month.", "KEN", "TZA"),
    ("036", "Armenia and Georgia agreed that their intergovernmental commission would meet "
     "in Yerevan in May.", "ARM", "GEO"),
    # a reprisal reserved or promised in the same coin
    ("130", "Hungary reserves the right to adopt further countermeasures against Slovakia.",
     "HUN", "SVK"),
    ("130", "Ecuador reserves the right to adopt, in proportion and in line with its laws, "
     "whatever measures it deems necessary.", "ECU", None),
    ("130", "Minsk said it would respond in a mirror manner to Lithuania.", "BLR", "LTU"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_second_acts(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the near misses that must not fire
NOT_FOUND = [
    # a protest lodged at a summons is the summons, not a second complaint
    ("110", "Peru summoned Chile's ambassador to lodge a formal protest."),
    # what an appeal asks for is not done, even after "and"
    ("036", "The European Union urged Serbia and Kosovo to show restraint and return to "
     "talks."),
    ("046", "The European Union urged Serbia and Kosovo to show restraint and return to "
     "talks."),
    # a meeting promised with no partner named is none
    ("036", "The minister agreed that the committee would meet again in June."),
    # a reprisal already made is an act of its own, not a threat
    ("130", "Last year Minsk responded in a mirror manner to the expulsion by Lithuania."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_second_acts_not_this(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_an_offer_after_an_appeal_is_the_appealers(events: Events) -> None:
    """Not of the one asked, whose act inside the appeal is read first."""
    text = (
        "Qatar urged Israel to halt the strikes and offered to host talks between Israel "
        "and Hamas."
    )
    assert not any(c == "039" and a1 == "ISR" for c, a1, _ in briefs(events, text))


def test_a_demand_at_a_summons_is_the_summoners(events: Events) -> None:
    """Its actor is who summoned, not the envoy named nearest before it."""
    text = (
        "Peru's foreign minister summoned the ambassador of Chile to voice a strong protest "
        "and to demand the immediate release of the two fishing boats."
    )
    found = briefs(events, text)
    assert not any(c == "1053" and a1 == "CHL" for c, a1, _ in found)
