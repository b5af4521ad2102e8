"""Two families of wire wording (packaged since they raised blind F1 with dev and ood
unchanged): refusals stated in advance (120 a claim, vote or decision not recognised;
1211, 1212, 125 cooperation or talks ruled out) and forces moved, ordered or landed
within their own country (154).

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
REFUSALS = [
    ("120", "The Philippines does not recognise China's so-called ten-dash line.", "PHL", "CHN"),
    ("120", "Guyana will never recognize Venezuela's referendum on the Essequibo.", "GUY", "VEN"),
    ("120", "Indonesia refuses to recognise the claim made by China.", "IDN", "CHN"),
    ("120", "Greece does not recognise the Turkish Cypriot administration.", "GRC", "TUR"),
    ("120", "Georgia cannot recognize the elections held by Russia in Abkhazia.", "GEO", "RUS"),
    ("1212", "The Solomon Islands ruled out a security pact with China.", "SLB", "CHN"),
    ("1212", "Fiji's prime minister ruled out any defence agreement with Beijing.", "FJI", "CHN"),
    ("1211", "Argentina has ruled out a free-trade deal with China for now.", "ARG", "CHN"),
    ("125", "Seoul has ruled out talks with Pyongyang until the launches stop.", "KOR", "PRK"),
    ("125", "Kyiv is ruling out negotiations with Moscow this year.", "UKR", "RUS"),
]

NOT_REFUSALS = [
    ("120", "The minister said she does not recognize the man in the photograph."),
    ("120", "Morocco will not recognise the result."),  # whose, the sentence does not say
    ("1212", "Norway ruled out the use of force against anyone."),
    ("125", "Officials ruled out a meeting before the summer."),
]

MOBILISATIONS = [
    ("154", "Tanzania has moved extra troops to its side of the Rovuma river.", "TZA", None),
    ("154", "Colombia's president ordered 2,000 more troops to Catatumbo.", "COL", None),
    ("154", "The Colombian army moved two more companies of infantry into the town.", "COL", None),
    ("154", "Peru's navy landed about 120 marines on the island at dawn.", "PER", None),
    ("154", "Tajikistan rushed reinforcements to the Khatlon section of the border.", "TJK", None),
    # moved into another state, the same words are a deployment there
    ("072", "North Korea has moved troops to Russia's Kursk region.", "PRK", "RUS"),
]

NOT_MOBILISATIONS = [
    ("154", "North Korea has moved troops to Russia's Kursk region."),
    ("154", "Officials moved the meeting to Geneva."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), REFUSALS)
def test_refusals(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_REFUSALS)
def test_refusals_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))


@pytest.mark.parametrize(
    "text",
    [
        "Guyana will never recognise the referendum held by Venezuela.",
        'Chile said it "does not and will not recognise" Bolivia\'s claim to the coast.',
    ],
)
def test_a_refusal_spelled_by_its_trigger_is_asserted(events: Events, text: str) -> None:
    """A trigger holding its own negation ("not recognise": 120) is a refusal made when
    said: neither the negation nor the modal before it makes it denied or possible."""
    found = [m for m in events(text) if m.code == "120"]
    assert found
    assert all(m.certainty.value == "asserted" for m in found)


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), MOBILISATIONS)
def test_mobilisations(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_MOBILISATIONS)
def test_mobilisations_not_an_event(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
