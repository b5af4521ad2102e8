"""Kinds of think-tank table the row reader learned in issue 8 (invented tables, other
countries and other column names than any gold document): measures of regional bodies,
deliveries tables that name their recipient only in the title or the item, and place
cells that say how the place was reached."""

from datetime import date

import pytest

from watchfloor.extract.pipeline import Extractor
from watchfloor.models import Document, Mention

from .conftest import Events


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 9, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None) for m in mentions}


MEASURES = """Table 4. What regional bodies did after the coups

| Date | Organisation | Country | Measure | Grounds | Status | Source |
|---|---|---|---|---|---|---|
|2024-03-02|ECOWAS|Niger|eases the economic sanctions imposed in 2023|aid|in force|ECOWAS|
|2024-07-19|African Union|Burkina Faso|suspended Burkina Faso from all AU organs|coup|in force|AU|
|2025-01-10|AU|Sudan|lifted the suspension of Sudan|transition deal|in force|AU PSC|
|2025-05-05|SADC|Lesotho|mediation mission led by a former president to Maseru|mutiny|done|SADC|
|2025-09-30|European Union|Belarus|asset freezes and travel bans on 12 officials|fraud|in force|EU|
"""


def test_a_measures_table_of_regional_bodies(events: Events) -> None:
    rows = _rows(events, MEASURES)
    keys = _keys(rows)
    # the body acts, the state column is its target; lifting a measure eases it
    assert ("085", "IGO", "NER") in keys  # sanctions eased, not imposed
    assert not any(c == "163" and a2 == "NER" for c, _, a2 in keys)
    assert ("172", "IGO", "BFA") in keys
    assert ("081", "IGO", "SDN") in keys
    assert ("045", "IGO", "LSO") in keys
    assert ("163", "IGO", "BLR") in keys
    codes = {m.code: m.actor1.code for m in rows}
    assert codes["172"] == "IGOAFU" and codes["081"] == "IGOAFU"  # "AU", not the UN
    mediation = next(m for m in rows if m.code == "045")
    # with no place column, the town the act cell names is where it happened
    assert mediation.location is not None and mediation.location.name == "Maseru"
    assert mediation.location.country == "LSO"


def test_a_suspension_needs_an_organ_to_suspend_from(events: Events) -> None:
    text = (
        "| Date | Actor | Act | Place |\n"
        "|---|---|---|---|\n"
        "| 2025-02 | Air Sahel | suspends flights to Gao | Gao |\n"
    )
    assert not any(m.code == "172" for m in _rows(events, text))


TRANSFERS = """The table lists transfers we could confirm.

| Date | Supplier | Item | Number | Route or delivery place | Source |
|---|---|---|---|---|---|
|2025-02|Turkey (Otokar)|armoured vehicles|40|by sea to Mombasa|Kenya Defence Forces|
|2025-06|India (Goa Shipyard)|patrol boats for the Kenyan Navy|2|handed over in Goa|Indian Navy|
|2025-11|France (Airbus)|contract for H145M helicopters, signed in Nairobi|6|-|Kenyan army|
|2026-03|United Arab Emirates|letter of intent for armed drones|8|-|WAM|
"""


@pytest.mark.parametrize(
    "title",
    [
        "Tracker: arms and equipment transfers to Kenya's armed forces, 2025-2026",
        "Who arms Kenya? Deliveries and contracts for Kenya, 2025-2026",
    ],
)
def test_a_deliveries_table_with_no_recipient_column_is_for_the_titles_state(
    extractor: Extractor, title: str
) -> None:
    document = Document(id="t", text=TRANSFERS, title=title, published=date(2026, 9, 1))
    rows = [m for m in extractor.extract(document).mentions if m.sentence.startswith("|")]
    keys = _keys(rows)
    assert {("072", "TUR", "KEN"), ("072", "IND", "KEN"), ("057", "FRA", "KEN")} <= keys
    assert ("057", "ARE", "KEN") in keys  # a letter of intent is an agreement too
    boats = next(m for m in rows if m.actor1.code.startswith("IND"))
    assert boats.actor2 is not None and boats.actor2.code == "KENMIL"  # the item says whom
    places = {m.actor1.code[:3]: m.location for m in rows}
    assert places["TUR"] is not None and places["TUR"].name == "Mombasa"
    assert places["IND"] is not None and places["IND"].name == "Goa"
    assert places["FRA"] is not None and places["FRA"].name == "Nairobi"


