"""Counted quantities: "about 1,500 troops", "10,000 to 12,000 soldiers", "some two
thousand personnel", "more than 100 missiles", "up to 3,000", "$2 billion".

A number counts only when a unit word from ``units.tsv`` follows it within a few words
(so years, percentages and ordinals do not), and never when it counts casualties.

Parts make a whole: "20 tanks and 30 armoured vehicles" is 50 vehicles, and a later
definite count that is larger than every part before it ("two bombers linked up with two
Tu-95s before the four aircraft turned", "the minister and two officers ... the three
men") is the total of the force; both are marked ``total``."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from watchfloor.extract.lexicon import words

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}  # fmt: skip
_WORD = "|".join(sorted((re.escape(w) for w in _SMALL), key=len, reverse=True))
_NUM = (
    r"(?:\$\s?)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:hundred|thousand|million|billion|bn|m|k)\b)?"
    rf"|(?:(?:{_WORD})(?:[\s-]+(?:{_WORD}|hundred|thousand|million|and))*"
    r"(?:\s+(?:hundred|thousand|million|billion))*)"
)
_APPROX = (
    r"about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|"
    r"close to|as many as|up to|more than|over|at least|fewer than|less than|a minimum of|"
    r"at most|as few as|an additional|another|a further"
)
_QUANTITY_TEXT = (
    rf"(?<![\w-])(?:(?P<mod>{_APPROX})\s+)?(?:between\s+)?(?P<a>{_NUM})(?![\w-]*\d)"
    rf"(?:\s*(?:to|-|–|and)\s*(?P<b>{_NUM}))?"
)
# Matched on the lower-cased sentence, twice as fast as ignoring case; the case-blind
# form is for the rare text whose length changes when lower-cased.
_QUANTITY = re.compile(_QUANTITY_TEXT)
_QUANTITY_ANY_CASE = re.compile(_QUANTITY_TEXT, re.IGNORECASE)
# A quantity holds a digit or a number word; most sentences have neither, and one look
# for them is far cheaper than the full pattern.
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset(w for phrase in _SMALL for w in phrase.split()) - {"a"}
_PHRASE_BREAK = re.compile(r"[,.;:—–()\"“”]")
_UNIT_WORD = re.compile(r"[\w'’-]+")
_UNIT_STOP = words("of and to in on at were was had have has some about")
_EXTRA = words("more further additional")
_MEMBERS = words("members")
_CASUALTY = re.compile(
    r"\b(?:killed|killing|kills|dead|died|wounded|wounding|injured|injuring|injuries|"
    r"casualties|deaths|martyred|fatalities|victims)\b",
    re.I,
)
_OPEN_LOW = ("more than", "over", "at least", "a minimum of")
# "over" right after these verbs is their particle, not "more than"
_PARTICLE_VERB = re.compile(
    r"\b(?:hand|turn|take|took|pass|sign|give|gave)(?:s|ed|ing|en)?\s+$", re.IGNORECASE
)
_OPEN_HIGH = ("up to", "fewer than", "less than", "at most", "as many as")
# the phrases that bound a count from one side ("more than 10,000", "up to 300")
BOUNDS = (*_OPEN_LOW, *_OPEN_HIGH)
_EXACT_MODS = ("an additional", "another", "a further")
# "the four aircraft", "all three men": a count of things the sentence has already met
_RECAP = re.compile(
    rf"(?<![\w-])(?:all\s+the|all|the|these|those)\s+(?P<n>{_WORD}|\d{{1,3}}(?:,\d{{3}})+|\d+)"
    r"\s+(?P<noun>[a-z][a-z-]+)",
    re.IGNORECASE,
)
# only words of the parts' own noun phrase may stand between two coordinated counts
_JOIN = re.compile(r"^[\w'’ -]{0,60}?\s(?:and|plus)\s+$")
_NOT_NOUN_PHRASE = words("to in on at of for from into with by were was had have has")


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str
    approx: bool
    text: str
    total: bool = False  # the sum of counts before it in the sentence


def find_quantities(
    text: str, offset: int, units: Mapping[str, str], words: Collection[str] | None = None
) -> list[QuantityMention]:
    """Quantities with a unit in ``text`` (a sentence at body ``offset``). ``words``: the
    sentence's lower-case words split at hyphens, when the caller has them."""
    found: list[QuantityMention] = []
    if not _DIGIT.search(text):
        lowered_words = _LETTERS.findall(text.lower()) if words is None else words
        if _NUMBER_WORDS.isdisjoint(lowered_words):
            return found
    lowered = text.lower()
    same = len(lowered) == len(text)
    for match in _QUANTITY.finditer(lowered) if same else _QUANTITY_ANY_CASE.finditer(text):
        unit = _unit_after(text, match.end(), units)
        if unit is None or _counts_casualties(text, match.end()):
            continue
        quantity = _build(match, text, unit, offset)
        if quantity is not None:
            found.append(quantity)
    return _with_recaps(text, offset, _summed(text, offset, found))


