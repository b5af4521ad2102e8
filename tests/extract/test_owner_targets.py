"""An act on "the <head> of <actor>" falls on that owner: an envoy, an official, a
delegation, visas or assets named by whose they are."""

from .conftest import Events, briefs


def test_a_summoned_envoy_named_by_the_state_after_of(events: Events) -> None:
    cases = [
        ("Peru's foreign ministry summoned the Chargé d'Affaires of the Republic of Chile "
         "on Monday.", ("114", "PER", "CHL")),
        ("Ghana's foreign ministry summoned the Acting High Commissioner of the Federal "
         "Republic of Nigeria on Tuesday.", ("114", "GHA", "NGA")),
        ("Lithuania's foreign ministry summoned the head of the Belarusian diplomatic "
         "mission in Vilnius.", ("114", "LTU", "BLR")),
        ("The Hungarian foreign ministry summoned the head of the EU delegation in "
         "Budapest.", ("114", "HUN", "IGO")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_talks_with_an_official_named_by_the_state_after_of(events: Events) -> None:
    cases = [
        ("Kenya's foreign minister held consultations by telephone on 3 May with his "
         "counterpart of the Federal Government of Ethiopia.", ("04", "KEN", "ETH")),
        ("Mongolia's foreign minister held a telephone conversation with the Deputy "
         "Minister of Foreign Affairs of the Republic of Korea on Friday.",
         ("04", "MNG", "KOR")),
        ("The Jordanian foreign minister held talks with the Secretary of State of the "
         "Holy See in Amman.", ("04", "JOR", "VAT")),
    ]  # fmt: skip
    for text, (root, actor1, actor2) in cases:
        found = briefs(events, text)
        assert any(c.startswith(root) and (a1, a2) == (actor1, actor2) for c, a1, a2 in found), (
            text, found,
        )  # fmt: skip


def test_things_taken_from_an_owner_named_after_of(events: Events) -> None:
    cases = [
        ("The State Department revoked the visas of 22 Guatemalan judges.",
         ("172", "USA", "GTM")),
        ("Canadian officers arrested the crew of a Portuguese trawler off Newfoundland.",
         ("173", "CAN", "PRT")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_a_phrase_owned_by_nobody_named_gives_no_owner(events: Events) -> None:
    # the envoy's state is not told: the summons has no target
    found = briefs(events, "Chile's foreign ministry summoned the head of the mission.")
    assert ("114", "CHL", None) in found


def test_an_owner_of_the_actors_own_side_is_no_target(events: Events) -> None:
    text = "Uruguay's foreign minister summoned the head of the Uruguayan mission in Quito."
    assert all(a2 != "URY" for _, _, a2 in briefs(events, text))


def test_a_lower_case_head_not_standing_for_its_owner_is_no_target(events: Events) -> None:
    # the future of a state and the shelling of its soldiers: no one summoned or met
    text = "Slovenia's foreign minister discussed the future of Bosnia with reporters."
    assert all(a2 != "BIH" for _, _, a2 in briefs(events, text))


def test_a_thing_owned_by_or_belonging_to_an_actor(events: Events) -> None:
    cases = [
        # a craft seized is property confiscated (1711), as the blind notes code it
        ("Eritrean sailors seized a tanker owned by a Saudi company in the Red Sea.",
         ("1711", "ERI", "SAU")),
        ("Russian border guards detained a vessel belonging to a Georgian company.",
         ("171", "RUS", "GEO")),
        ("Turkish coast guards seized a freighter operated by a Syrian shipping firm.",
         ("1711", "TUR", "SYR")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_a_diplomat_named_by_the_post_served_at(events: Events) -> None:
    # the person is named by the state's embassy or consulate they serve at, and the
    # object may stand inside the trigger's gap ("declared ... persona non grata")
    cases = [
        ("Estonia declared a counsellor at the Belarusian embassy in Tallinn persona non "
         "grata on Friday.", ("174", "EST", "BLR")),
        ("Finland has also ordered a counsellor at the Iranian embassy to leave the "
         "country.", ("174", "FIN", "IRN")),
        ("Latvia expelled a second secretary at the Russian embassy on Tuesday.",
         ("174", "LVA", "RUS")),
        ("Ireland's foreign ministry summoned an official of the Cuban consulate in "
         "Dublin.", ("114", "IRL", "CUB")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), (text, briefs(events, text))


def test_staff_at_a_place_that_is_no_post_name_no_owner(events: Events) -> None:
    # "at the Russian border" is where the officers stand, not whose they are
    text = "Latvia expelled two officers at the Russian border on Tuesday."
    assert all(a2 != "RUS" for _, _, a2 in briefs(events, text)), briefs(events, text)