def test_a_title_naming_no_recipient_leaves_unplaced_rows_untargeted(
    extractor: Extractor,
) -> None:
    document = Document(id="t", text=TRANSFERS, title="Arms in East Africa", published=None)
    rows = [m for m in extractor.extract(document).mentions if m.sentence.startswith("|")]
    # a letter of intent with no one named, nowhere, is no event; the item's recipient
    # and the place's state still say whom the others were for
    assert not any(m.actor1.code.startswith("ARE") for m in rows)
    keys = _keys(rows)
    assert ("072", "IND", "KEN") in keys and ("057", "FRA", "KEN") in keys


@pytest.mark.parametrize(
    ("cell", "name", "country"),
    [
        ("by sea to Mombasa", "Mombasa", "KEN"),
        ("handed over in Baltimore", "Baltimore", "USA"),
        ("commissioned at Mombasa and Lamu", "Mombasa", "KEN"),
        ("new pier, Mombasa", "Mombasa", "KEN"),
        ("Nairobi, March 2026", "Nairobi", "KEN"),
        # at sea, off a coast or some miles from a town: no state's soil (spec)
        ("off Kribi, Cameroon", "Kribi", None),
        ("Off Kribi", "Kribi", None),
        ("140 nm south of Lagos", "Lagos", None),
        ("Gulf of Guinea, 60 nm off Lagos", "Gulf of Guinea", None),
    ],
)
def test_a_place_cell_names_the_place_not_the_way_there(
    extractor: Extractor, cell: str, name: str, country: str | None
) -> None:
    place = extractor.tables.cells.place_of(cell)
    assert place is not None
    assert (place.name, place.country) == (name, country)


CLAUSES = """The table lists the incidents we could confirm.

| Date | Incident | Location | Numbers | Source |
|---|---|---|---|---|
|2025-04-02|Guyana Defence Force detains Venezuelan fishing boat and crew|Ankoko|7 crew|GDF|
|2025-05-10|Venezuelan fishermen detained by the Guyanese army released|Georgetown|7|GDF|
|2025-06-01|Venezuela summons the Guyanese envoy; Guyana expels two Venezuelan diplomats|Quito|-|-|
|2025-07-15|Venezuelan troops cross the river and shell a Guyanese outpost|Eteringbang|30|-|
"""


def test_an_incident_cell_written_as_a_sentence_is_read_as_one(events: Events) -> None:
    rows = _rows(events, CLAUSES)
    keys = _keys(rows)
    by_date = {m.date.value if m.date else None: m for m in rows}
    detained = by_date["2025-04-02"]
    assert (detained.code[:2], detained.actor1.code[:3]) == ("17", "GUY")
    assert detained.actor2 is not None and detained.actor2.code == "VEN"
    # the row's cells complete the clause: where, how many, who tells it
    assert detained.location is not None and detained.location.name == "Ankoko"
    assert detained.quantity is not None and detained.quantity.value == 7
    # a passive names its agent after "by": the army detained the fishermen, not the reverse
    assert not any(a1 == "VEN" and a2 == "GUY" and c.startswith("17") for c, a1, a2 in keys)
    # two acts joined by ";" are two records, each with its own actor
    assert ("114", "VEN", "GUY") in keys and ("174", "GUY", "VEN") in keys
    expelled = next(m for m in rows if m.code == "174")
    assert expelled.quantity is not None and expelled.quantity.value == 2
    summoned = next(m for m in rows if m.code == "114")
    assert summoned.quantity is None  # the other clause's count is not this one's
    assert any(c.startswith("19") and a1 == "VEN" and a2 == "GUY" for c, a1, a2 in keys)


NOTES = """To give a clearer picture, the following table summarizes the main movements:

Item | Number | Where / When | Source |
---|---|---|---|
Patrol boats handed to the Ghana Navy | 4 | Sekondi, May 2026 | Ghana Armed Forces |
Amphibious ship Tonnerre (port call) | 1 | Tema, June 2026 | Ghana Navy |
French-Ghanaian exercise "Gulf Shield" | not disclosed | Tema, July 2026 | Ghana News Agency |
Artillery and mortar rounds | several thousand | Abidjan, 2025 | customs records |
"""


