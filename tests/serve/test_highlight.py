"""Marks in a mention's sentence (serve/highlight.py)."""

from __future__ import annotations

import itertools

from watchfloor.models import Actor, Certainty, EventDate, Mention, Quantity
from watchfloor.serve.highlight import TriggerWords, marks

SENTENCE = (
    "North Korea has sent about 1,500 troops to Russia, South Korea's National "
    "Intelligence Service said on Friday."
)


def mention(sentence: str = SENTENCE, code: str = "072") -> Mention:
    return Mention(
        doc="d", sentence=sentence, span=(0, len(sentence)), code=code, goldstein=8.3,
        actor1=Actor("PRK", "North Korea"), actor2=Actor("RUS", "Russia"),
        certainty=Certainty.REPORTED, date=EventDate("2024-10-18", "on Friday"),
        quantity=Quantity(1500, 1500, 1500, "troops", True, "about 1,500"),
        source=Actor("KORSPY", "South Korea's National Intelligence Service"),
    )  # fmt: skip


def test_every_part_of_the_record_is_marked_where_it_stands() -> None:
    found = {m.kind: SENTENCE[m.start : m.end] for m in marks(mention(), TriggerWords.load())}
    assert found == {
        "actor1": "North Korea", "trigger": "sent", "figure": "about 1,500",
        "actor2": "Russia", "source": "South Korea's National Intelligence Service",
        "date": "on Friday",
    }  # fmt: skip


def test_marks_never_overlap_and_come_in_order() -> None:
    # "Korea" of the claimant must not be taken for actor1 a second time
    found = marks(mention(), TriggerWords.load())
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_a_code_with_no_known_trigger_word_marks_no_trigger() -> None:
    found = marks(mention(code="999"), TriggerWords.load())
    assert "trigger" not in {m.kind for m in found}


def test_inflected_trigger_words_come_from_the_pattern_file() -> None:
    words = TriggerWords.load().words("072")
    assert {"send", "sends", "sent"} & words
