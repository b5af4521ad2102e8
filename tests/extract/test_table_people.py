"""Tables of people held abroad (invented tables): a column of people named
by what they were doing ("Hikers", "Tourists", "Nationals") is whom each row's act is
done to, even when every cell opens with a count; in a table of detainees with an act
column, the state's later arrests and releases are aimed at the detainees."""

from datetime import date

from watchfloor.models import Mention

from .conftest import Events


def _rows(events: Events, text: str) -> list[Mention]:
    return [m for m in events(text, date(2026, 11, 1)) if m.sentence.startswith("|")]


def _keys(mentions: list[Mention]) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None) for m in mentions}


HIKERS = """Foreign walkers held near closed border zones this year.

| Date | Place | Hikers | Detaining authority | What happened |
|---|---|---|---|---|
| 4 May | Sarpi (Georgia) | 3 Belgian hikers | Georgian Border Police | Detained; released |
| 9 Jun | Meghri (Armenia) | 2 Armenian hikers | Armenian police | Detained overnight |
"""


def test_a_column_of_counted_hikers_is_whom_the_row_acts_on(events: Events) -> None:
    keys = _keys(_rows(events, HIKERS))
    # "3 Belgian hikers" opens with a count, yet names the people held: no figure
    assert ("173", "GEOCOP", "BEL") in keys
    assert ("0841", "GEOCOP", "BEL") in keys
    assert ("173", "GEOCOP", None) not in keys


def test_home_hikers_are_no_foreign_target(events: Events) -> None:
    # the near miss: a state's police holding its own walkers aim at no other state
    rows = [m for m in _rows(events, HIKERS) if m.actor1.code == "ARMCOP"]
    assert not any(m.actor2 and m.actor2.country not in ("ARM",) for m in rows)


TOURISTS = """Incidents involving visitors from abroad, compiled from embassy notices.

| Date | Place | Tourists | What the host authorities did | Outcome |
|---|---|---|---|---|
| 2 Aug | Lisbon, Portugal | 2 Irish nationals | Arrested by the Lisbon police after a fight | - |
| 5 Sep | Porto, Portugal | 4 Portuguese nationals | Arrested by the Porto police | - |
"""


def test_an_act_cell_written_as_a_clause_is_aimed_at_the_row_s_people(events: Events) -> None:
    keys = _keys(_rows(events, TOURISTS))
    assert ("173", "PRTCOP", "IRL") in keys
    # the host's own nationals are no foreign target
    assert not any(k[0] == "173" and k[2] not in (None, "IRL") for k in keys)


DETAINEES = """Hunger strikes in immigration detention, 2026.

| Start | Facility | Detainees | Action | State response |
|---|---|---|---|---|
| 3 Mar | Kakuma, Kenya | 50 Somali detainees | Hunger strike | Kenyan police released 20 women |
"""


def test_a_release_in_a_detainee_table_is_of_the_detainees(events: Events) -> None:
    keys = _keys(_rows(events, DETAINEES))
    assert ("0841", "KENCOP", "SOM") in keys
    assert ("0841", "KENCOP", None) not in keys
