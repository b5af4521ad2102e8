"""Who did what to whom, on invented sentences of each construction the issue lists:
control verbs, coordination, prepositional targets, clauses with their own date. The
parse decides the first; the others hold with or without it."""

from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.actors import ActorMention
from watchfloor.extract.document import finished
from watchfloor.extract.fields import DateQuestion
from watchfloor.extract.parser import load_parser
from watchfloor.extract.roles import foreign_spans, may_name_controlled, may_name_target
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token, tokenize
from watchfloor.models import Document

from .conftest import Events, brief, briefs, parsed


@parsed
def test_the_one_helped_fights_not_the_one_who_sent_help(events: Events) -> None:
    found = briefs(
        events, "Seoul's spy agency said Pyongyang sent troops to help Russia fight a Ukrainian "
        "offensive.",
    )  # fmt: skip
    assert ("190", "RUS", "UKR") in found
    assert not any(c.startswith("19") and a1 in ("PRK", "KOR") for c, a1, _ in found)


def test_two_sides_that_traded_strikes_strike_each_other(events: Events) -> None:
    found = briefs(events, "Armenia and Azerbaijan traded strikes along the border.")
    assert {("190", "ARM", "AZE"), ("190", "AZE", "ARM")} <= found


def test_strikes_launched_on_a_country_are_one_act(events: Events) -> None:
    found = [brief(m) for m in events("Israel launched missile strikes on Syria on Monday.")]
    assert found == [("195", "ISR", "SYR")]


@parsed
def test_a_protest_lodged_with_an_ambassador_targets_the_ambassador(events: Events) -> None:
    found = briefs(events, "Romania lodged a formal protest with the Russian ambassador.")
    assert ("114", "ROU", "RUS") in found


def test_a_joint_act_after_two_named_states_is_theirs(events: Events) -> None:
    text = "Iran and Belarus held talks in Minsk. The two countries signed an agreement on Monday."
    assert ("057", "IRN", "BLR") in briefs(events, text)


@parsed
def test_a_relative_clause_keeps_its_own_date(rules: Rules) -> None:
    parser = load_parser("parser")
    assert parser is not None
    text = "Russia deployed troops months after an incursion that Ukraine launched in August."
    parse = parser.parse(text, 0)
    temporal = rules.class_words("TEMPORAL_OPENER")
    spans = foreign_spans(parse, text.index("deployed"), temporal)
    august = text.index("August")
    assert any(lo <= august < hi for lo, hi in spans)
    assert foreign_spans(parse, text.index("launched"), temporal) == []  # the clause's own act


def test_the_rules_alone_still_extract_without_the_parser(extractor: Extractor) -> None:
    alone = Extractor(extractor.taxonomy, extractor.rules)  # no parser
    document = Document(
        id="t", text="Moldova expelled a Russian diplomat.", published=date(2024, 1, 2)
    )
    found = [
        (c, a1, a2[:3] if a2 else None)
        for c, a1, a2 in map(brief, alone.extract(document).mentions)
    ]
    assert found == [("174", "MDA", "RUS")]


@parsed
def test_dates_asked_at_the_end_of_a_document_are_those_asked_one_by_one(
    extractor: Extractor,
) -> None:
    # extract() leaves a record's date question open until the document's end and parses
    # the sentences it needs in one batch; explain's trace answers each as it comes
    text = (
        "Kazakhstan, which hosted the talks in May, expelled two Georgian diplomats. "
        "Chile recalled its ambassador from Peru after a row over fishing rights. "
        "Norway condemned Russia on Monday over an exercise held near the border in January. "
        "The Moroccan minister, speaking in Rabat on Wednesday, accused Algeria of arming "
        "the rebels."
    )
    document = Document(id="t", text=text, published=date(2024, 10, 18))
    asked: list[DateQuestion | None] = []
    deferred = [m for t in extractor.trace(document, None, asked) for m in t.mentions]
    traces = list(extractor.trace(document))
    immediate = [m for t in traces for m in t.mentions]
    assert len(asked) == len(deferred)
    assert any(q is None for q in asked)  # a record with no date to ask about
    # the rules alone would date two acts by the clauses of others ("hosted ... in May")
    assert [m.date for m in deferred] != [m.date for m in immediate]
    dates = {m.actor1.code[:3]: m.date.text if m.date else None for m in immediate}
    assert dates["KAZ"] is None
    assert dates["NOR"] == "on Monday"
    whole = finished(traces, immediate, extractor.rules, extractor.taxonomy.cameo)
    assert list(extractor.extract(document).mentions) == whole


