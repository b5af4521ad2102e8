"""Tracker kinds the header list had not seen (invented tables): a column told by
what its cells hold, a host column that says where the act was and at whom, a visiting
party that acts."""

from datetime import date

from watchfloor.extract.table_cells import Columns
from watchfloor.extract.table_infer import by_cells
from watchfloor.models import Mention

from .conftest import Events


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 9, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None) for m in mentions}


VISITS = """Log of foreign naval visits to West African ports.

| Date | Harbour (host state) | Visiting navy | Vessels | Activity | Source |
|---|---|---|---|---|---|
|2025-03|Tema (Ghana)|Brazilian Navy|2 (frigate, tanker)|Port call; exercise with the Ghana Navy|-|
|2025-07-14|Dakar (Senegal)|Spain, Spanish Navy|1 corvette|Five-day port call|Spanish Navy|
"""


def test_a_port_call_log_is_read_from_its_host_and_visitor_columns(events: Events) -> None:
    rows = _rows(events, VISITS)
    keys = _keys(rows)
    # the visiting navy acts; the host state is visited, its navy drilled with
    assert ("042", "BRAMIL", "GHA") in keys
    assert ("062", "BRAMIL", "GHAMIL") in keys
    assert ("042", "ESPMIL", "SEN") in keys
    # the host is a state, never a firm of it ("Tema (Ghana)")
    assert not any(m.actor2 and m.actor2.code.endswith("BUS") for m in rows)
    call = next(m for m in rows if m.code == "042" and m.actor2 and m.actor2.code == "GHA")
    # "Vessels" holds counts: the size of the force, not a target
    assert call.quantity is not None and call.quantity.value == 2
    # with no place column, the host's cell says where, its bracket no part of the name
    assert call.location is not None and call.location.name == "Tema"
    assert call.location.country == "GHA"


def test_a_column_of_counts_is_a_figure_only_when_every_cell_counts() -> None:
    columns = Columns({"actor": 0, "target": 1, "act": 2}, frozenset({"-"}))
    counts = [("Chile", "2 (frigates)", "port call"), ("Peru", "-", "port call")]
    assert by_cells(columns, counts).roles == {"actor": 0, "figure": 1, "act": 2}
    ships = [("Chile", "2 frigates", "port call"), ("Peru", "MV Aurora", "seized")]
    assert by_cells(columns, ships) is columns
    # a table that has a figure column keeps its target
    figured = Columns({"actor": 0, "target": 1, "act": 2, "figure": 3}, frozenset())
    assert by_cells(figured, [("Chile", "2 (frigates)", "x", "3")]) is figured


def test_a_host_column_with_a_place_column_is_not_the_place(events: Events) -> None:
    text = (
        "| Date | Host | Place | Visiting force | Activity |\n"
        "|---|---|---|---|---|\n"
        "| 2025-03-02 | Ghana | Takoradi | Brazilian Navy | port call |\n"
    )
    rows = _rows(events, text)
    call = next(m for m in rows if m.code == "042")
    assert call.actor1.code == "BRAMIL" and call.actor2 is not None
    assert call.actor2.code == "GHA"
    assert call.location is not None and call.location.name == "Takoradi"


KIDNAPS = """Hostage watch: kidnappings of Turkish engineers at dam sites, 2025-2026
| Date | Country, place | Kidnappers | Victims | Response | Source |
|---|---|---|---|---|---|
| 2025-04-02 | Cameroon, near Garoua | Armed gang | Three Turkish engineers | Freed by the army |-|
| 2025-08-19 | Chad, near Mongo | Armed gang | Two Turkish engineers | Still held | police |
"""


def test_a_tracker_with_no_act_column_takes_its_title_act(events: Events) -> None:
    rows = _rows(events, KIDNAPS)
    keys = {(c, a[:3], t[:3] if t else None) for c, a, t in _keys(rows)}
    # each row is the caption's act, by the kidnappers' cell, against the victims
    assert ("181", "CMR", "TUR") in keys
    assert ("181", "TCD", "TUR") in keys
    # a release is of whom the row's act took, whoever frees them
    taken = next(m for m in rows if m.code == "181" and m.actor1.code[:3] == "CMR")
    # a tracker of one act counts its victims; the town after the country is the place
    assert taken.quantity is not None and taken.quantity.value == 3
    assert taken.location is not None and taken.location.name == "Garoua"
    freed = [m for m in rows if m.code.startswith("08")]
    assert freed and all(m.actor2 is not None and m.actor2.code[:3] == "TUR" for m in freed)


def test_a_title_names_no_act_for_a_table_that_has_an_act_column(events: Events) -> None:
    text = (
        "Kidnap tracker: abductions of engineers.\n"
        "| Date | Actor | Act | Place |\n"
        "|---|---|---|---|\n"
        "| 2025-02 | Malian army | patrol | Gao |\n"
    )
    assert not any(m.code == "181" for m in _rows(events, text))


def test_a_tracker_whose_title_names_no_act_tells_nothing_of_a_bare_row(events: Events) -> None:
    text = "Watch list, 2025.\n" + KIDNAPS.split("\n", 1)[1]
    assert not any(m.code == "181" for m in _rows(events, text))


def test_an_outcome_column_tells_the_acts_not_the_caption(events: Events) -> None:
    text = (
        "Piracy, kidnappings at sea and naval responses\n"
        "| Date | Place | Attackers | Outcome | Source |\n"
        "|---|---|---|---|---|\n"
        "| 2025-02 | off Lomé | eight gunmen | boarding repelled | navy |\n"
    )
    assert not any(m.code == "181" for m in _rows(events, text))


EXTRADITIONS = """Table 2. Extradition requests and asylum decisions
| Date | Host state (agency) | Person | Measure by the host state | Home state | Response |
|---|---|---|---|---|---|
| 2025-03-01 | Norway (Immigration Directorate) | Eritrean editor | Granted asylum | Eritrea | - |
|2025-05|Spain (National Police)|Egyptian blogger|Detained|Egypt|Court refused extradition|
| 2025-09-09 | Greece (Hellenic Police) | Iranian banker | Arrested | Iran | Extradited to Tehran |
"""


def test_an_extradition_tracker_is_read_from_host_and_home_columns(events: Events) -> None:
    keys = _keys(_rows(events, EXTRADITIONS))
    # the host state acts through its agency, a body the roles do not know is its GOV
    assert ("075", "NORGOV", "ERI") in keys
    assert ("173", "ESPCOP", "EGY") in keys
    # the refusal and the handover are aimed at the requesting (home) state
    assert any(c == "1243" and a[:3] == "ESP" and t and t[:3] == "EGY" for c, a, t in keys)
    assert any(c == "063" and a[:3] == "GRC" and t and t[:3] == "IRN" for c, a, t in keys)


def test_an_agency_column_of_its_own_names_no_government(events: Events) -> None:
    text = (
        "| Date | Agency | Act | Place |\n"
        "|---|---|---|---|\n"
        "| 2025-03-01 | Immigration Directorate | granted asylum | Oslo |\n"
    )
    assert not any(m.code == "075" for m in _rows(events, text))
