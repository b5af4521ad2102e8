"""Families decided by what is asked for, answered, stopped or sent, and by who acts
together:

- an investigation or explanation asked for, however it is asked (urged, called on,
  pressed for, sought from), is a demand for information (101), not a bare appeal (020);
  in a double appeal the first request still decides;
- a protest or note rejected "as baseless" is a rejection of the protest (120), never the
  denial of a charge (016);
- an arms sale or delivery halted, frozen or put on hold, and a state's part in joint
  operations suspended, stop military aid (1622), whatever the weapon is called (an
  "attack helicopter" is no attack);
- an appeal takes the code of what it asks for: a closed border or market reopened (0251,
  as its closure is 172), people freed though named by a pronoun (0253), conflict avoided
  (0256), consultations held (026), a policy abandoned (0242);
- warships and naval patrol craft sent somewhere add force there (154), not a patrol
  (150) nor a shipment; sent for a port call they visit (042);
- "the two navies", "both armies" after a shared act stand for the parties' armed forces,
  so their joint exercise is cooperation (062) between them, not a show of force (150).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    ("101", "Kenya urged Uganda to investigate the shooting of its fishermen.", "KEN", "UGA"),
    ("101", "Ecuador called on the United Nations to probe the killings.", "ECU", "IGO"),
    ("101", "Ecuador's foreign ministry asked Peru for a full investigation into the raid.",
     "ECU", "PER"),
    ("101", "Colombia's president called on Ecuador to explain the raid on its embassy.",
     "COL", "ECU"),
    ("101", "Senegal pressed Gambia for explanations about the shooting.", "SEN", "GMB"),
    ("101", "Tunisia sought clarification from Libya over the detentions.", "TUN", "LBY"),
    ("101", "Bolivia summoned Chile's ambassador and asked for explanations.", "BOL", "CHL"),
    ("101", "Hanoi appealed to Manila for a transparent inquiry into the sinking.", "VNM",
     "PHL"),
    ("101", "Georgia has asked Armenia to explain why its troops crossed the line.", "GEO",
     "ARM"),
    ("101", "Poland called on Belarus to investigate the incident and to release the two "
     "guards.", "POL", "BLR"),
    # a protest or note rejected in the words of a denial
    ("120", "Ghana rejected Togo's protest as unfounded.", "GHA", "TGO"),
    ("120", "Eswatini dismissed the South African note as absurd on Friday.", "SWZ", "ZAF"),
    ("120", "Azerbaijan rejected Armenia's protest note as baseless and provocative.", "AZE",
     "ARM"),
    # arms sales and deliveries halted, a part in joint operations suspended
    ("1622", "Washington put the sale of eight attack helicopters to Kenya on hold.", "USA",
     "KEN"),
    ("1622", "The United States suspended the delivery of attack helicopters to Egypt.", "USA",
     "EGY"),
    ("1622", "Berlin froze the delivery of 20 tanks to Riyadh.", "DEU", "SAU"),
    ("1622", "Paris has blocked the transfer of Rafale jets to Qatar.", "FRA", "QAT"),
    ("1622", "Chad suspended its participation in joint patrols with Niger.", "TCD", "NER"),
    ("1622", "Benin has ended its role in the joint task force with Togo.", "BEN", "TGO"),
    # warships and naval patrol craft sent
    ("154", "Myanmar's navy sent three frigates to the Coco Islands.", "MMR", None),
    ("154", "Sri Lanka deployed two gunboats toward the northern coast on Friday.", "LKA",
     None),
    ("154", "Brazil dispatched four patrol vessels to the Amazon estuary.", "BRA", None),
    ("154", "The Peruvian navy sent two patrol boats to the lake to protect its fishermen.",
     "PER", None),
    # the act appealed for names the appeal's code
    ("0251", "Benin called on Niger to reopen the border crossings at Malanville.", "BEN",
     "NER"),
    ("0251", "The African Union urged Ghana to reopen the shops of Nigerian traders.", "IGO",
     "GHA"),
    ("0253", "Myanmar's foreign ministry urged Dhaka to release them quickly.", "MMR", "BGD"),
    ("0253", "Thailand called on Cambodia to free him without delay.", "THA", "KHM"),
    ("0256", "The EU urged Serbia and Kosovo to avoid any step that could widen the conflict.",
     "IGO", "SRB"),
    ("026", "Uzbekistan called on Kyrgyzstan to hold urgent consultations on the water quotas.",
     "UZB", "KGZ"),
    ("0242", "Malawi called on Zambia to abandon its policy of expelling traders.", "MWI",
     "ZMB"),
    ("026", "Kenya urged Uganda to reopen talks on the lake.", "KEN", "UGA"),
    # a warship sent on a visit
    ("042", "Japan sent a frigate to Manila for a port call.", "JPN", "PHL"),
    ("042", "Turkey sent the corvette Burgazada to Karachi on a goodwill visit.", "TUR",
     "PAK"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_family_by_complement(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the family the same words must not take
NOT_FOUND = [
    ("020", "Kenya urged Uganda to investigate the shooting of its fishermen."),
    ("020", "Senegal pressed Gambia for explanations about the shooting."),
    # an investigation named later in the sentence is no request for one
    ("101", "Morocco urged both sides to show restraint pending an investigation."),
    # the first of two requests decides the appeal's code
    ("101", "Poland called on Belarus to stop the provocations and to investigate the "
     "incident."),
    ("016", "Ghana rejected Togo's protest as unfounded."),
    ("016", "Azerbaijan rejected Armenia's protest note as baseless and provocative."),
    ("190", "Washington put the sale of eight attack helicopters to Kenya on hold."),
    ("150", "The Peruvian navy sent two patrol boats to the lake to protect its fishermen."),
    ("154", "Japan sent a frigate to Manila for a port call."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_family_by_complement_not_this_family(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


def test_an_accusation_rejected_as_baseless_stays_a_denial(events: Events) -> None:
    found = briefs(events, "Ghana rejected Togo's accusation as unfounded.")
    assert ("016", "GHA", "TGO") in found
    assert not any(c == "120" for c, _, _ in found)


def test_warships_are_counted_as_vessels(events: Events) -> None:
    found = [e for e in events("India delivered two corvettes to Vietnam on Monday.")
             if e.code == "072"]  # fmt: skip
    assert found and found[0].quantity is not None
    assert found[0].quantity.value == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The two navies held their first joint patrol exercise off Kafountine in April.",
        "Both armies will hold joint drills near the border next month.",
        "The two militaries staged a joint exercise in the Casamance region.",
    ],
)
def test_the_two_armed_forces_exercise_together(events: Events, sentence: str) -> None:
    text = (
        "Senegal and Gambia signed a defence cooperation agreement in Banjul on Friday, "
        f"officials said.\n\n{sentence}"
    )
    found = briefs(events, text)
    assert ("062", "SEN", "GMB") in found
    assert not any(c == "150" for c, _, _ in found)


def test_the_two_navies_are_the_states_armed_forces(events: Events) -> None:
    text = (
        "Uruguay and Argentina signed a maritime cooperation agreement on Monday.\n\n"
        "The two navies held a joint search-and-rescue exercise off Montevideo in May."
    )
    exercise = [e for e in events(text) if e.code == "062"]
    assert exercise
    assert exercise[0].actor1.code == "URYMIL"
    assert exercise[0].actor2 is not None and exercise[0].actor2.code == "ARGMIL"

