"""A demand or appeal for release with no target named is aimed at the holder (e-args2):
"... detained eleven Honduran fishermen. Honduras demands their immediate release" is
aimed at the state whose forces detained them; with nobody held before, or held by the
demander's own side, the demand has no target. Invented stories."""

from .conftest import Events, briefs


def test_a_release_demand_is_aimed_at_the_holder(events: Events) -> None:
    cases = [
        ("Guatemalan navy patrol boats detained eleven Honduran fishermen off Omoa on "
         "Sunday. Honduras rejects the claim that the fishermen were in Guatemalan waters "
         "and demands their immediate release.", ("1053", "HND", "GTM")),
        ("Eritrean coast guard vessels seized two Yemeni fishing boats and their crews on "
         "Friday. Yemen's foreign ministry demanded the immediate release of the crew and "
         "the return of the boats.", ("1053", "YEM", "ERI")),
    ]  # fmt: skip
    for text, expected in cases:
        found = briefs(events, text)
        assert expected in found, (text, found)


def test_the_latest_holder_of_the_demanders_own_people_is_chosen(events: Events) -> None:
    text = (
        "Sudanese police arrested three Ethiopian traders on Monday. On Tuesday Kenyan "
        "police detained four Somali fishermen. Ethiopia demanded their release."
    )
    found = briefs(events, text)
    assert ("1053", "ETH", "SDN") in found, found


def test_a_release_demand_with_no_holder_told_has_no_target(events: Events) -> None:
    found = briefs(events, "Honduras demands the immediate release of all political prisoners.")
    assert ("1053", "HND", None) in found, found
    # the demander's own police held them: no state is asked
    found = briefs(events, "Honduran police detained eleven fishermen on Sunday. Honduras "
                           "demands their immediate release.")  # fmt: skip
    assert any(c == "1053" for c, _, _ in found), found  # the demand is read
    assert all(a2 is None for c, _, a2 in found if c == "1053"), found
