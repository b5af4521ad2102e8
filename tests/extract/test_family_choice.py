"""Which family an act belongs to when the same words could start several: a missile fired at
another country's city is a strike (195), not a show of force (150); taking part in, or
sending forces to, another's exercise is cooperation with its host (062); a protest note
handed "over" an incident is a protest (114), not people handed over (0841); a patrol boat
handed over is materiel given (072), not a patrol (150); a village's people ordered out is
a mass expulsion (201), not an expulsion of envoys (174); an intercepted boat is seized
(171), not blockaded (191); a standing commission agreed to be reconvened is a meeting
promised (036); a protest or note rejected is a rejection (120) aimed at whoever lodged
it; a vow to attack is a threat of force (138), not an intent; what a verb of deliberation
is about is talked of, not done.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    # 195: a missile, rocket or drone fired or launched at a place of another country
    ("195", "Hezbollah fired a salvo of rockets at Haifa on Sunday.", "LBN", "ISR"),
    ("195", "Iran launched three ballistic missiles at Erbil overnight.", "IRN", "IRQ"),
    ("195", "Russian forces launched 40 attack drones at the Odesa region.", "RUS", "UKR"),
    # 062: taking part in an exercise held in, or by, another state
    ("062", "About 300 Dutch marines took part in the Cold Response exercise in Norway.",
     "NLD", "NOR"),
    ("062", "Polish soldiers participated in the Baltic Shield drills in Lithuania.", "POL",
     "LTU"),
    ("062", "Two Brazilian frigates are taking part in the UNITAS manoeuvres hosted by Chile.",
     "BRA", "CHL"),
    ("062", "Poland sent 200 troops to the Saber Strike exercise in Latvia.", "POL", "LVA"),
    ("062", "Norway and Finland sent small contingents to the Swedish-led Aurora exercise.",
     "NOR", "SWE"),
    # 114: a note of protest handed to an envoy, whatever the note is "over"
    ("114", "Niger on Friday handed Benin's ambassador a protest note over what it called "
     "an incursion by Beninese soldiers.", "NER", "BEN"),
    ("114", "Peru handed Chile's envoy a formal protest note over the detention of sailors.",
     "PER", "CHL"),
    # 072: patrol boats, vessels and craft handed over to another state's forces
    ("072", "Japan will hand two refurbished patrol boats to the Philippine navy.", "JPN",
     "PHL"),
    ("072", "India delivered a fast patrol vessel to the Seychelles coast guard.", "IND",
     "SYC"),
    ("072", "Turkey handed a patrol ship to the Somali navy on Monday.", "TUR", "SOM"),
    # 201: a place's people ordered or forced out
    ("201", "Villagers said JNIM fighters had ordered the residents of four villages near "
     "Djibo to leave within 48 hours.", "MLI", "BFA"),
    ("201", "Sudanese soldiers forced villagers to abandon their homes near Kadugli.", "SDN",
     None),
    # 171: boats, dhows and launches intercepted at sea
    ("171", "The Eritrean navy intercepted two Yemeni dhows and detained their crews.", "ERI",
     "YEM"),
    ("171", "Greek coast guard boats intercepted a Turkish fishing boat near Lesbos.", "GRC",
     "TUR"),
    # 036: a joint commission or talks agreed, decided or proposed to be called again
    ("036", "Chile and Bolivia agreed to reconvene their joint border commission in March.",
     "CHL", "BOL"),
    ("036", "Armenia and Georgia decided to revive the intergovernmental commission on trade.",
     "ARM", "GEO"),
    ("036", "Kuwait and Iraq agreed to resume talks on the maritime border.", "KWT", "IRQ"),
    # 138: a vow or pledge to attack someone's forces
    ("138", "Al-Shabaab vowed to intensify attacks on Kenyan troops in Somalia.", "SOM", "KEN"),
    ("138", "ISWAP pledged to keep attacking Nigerian forces around Lake Chad.", "NGA", "NGA"),
    ("138", "The ELN vowed to attack Colombian soldiers.", "COL", "COL"),
    # 120: a protest or note rejected, its sender named
    ("120", "Serbia rejected Croatia's protest over the border crossing.", "SRB", "HRV"),
    ("120", "Kazakhstan rejected the Kyrgyz note about the water quotas.", "KAZ", "KGZ"),
    # joint patrols done, not talked of
    ("062", "Kenyan and Ugandan troops began joint patrols on the lake.", "KEN", "UGA"),
    # 0841: people handed over, "over" beside the verb or after the people
    ("0841", "Ukraine handed the 40 Russian prisoners over to Russia on Friday.", "UKR",
     "RUS"),
    ("0841", "The Indian navy handed over the detained fishermen to Sri Lanka.", "IND", "LKA"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_family_choice(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the family the same words must not take
NOT_FOUND = [
    # a missile fired into the sea, or toward it, is a test or a show of force
    ("195", "North Korea fired two ballistic missiles into the East Sea on Thursday."),
    ("195", "North Korea fired a cruise missile toward the Sea of Japan."),
    ("150", "Hezbollah fired a salvo of rockets at Haifa on Sunday."),
    # taking part in an exercise at home, or in a protest, is no cooperation
    ("062", "Egyptian sailors took part in the Bright Star exercise in Egypt."),
    ("062", "Thousands of Georgians took part in the protest in Tbilisi."),
    ("0841", "Niger on Friday handed Benin's ambassador a protest note over what it called "
     "an incursion by Beninese soldiers."),
    ("150", "Japan will hand two refurbished patrol boats to the Philippine navy."),
    ("072", "Poland sent 200 troops to the Saber Strike exercise in Latvia."),
    ("0332", "Al-Shabaab vowed to intensify attacks on Kenyan troops in Somalia."),
    ("016", "Serbia rejected Croatia's protest over the border crossing."),
    ("114", "Serbia rejected Croatia's protest over the border crossing."),
    # envoys ordered out stay 174
    ("201", "Lithuania ordered three Russian diplomats to leave the country."),
    ("191", "The Eritrean navy intercepted two Yemeni dhows and detained their crews."),
    # joint patrols or training talked of: the talks are the act, not the patrols
    ("062", "Kenyan and Ugandan ministers will meet next week to discuss joint patrols."),
    ("062", "Officials from Peru and Ecuador met in Quito to discuss joint border patrols."),
    ("062", "Chadian and Russian officials discussed training and equipment for the army."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_family_choice_not_this_family(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_a_protest_rejected_answers_whoever_lodged_it(events: Events) -> None:
    text = (
        "Ghana lodged a protest with Togo on Monday after Togolese soldiers crossed the "
        "border near Aflao.\n\nIn Lome, a government spokesman rejected the protest, "
        "saying the soldiers had stayed on Togolese soil."
    )
    assert ("120", "TGO", "GHA") in briefs(events, text)
