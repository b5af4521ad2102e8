"""Whether a date may sit in another act's clause, from the tokens alone: the date
questions the tokens settle make no parse; the rest still go to it."""

import importlib.util
from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.clauses import ClauseWords, may_be_foreign
from watchfloor.extract.parser import MODEL
from watchfloor.extract.text import tokenize
from watchfloor.models import Document

parsed = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None, reason="the nlp extra is not installed"
)
WORDS = ClauseWords(
    saying=frozenset(("said", "says", "told")),
    not_infinitive=frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this")),
    temporal=frozenset(("after", "before", "since", "until", "when", "while", "once")),
)


def _foreign(text: str, trigger: str, when: str) -> bool:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == trigger)
    start = text.index(when)
    return may_be_foreign(tokens, (first, first + 1), (start, start + len(when)), WORDS)


def test_a_date_in_the_triggers_own_clause_is_its_own() -> None:
    assert not _foreign("Estonia expelled two Belarusian diplomats on Tuesday.", "expelled",
                        "on Tuesday")  # fmt: skip
    assert not _foreign("On Tuesday, Peru recalled its envoy to Quito.", "recalled",
                        "On Tuesday")  # fmt: skip
    assert not _foreign("Ghana and Togo held border talks in Lome in March.", "held", "in March")


def test_a_date_in_a_relative_or_participial_clause_may_be_anothers() -> None:
    text = "Chad expelled the envoy weeks after a raid that Sudan staged in April."
    assert _foreign(text, "expelled", "in April")
    assert _foreign("The pact, signed in May, binds Laos to supply power.", "binds", "in May")
    assert _foreign("Fiji hosted the force it sends each June to Tonga.", "hosted", "each June")
    assert _foreign("Oman mediated after Yemen agreed on Friday.", "mediated", "on Friday")
    assert _foreign("Nepal sought a loan to build a dam in 2026.", "sought", "in 2026")
    # a relative clause with no pronoun, on an irregular past
    assert _foreign("Mali retook the town the rebels fled in May.", "retook", "in May")


def test_a_date_before_the_trigger_is_asked_about_only_if_a_clause_opens_before_it() -> None:
    text = "The Finnish navy on Sunday seized a tanker that had left Tallinn."
    assert not _foreign(text, "seized", "on Sunday")  # "that" opens after the date
    text = "Talks that opened in Lusaka in March failed to end the fighting."
    assert _foreign(text, "failed", "in March")
    assert _foreign("After clashes on Friday, Mali closed the border.", "closed", "on Friday")


def test_names_datelines_and_modifiers_open_no_clause() -> None:
    text = "ACCRA, May 2 (Wire) - Ghana expelled the United Arab Emirates envoy on Friday."
    assert not _foreign(text, "expelled", "on Friday")
    assert not _foreign(text, "expelled", "May 2")
    text = "Benin recalled the armoured column of Niger's envoy on Friday."
    assert not _foreign(text, "recalled", "on Friday")
    assert not _foreign("Peru accused Chile of spying on Friday.", "accused", "on Friday")
    text = "Chad expelled Sudanese forces, which had crossed the border before 3 May."
    assert _foreign(text, "expelled", "before 3 May")
    text = "Kenya has already been deploying officers since 2023."
    assert not _foreign(text, "deploying", "since 2023")  # the date's own preposition


def test_a_reporting_clause_between_them_may_hold_the_date() -> None:
    text = "Bolivia closed the border, its minister said on Monday."
    assert _foreign(text, "closed", "on Monday")


@parsed
def test_a_settled_date_makes_no_parse_and_an_open_one_does(extractor: Extractor) -> None:
    assert extractor.parser is not None

    def run(text: str) -> tuple[int, list[str | None]]:
        assert extractor.parser is not None
        before = extractor.parser.sentences
        document = Document(id="t", text=text, published=date(2024, 10, 18))
        mentions = extractor.extract(document).mentions
        dates = [m.date.text if m.date else None for m in mentions]
        return extractor.parser.sentences - before, dates

    count, dates = run("Estonia expelled two Belarusian diplomats on Tuesday.")
    assert count == 0 and dates == ["on Tuesday"]
    count, dates = run(
        "Estonia expelled two Belarusian diplomats weeks after a protest that Minsk staged in June."
    )
    assert count == 1 and dates == [None]  # the protest's date is not the expulsion's
