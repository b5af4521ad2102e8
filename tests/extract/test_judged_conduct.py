"""Judging acts aim at whose conduct they judge (e-args2): praise, blame, denial or
rejection of "the conduct of the Chinese coast guard" or "the decision of the French
Government" falls on the owner named after "of", past the speaker's own label ("what it
called"); and a list of states after a date with no comma ("On March 3 Kenya and Uganda
signed") is the clause's subject, not the date's prepositional object. Invented
sentences."""

from .conftest import Events, briefs


def test_judged_conduct_aims_at_its_owner(events: Events) -> None:
    cases = [
        ("Japan's foreign ministry criticised the aggressive conduct of the Chinese "
         "coast guard near the islands.", ("111", "JPN", "CHN")),
        ("The Egyptian foreign ministry praised the close cooperation of the Jordanian "
         "authorities in the search.", ("051", "EGY", "JOR")),
        ("Peru rejected the decision of the Chilean government on the fishing quotas.",
         ("120", "PER", "CHL")),
        ("Vietnam's foreign ministry condemned what it called the provocative actions of "
         "the Philippine navy.", ("111", "VNM", "PHL")),
        ("Moscow rejected what it described as the baseless claims of the British side.",
         ("016", "RUS", "GBR")),
    ]  # fmt: skip
    for text, (code, actor1, actor2) in cases:
        found = briefs(events, text)
        assert any(c.startswith(code[:2]) and (a1, a2) == (actor1, actor2)
                   for c, a1, a2 in found), (text, found)  # fmt: skip


def test_a_phrase_of_no_conduct_names_no_target(events: Events) -> None:
    # "the future of" belongs to no doer; demands are no judging act
    found = briefs(events, "Kenya's foreign ministry condemned the future of Somali politics.")
    assert any(c.startswith("11") for c, _, _ in found), found  # the act is read
    assert all(a2 != "SOM" for _, _, a2 in found), found
    found = briefs(events, "Kenya's foreign ministry demanded an end to the policies of "
                           "the past.")  # fmt: skip
    assert all(a2 is None or a2 == "KEN" for _, _, a2 in found), found


def test_the_speakers_own_label_is_no_target(events: Events) -> None:
    found = briefs(events, "Japan's foreign ministry criticised what it called the "
                           "decision.")  # fmt: skip
    assert any(c.startswith("11") for c, _, _ in found), found  # the act is read
    assert all(a2 is None for c, _, a2 in found if c.startswith("11")), found


def test_a_list_after_a_date_without_comma_is_the_subject(events: Events) -> None:
    cases = [
        ("In March Kenya and Uganda signed a trade agreement.", ("057", "KEN", "UGA")),
        ("On March 3 Indonesia and Malaysia agreed to share information on boats.",
         ("0314", "IDN", "MYS")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), (text, briefs(events, text))


def test_a_list_inside_a_prepositional_phrase_stays_a_target(events: Events) -> None:
    found = briefs(events, "Ghana's president held talks in Accra with Togo and Benin.")
    assert not any(a1 in ("TGO", "BEN") for _, a1, _ in found), found


def test_a_blockade_in_protest_against_a_foreign_measure_aims_at_its_state(
    events: Events,
) -> None:
    found = briefs(events, "Hundreds of Polish farmers blocked the border crossing in protest "
                           "against Ukrainian grain imports.")  # fmt: skip
    assert ("144", "POL", "UKR") in found, found


def test_a_blockade_near_a_foreign_border_has_no_target(events: Events) -> None:
    # the border a blockade stands at is its place, not whom it protests
    found = briefs(events, "Kenyan truckers blocked the highway at the Ugandan border on Monday.")
    assert any(c.startswith("14") for c, _, _ in found), found  # the act is read
    assert all(a2 is None for c, _, a2 in found if c.startswith("14")), found
