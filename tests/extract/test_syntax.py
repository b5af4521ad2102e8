"""The syntax layer's reading of a parse, on parses written out by hand."""

from watchfloor.extract.syntax import Parse, Word


def _parse(rows: list[tuple[str, str, str, int]]) -> Parse:
    """Words as (text, tag, dep, head), separated by single spaces."""
    words, at = [], 0
    for text, tag, dep, head in rows:
        words.append(Word(at, at + len(text), text.casefold(), tag, dep, head, ""))
        at += len(text) + 1
    return Parse(words)


# "Korea sent troops to help Russia fight an offensive"
SENT = _parse([
    ("Korea", "NNP", "nsubj", 1), ("sent", "VBD", "ROOT", 1), ("troops", "NNS", "dobj", 1),
    ("to", "TO", "aux", 4), ("help", "VB", "advcl", 1), ("Russia", "NNP", "nsubj", 6),
    ("fight", "VB", "ccomp", 4), ("an", "DT", "det", 8), ("offensive", "NN", "dobj", 6),
])  # fmt: skip


def test_a_complement_of_a_control_verb_has_its_own_subject() -> None:
    control = frozenset(("help", "helps", "helped", "let", "allow"))
    assert SENT.controlled(6, control)
    assert SENT.own_subject(6) == 5
    assert not SENT.controlled(1, control)  # the main verb
    assert not SENT.controlled(6, frozenset())  # only a control verb's complement


def test_words_are_found_by_character_offset() -> None:
    assert SENT.at(0) == 0
    assert SENT.at(SENT.words[6].start + 2) == 6


def test_a_noun_trigger_stands_for_the_verb_it_hangs_on() -> None:
    assert SENT.verb_of(2) == 1  # "troops" → "sent"
    assert SENT.verb_of(6) == 6


def test_subtree_spans_the_words_a_word_governs() -> None:
    assert SENT.subtree(6) == (5, 9)
    assert SENT.subtree(1) == (0, 9)


# "Ukraine lodged a protest with the ambassador"
LODGED = _parse([
    ("Ukraine", "NNP", "nsubj", 1), ("lodged", "VBD", "ROOT", 1), ("a", "DT", "det", 3),
    ("protest", "NN", "dobj", 1), ("with", "IN", "prep", 3), ("the", "DT", "det", 6),
    ("ambassador", "NN", "pobj", 4),
])  # fmt: skip


def test_a_preposition_on_the_object_names_a_target() -> None:
    assert LODGED.prep_objects(1, "with") == [6]
    assert LODGED.prep_objects(1, "to") == []


# "a deployment months after an incursion that Ukraine launched in August"
RELATIVE = _parse([
    ("a", "DT", "det", 1), ("deployment", "NN", "ROOT", 1), ("after", "IN", "prep", 1),
    ("an", "DT", "det", 4), ("incursion", "NN", "pobj", 2), ("that", "WDT", "dobj", 7),
    ("Ukraine", "NNP", "nsubj", 7), ("launched", "VBD", "relcl", 4), ("in", "IN", "prep", 7),
    ("August", "NNP", "pobj", 8),
])  # fmt: skip


def test_a_relative_clause_is_foreign_to_the_act_outside_it() -> None:
    temporal = frozenset(("after", "before", "since", "until", "when", "while", "once"))
    assert RELATIVE.enclosing_clauses(1, temporal) == [(5, 10)]
    assert RELATIVE.enclosing_clauses(7, temporal) == []  # the clause's own verb
    lo, hi = RELATIVE.char_spans([(5, 10)])[0]
    assert (lo, hi) == (RELATIVE.words[5].start, RELATIVE.words[9].end)
