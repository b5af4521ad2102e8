"""Clauses that take the main clause's subject: participial adjuncts (", accusing them
of"), "where he ..." clauses, verbs coordinated after "and". Invented sentences."""

from watchfloor.extract.adjuncts import (
    apposed_subject,
    participial_adjunct,
    scene_clause,
    verb_list_end,
)
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import tokenize

from .conftest import Events, briefs


def _roots(found: set[tuple[str, str, str | None]]) -> set[tuple[str, str, str | None]]:
    return {(c[:2], a1, a2) for c, a1, a2 in found}


def test_a_participle_after_a_comma_takes_the_main_subject(events: Events) -> None:
    text = "Estonia expelled two Belarusian diplomats on Friday, accusing them of spying."
    found = _roots(briefs(events, text))
    assert ("11", "EST", "BLR") in found
    assert ("11", "BLR", "EST") not in found


def test_the_object_of_the_main_verb_is_not_the_accuser(events: Events) -> None:
    text = "Israel struck targets in southern Lebanon overnight, accusing Hezbollah of firing."
    found = _roots(briefs(events, text))
    assert ("11", "ISR", "LBN") in found
    assert not any(c == "11" and a1 == "LBN" for c, a1, _ in found)


def test_a_warning_in_a_participle_is_the_main_subject_s_threat(events: Events) -> None:
    text = "Azerbaijan closed its border with Armenia, warning that Yerevan would pay a price."
    assert ("13", "AZE", "ARM") in _roots(briefs(events, text))


def test_a_warning_after_and_is_the_first_verb_s_subject_s(events: Events) -> None:
    text = (
        "Egypt summoned the Ethiopian ambassador and warned that Addis Ababa would bear "
        "the consequences."
    )
    found = _roots(briefs(events, text))
    assert ("13", "EGY", "ETH") in found
    assert not any(c == "13" and a1 == "ETH" for c, a1, _ in found)


def test_a_participle_with_no_known_main_subject_makes_no_actor_of_the_object(
    events: Events,
) -> None:
    # "gunmen" name no state: the army base attacked is not who kills
    text = "Gunmen attacked a Nigerian army base in Borno, killing 12 soldiers."
    assert not any(a1 == "NGA" for _, a1, _ in briefs(events, text))


def test_a_where_clause_with_a_pronoun_goes_on_with_the_main_subject(events: Events) -> None:
    text = "The Kenyan president flew to Pretoria, where he signed a trade deal with South Africa."
    found = _roots(briefs(events, text))
    assert ("05", "KEN", "ZAF") in found
    assert ("04", "KEN", "ZAF") in found


def test_a_where_clause_whose_subject_is_unknown_makes_no_event(events: Events) -> None:
    text = "The envoy of the bank travelled to Accra, where he signed a loan deal with Ghana."
    assert not any(a1 == "GHA" for _, a1, _ in briefs(events, text))


def test_a_plural_pronoun_agrees_with_the_plural_phrase(events: Events) -> None:
    text = "Nigeria arrested four Chadian soldiers near the border and accused them of smuggling."
    found = _roots(briefs(events, text))
    assert ("11", "NGA", "TCD") in found


def test_a_list_of_participles_is_no_adjunct(rules: Rules) -> None:
    tokens = tokenize("Rebels were accused of looting, burning and killing in the town.")
    burning = next(i for i, t in enumerate(tokens) if t.key == "burning")
    assert participial_adjunct(rules, tokens, burning) is None


def test_a_preposition_in_ing_opens_no_adjunct(rules: Rules) -> None:
    tokens = tokenize("Ministers met in Rome, including the Turkish envoy.")
    including = next(i for i, t in enumerate(tokens) if t.key == "including")
    assert participial_adjunct(rules, tokens, including) is None


def test_an_adverb_may_stand_between_the_comma_and_the_participle(rules: Rules) -> None:
    tokens = tokenize("Chile recalled its envoy, also accusing Peru of interference.")
    accusing = next(i for i, t in enumerate(tokens) if t.key == "accusing")
    assert participial_adjunct(rules, tokens, accusing) == 4


def test_a_when_clause_with_a_pronoun_subject_is_a_scene_clause(rules: Rules) -> None:
    tokens = tokenize("The minister landed in Lima, when she met the president.")
    met = next(i for i, t in enumerate(tokens) if t.key == "met")
    assert scene_clause(rules, tokens, met) == met - 2
    assert scene_clause(rules, tokenize("Troops went where the fighting was."), 3) is None


def test_an_infinitive_after_a_causing_verb_is_its_object_s_act(events: Events) -> None:
    text = (
        "Sudanese jets bombed a market in Chad's east, prompting N'Djamena to summon "
        "Sudan's ambassador."
    )
    found = _roots(briefs(events, text))
    assert ("11", "TCD", "SDN") in found


