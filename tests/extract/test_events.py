from collections.abc import Callable

import pytest

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]
Brief = tuple[str, str, str | None]


def test_sender_and_recipient(events: Events) -> None:
    found = events("North Korea has sent about 1,500 special forces troops to Russia.")
    assert [brief(m) for m in found] == [("072", "PRK", "RUS")]


def test_passive_with_agent(events: Events) -> None:
    found = events("Eleven thousand soldiers were dispatched by Pyongyang to Russia in October.")
    assert [brief(m) for m in found] == [("072", "PRK", "RUS")]


def test_reduced_relative_passive(events: Events) -> None:
    text = "Seoul criticised the treaty signed in Pyongyang by Vladimir Putin and Kim Jong Un."
    found = {brief(m) for m in events(text)}
    assert ("057", "RUSGOV", "PRKGOV") in found
    # "Seoul criticised" stays active: the "by" phrase belongs to "signed"
    assert {m.actor1.code for m in events(text) if m.code == "111"} == {"KOR"}


def test_coordinated_subjects_each_act(events: Events) -> None:
    text = "Washington, Seoul and Tokyo condemned the missile launch by North Korea."
    found = {brief(m)[:2] for m in events(text)}
    assert found == {("111", "USA"), ("111", "KOR"), ("111", "JPN")}


def test_joint_act_pairs_the_first_named(events: Events) -> None:
    text = "The United States, South Korea and Japan staged a joint air exercise on Wednesday."
    assert {brief(m) for m in events(text)} == {("062", "USA", "KOR"), ("062", "USA", "JPN")}


def test_exchange_of_fire_goes_both_ways_but_against_does_not(events: Events) -> None:
    both = {brief(m) for m in events("Ukrainian troops have fought North Korean soldiers.")}
    assert both == {("190", "UKRMIL", "PRKMIL"), ("190", "PRKMIL", "UKRMIL")}
    one = {brief(m) for m in events("North Korean soldiers fought against Ukraine in Kursk.")}
    assert one == {("190", "PRKMIL", "UKR")}


def test_coordinated_verbs_share_subject_and_target(events: Events) -> None:
    text = (
        "North Korea's defence ministry accused Washington of provocation and warned of "
        "military countermeasures."
    )
    found = {brief(m) for m in events(text)}
    assert found >= {("112", "PRKMIL", "USA"), ("138", "PRKMIL", "USA")}


def test_purpose_infinitive_is_no_second_event(events: Events) -> None:
    found = events("North Korea has sent 10,000 soldiers to train in eastern Russia.")
    assert [m.code for m in found] == ["072"]


def test_noun_inside_a_phrase_reports_nothing(events: Events) -> None:
    text = "Seoul will designate North Korean firms involved in arms transfers."
    assert "072" not in {m.code for m in events(text)}


def test_receiving_turns_the_roles(events: Events) -> None:
    found = events("Russia has received shipments of Iranian ballistic missiles.")
    assert [brief(m) for m in found] == [("072", "IRN", "RUS")]


def test_warning_of_a_future_act_is_a_threat(events: Events) -> None:
    text = "The State Department warned that Washington would impose new sanctions on Iran."
    found = events(text)
    assert [(m.code, m.certainty.value) for m in found] == [("1312", "asserted")]


def test_military_goods_outrank_trade(events: Events) -> None:
    found = events("North Korea shipped 6,700 containers of munitions to Russia.")
    assert [brief(m) for m in found] == [("072", "PRK", "RUS")]
    trade = events("Russia sent 9,000 containers of food to North Korea.")
    assert [brief(m) for m in trade] == [("061", "RUS", "PRK")]


def test_an_actor_inside_a_relative_clause_is_not_the_main_subject(events: Events) -> None:
    text = "Finland, which Norway has long urged to join, will send troops to Estonia."
    assert {m.actor1.country for m in events(text) if m.code.startswith("07")} == {"FIN"}


def test_a_date_between_cue_and_pronoun_keeps_the_subject(events: Events) -> None:
    text = "Armenia said on Friday it had agreed to withdraw its troops from the border."
    assert [m.actor1.country for m in events(text)] == ["ARM"]


def test_aid_money_is_not_the_size_of_a_strike(events: Events) -> None:
    text = (
        "Canada pledged 30 million dollars for Ukraine's power grid, which Russian missile "
        "strikes have battered all winter."
    )
    strikes = [m for m in events(text) if m.code.startswith("19")]
    assert all(m.quantity is None for m in strikes)