def test_an_item_naming_no_one_is_the_documents_actor(extractor: Extractor) -> None:
    title = "French Troops In Ghana: What The New Base Means For The Gulf Of Guinea"
    document = Document(id="t", text=NOTES, title=title, published=date(2026, 9, 1))
    rows = [m for m in extractor.extract(document).mentions if " | " in m.sentence]
    keys = _keys(rows)
    assert {("072", "FRA", "GHA"), ("042", "FRA", "GHA"), ("062", "FRA", "GHA")} <= keys
    codes = {m.code: (m.actor1.code, m.actor2.code if m.actor2 else None) for m in rows}
    assert codes["072"][0] == "FRA"  # a delivery is the state's, not its troops'
    assert codes["042"][0] == "FRAMIL"  # a port call is the navy's
    # a pair of demonyms joined by a hyphen cooperate, their forces alike
    assert codes["062"] == ("FRAMIL", "GHAMIL")
    # an item that only names weapons tells no strike by the document's actor
    assert not any(m.code.startswith(("18", "19")) for m in rows)


def test_with_no_title_an_item_naming_no_one_gives_no_event(extractor: Extractor) -> None:
    document = Document(id="t", text=NOTES, published=date(2026, 9, 1))
    rows = [m for m in extractor.extract(document).mentions if " | " in m.sentence]
    assert not any(m.code in ("072", "042") for m in rows)


PIRACY = """The tracker lists incidents confirmed by a navy or a coast guard.

| Date | Location | Incident | Source |
|---|---|---|---|
| 2025-05-02 | 60 nm off Bonny | Pirates hijack Ghanaian trawler Asante with 12 crew | MDAT-GoG |
| 2025-08-19 | Off Bata | Armed gang kidnaps four Filipino crew from a tanker | IMB |
"""


def test_pirates_no_nationality_names_are_of_the_trackers_state(extractor: Extractor) -> None:
    title = "Incident tracker: Nigerian piracy in the Gulf of Guinea, 2025"
    document = Document(id="t", text=PIRACY, title=title, published=date(2026, 9, 1))
    rows = [m for m in extractor.extract(document).mentions if m.sentence.startswith("|")]
    # at sea no state's soil says whose they are: the tracker's title does
    assert {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None) for m in rows} >= {
        ("181", "NGAREB", "GHA"),
        ("181", "NGAREB", "PHL"),
    }
    untitled = Document(id="t", text=PIRACY, published=date(2026, 9, 1))
    assert not any(
        m.code == "181" for m in extractor.extract(untitled).mentions if "|" in m.sentence
    )


@pytest.mark.parametrize(
    "movement",
    ["moved to the Brest region", "redeployed to Brest", "relocated to Brest", "massing at Brest"],
)
def test_forces_moved_at_home_are_a_build_up(events: Events, movement: str) -> None:
    text = (
        "Force | Movement | Location | Estimated Personnel | Source |\n"
        "---|---|---|---|---|\n"
        f"Belarusian 38th Air Assault Brigade | {movement} | Brest region | 900 | Hajun |\n"
    )
    rows = [m for m in events(text, date(2026, 9, 1)) if " | " in m.sentence]
    assert [(m.code, m.actor1.code, m.actor2) for m in rows] == [("154", "BLRMIL", None)]


WHAT_HAPPENED = """Table 2. Incidents at sea logged by the monitor

| Date | Force involved | Against | What happened | Where | Aftermath | Reported by |
|---|---|---|---|---|---|---|
|2026-02-11|Philippine Coast Guard|Chinese militia|Boarded and detained 14 crew|Pag-asa|Freed|PCG|
|2026-04-02|Moroccan Navy|Spanish fishing boat|Fired warning shots at it|Tarfaya|Protest|Madrid|
"""


def test_a_what_happened_column_is_the_act_not_its_outcome(events: Events) -> None:
    # the header names the act itself; "Aftermath" beside it is what came of it
    keys = _keys(_rows(events, WHAT_HAPPENED))
    assert any(c.startswith("17") and a1 == "PHL" and a2 == "CHN" for c, a1, a2 in keys)
    assert any(a1 == "MAR" and a2 == "ESP" for _, a1, a2 in keys)


RESPONSES = """Table 3. Drone sightings over military sites

| Date | Country | Site | Attributed to | Response | Source |
|---|---|---|---|---|---|
|2026-03-02|Norway|Ørland air base|Russia|Foreign Minister Eide summons the Russian envoy|NRK|
|2026-05-09|Finland|Rovaniemi air base|Russia|Police detain two Russians; envoy expelled|Yle|
"""


def test_a_response_is_done_by_its_subject_not_by_whom_it_names(events: Events) -> None:
    # the state where it happened answers; the accused state is its object, not its doer
    keys = _keys(_rows(events, RESPONSES))
    assert ("114", "NOR", "RUS") in keys
    assert ("173", "FIN", "RUS") in keys
    assert not any(a1 == "RUS" and c in ("114", "173", "174") for c, a1, _ in keys)
