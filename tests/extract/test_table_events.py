"""Events read from the rows of think-tank pipe tables (invented tables of several shapes)."""

from datetime import date
from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.extract.rules import Rules
from watchfloor.extract.table_rules import load_table_rules
from watchfloor.models import Mention

from .conftest import Events

INCIDENTS = """Research note | Andes Border Monitor

Table 3. Incidents on the Colombia-Venezuela border

| When | Perpetrator | Type | Against | Location | Claimed by |
|---|---|---|---|---|---|
|2024-02-11|Colombian army|firefight, small arms|Venezuelan gang|Cucuta, Colombia|Colombian army|
|2024-05|Venezuelan air force|drone strike on a camp|Colombian rebel camp|Tame|Colombian army|
|2024-07|Colombian police|arrest of 9 smugglers|smuggling network|Cucuta, Colombia|Colombian police|
|2024-08|Kenyan and Somali forces|joint raid|militant hideout|Kismayo, Somalia|Kenyan officials|
| 2024-09 | Colombian navy | seizure of 3 tonnes of cocaine | - | Cartagena | Colombian navy |
| 2024-10 | Peruvian army | clash | Brauer and Sons | Lima | Peruvian army |
"""

PARTNERS = """Data brief | Nordic Defence Review

Table 2. Defence engagements of the Kazakh Armed Forces, 2024

| Month | Kazakhstan's counterpart | What | Venue | Personnel | Source |
|---|---|---|---|---|---|
| 2024-03 | Turkey | Anatolian Eagle joint drill | Konya | 300 troops | Turkish defence ministry |
| 2024-06 | France | patrol boats handed over under a grant | Aktau | 2 boats | French embassy |
|2024-09|China|Chief of the General Staff visits Astana|Astana|n/a|Kazakh defence ministry|
"""

DELIVERIES = """Arms transfers to the Horn of Africa

The Ethiopian National Defense Force (ENDF) received most of them.

| Supplier | Recipient | Equipment | Quantity | Year | Status |
|---|---|---|---|---|---|
| Turkey | ENDF | Akinci drones | 4 | 2022 | documented (UN panel) |
| Iran | Ethiopia | Mohajer-6 drones | 6 | 2021 | reported |
| Russia | Ethiopia | Su-30 fighters | 2 | 2023 | contract signed |
"""

FIGURES = """| Year | Budget | Share of GDP |
|---|---|---|
| 2023 | 1.2 billion | 2.1% |
| 2024 | 1.4 billion | 2.3% |
"""

SELF_TOLD = """Table 1. Activities of the Armed Forces of the Philippines (AFP)

| Date | Force | Activity | Place |
|---|---|---|---|
| 2024-04 | Philippine navy | port call by the Philippine navy at Cam Ranh | Cam Ranh |
| 2024-05 | US Marines | Balikatan joint exercise | Luzon |
"""


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2024, 12, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.country, m.actor2.country if m.actor2 else None) for m in mentions}


def test_incident_rows_give_one_event_each_with_their_cells(events: Events) -> None:
    rows = _rows(events, INCIDENTS)
    first = next(m for m in rows if m.date and m.date.value == "2024-02-11")
    # a generic clash gives way to the weapons the cell names
    assert (first.code, first.actor1.code, first.actor2 and first.actor2.code) == (
        "193", "COLMIL", "VENREB",
    )  # fmt: skip
    assert first.location is not None and first.location.country == "COL"
    assert first.source is not None and first.source.code == "COLMIL"
    assert first.certainty.value == "reported"
    assert INCIDENTS[first.span[0] : first.span[1]] == first.sentence
    assert ("195", "VEN", "COL") in _keys(rows)
    arrest = next(m for m in rows if m.code == "173")
    # an unnamed group as the target is of the country where the row happened
    assert arrest.actor2 is not None and arrest.actor2.code == "COLREB"
    assert arrest.quantity is not None and arrest.quantity.value == 9
    assert ("171", "COL", None) in _keys(rows)


