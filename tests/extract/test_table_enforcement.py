"""Enforcement trackers (invented tables: other states, crafts and wordings than any gold
document): an "Enforcing authority" column acts; a telegraphic act cell tells each of
its acts ("Boarded and seized boat; 6 crew detained"); a force "with" another only
assists it, one that acts "on information from" another is tipped off by it; the
outcome or follow-up cell tells releases, returns and fines by the state that seized
them, and other states' reactions to the seizure."""

from datetime import date

from watchfloor.models import Mention

from .conftest import Events


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 9, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None) for m in mentions}


FISHERIES = (
    "Table 2. Foreign fishing vessels arrested in East African waters, 2026\n"
    "\n"
    "| Date | Enforcing authority | Vessel(s) and flag | Action | Area | Outcome / "
    "reaction | Source |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 2026-02-03 | Kenya Coast Guard Service | Iranian-flagged dhow, 11 crew | "
    "Seized the dhow and arrested 11 crew for fishing without licences | Off Lamu | "
    "Iranian embassy in Nairobi asked for the crew's release; dhow released "
    "2026-03-01 after fine paid | Kenya Fisheries Service |\n"
    "| 2026-04-17 | Tanzania Navy | Sri Lankan longliner, 9 crew | Warning shots "
    "fired when vessel tried to flee; vessel seized and crew detained | Off Mafia "
    "Island | Captain fined by the High Court in Dar es Salaam | Tanzania Deep Sea "
    "Fishing Authority |\n"
    "| 2026-06-21 | Mozambique Navy | 2 Chinese trawlers | Boarded and inspected; no "
    "violations found | Off Pemba | None | Mozambique Navy |\n"
)


def test_an_enforcing_authority_column_acts_and_each_act_of_the_cell_counts(
    events: Events,
) -> None:
    keys = _keys(_rows(events, FISHERIES))
    # the craft confiscated (1711) and its crew arrested (173), both by the authority
    assert ("1711", "KEN", "IRN") in keys
    assert ("173", "KEN", "IRN") in keys
    # warning shots (150), the vessel seized (1711), the crew detained (173)
    assert {("150", "TZA", "LKA"), ("1711", "TZA", "LKA"), ("173", "TZA", "LKA")} <= keys


def test_an_inspection_that_found_nothing_is_no_seizure(events: Events) -> None:
    keys = _keys(_rows(events, FISHERIES))
    assert not any(a1 == "MOZ" and c.startswith("17") for c, a1, _ in keys)


def test_the_outcome_cell_tells_the_release_the_appeal_and_the_fine(events: Events) -> None:
    rows = _rows(events, FISHERIES)
    keys = _keys(rows)
    # another state asks for its nationals' release (0253), aimed at the seizing state
    assert ("0253", "IRN", "KEN") in keys
    # the seizing state hands the craft back (0842), on the date the cell gives
    released = next(m for m in rows if m.code == "0842")
    assert (released.actor1.code[:3], released.actor2 and released.actor2.code[:3]) == (
        "KEN",
        "IRN",
    )
    assert released.date is not None and released.date.value == "2026-03-01"
    # the fine is a penalty (116) by the seizing state's court on the craft's state
    assert ("116", "TZA", "LKA") in keys


MIGRANTS = (
    "Table 1. Migrant boats intercepted in the central Mediterranean, 2026\n"
    "\n"
    "| Date | Interdicting authority | Vessel and people on board | Action | Area | "
    "Follow-up / status | Source |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 2026-03-09 | Maltese Armed Forces | rubber boat, 57 Libyan migrants | "
    "Intercepted; migrants detained | Off Gozo | All 57 flown to Tripoli on "
    "2026-03-30 | Armed Forces of Malta |\n"
    "| 2026-05-14 | Tunisian National Guard with the Italian Coast Guard | fishing "
    "boat, 40 Egyptian migrants | Intercepted; migrants taken to Sfax | Off "
    "Kerkennah | Egyptian foreign ministry demanded the group's release | Tunisian "
    "National Guard |\n"
)


def test_migrants_sent_back_by_a_follow_up_cell_are_returned(events: Events) -> None:
    rows = _rows(events, MIGRANTS)
    keys = _keys(rows)
    assert ("173", "MLT", "LBY") in keys
    # "All 57 flown to Tripoli": migrants returned against their will (174), not freed
    assert ("174", "MLT", "LBY") in keys
    assert not any(c.startswith("08") and a1 == "MLT" for c, a1, _ in keys)
    # a "Follow-up / status" header is a response: "pending"-like words no longer decide
    returned = next(m for m in rows if m.code == "174")
    assert returned.date is not None and returned.date.value == "2026-03-30"


def test_a_force_with_another_acts_alone_and_cooperates_with_it(events: Events) -> None:
    keys = _keys(_rows(events, MIGRANTS))
    assert ("173", "TUN", "EGY") in keys
    assert ("062", "TUN", "ITA") in keys
    # the helper does not intercept anyone itself
    assert not any(a1 == "ITA" and c.startswith("17") for c, a1, _ in keys)
    assert ("1053", "EGY", "TUN") in keys


