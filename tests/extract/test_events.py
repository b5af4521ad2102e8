from collections.abc import Callable

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


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


def test_civil_war_dyads_are_kept(events: Events) -> None:
    found = {brief(m) for m in events("Somali troops attacked al-Shabaab fighters near Baidoa.")}
    assert ("190", "SOMMIL", "SOMREB") in found
    two_groups = {brief(m) for m in events("Hamas fighters attacked Islamic Jihad militants.")}
    assert ("190", "PSEREB", "PSEREB") in two_groups


def test_a_state_is_never_its_own_target(events: Events) -> None:
    found = {
        brief(m) for m in events("Ukraine's army said Ukrainian troops attacked Ukrainian units.")
    }
    assert all(target is None for _, _, target in found)


def test_a_date_goes_to_the_act_before_it(events: Events) -> None:
    text = (
        "Kenyan President William Ruto held talks with Ugandan officials in Kampala on "
        "March 3 and was received by Museveni at State House two days later."
    )
    dates = {m.code: m.date.value for m in events(text) if m.date is not None}
    assert dates.get("040") == "2024-03-03"