def test_coordinated_forces_act_each_and_cooperate(events: Events) -> None:
    keys = _keys(_rows(events, INCIDENTS))
    assert {("190", "KEN", "SOM"), ("190", "SOM", "SOM"), ("062", "KEN", "SOM")} <= keys


def test_a_target_no_code_fits_gives_no_event(events: Events) -> None:
    assert not [m for m in _rows(events, INCIDENTS) if m.actor1.country == "PER"]


def test_a_table_of_a_states_partners_targets_that_state(events: Events) -> None:
    rows = _rows(events, PARTNERS)
    assert _keys(rows) == {("062", "TUR", "KAZ"), ("072", "FRA", "KAZ"), ("042", "CHN", "KAZ")}
    drill = next(m for m in rows if m.code == "062")
    # the caption names the subject with its role
    assert drill.actor2 is not None and drill.actor2.code == "KAZMIL"
    assert drill.quantity is not None and drill.quantity.value == 300
    assert drill.date is not None and drill.date.value == "2024-03"


def test_deliveries_table_implies_the_act_and_reads_acronyms(events: Events) -> None:
    rows = _rows(events, DELIVERIES)
    # "contract signed": a sale agreed, not a delivery
    assert _keys(rows) == {("072", "TUR", "ETH"), ("072", "IRN", "ETH")}
    turkey = next(m for m in rows if m.actor1.country == "TUR")
    assert turkey.actor2 is not None and turkey.actor2.code == "ETHMIL"
    assert turkey.quantity is not None and turkey.quantity.value == 4
    assert turkey.date is not None and turkey.date.value == "2022"
    assert turkey.source is not None and turkey.source.code == "IGOUNO"


def test_a_table_of_figures_gives_no_event(events: Events) -> None:
    assert _rows(events, FIGURES) == []


def test_a_states_own_acts_are_not_aimed_at_itself(events: Events) -> None:
    keys = _keys(_rows(events, SELF_TOLD))
    assert ("062", "USA", "PHL") in keys
    assert not any(a1 == a2 for _, a1, a2 in keys)


def test_a_bad_user_row_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "table_columns.tsv").write_text("# mine\nwho\tdoer\n")
    with pytest.raises(DataFileError) as caught:
        load_table_rules(tmp_path)
    assert "table_columns.tsv:2" in str(caught.value)
    (tmp_path / "table_columns.tsv").unlink()
    (tmp_path / "table_acts.tsv").write_text("999\tbrawl\t-\t-\n")
    with pytest.raises(DataFileError):
        load_table_rules(tmp_path, frozenset({"190"}))


def test_empty_cell_values_are_data_and_a_bad_line_names_file_and_line(
    rules: Rules, tmp_path: Path
) -> None:
    classes = dict(rules.classes)
    packaged = load_table_rules(None, None, classes).empty
    assert {"n/a", "unknown", "—"} <= packaged
    (tmp_path / "table_empty.txt").write_text("# mine\nTBC\n")
    assert load_table_rules(tmp_path, None, classes).empty == packaged | {"tbc"}
    (tmp_path / "table_empty.txt").write_text("# mine\n\ntbc\tto be confirmed\n")
    with pytest.raises(DataFileError) as caught:
        load_table_rules(tmp_path, None, classes)
    assert "table_empty.txt:3" in str(caught.value)


ACTS_ONLY = """Table 4. Timeline of the Red Sea crisis

| Date | Event | Location |
|---|---|---|
| 2024-01-12 | US and British jets struck Houthi targets | Hodeidah, Yemen |
| 2024-02 | Troop deployment | Red Sea |
| 2024-03-06 | Houthi missile strike on a Greek bulk carrier | Gulf of Aden |
"""


def test_a_table_with_no_actor_column_reads_the_act_cell(events: Events) -> None:
    keys = _keys(_rows(events, ACTS_ONLY))
    # who is named before the act acts (each of them); who is named after it is the target
    assert {("195", "USA", "YEM"), ("195", "GBR", "YEM"), ("195", "YEM", "GRC")} <= keys
    assert not any(a1 == "GRC" for _, a1, _ in keys)


