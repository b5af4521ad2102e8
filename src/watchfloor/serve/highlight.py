"""Where, in a mention's sentence, its actors, trigger, figure, claimant and date stand,
so the dashboard can mark them.

The event record keeps the text of each actor, figure, claimant and date, so those are
found by searching the sentence. It does not keep its trigger: the trigger is taken to
be the first word of the sentence, outside the other marks, that begins one of the
trigger patterns of the mention's CAMEO code in the packaged pattern file (read as
data; nothing of the extractor runs here).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from watchfloor.models import Mention

_PATTERNS = Path(__file__).resolve().parents[1] / "extract" / "data" / "event_patterns.tsv"
_INFLECTIONS = ("", "s", "es", "ed", "d", "ing")


@dataclass(frozen=True, slots=True)
class Mark:
    """``kind`` is actor1, actor2, trigger, figure, source or date; offsets are in the
    sentence, end exclusive."""

    start: int
    end: int
    kind: str

    def to_record(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class TriggerWords:
    """CAMEO code -> the words its trigger patterns begin with (inflected)."""

    by_code: dict[str, frozenset[str]]

    @classmethod
    def load(cls, path: Path = _PATTERNS) -> TriggerWords:
        words: dict[str, set[str]] = defaultdict(set)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            code, trigger = line.split("\t")[:2]
            first = trigger.split()[0] if trigger.split() else ""
            if first.startswith(("@", "~")):
                continue
            for word in first.split("|"):
                stem = word.rstrip("+").lower()
                forms = [stem + end for end in _INFLECTIONS] if word.endswith("+") else [stem]
                words[code].update(f for f in forms if f)
        return cls({code: frozenset(found) for code, found in words.items()})

    def words(self, code: str) -> frozenset[str]:
        return self.by_code.get(code) or frozenset()


def marks(mention: Mention, triggers: TriggerWords) -> list[Mark]:
    """The marks of one mention's sentence, in order, never overlapping."""
    sentence = mention.sentence
    wanted = [
        ("actor1", mention.actor1.text),
        ("actor2", mention.actor2.text if mention.actor2 else ""),
        ("figure", mention.quantity.text if mention.quantity else ""),
        ("source", mention.source.text if mention.source else ""),
        ("date", mention.date.text if mention.date else ""),
    ]
    found: list[Mark] = []
    for kind, text in wanted:
        place = _find(sentence, text, found)
        if place is not None:
            found.append(Mark(place[0], place[1], kind))
    trigger = _trigger(sentence, triggers.words(mention.code), found)
    if trigger is not None:
        found.append(trigger)
    return sorted(found, key=lambda m: m.start)


def _find(sentence: str, text: str, taken: list[Mark]) -> tuple[int, int] | None:
    if not text.strip():
        return None
    for match in re.finditer(re.escape(text.strip()), sentence, flags=re.IGNORECASE):
        if not _overlaps(match.start(), match.end(), taken):
            return match.start(), match.end()
    return None


def _trigger(sentence: str, words: frozenset[str], taken: list[Mark]) -> Mark | None:
    for match in re.finditer(r"[A-Za-z][A-Za-z'-]*", sentence):
        if match.group().lower() in words and not _overlaps(match.start(), match.end(), taken):
            return Mark(match.start(), match.end(), "trigger")
    return None


def _overlaps(start: int, end: int, taken: list[Mark]) -> bool:
    return any(start < m.end and m.start < end for m in taken)
