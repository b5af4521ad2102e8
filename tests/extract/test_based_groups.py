"""Groups named by where they are based (invented sentences): an accusation
of a nameless network placed in another country is aimed at that country's non-state
group; one placed at home, or a named body, is not."""

from .conftest import Events, briefs


def test_an_accused_network_in_a_foreign_capital_is_that_country_s_group(
    events: Events,
) -> None:
    cases = [
        "Senegal's interior minister accused smuggling networks in Banjul of using the "
        "coast as a corridor.",
        "Ghana's police chief accused a trafficking ring run from Lome of recruiting girls.",
    ]
    expected = [("SEN", "GMB"), ("GHA", "TGO")]
    for text, (own, other) in zip(cases, expected, strict=True):
        found = briefs(events, text)
        assert any(c.startswith("112") and a1 == own and a2 == other for c, a1, a2 in found), (
            text, found,
        )  # fmt: skip


def test_a_network_at_home_gets_no_foreign_target(events: Events) -> None:
    found = briefs(
        events,
        "Senegal's interior minister accused smuggling networks in Dakar of using the "
        "coast as a corridor.",
    )
    assert any(c.startswith("112") for c, _, _ in found)
    assert all(a2 is None for c, _, a2 in found if c.startswith("112"))


def test_officials_in_a_capital_stay_the_state_s(events: Events) -> None:
    # the near miss: no nameless group, the named officials are the target as before
    found = briefs(
        events, "Senegal's interior minister accused Gambian officials in Banjul of lying."
    )
    assert ("112", "SEN", "GMB") in found