def test_a_row_takes_what_it_leaves_out_from_the_prose(events: Events) -> None:
    text = (
        "Iran has massed troops near its border with Azerbaijan.\n\n"
        "| Date | Event | Location |\n|---|---|---|\n"
        "| 2024-05 | Iranian troop build-up | Bilasuvar |\n"
    )
    row = next(m for m in _rows(events, text) if m.code.startswith("154"))
    assert row.actor2 is not None and row.actor2.country == "AZE"
    assert row.date is not None and row.date.value == "2024-05"


def test_cooperation_with_no_partner_named_gives_no_event(events: Events) -> None:
    text = (
        "| Exporter | Activity | Buyer |\n|---|---|---|\n"
        "| Brazil | joint exercise | - |\n"
        "| Brazil | delivery of 12 armoured vehicles | Angola |\n"
    )
    assert _keys(_rows(events, text)) == {("072", "BRA", "AGO")}


def test_a_second_actor_column_is_the_one_acted_on(events: Events) -> None:
    text = (
        "| Event date | Actor 1 | Actor 2 | Sub-event type | Location |\n"
        "|---|---|---|---|---|\n"
        "| 2024-04-02 | Military Forces of Mali | JNIM | armed clash | Gao |\n"
        "| 2024-04-09 | Armed Forces of Niger | Nigerian smugglers | arrests | Agadez |\n"
    )
    keys = _keys(_rows(events, text))
    assert ("173", "NER", "NGA") in keys


def test_a_status_says_when_and_how_sure(events: Events) -> None:
    text = (
        "| Seller | Buyer | System | Number | Status |\n|---|---|---|---|---|\n"
        "| South Korea | Poland | K2 tanks | 180 | delivered Sep 2023 |\n"
        "| South Korea | Poland | K9 howitzers | 212 | due by end of 2027 |\n"
        "| South Korea | Poland | FA-50 jets | 12 | reported |\n"
    )
    rows = sorted(_rows(events, text), key=lambda m: m.span)
    assert [m.certainty.value for m in rows] == ["asserted", "possible", "reported"]
    assert rows[0].date is not None and rows[0].date.value == "2023-09"
    assert rows[1].date is not None and rows[1].date.value.startswith("2027")


def test_a_targeted_country_column_is_the_target(events: Events) -> None:
    text = (
        "| Date | Attacking force | Country targeted | Incident |\n|---|---|---|---|\n"
        "| 2024-06-03 | Iranian Revolutionary Guards | Iraq | missile strike on Erbil |\n"
    )
    assert _keys(_rows(events, text)) == {("195", "IRN", "IRQ")}


TRACKER = """Research note | Balkan Security Monitor

Table 1. Covert operations attributed to Iran in Europe, 2025

| Date | Place | Suspects | Alleged act | Attributed to | Action taken | Source |
|---|---|---|---|---|---|---|
| 2025-02-03 | Graz, Austria | two Georgian nationals | arson at a depot storing aid for Ukraine \
| Iran (IRGC) | 2 arrested by the Federal Police | Austrian interior ministry |
| 2025-04-19 | Malmo, Sweden | unidentified | cyberattack on a port's cranes | Iran \
| investigation opened by the Swedish prosecutor | Swedish security service |
| 2025-06-30 | Ghent, Belgium | a Moroccan national | plot to kill a dissident | Iran \
| charged; Brussels closes the Iranian consulate in Antwerp | Belgian prosecutor |
| 2025-09-12 | Oslo, Norway | three Iranian diplomats | surveillance of a synagogue | Iran \
| 3 diplomats expelled by the Norwegian government | Norwegian police |
"""

