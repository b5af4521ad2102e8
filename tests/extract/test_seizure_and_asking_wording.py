"""Families decided by what is taken and what is asked:

- a boat, ship or catch seized, impounded or confiscated by a state's authorities, in the
  active or the passive, or "boarded and seized", is property confiscated (1711); money
  seized too; a hijacking stays seized property (171), and so does a craft only stopped,
  boarded or intercepted;
- asking or requesting another to act ("asked X to release", "requested X to repatriate",
  "asked X to lift") takes the code of the act asked, as urging does; so do talks asked
  as sitting down together (026) and a third party's good offices (028);
- a quotation mark inside an appeal is no word of its gap: 'urged the leaders of both
  countries to show "restraint"' asks for restraint (0256).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # craft and money taken by the authorities
    ("1711", "The Peruvian navy seized two Ecuadorian trawlers off Tumbes on Friday.", "PER",
     "ECU"),
    ("1711", "Customs officers in Durban impounded a Liberian freighter, South Africa's "
     "revenue service said.", "ZAF", "LBR"),
    ("1711", "Two Ghanaian canoes were seized by the Ivorian maritime police near San-Pedro.",
     "CIV", "GHA"),
    ("1711", "The Indian coast guard boarded and seized a Sri Lankan trawler near "
     "Rameswaram.", "IND", "LKA"),
    ("1711", "The Senegalese navy intercepted and impounded two Gambian pirogues on Sunday.",
     "SEN", "GMB"),
    ("1711", "Argentina's naval prefecture seized a Taiwanese squid jigger's catch and fined "
     "its owner.", "ARG", "TWN"),
    ("1711", "Kenyan police seized 40,000 dollars in cash from two Ugandan officials at "
     "Busia.", "KEN", "UGA"),
    # hijacked, or only stopped: seized property
    ("171", "Houthi rebels hijacked a Liberian-flagged freighter in the Red Sea.", "YEM",
     "LBR"),
    ("171", "The Omani navy intercepted three Iranian dhows off Musandam.", "OMN", "IRN"),
    # asking another to act takes the act's code
    ("0253", "Sri Lanka asked India to release the 23 fishermen held in Chennai.", "LKA",
     "IND"),
    ("0253", "The Philippine embassy has requested the Malaysian authorities to repatriate "
     "the 14 seafarers.", "PHL", "MYS"),
    ("0253", "Ghana asked the Ivorian authorities to free them on humanitarian grounds.",
     "GHA", "CIV"),
    ("0253", "Bangladesh urged Myanmar to repatriate its detained citizens without delay.",
     "BGD", "MMR"),
    ("0251", "Zambia has asked Tanzania to lift the suspension of cross-border permits.",
     "ZMB", "TZA"),
    ("0251", "Kyrgyzstan requested Kazakhstan to reopen the border crossings at Korday.",
     "KGZ", "KAZ"),
    ("0254", "Belarus asked Lithuania to lift the sanctions on potash transit.", "BLR", "LTU"),
    ("0256", "Chile asked Argentina to withdraw its troops from the glacier.", "CHL", "ARG"),
    ("027", "Brazil asked Guyana and Venezuela to settle the matter through the courts.",
     "BRA", "GUY"),
    ("027", "The African Union urged Sudan to resolve the crisis with its neighbour.", "IGO",
     "SDN"),
    ("0242", "Indonesia asked Australia to reconsider its decision on the patrol boats.",
     "IDN", "AUS"),
    ("0243", "Romania asked Moldova to guarantee the rights of its Romanian-speaking "
     "minority.", "ROU", "MDA"),
    ("026", "Norway urged Russia and Finland to sit down together on the fishing quotas.",
     "NOR", "RUS"),
    ("028", "Gabon called upon the United Nations to use its good offices in the dispute.",
     "GAB", "IGO"),
    ("028", "Togo asked Ghana to lend its good offices to the talks.", "TGO", "GHA"),
    # a quoted request
    ("0256", 'Ecuador urged the governments of Peru and Colombia to show "restraint" on the '
     "border.", "ECU", "PER"),
    ("0256", 'The Swiss foreign ministry urged the leaders of Armenia and Azerbaijan to show '
     '"calm and wisdom", a spokesman said.', "CHE", "ARM"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_seizure_and_asking_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the family the same words must not take
NOT_FOUND = [
    # a craft seized by the state is no bare seizure, nor an arrest
    ("171", "The Peruvian navy seized two Ecuadorian trawlers off Tumbes on Friday."),
    ("171", "Two Ghanaian canoes were seized by the Ivorian maritime police near San-Pedro."),
    # a specific request is never a bare appeal
    ("020", "Sri Lanka asked India to release the 23 fishermen held in Chennai."),
    ("020", "Zambia has asked Tanzania to lift the suspension of cross-border permits."),
    ("020", 'Ecuador urged the governments of Peru and Colombia to show "restraint" on the '
     "border."),
    # asking for information about a release is no appeal to release
    ("0253", "Sri Lanka asked India about the 23 fishermen held in Chennai."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_seizure_and_asking_not_this_family(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_a_quotation_mark_is_no_gap_word_but_punctuation_still_ends_a_gap(
    events: Events,
) -> None:
    # the comma closes the appeal: the restraint is asked of no one by "urged"
    found = briefs(events, 'Peru urged Ecuador to respond, and Chile showed "restraint".')
    assert not any(c == "0256" and a1 == "PER" for c, a1, _ in found)


# a fight told as a noun between states, with no armed side, arms or battle named, is a row
@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Bolivia are in their worst fight in decades over the Silala waters.",
        "The fight between Canberra and Beijing over barley tariffs is back.",
        "Kenya and Tanzania are locked in a bitter fight over egg imports.",
        "Peru and Chile are in a new fight over pisco labels.",
        "Ghana and Nigeria's latest fight is about traders' shops in Accra.",
    ],
)
def test_a_fight_with_no_armed_side_is_no_armed_clash(events: Events, sentence: str) -> None:
    assert not any(c.startswith("19") for c, _, _ in briefs(events, sentence))


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        ("Armenian and Azerbaijani troops fight along the border almost every week.", "ARM",
         "AZE"),
        ("Ethiopian soldiers fought Eritrean units near Badme on Tuesday.", "ETH", "ERI"),
        ("Colombian troops continue to fight ELN rebels near the Venezuelan border.", "COL",
         "COL"),
    ],
)
def test_a_fight_of_the_armed_stays_armed(
    events: Events, sentence: str, actor1: str, actor2: str
) -> None:
    assert ("190", actor1, actor2) in briefs(events, sentence)


def test_a_gap_does_not_run_on_past_a_closing_quotation_mark(events: Events) -> None:
    found = briefs(
        events,
        'Chile asked the Peruvian ambassador for "full explanations" after fishermen told '
        "Chilean radio that soldiers had fired on their boats.",
    )
    assert ("101", "CHL", "PER") in found
    assert not any(c == "0232" for c, _, _ in found)
