from watchfloor.extract import Extractor
from watchfloor.extract.text import tokenize


def codes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in extractor.actors.find(tokenize(text), text)]


def test_country_with_role_word(extractor: Extractor) -> None:
    assert codes(extractor, "North Korean troops crossed.") == [("PRKMIL", "North Korean troops")]
    assert codes(extractor, "Russia's defence ministry said") == [
        ("RUSMIL", "Russia's defence ministry")
    ]


def test_country_with_agency_and_leader(extractor: Extractor) -> None:
    found = codes(extractor, "South Korea's National Intelligence Service and Vladimir Putin")
    assert found == [
        ("KORSPY", "South Korea's National Intelligence Service"),
        ("RUSGOV", "Vladimir Putin"),
    ]


def test_role_of_country(extractor: Extractor) -> None:
    text = "the Minister for Foreign Affairs of Japan held a call"
    assert ("JPNGOV", "Minister for Foreign Affairs of Japan") in codes(extractor, text)


def test_title_takes_an_unknown_name(extractor: Extractor) -> None:
    found = codes(extractor, "South Korean Defence Minister Shin Won-sik said")
    assert found == [("KORMIL", "South Korean Defence Minister Shin Won-sik")]


def test_adjectives_share_a_head_noun_but_lists_do_not(extractor: Extractor) -> None:
    assert [c for c, _ in codes(extractor, "Chinese and Russian bombers flew")] == [
        "CHNMIL",
        "RUSMIL",
    ]
    listed = codes(extractor, "sent troops to Russia, South Korea's spy agency said")
    assert ("RUS", "Russia") in listed


def test_a_verb_or_number_ends_a_country_phrase(extractor: Extractor) -> None:
    assert codes(extractor, "Norway ordered 15 officials to leave")[0] == ("NOR", "Norway")
    assert codes(extractor, "drills around Taiwan involving army units")[0] == ("TWN", "Taiwan")


def test_acronyms_need_their_case(extractor: Extractor) -> None:
    assert codes(extractor, "the NIS said") == [("KORSPY", "NIS")]
    assert codes(extractor, "let us go") == []