MOVEMENTS = """Our reading of the month's movements around the island:

Item | Number | Where / When | Source |
---|---|---|---|
Chinese navy destroyer and supply ship port call | 2 ships | Colombo, May 2026 | Sri Lankan navy |
Indian patrol vessels handed to the Maldivian coast guard | 2 | Male, June 2026 | Indian embassy |
Sri Lankan troops reinforced on the northern coast | about 500 | Jaffna, June 2026 | SL army |
Japanese grant to the Sri Lankan coast guard | $12 million | Colombo, July 2026 | JICA |
"""


def _row_lines(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 9, 1)) if " | " in m.sentence]


def test_a_trackers_alleged_act_is_aimed_at_the_state_where_it_happened(events: Events) -> None:
    keys = _keys(_rows(events, TRACKER))
    # the accused state's covert act (sabotage, cyberattack, plot) on another's soil: 180
    assert {("180", "IRN", "AUT"), ("180", "IRN", "SWE"), ("180", "IRN", "BEL")} <= keys
    # a row whose act cell names no act gives none, but its response still stands
    assert not any(code.startswith("18") and a2 == "NOR" for code, _, a2 in keys)
    # on a tie, the act named first is the row's: arson at a warehouse of aid is no aid
    assert not any(code.startswith("07") for code, _, _ in keys)


def test_a_trackers_response_is_the_host_states_act(events: Events) -> None:
    rows = _rows(events, TRACKER)
    keys = _keys(rows)
    # an arrest is aimed at the suspects' nationality; a bare role is the host state's
    arrest = next(m for m in rows if m.code == "173" and m.actor1.country == "AUT")
    assert arrest.actor1.code == "AUTCOP"
    assert arrest.actor2 is not None and arrest.actor2.country == "GEO"
    # an investigation, a consulate shut and diplomats expelled are aimed at the accused
    assert {("091", "SWE", "IRN"), ("161", "BEL", "IRN"), ("174", "NOR", "IRN")} <= keys
    assert ("173", "BEL", "MAR") in keys  # "charged; ...": each part of the cell is an act


def test_an_item_table_reads_each_item_as_its_act(events: Events) -> None:
    keys = _keys(_row_lines(events, MOVEMENTS))
    # "Where / When" gives the place: a port call is aimed at the state it is in
    assert ("042", "CHN", "LKA") in keys
    assert ("072", "IND", "MDV") in keys
    assert ("154", "LKA", None) in keys  # on its own soil: no target
    assert ("071", "JPN", "LKA") in keys


def test_a_deliveries_item_may_name_a_contract(events: Events) -> None:
    text = (
        "| Date | Supplier | Recipient | System | Number | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-02 | South Korea (Hanwha) | Poland | K9 howitzers | 24 | Polish MoD |\n"
        "| 2026-04 | South Korea (KAI) | Malaysia | contract for FA-50 jets | 18 | KAI |\n"
    )
    # a contract is an agreement signed (057), not a delivery made
    assert _keys(_rows(events, text)) == {("072", "KOR", "POL"), ("057", "KOR", "MYS")}


def test_a_body_named_by_its_role_acts_for_the_state_it_acts_in(events: Events) -> None:
    text = (
        "| Date | Actor | Act | Target | Place | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-01-09 | the district court | conviction of 6 Thai fishermen | Thailand "
        "| Kampot, Cambodia | court records |\n"
        "| 2026-02-14 | the interior ministry | release and repatriation of 6 fishermen "
        "| Thailand | Kampot, Cambodia | ministry statement |\n"
        "| 2026-03-01 | the embassy | protest note | Thailand | Phnom Penh, Cambodia | embassy |\n"
    )
    rows = _rows(events, text)
    assert {("116", "KHM", "THA"), ("0841", "KHM", "THA"), ("114", "KHM", "THA")} <= _keys(rows)
    verdict = next(m for m in rows if m.code == "116")
    assert verdict.actor1.code == "KHMJUD"


