from watchfloor.extract.rules import load_rules
from watchfloor.extract.sentences import (
    MAX_SENTENCE_CHARS,
    broken_case,
    split_sentences,
    table_line_flags,
)
from watchfloor.extract.text import tokenize

ABBREVIATIONS = load_rules().abbreviations


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body, ABBREVIATIONS)]


def test_spans_give_the_sentence_exactly() -> None:
    body = "SEOUL, Oct 18 — North Korea has sent troops.  The agency said so.\nA headline"
    for s in split_sentences(body, ABBREVIATIONS):
        assert body[s.start : s.end] == s.text
    assert texts(body) == [
        "SEOUL, Oct 18 — North Korea has sent troops.",
        "The agency said so.",
        "A headline",
    ]


def test_abbreviations_and_initials_do_not_split() -> None:
    body = (
        "Lt. Gen. Kim met No. 2 officials between Oct. 8 and Oct. 13 in the U.S. capital. "
        "U.S. President Joe B. Smith said the talks went well."
    )
    assert texts(body) == [
        "Lt. Gen. Kim met No. 2 officials between Oct. 8 and Oct. 13 in the U.S. capital.",
        "U.S. President Joe B. Smith said the talks went well.",
    ]


def test_glued_and_lowercase_sentence_starts_split() -> None:
    body = (
        "ties between the two nations amidst tensions.The collaboration grew. "
        "the North Korean regime"
    )
    assert texts(body) == [
        "ties between the two nations amidst tensions.",
        "The collaboration grew.",
        "the North Korean regime",
    ]


def test_quoted_sentence_ends_after_the_quote() -> None:
    body = '"It is manpower," one lawmaker said. "This is new." Officials agreed.'
    assert texts(body) == [
        '"It is manpower," one lawmaker said.',
        '"This is new."',
        "Officials agreed.",
    ]


def test_table_lines_are_not_sentences() -> None:
    body = "Intro line.\nCountry | Troops |\n---|---|\nNorth Korea | 1,500 |\nAfter."
    assert texts(body) == ["Intro line.", "After."]


def test_an_abbreviation_after_a_long_run_of_words_does_not_split() -> None:
    text = (
        "The report, written over many months by a team of analysts from three countries "
        "and reviewed by the committee, was signed by Lt. Gen. Mahmoud Kareem on Monday. "
        "It was published a day later."
    )
    assert len(split_sentences(text, ABBREVIATIONS)) == 2
    long_word = "Supercalifragilisticexpialidociousnessesquipedalianisms"
    assert len(split_sentences(f"He said {long_word}. Then he left.", ABBREVIATIONS)) == 2


def test_stop_glued_to_a_lower_case_word_splits() -> None:
    body = "the shelling went on past midnight.azerbaijani officials denied it, e.g. twice."
    assert texts(body) == [
        "the shelling went on past midnight.",
        "azerbaijani officials denied it, e.g. twice.",
    ]
    assert texts('troops stayed "on alert".a spokesman said so.') == [
        'troops stayed "on alert".',
        "a spokesman said so.",
    ]
    assert texts("Read more at apnews.com today.") == ["Read more at apnews.com today."]


def test_possessive_before_a_glued_stop_is_no_initial() -> None:
    assert texts("It was Ankara's.the talks failed.") == ["It was Ankara's.", "the talks failed."]


def test_broken_case_is_decided_per_document() -> None:
    farm = split_sentences("the army struck.iraq protested. the pkk replied.", ABBREVIATIONS)
    wire = split_sentences("The army struck. Iraq protested. The PKK replied.", ABBREVIATIONS)
    assert broken_case(farm) and not broken_case(wire)


def test_text_without_stops_is_cut_into_bounded_sentences_at_spaces() -> None:
    body = "troops russia korea sent army " * 2000  # 60,000 characters, no stop
    sentences = split_sentences(body, frozenset())
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in sentences)
    assert " ".join(s.text for s in sentences) == body.strip()  # nothing lost


def test_a_word_longer_than_a_sentence_is_cut_anyway() -> None:
    body = "x" * (3 * MAX_SENTENCE_CHARS + 7)
    sentences = split_sentences(body, frozenset())
    assert "".join(s.text for s in sentences) == body
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)


def test_a_line_with_pipes_is_text_unless_its_block_looks_like_a_table() -> None:
    tagged = "Seoul said troops went. | Tags: Korea | Russia"
    assert table_line_flags([tagged]) == [False]
    assert table_line_flags(["| a | b |", "|---|---|", "| 1 | 2 |"]) == [True, True, True]
    assert table_line_flags(["| a | b |", "| 1 | 2 |"]) == [True, True]
    assert table_line_flags(["a | b | c", "d | e | f"]) == [False, False]
    assert table_line_flags(["a | b | c", "---|---|---", "1 | 2 | 3"]) == [True, True, True]


def test_a_figure_glued_to_a_lower_case_word_ends_a_sentence() -> None:
    body = "the border has been closed since 2019.will it open?? nobody knows.officials wait."
    assert texts(body) == [
        "the border has been closed since 2019.",
        "will it open??",
        "nobody knows.",
        "officials wait.",
    ]
    for s in split_sentences(body, ABBREVIATIONS):
        assert body[s.start : s.end] == s.text


def test_decimals_versions_domains_and_section_letters_stay_whole() -> None:
    for text in (
        "Growth was 2.5 percent in the first quarter.",
        "The update 10.4.1 fixed it.",
        "Read the report at data2024.org today.",
        "See clause 12.b of the accord.",
    ):
        assert texts(text) == [text]


def test_a_figure_keeps_its_thousands_not_a_comma_glued_before_another_number() -> None:
    text = "on March 15,2024 some 1,500,000 people or 2.5 percent, 12,34"
    keys = [t.text for t in tokenize(text)]
    assert keys == ["on", "March", "15", ",", "2024", "some", "1,500,000", "people", "or",
                    "2.5", "percent", ",", "12", ",", "34"]  # fmt: skip
