"""A state's money is no party (e-args7): "fined the owner 250,000 Australian dollars",
"pledged 25 million US dollars" name a sum, not Australia or the United States."""

from .conftest import Events, briefs


def test_a_currency_is_not_the_target(events: Events) -> None:
    cases = [
        "Tuvalu's fisheries ministry fined the owner of a trawler 250,000 Australian "
        "dollars for under-reporting its catch.",
        "Taiwan's president pledged 25 million US dollars to finish a hospital in Manzini.",
        "Kenya's central bank fined the lender 40 million Kenyan shillings on Monday.",
    ]
    for text in cases:
        found = briefs(events, text)
        assert not any(a2 in ("AUS", "USA", "KEN") for _, _, a2 in found), (text, found)


def test_a_state_named_before_another_word_is_still_a_party(events: Events) -> None:
    # the near miss: a nationality before a word that is no currency
    found = briefs(events, "Tuvalu's fisheries ministry fined an Australian company on Monday.")
    assert any(a2 == "AUS" for _, _, a2 in found), found
    found = briefs(events, "Japan pledged 40 million US dollars in aid to Kenya.")
    assert ("033", "JPN", "KEN") in found or any(a2 == "KEN" for _, _, a2 in found), found