def test_one_states_drill_with_no_partner_is_a_show_of_force(events: Events) -> None:
    text = (
        "Item | Number | Where / When | Source |\n"
        "---|---|---|---|\n"
        "Iranian missile units in a snap drill | not disclosed | Bushehr, May 2026 | IRNA |\n"
        "Iranian and Omani navies, joint search-and-rescue exercise | 3 ships "
        "| Muscat, June 2026 | Omani navy |\n"
    )
    keys = _keys(_row_lines(events, text))
    assert ("150", "IRN", None) in keys
    assert ("062", "IRN", "OMN") in keys
    assert not any(code == "062" and a2 is None for code, _, a2 in keys)

DETAINEES = """Research note | Caspian Rights Watch

Table 2. Foreign nationals held by Azerbaijan and Belarus

| Date arrested | Held by | Detainee | Charge | Status | Exchanged for | Source |
|---|---|---|---|---|---|---|
| 2024-02 | Belarus (KGB) | Lithuanian citizens (2) | spying | released 2025-06-14 at Vilnius \
| two Belarusian officers held in Lithuania | Lithuanian foreign ministry |
| 2024-07 | Azerbaijan | Canadian-Armenian dual national (1) | smuggling \
| sentenced to 8 years 2025-03-02; held | none | family |
| 2024-11 | Belarus (KGB) | Polish journalist (1) | extremism | held; no trial date | - \
| Polish foreign ministry |
"""


def test_a_table_of_people_held_reads_detentions_releases_and_swaps(events: Events) -> None:
    rows = _rows(events, DETAINEES)
    keys = _keys(rows)
    # each row a detention by the holder, of the detainee's nationals as private people
    arrest = next(m for m in rows if m.code == "173" and m.actor2 and m.actor2.country == "LTU")
    assert arrest.actor2.code == "LTUCVL" and arrest.actor1.country == "BLR"
    assert arrest.date is not None and arrest.date.value == "2024-02"
    assert arrest.quantity is not None and arrest.quantity.value == 2
    # a dual national by the first nationality named; a journalist held gives a detention
    assert {("173", "AZE", "CAN"), ("173", "BLR", "POL")} <= keys
    # the status tells the release, dated and placed by its own words
    release = next(m for m in rows if m.code == "0841" and m.actor1.country == "BLR")
    assert release.date is not None and release.date.value == "2025-06-14"
    assert release.location is not None and release.location.country == "LTU"
    # the partner is freed by the state where they were held, on the same day
    swap = next(m for m in rows if m.code == "0841" and m.actor1.country == "LTU")
    assert swap.actor2 is not None and swap.actor2.country == "BLR"
    assert swap.date is not None and swap.date.value == "2025-06-14"
    # a sentence is the holder's courts' act; "held" and "none" tell nothing more
    verdict = next(m for m in rows if m.code == "116")
    assert verdict.actor1.code == "AZEJUD" and verdict.date is not None
    assert verdict.date.value == "2025-03-02"
    assert not any(m.code == "0841" and m.actor2 and m.actor2.country == "POL" for m in rows)
    assert len([m for m in rows if m.code == "0841"]) == 2


def test_a_peacekeeping_tracker_aims_each_attack_at_the_mission(events: Events) -> None:
    text = (
        "| Date | Place | Mission | Contingent | Attackers | Casualties | Response | Source |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 2026-04-02 | Kidal, Mali | MINUSMA | Chadian company | JNIM (mortar rounds on "
        "the camp as a UNHAS plane landed) | 3 wounded | MINUSMA reinforces the camp "
        "| MINUSMA statement |\n"
        "| 2026-05-11 | Bunia, DR Congo | MONUSCO | Nepalese battalion | M23 (ambush on "
        "a fuel convoy) | 1 killed | - | Radio Okapi |\n"
    )
    keys = _keys(_rows(events, text))
    # the act is told in the attackers' cell; the mission column is whom it was aimed at
    assert {("194", "MLI", "IGO"), ("190", "COD", "IGO")} <= {
        (c, a1, a2[:3] if a2 else None) for c, a1, a2 in keys
    }
    # a body named after the act in the attackers' cell is no second attacker
    assert not any(code == "062" for code, _, _ in keys)