def _summed(text: str, offset: int, found: list[QuantityMention]) -> list[QuantityMention]:
    """ "20 tanks and 30 armoured vehicles": coordinated counts of one unit are one force."""
    out: list[QuantityMention] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == q.unit and _coordinated(text, offset, prev, q):
            out[-1] = _sum(text, offset, prev, q)
        else:
            out.append(q)
    return out


def _coordinated(text: str, offset: int, a: QuantityMention, b: QuantityMention) -> bool:
    between = text[a.end - offset : b.start - offset]
    if not _JOIN.match(between):
        return False
    return not any(w.lower() in _NOT_NOUN_PHRASE for w in between.split())


def _sum(text: str, offset: int, a: QuantityMention, b: QuantityMention) -> QuantityMention:
    low = a.low + b.low if a.low is not None and b.low is not None else None
    high = a.high + b.high if a.high is not None and b.high is not None else None
    return QuantityMention(
        a.start, b.end, a.value + b.value, low, high, a.unit, a.approx or b.approx,
        text[a.start - offset : b.end - offset], total=True,
    )  # fmt: skip


def _with_recaps(text: str, offset: int, found: list[QuantityMention]) -> list[QuantityMention]:
    """A definite count larger than every count before it is their total, counting what
    they counted ("the three men" after "two officers")."""
    if not found:
        return found  # a total needs parts
    out = list(found)
    for match in _RECAP.finditer(text):
        start = offset + match.start()
        parts = [q for q in found if q.end <= start]
        value = parse_number(match.group("n"))
        if not parts or value is None or value <= max(q.value for q in parts):
            continue
        if _counts_casualties(text, match.end()):
            continue
        begin = offset + match.start("n")
        same = next((q for q in out if q.start <= begin < q.end), None)
        unit = same.unit if same is not None else parts[-1].unit
        recap = QuantityMention(start, offset + match.end(), value, value, value, unit, False,
                                match.group().strip(), total=True)  # fmt: skip
        out = [q for q in out if q is not same] + [recap]
    return sorted(out, key=lambda q: q.start)


def parse_number(raw: str) -> float | None:
    """ "1,500" -> 1500; "two thousand" -> 2000; "1.5 million" -> 1500000; "$40bn"."""
    words = raw.lower().replace("$", "").replace(",", "").replace("-", " ").split()
    if not words:
        return None
    total, current = 0.0, 0.0
    for word in words:
        if word == "and" or word == "a":
            continue
        if _is_number(word):
            current += float(word)
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALES:
            current = max(current, 1.0) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


def _build(match: re.Match[str], text: str, unit: str, offset: int) -> QuantityMention | None:
    a = parse_number(match.group("a"))
    b = parse_number(match.group("b")) if match.group("b") else None
    if a is None or a == 0:
        return None
    mod = (match.group("mod") or "").lower()
    start = match.start()
    if mod == "over" and _PARTICLE_VERB.search(text, 0, start):
        mod, start = "", match.start("a")  # "handed over two air defence systems"
    low: float | None
    high: float | None
    if b is not None and b > a:
        if b >= 1000 > a and a < 100:
            a *= _scale_of(match.group("b"))  # "10 to 12 thousand"
        low, high, value = a, b, (a + b) / 2
    else:
        low, high, value = a, a, a
    if mod in _OPEN_LOW:
        high = None
    elif mod in _OPEN_HIGH:
        low = None
    approx = bool(mod) and mod not in _EXACT_MODS
    end = match.end()
    return QuantityMention(
        offset + start, offset + end, value, low, high, unit, approx, text[start:end].strip()
    )


def _unit_after(text: str, pos: int, units: Mapping[str, str]) -> str | None:
    window = _PHRASE_BREAK.split(text[pos : pos + 60], maxsplit=1)[0]
    # "six more P-8I maritime patrol aircraft": a model name and its role stand between
    # ("more" and "further" count no place: "two more IRIS-T SLM air defence systems")
    words = [w for w in _UNIT_WORD.findall(window) if w.lower() not in _EXTRA][:5]
    for i, word in enumerate(words):
        unit = units.get(word.lower())
        if unit is not None:
            return unit
        # "4.5 million members of the Bolivarian Militia": the members count the force
        partitive = word.lower() == "of" and i > 0 and words[i - 1].lower() in _MEMBERS
        if partitive:
            continue
        if word.lower() in _UNIT_STOP or word[0].isdigit() or word.lower() in _SMALL:
            break
    if text[:pos].rstrip().endswith(("$",)) or "$" in text[max(0, pos - 20) : pos]:
        return "money"
    return None


def _counts_casualties(text: str, pos: int) -> bool:
    return bool(_CASUALTY.search(text[pos : pos + 40])) or bool(
        _CASUALTY.search(text[max(0, pos - 30) : pos])
    )


def _scale_of(raw: str) -> float:
    for word, scale in _SCALES.items():
        if raw.lower().endswith(word):
            return scale
    return 1.0


def _is_number(word: str) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True
