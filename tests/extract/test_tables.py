from watchfloor.extract.tables import read_tables

SEED_STYLE = """To illustrate the trends,the following table summarizes the numbers:
Country | Estimated Troops Deployed | Main Activities |
---|---|---|
North Korea | 1,500 | Training,Logistics Support |
Russia | 2,000 | Joint Exercises,Coordination |
Implications for Regional Security
Event | Date | location |
---|---|---|
Troop deployment | october 2023 | North Korea to Russia |
"""


def test_pipe_tables_read_as_rows() -> None:
    tables = read_tables("d1", SEED_STYLE)
    assert len(tables) == 2
    first, second = tables
    assert first.header == ("Country", "Estimated Troops Deployed", "Main Activities")
    assert first.rows == (
        ("North Korea", "1,500", "Training,Logistics Support"),
        ("Russia", "2,000", "Joint Exercises,Coordination"),
    )
    assert first.as_dicts()[0]["Estimated Troops Deployed"] == "1,500"
    assert second.rows == (("Troop deployment", "october 2023", "North Korea to Russia"),)
    assert SEED_STYLE[first.span[0] : first.span[1]].startswith("Country |")


def test_short_rows_are_padded_and_lone_pipes_ignored() -> None:
    tables = read_tables("d2", "a | b | c\n---|---|---\nx | y\nplain text | not a table")
    assert tables[0].rows[0] == ("x", "y", "")
    assert read_tables("d3", "one | line only") == ()