def test_a_trackers_outcome_cell_tells_the_attackers_and_the_responders_acts(
    events: Events,
) -> None:
    text = (
        "| Date | Place | Ship attacked | Attackers | Responding force | Result | Source |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 2026-02-03 | off Mogadishu, Somalia | dhow, Yemeni crew | Somali pirates "
        "| Indian Navy | nine Yemeni sailors taken hostage; freed in April 2026 | IMB |\n"
        "| 2026-03-09 | Gulf of Aden | tanker, Filipino crew | gunmen from Somalia "
        "| Spanish Navy and Omani Navy | boarding repelled, five pirates arrested | EUNAVFOR |\n"
    )
    rows = _rows(events, text)
    keys = _keys(rows)
    # an assault and the release that ends it are the attackers' against the victims
    taken = next(m for m in rows if m.code == "181")
    assert (taken.actor1.code, taken.actor2 and taken.actor2.code) == ("SOMREB", "YEM")
    assert taken.quantity is not None and taken.quantity.value == 9
    freed = next(m for m in rows if m.code == "0841")
    assert freed.date is not None and freed.date.value == "2026-04"
    assert freed.quantity is not None and freed.quantity.value == 9  # those taken
    # force and arrests are each responder's against the attackers, on the row's date
    assert {("190", "ESP", "SOM"), ("173", "ESP", "SOM"), ("173", "OMN", "SOM")} <= keys
    arrest = next(m for m in rows if m.code == "173" and m.actor1.country == "OMN")
    assert arrest.quantity is not None and arrest.quantity.value == 5
    assert arrest.date is not None and arrest.date.value == "2026-03-09"
    # a responder who only answered (no force, no arrest) acts in none of it
    assert not any(m.actor1.country == "IND" for m in rows)


def test_a_bracketed_header_splits_its_cells_and_every_response_column_acts(
    events: Events,
) -> None:
    text = (
        "| Date | Country | Target | Act | Suspects (blamed on) | Arrests and charges | "
        "Government reaction | Source |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 2026-01-12 | Denmark | Georgian blogger, Aarhus | grenade thrown at his flat "
        "| three members of a biker gang (Russia) | 3 arrested by Danish police "
        "| Denmark summons the Russian ambassador | PET |\n"
        "| 2026-02-20 | Norway | Eritrean activist, Bergen | plot to kidnap him "
        "| a smuggling network (Iran) | 2 arrested | Norway sanctions five Iranian "
        "officials | Kripos |\n"
    )
    rows = _rows(events, text)
    keys = _keys(rows)
    # "Suspects (blamed on)": the bracket of each cell is the accused state, which
    # acts; the bare "Country" column beside it is where it happened, not who acted
    assert ("183", "RUS", "GEO") in keys and ("181", "IRN", "ERI") in keys
    assert not any(m.actor1.country == "DNK" and m.code.startswith("18") for m in rows)
    grenade = next(m for m in rows if m.code == "183")
    assert grenade.location is not None and grenade.location.country == "DNK"
    # the arrest is aimed at the gang caught, of the nationality it is named by, else
    # of the country where it happened
    arrests = {(m.actor1.country, m.actor2.code if m.actor2 else None) for m in rows
               if m.code == "173"}  # fmt: skip
    assert arrests == {("DNK", "DNKREB"), ("NOR", "NORREB")}
    # the second response column acts too, aimed at whom it names after its act
    summons = next(m for m in rows if m.code == "114")
    assert summons.actor1.country == "DNK"
    assert summons.actor2 is not None and summons.actor2.code == "RUSGOV"
    assert ("163", "NOR", "IRN") in keys  # sanctions on a state's officials: 163