def test_a_forced_recall_is_the_object_s_act(events: Events) -> None:
    found = _roots(briefs(events, "The shelling forced Georgia to recall its envoy from Moscow."))
    assert ("16", "GEO", "RUS") in found


def test_an_infinitive_of_purpose_is_still_no_act_of_its_own(events: Events) -> None:
    # no actor between "sent" and "to": the training is what the troops are for
    found = briefs(events, "Turkey sent troops to train Somali soldiers.")
    assert not any(a1 == "SOM" for _, a1, _ in found)


def test_verbs_in_a_list_share_the_object_after_the_last(events: Events) -> None:
    found = briefs(events, "Russia trained, equipped and paid Malian soldiers for years.")
    assert ("062", "RUS", "MLI") in found


def test_a_list_closed_by_a_serial_comma_shares_its_object(events: Events) -> None:
    found = briefs(events, "Iran has funded, trained, and equipped Houthi fighters.")
    assert ("062", "IRN", "YEM") in found


def test_a_verb_list_needs_its_closing_conjunction(rules: Rules) -> None:
    tokens = tokenize("Ghana trained, the report said, Togolese troops.")
    assert verb_list_end(rules, tokens, 2) is None
    listed = tokenize("Ghana trained, armed and paid Togolese troops.")
    assert verb_list_end(rules, listed, 2) == 6  # "Togolese"


def test_the_object_of_a_second_verb_is_not_the_first_verb_s(events: Events) -> None:
    text = "Tokyo condemned the incursion and summoned China's ambassador."
    found = briefs(events, text)
    assert ("114", "JPN", "CHN") in found
    assert not any(c.startswith("11") and c != "114" and a2 == "CHN" for c, _, a2 in found)


def test_a_past_verb_after_a_comma_goes_on_with_the_main_subject(events: Events) -> None:
    text = (
        "Ghana's foreign ministry condemned what it called a violation of Ghana's airspace, "
        "summoned Togo's ambassador in Accra and said Ghana would respond."
    )
    assert ("114", "GHAGOV", "TGOGOV") in {(c, a1, a2) for c, a1, a2 in _full(events, text)}


def test_a_name_before_an_apposition_is_the_subject(events: Events) -> None:
    text = "The Houthis, Iran's allies in Yemen, fired missiles at Israel overnight."
    found = _roots(briefs(events, text))
    assert ("19", "YEM", "ISR") in found
    assert not any(a1 == "IRN" for _, a1, _ in found)


def test_an_apposition_with_a_verb_is_a_clause_not_a_name(rules: Rules) -> None:
    tokens = tokenize("Kenya, which borders Somalia, sent troops.")
    assert apposed_subject(rules, tokens, 5, []) == []


def test_a_relative_chain_before_the_verb_holds_no_subject(events: Events) -> None:
    text = (
        "Norwegian firm Equinor, which runs the field that supplies Polish refineries "
        "through Denmark, urged Russia to respect the pipeline."
    )
    found = _roots(briefs(events, text))
    assert not any(a1 in ("POL", "DNK") for _, a1, _ in found)


def _full(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None) for m in events(text)}


def test_a_participle_after_a_reported_act_is_that_act_s(events: Events) -> None:
    # the ceasefire is violated by who shelled, not by who closed the border
    text = (
        "Azerbaijan closed its border crossings after Armenian troops shelled Lachin, "
        "violating the ceasefire."
    )
    violations = {(c, a1) for c, a1, _ in briefs(events, text) if c == "196"}
    assert violations == {("196", "ARM")}


def test_a_verb_after_a_relative_clause_is_its_antecedent_s(events: Events) -> None:
    text = "Azerbaijan, which Russia accused of downing the plane, summoned the Russian envoy."
    assert ("114", "AZE", "RUS") in briefs(events, text)


def test_a_participle_after_a_where_clause_is_the_main_clause_s(events: Events) -> None:
    text = (
        "Israeli jets struck Rafah, where Hamas fighters ambushed an army patrol last "
        "week, accusing Hamas of hiding weapons."
    )
    found = _roots(briefs(events, text))
    assert ("11", "ISR", "PSE") in found
    assert not any(c == "11" and a1 == "PSE" for c, a1, _ in found)


def test_an_appeal_after_and_goes_on_with_the_speaker(events: Events) -> None:
    text = "Manila said Chinese ships rammed a supply boat and urged Beijing to stop."
    found = briefs(events, text)
    assert any(c.startswith("02") and (a1, a2) == ("PHL", "CHN") for c, a1, a2 in found)
    assert not any(c.startswith("02") and a1 == "CHN" for c, a1, _ in found)


def test_a_material_act_after_and_goes_on_with_the_reported_actor(events: Events) -> None:
    text = "Seoul said Pyongyang fired two missiles and launched drones toward the border."
    assert not any(a1 == "KOR" for _, a1, _ in briefs(events, text))