def test_a_body_that_tipped_off_the_actor_shares_intelligence(events: Events) -> None:
    text = (
        "| Date | Interdicting force | Vessel and crew | Action | Area | Announced by |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-01-12 | Senegalese Navy, on information from French customs |"
        " Guyanese-flagged yacht, 2 Guyanese crew | Boarded yacht and detained 2 crew;"
        " 900 kg seized | Off Dakar | Senegalese Navy |\n"
    )
    keys = _keys(_rows(events, text))
    assert ("064", "FRA", "SEN") in keys
    assert ("173", "SEN", "GUY") in keys
    # the haul seized is how the arrest came about: no act of its own beside it
    assert not any(c == "171" for c, _, _ in keys)
    assert not any(a1 == "FRA" and c.startswith("17") for c, a1, _ in keys)


def test_a_cell_of_one_act_still_tells_one_event(events: Events) -> None:
    text = (
        "| Date | Enforcing agency | Vessel(s) and flag | Action | Location | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 2026-07-02 | Namibian Navy | Angolan trawler | Seized for fishing in a closed area"
        " | Off Walvis Bay | Namibian Navy |\n"
    )
    rows = _rows(events, text)
    assert _keys(rows) == {("1711", "NAM", "AGO")}


MEASURES = (
    "Table 3. Zambia's measures against foreign mining firms, 2026\n"
    "\n"
    "| Date | Zambian actor | Company (home state) | Measure | Site | Response / status"
    " | Source |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 2026-02-10 | Ministry of Mines | Copperbelt Nickel plc (Canada) | Mining licence"
    " revoked for unpaid royalties | Kitwe | Canadian high commission asked for talks"
    " | Ministry of Mines |\n"
    "| 2026-04-02 | Presidency | Lusaka Cobalt Holdings (China) | Subsidiary placed under"
    " temporary management of the state mining company | Ndola | Subsidiary returned"
    " to its owner on 2026-06-30 | Presidential statement |\n"
    "| 2026-05-15 | Home Affairs ministry | Cross-border traders (mostly Congolese"
    " nationals) | 120 traders deported | Kasumbalesa | None | Home Affairs ministry |\n"
)


def test_a_measures_tracker_aims_at_the_home_states_firm(events: Events) -> None:
    rows = _rows(events, MEASURES)
    keys = _keys(rows)
    # a licence revoked is an administrative sanction (172) on the Canadian firm
    assert ("172", "ZMB", "CAN") in keys
    revoked = next(m for m in rows if m.code == "172")
    assert revoked.actor2 is not None and revoked.actor2.code == "CANBUS"
    # "Presidency" under a "Zambian actor" header is Zambia's government
    assert ("1711", "ZMB", "CHN") in keys
    taken = next(m for m in rows if m.code == "1711")
    assert taken.actor1.code == "ZMBGOV"
    # the subsidiary handed back is property returned (0842), dated by its own words
    back = next(m for m in rows if m.code == "0842")
    assert back.date is not None and back.date.value == "2026-06-30"
    assert back.actor2 is not None and back.actor2.code == "CHNBUS"


def test_a_bracket_of_nationals_names_people_not_a_firm(events: Events) -> None:
    rows = _rows(events, MEASURES)
    deported = [m for m in rows if m.code == "174"]
    assert deported and all(m.actor2 and m.actor2.code[:3] == "COD" for m in deported)
    assert not any(m.actor2 and m.actor2.code == "CODBUS" for m in deported)


def _code_of(text: str) -> str | None:
    words = {"seized": "1711", "detained": "173", "kg": "171", "strike": "195", "raid": "190"}
    return next((c for w, c in words.items() if w in text), None)


def test_act_parts_split_only_cells_of_several_acts() -> None:
    from watchfloor.extract.table_parts import act_parts

    assert act_parts("Boarded and seized boat; 4 crew detained; 900 kg seized", _code_of) == [
        "Boarded and seized boat",  # a piece of one act is kept whole
        "4 crew detained",
    ]
    # one act, however worded, is read whole
    assert act_parts("Seized for fishing without a licence", _code_of) == []
    # a generic code gives way to the finer one of its root ("raid" beside an air strike)
    assert act_parts("air strike and ground raid", _code_of) == ["air strike"]


def test_a_follow_up_part_of_two_acts_and_an_unnamed_fine(events: Events) -> None:
    text = (
        "| Date | Enforcing authority | Vessel(s) and flag | Action | Area | Follow-up |"
        " Source |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 2026-03-03 | Oman Coast Guard | Pakistani dhow, 6 crew | Seized the dhow and"
        " detained 6 crew | off Sur | Crew fined and released in April | Oman Coast Guard |\n"
    )
    keys = _keys(_rows(events, text))
    # the release is the holder's, of those it held; a fine that names no court is no act
    assert ("0841", "OMN", "PAK") in keys
    assert not any(c == "116" for c, _, _ in keys)


def test_migrants_interdicted_are_held_and_goods_interdicted_are_seized(events: Events) -> None:
    head = (
        "| Date | Interdicting authority | Vessel and people on board | Action | Area |"
        " Source |\n|---|---|---|---|---|---|\n"
    )
    people = head + (
        "| 2026-06-01 | Greek Coast Guard | fishing boat, 38 Syrian migrants |"
        " Interdicted and held on board | Off Crete | Hellenic Coast Guard |\n"
    )
    goods = head + (
        "| 2026-06-02 | Greek Coast Guard | Turkish cargo boat | Interdicted a cargo of"
        " cigarettes | Off Crete | Hellenic Coast Guard |\n"
    )
    assert ("173", "GRC", "SYR") in _keys(_rows(events, people))
    assert not any(c == "173" for c, _, _ in _keys(_rows(events, goods)))