def test_a_suppliers_bracket_naming_no_state_body_is_its_maker(events: Events) -> None:
    text = (
        "| Date | Supplier | Recipient | Item | Number | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2025-04 | Sweden (Saab) | Thailand | delivery of Gripen fighters | 4 | RTAF |\n"
        "| 2025-09 | South Korea (defence ministry) | Peru | transfer of patrol vessels "
        "| 2 | Peruvian Navy |\n"
        "| 2026-01 | Brazil | Nigeria | delivery of Super Tucano aircraft | 6 | NAF |\n"
    )
    rows = _rows(events, text)
    makers = {m.actor1.code for m in rows if m.code == "072"}
    # a firm in brackets is the state's business (BUS); a state body or none says no more
    assert "SWEBUS" in makers and "BRA" in makers
    assert not any(code.startswith("KOR") and code.endswith("BUS") for code in makers)


def test_a_country_column_gives_way_to_the_town_the_target_cell_names(
    events: Events,
) -> None:
    text = (
        "| Date | Country | Target | Act | Attributed to | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2025-05-02 | Germany | Ukrainian journalist, Munich | arson attack on his car | Belarus "
        "| BKA |\n"
        "| 2025-06-12 | Germany | Georgian activist | poisoning | Russia | BKA |\n"
    )
    rows = [m for m in _rows(events, text) if m.code == "180"]
    places = {m.actor1.country: m.location.name if m.location else None for m in rows}
    assert places == {"BLR": "Munich", "RUS": "Germany"}


def test_a_response_may_protest_condemn_or_arrest_the_places_own_people(
    events: Events,
) -> None:
    text = (
        "| Date | Place | Mission | Attackers | Response | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-02-02 | Tyre, Lebanon | UNIFIL | Israeli army (tank fire on a post) "
        "| UNIFIL protests to the Israeli army | UNIFIL |\n"
        "| 2026-03-03 | Malakal, South Sudan | UNMISS | Sudanese army (shelling of a camp) "
        "| Security Council condemns the attack | UNMISS |\n"
        "| 2026-04-04 | Goma, DR Congo | MONUSCO | crowd of protesters (stones thrown) "
        "| 5 residents detained by the Congolese police | MONUSCO |\n"
    )
    keys = _keys(_rows(events, text))
    # "protests to" a state's army is a protest lodged with it (114), not a street protest
    assert ("114", "IGO", "ISR") in keys and not any(c == "141" for c, _, _ in keys)
    assert ("111", "IGO", "SDN") in keys  # a condemnation
    # people of the place's own state, arrested by its police, are the arrest's target
    assert ("173", "COD", "COD") in keys


def test_a_role_named_before_a_response_is_the_accused_states_body(events: Events) -> None:
    text = (
        "| Date | Place | Suspects | Alleged act | State accused | Action taken | Source |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 2026-02-11 | Tartu, Estonia | unidentified | cyberattack on a power grid | Belarus "
        "| 4 diplomats expelled by the Estonian government | KAPO |\n"
        "| 2026-03-12 | Riga, Latvia | unidentified | sabotage of a rail line | Belarus "
        "| investigation opened by the Latvian prosecutor | VDD |\n"
    )
    rows = _rows(events, text)
    expelled = next(m for m in rows if m.code == "174")
    assert expelled.actor2 is not None and expelled.actor2.code == "BLRGOV"  # diplomats
    probe = next(m for m in rows if m.code == "091")
    # the prosecutor named after the act is who opened it, not whom it is on
    assert probe.actor2 is not None and probe.actor2.code == "BLR"


def test_bombings_and_attempts_on_a_life_keep_their_cameo_codes(events: Events) -> None:
    text = (
        "| Date | Actor | Act | Target | Place | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-01-03 | al-Shabaab | car bomb at a checkpoint | Kenyan police | Mandera, Kenya "
        "| Kenyan police |\n"
        "| 2026-02-11 | Iran (MOIS) | attempted assassination of a dissident | Turkey "
        "| Istanbul, Turkey | Turkish police |\n"
    )
    codes = {m.code for m in _rows(events, text)}
    assert {"1832", "185"} <= codes