@parsed
def test_documents_extracted_together_are_extracted_as_one_by_one(
    extractor: Extractor,
) -> None:
    texts = [
        "The accord, signed in Tashkent in April, obliges Uzbekistan to supply gas to "
        "Kyrgyzstan. Kyrgyzstan thanked Uzbekistan on Friday.",
        "Kazakhstan, which hosted the talks in May, expelled two Georgian diplomats.",
        "Norway condemned Russia on Monday over an exercise held near the border in January.",
    ]
    documents = [Document(id=f"d{i}", text=t, published=date(2024, 10, 18)) for i, t in
                 enumerate(texts)]  # fmt: skip
    parsed_before = extractor.parser.sentences if extractor.parser else 0
    together = extractor.extract_all(documents)
    assert extractor.parser is not None and extractor.parser.sentences > parsed_before
    assert together == [extractor.extract(d) for d in documents]


def _mentions(extractor: Extractor, text: str) -> tuple[tuple[Token, ...], list[ActorMention]]:
    tokens = tokenize(text)
    return tokens, extractor.actors.find(tokens, text)


def _at(tokens: tuple[Token, ...], word: str) -> int:
    return next(i for i, t in enumerate(tokens) if t.key == word)


def test_a_target_is_sought_in_the_parse_only_inside_the_prepositions_phrase(
    extractor: Extractor,
) -> None:
    tokens, found = _mentions(extractor, "Romania lodged a protest with the Russian envoy.")
    assert may_name_target(tokens, ("with",), found)
    text = "Romania lodged a protest with some vigour on Monday, after Russia left."
    tokens, found = _mentions(extractor, text)
    assert found and not may_name_target(tokens, ("with",), found)


def test_a_controlled_subject_is_sought_only_between_the_control_verb_and_the_act(
    extractor: Extractor,
) -> None:
    control = extractor.rules.class_words("CONTROL_VERB")
    text = "Iran sent drones to help Russia strike Ukrainian cities."
    tokens, found = _mentions(extractor, text)
    assert may_name_controlled(tokens, _at(tokens, "strike"), found, control)
    tokens, found = _mentions(extractor, "Iran sent drones to help strike Ukrainian cities.")
    assert not may_name_controlled(tokens, _at(tokens, "strike"), found, control)


@parsed
def test_no_parse_is_made_when_no_actor_stands_where_the_parse_would_look(
    extractor: Extractor,
) -> None:
    assert extractor.parser is not None
    before = extractor.parser.sentences
    text = "Peru lodged a protest with some vigour, and Chile answered."
    extractor.extract(Document(id="t", text=text, published=date(2024, 10, 18)))
    assert extractor.parser.sentences == before
    # an actor between "help" and the act: the parse is asked who strikes
    text = "Iran sent drones to help Russia strike Ukrainian cities."
    extractor.extract(Document(id="t", text=text, published=date(2024, 10, 18)))
    assert extractor.parser.sentences == before + 1
    text = "Iran sent drones to help strike Ukrainian cities."
    extractor.extract(Document(id="t", text=text, published=date(2024, 10, 18)))
    assert extractor.parser.sentences == before + 1


@parsed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico condemned the raid, which Ecuadorian police carried out on its embassy.",
         ("111", "MEX", "ECU")),
        ("South Korea protested against the rally, which a Japanese minister addressed.",
         ("114", "KOR", "JPN")),
        ("Ankara denounced the exercise that Greek forces staged near Rhodes.",
         ("111", "TUR", "GRC")),
    ],
)  # fmt: skip
def test_a_reaction_aims_at_the_subject_of_the_relative_clause_on_its_object(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)


@parsed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria deplored the decision of the French government to back the plan.",
         ("111", "DZA", "FRA")),
        ("Pyongyang denounced the reckless provocation of the South Korean navy.",
         ("111", "PRK", "KOR")),
        ("Minsk condemned the policy of Lithuania towards the border.",
         ("111", "BLR", "LTU")),
    ],
)  # fmt: skip
def test_the_of_phrase_of_a_deed_names_its_doer(
    events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in briefs(events, text)
