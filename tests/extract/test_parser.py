"""The trained parser: loaded from site-packages, read into the syntax layer; the rules
backend never loads it."""

import importlib.util

import pytest

from watchfloor.errors import ConfigError
from watchfloor.extract.parser import COMPONENTS, MODEL, load_parser
from watchfloor.extract.syntax import Parse

installed = importlib.util.find_spec(MODEL) is not None
needs_model = pytest.mark.skipif(not installed, reason="the nlp extra is not installed")


def test_the_rules_backend_loads_no_parser() -> None:
    assert load_parser("rules") is None


@needs_model
def test_the_parser_reads_subjects_objects_and_offsets() -> None:
    parser = load_parser("parser")
    assert parser is not None
    text = "North Korea sent troops to help Russia fight a Ukrainian offensive."
    parse = parser.parse(text, 100)
    fight = next(i for i, w in enumerate(parse.words) if w.key == "fight")
    assert parse.words[fight].start == 100 + text.index("fight")
    assert parse.controlled(fight)
    assert parse.words[parse.own_subject(fight)].key == "russia"


@pytest.mark.skipif(installed, reason="the nlp extra is installed")
def test_the_parser_backend_without_the_model_says_what_to_install() -> None:
    with pytest.raises(ConfigError, match=r"watchfloor\[nlp\]"):
        load_parser("parser")


@needs_model
def test_only_the_named_components_run() -> None:
    parser = load_parser("parser")
    assert parser is not None
    assert parser.components == COMPONENTS


@needs_model
def test_a_batch_parses_as_one_sentence_at_a_time() -> None:
    parser = load_parser("parser")
    assert parser is not None
    sentences = [
        ("Chile recalled its ambassador from Lima after a row over fishing rights.", 0),
        ("The accord, signed in Tashkent in April, obliges Uzbekistan to supply gas.", 74),
        ("Norway condemned the exercise.", 150),
    ]
    before = parser.sentences
    batch = parser.parse_many(sentences)
    single = [parser.parse(text, offset) for text, offset in sentences]
    assert parser.sentences == before + 6
    assert [_words(p) for p in batch] == [_words(p) for p in single]
    assert batch[1].words[0].start == 74  # each at its own offset


def _words(parse: Parse) -> list[tuple[int, int, str, str, str, int]]:
    return [(w.start, w.end, w.key, w.tag, w.dep, w.head) for w in parse.words]


@needs_model
def test_a_comma_glued_after_a_figure_or_before_a_quote_is_a_word_apart() -> None:
    parser = load_parser("parser")
    assert parser is not None
    text = 'Troops must leave by June 30,officials said,"or face force," in 2,500 words.'
    keys = [w.key for w in parser.parse(text, 7).words]
    assert keys[:9] == ["troops", "must", "leave", "by", "june", "30", ",", "officials", "said"]
    assert keys[9:12] == [",", '"', "or"]
    assert "2,500" in keys  # a thousands separator stays inside its figure
    for w in parser.parse(text, 7).words:
        assert text[w.start - 7 : w.end - 7].casefold() == w.key


@needs_model
def test_a_lone_surrogate_keeps_the_offsets_of_parse_and_entities() -> None:
    parser = load_parser("parser")
    assert parser is not None
    text = "Ukraine's North \ud800 said Kenya's President William Ruto met him."
    parse = parser.parse(text, 10)
    met = next(w for w in parse.words if w.key == "met")
    assert met.start == 10 + text.index("met")
    people = [(s, e) for s, e, label in parser.entities(text, 10) if label == "PERSON"]
    assert all(text[s - 10 : e - 10].strip() for s, e in people)