# Vocabulary of families the dev set hardly uses: appeals, telephone diplomacy,
# agreements, humanitarian aid, consequence threats and kinetic verbs.
VOCABULARY = [
    (
        "Venezuela called on Guyana and Brazil to withdraw their troops from the border.",
        {("0256", "VEN", "GUY"), ("0256", "VEN", "BRA")},
    ),
    (
        "The UN chief appealed to Sudan's warring parties for a humanitarian ceasefire.",
        {("0256", "IGOUNO", "SDN")},
    ),
    (
        "Greece's prime minister spoke by phone with Turkish President Erdogan on Monday.",
        {("041", "GRCGOV", "TURGOV")},
    ),
    (
        "Kenya's president held a phone call with Ethiopia's prime minister.",
        {("041", "KENGOV", "ETHGOV")},
    ),
    (
        "The Thai and Cambodian army chiefs spoke by hotline after the clash.",
        {("041", "THAMIL", "KHMMIL")},
    ),
    (
        "Chile's foreign minister phoned Argentina's president on Sunday.",
        {("041", "CHLGOV", "ARGGOV")},
    ),
    ("Israel and Syria are due to resume talks in Baku next week.", {("046", "ISR", "SYR")}),
    (
        "Serbia's president proposed a meeting with Croatia's prime minister.",
        {("036", "SRBGOV", "HRVGOV")},
    ),
    ("Poland signed a contract with South Korea for 180 tanks.", {("057", "POL", "KOR")}),
    (
        "Uzbekistan and Tajikistan initialled a border agreement in Dushanbe.",
        {("057", "UZB", "TJK")},
    ),
    ("Iran stands firmly with Iraq's government.", {("051", "IRN", "IRQGOV")}),
    ("Turkey expressed solidarity with Azerbaijan.", {("051", "TUR", "AZE")}),
    (
        "Japan sent 30 tonnes of medicines and tents to Myanmar after the earthquake.",
        {("073", "JPN", "MMR")},
    ),
    ("China extended a $2 billion loan to Sri Lanka.", {("071", "CHN", "LKA")}),
    (
        "The United States approved the sale of 40 F-16 fighter jets to Turkey.",
        {("072", "USA", "TUR")},
    ),
    (
        "Armenian soldiers fired on Azerbaijani positions near Lachin.",
        {("190", "ARMMIL", "AZEMIL")},
    ),
    ("Iranian air defences shot down an Israeli drone over Isfahan.", {("190", "IRN", "ISR")}),
    (
        "Russian warplanes pounded rebel-held towns in Syria's Idlib province.",
        {("195", "RUSMIL", None)},
    ),
    ("Ethiopian artillery pounded Eritrean positions near Badme.", {("194", "ETH", "ERIMIL")}),
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", {("195", "ISRMIL", "LBNREB")}),
    ("Russia struck Ukraine's energy grid overnight.", {("190", "RUS", "UKR")}),
    (
        "Chinese coast guard vessels used water cannon against a Vietnamese fishing boat.",
        {("190", "CHNMIL", "VNM")},
    ),
    (
        "A Chinese ship rammed a Philippine supply boat near Second Thomas Shoal.",
        {("190", "CHN", "PHL")},
    ),
    (
        "Russian forces seized the town of Avdiivka after weeks of fighting with Ukrainian troops.",
        {("190", "RUSMIL", "UKRMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY, ids=[t[:40] for t, _ in VOCABULARY])
def test_vocabulary_of_other_families(events: Events, text: str, expected: set[Brief]) -> None:
    assert {brief(m) for m in events(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Washington struck a deal with Beijing on fentanyl.",
        "Venezuela called on Tuesday.",
        "Civilians in Sudan have paid a heavy price for the war.",
        "Russia said it would pay a heavy price for its mistakes.",
        "Western experts say Russian aircraft based in Russia can reach the same targets.",
    ],
)
def test_lookalikes_of_those_verbs_make_no_event(events: Events, text: str) -> None:
    assert events(text) == []


def test_a_fate_foretold_for_the_target_is_a_threat(events: Events) -> None:
    warned = "Ukraine's defence minister warned Belarus that it would pay a heavy price."
    assert {brief(m) for m in events(warned)} == {("138", "UKRMIL", "BLR")}
    said = (
        "Seoul's defence minister said any North Korean provocation would be met with an "
        "overwhelming response."
    )
    assert {brief(m) for m in events(said)} == {("138", "KORMIL", "PRK")}
    tail = "Any aggression by Baku will be met with a crushing response, Armenia's army said."
    assert {brief(m) for m in events(tail)} == {("138", "ARMMIL", "AZE")}
    listed = "Serbia warned Kosovo and Albania that they would face serious consequences."
    assert {brief(m) for m in events(listed)} == {("130", "SRB", "XKX"), ("130", "SRB", "ALB")}


def test_the_act_named_first_decides_the_appeal(events: Events) -> None:
    text = "Egypt urged Ethiopia to show restraint and to return to talks on the dam."
    assert {brief(m) for m in events(text)} == {("0256", "EGY", "ETH")}
    one_act = "Georgia's government threatened to ban opposition rallies."
    assert [m.code for m in events(one_act)] == ["1321"]


def test_forces_that_its_owns_in_a_claim_are_the_claimants(events: Events) -> None:
    text = (
        "Azerbaijani troops shelled Armenian villages on Monday. Armenia's defence ministry "
        "said its units had returned fire near Jermuk."
    )
    assert ("190", "ARMMIL", None) in {brief(m) for m in events(text)}


def test_a_list_ending_in_a_non_actor_still_gives_each_target(events: Events) -> None:
    text = (
        "Kenya calls on the United Nations, the African Union and the regional guarantors to act."
    )
    assert {brief(m) for m in events(text)} == {("020", "KEN", "IGOUNO"), ("020", "KEN", "IGOAFU")}


def test_an_infinitive_with_its_own_subject_is_no_purpose(events: Events) -> None:
    text = (
        "Chile signed a contract with France for 12 helicopters, and Russia is expected to "
        "deliver two air defence batteries to Chile."
    )
    assert {brief(m) for m in events(text)} == {("057", "CHL", "FRA"), ("072", "RUS", "CHL")}


def test_defence_forces_and_posts_are_military(events: Events) -> None:
    text = "Pakistani troops fired on Indian posts in Kashmir."
    assert {brief(m) for m in events(text)} == {("190", "PAKMIL", "INDMIL")}
    text = "Venezuelan soldiers fired on a Guyana Defence Force patrol."
    assert {brief(m) for m in events(text)} == {("190", "VENMIL", "GUYMIL")}
