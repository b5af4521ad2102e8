"""Date expressions resolved against the publication date, at the precision the text gives.

Absolute dates ("Oct. 8", "19 June 2024", "in October", "since 2019"), ranges ("between
Oct. 8 and Oct. 13": the precision the two ends share), weekdays ("on Friday": the last
one on or before publication, or the next one after it for a future action) and relative
expressions ("three months ago", "earlier this month", "last year", "tomorrow")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from watchfloor.extract.lexicon import words

_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
_MONTHS["sept"] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_M = (
    r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"


# a year may follow its day after a comma with no space ("March 15,2024"), as pasted
# copy prints it
_PATTERN_TEXTS: tuple[tuple[str, str], ...] = (
        ("range_md", r"\bbetween\s+" + _M.format(n="m1") + r"\s+" + _D.format(n="d1")
         + r"\s+and\s+(?:" + _M.format(n="m2") + r"\s+)?" + _D.format(n="d2")
         + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?\b"),
        ("range_dm", r"\bbetween\s+" + _D.format(n="d1") + r"(?:\s+" + _M.format(n="m1")
         + r")?\s+and\s+" + _D.format(n="d2") + r"\s+" + _M.format(n="m2")
         + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?\b"),
        ("mdy", r"\b" + _M.format(n="m") + r"\s+" + _D.format(n="d")
         + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?\b(?!\s*(?:,\s*)?\d{3})"),
        ("dmy", r"\b" + _D.format(n="d") + r"\s+(?:of\s+)?" + _M.format(n="m")
         + r"(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?\b"),
        ("my", r"\b(?:(?P<part>early|mid|late|end of|the end of|beginning of)[\s-]+)?"
         + _M.format(n="m") + r"(?:\s+(?:of\s+)?" + _Y.format(n="y") + r")?\b"),
        ("year", r"\b(?:in|since|by|during|from|until|of|early|late|mid)[\s-]+"
         + _Y.format(n="y") + r"\b"),
        ("weekday", r"\b(?P<rel>last|this|next|on|early|late)?\s*(?P<w>monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b"),
        ("ago", r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve)\s+(?P<unit>day|week|month|year)s?\s+ago"
         r"(?P<same>\s+this\s+(?:week|month))?\b"),
        ("later", r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
         r"(?P<unit>day|week)s?\s+later\b|\b(?P<next>the next day|the following day)\b"),
        ("relative", r"\b(?P<rel>today|tonight|yesterday|tomorrow|this morning|this afternoon|"
         r"this evening|last night|earlier today|earlier this month|later this month|this month|"
         r"last month|next month|earlier this year|this year|last year|next year|this week|"
         r"last week|next week|later this week|earlier this week|the previous day|"
         r"the day before|the same day|the same evening|that day|the same morning|"
         r"by the end of (?:the|this) month|by the end of next month|"
         r"by the end of (?:the|this) year)\b"),
        # days every calendar names: "on Christmas Day 2025", "on New Year's Eve"
        ("holiday", r"\b(?P<h>christmas day|christmas eve|boxing day|new year['’]s day|"
         r"new year['’]s eve)(?:(?:,\s*|\s+)" + _Y.format(n="y") + r")?\b"),
        # "when we met on the 6th": a day of the month the story is in
        ("ordinal", r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|and\b|$))"),
        # "on the third anniversary of the invasion": the invasion's own day, years back
        ("anniversary", r"\b(?P<on>on\s+)?(?:the\s+)?(?P<n>first|second|third|fourth|fifth|"
         r"sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of\b"),
)  # fmt: skip
# Matched on the lower-cased sentence: twice as fast as ignoring case. The case-blind
# set is for the rare text whose length changes when lower-cased ("İ").
_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _PATTERN_TEXTS)
_PATTERNS_ANY_CASE = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _PATTERN_TEXTS
)
# Each pattern matches only where one of its anchor words stands: a look at the sentence's
# words picks the few patterns worth running (most sentences need none or one).
_MONTH_WORDS = words(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept"
    " september oct october nov november dec december"
)
_RELATIVE_WORDS = words(
    "today tonight yesterday tomorrow morning afternoon evening night month year week"
)
_ANCHOR_WORDS: dict[str, tuple[str, ...]] = {
    **{m: ("month",) for m in _MONTH_WORDS},
    **{d: ("weekday",) for d in _WEEKDAYS},
    "ago": ("ago",),
    "later": ("later",),
    "anniversary": ("anniversary",),
    "day": ("relative", "later"),  # "the same day"; "the next day"
    **dict.fromkeys(_RELATIVE_WORDS, ("relative",)),
    "year": ("relative", "holiday"),  # "New Year's Day"
    "christmas": ("holiday",),
    "boxing": ("holiday",),
}
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip
_WORD = re.compile(r"[a-z]+|\d+")
# a comma inside a figure ("3,000 soldiers") parts no clause
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()]")
_FUTURE_WORD = re.compile(r"[\w']+")
_ANCHOR_OF = {
    "range_md": "month", "range_dm": "month", "mdy": "month", "dmy": "month", "my": "month",
    "year": "year", "weekday": "weekday", "ago": "ago", "later": "later",
    "relative": "relative", "anniversary": "anniversary", "ordinal": "ordinal",
    "holiday": "holiday",
}  # fmt: skip
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _anchors(words: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        if not word:
            continue
        if word[0].isdigit():
            if len(word) == 4 and word[:2] in ("19", "20"):
                found.add("year")
            elif word.endswith(_ORDINAL_SUFFIXES):
                found.add("ordinal")  # "6th", as the caller's words keep it
        elif word in _ORDINAL_SUFFIXES:
            found.add("ordinal")  # "6", "th": as the pattern of words splits it
        elif word in _ANCHOR_WORDS:
            found.update(_ANCHOR_WORDS[word])
    return found


_FUTURE_WORDS = frozenset(
    [
        "will",
        "'ll",
        "shall",
        "would",
        "due",
        "expected",
        "scheduled",
        "set",
        "plans",
        "plan",
        "planned",
        "intends",
        "to",
    ]
) - {"to"}
_NARRATIVE = frozenset({"the same day", "the same evening", "that day", "the same morning"})
_MONTH_PREPOSITIONS = words(
    "in of since until by from during through last next this early late mid"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # character offsets into the body
    end: int
    value: str
    text: str
    weak: bool = False  # "since 2019" opens a span: any other date in reach says more


def find_dates(
    text: str,
    offset: int,
    published: date | None,
    future: bool | None = None,
    narrative: date | None = None,
    words: Collection[str] | None = None,
) -> list[DateMention]:
    """Dates in ``text`` (a sentence starting at body ``offset``), left to right.

    A bare weekday or month lies after publication when the words just before it speak
    of the future ("will meet on Thursday"); ``future`` forces that either way.
    ``narrative`` is the day the story last spoke of: "the same day", "two days later"
    count from it. ``words``: the sentence's lower-case words split at hyphens, when the
    caller has them (one scan fewer)."""
    lowered = text.lower()
    anchors = _anchors(_WORD.findall(lowered) if words is None else words)
    if not anchors:
        return []
    patterns, subject = (
        (_PATTERNS, lowered) if len(lowered) == len(text) else (_PATTERNS_ANY_CASE, text)
    )
    matches: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in patterns:
        if _ANCHOR_OF[kind] not in anchors:
            continue
        for match in pattern.finditer(subject):
            if not any(m.start() < match.end() and match.start() < m.end() for _, m in matches):
                matches.append((kind, match))
    found: list[DateMention] = []
    for kind, match in sorted(matches, key=lambda km: km[1].start()):
        ahead = _speaks_of_future(text, match.start()) if future is None else future
        # "in Moscow on Nov. 1 and ... three days later": later than the sentence's own day
        days = [date.fromisoformat(d.value) for d in found if len(d.value) == 10]
        value = _resolve(kind, match, published, ahead, days[-1] if days else narrative)
        if value is None:
            continue
        weak = kind == "year" and match.group().lower().startswith("since")
        phrase = text[match.start() : match.end()].strip()
        # an anniversary dates what follows its "of", not the sentence around it
        start = match.end() - 2 if kind == "anniversary" else match.start()
        found.append(DateMention(offset + start, offset + match.end(), value, phrase, weak))
    return found


def _speaks_of_future(text: str, start: int) -> bool:
    # the whole clause: "will gather some twenty thousand soldiers and roughly three
    # thousand five hundred vehicles for it in March"
    before = _CLAUSE_BREAK.split(text[max(0, start - 160) : start])[-1]
    words = _FUTURE_WORD.findall(before.lower())[-20:]
    return any(w in _FUTURE_WORDS for w in words)


def _resolve(
    kind: str, m: re.Match[str], published: date | None, future: bool, narrative: date | None
) -> str | None:
    if kind in ("range_md", "range_dm"):
        return _range(m, published, future)
    if kind in ("mdy", "dmy"):
        return _day(m, published, future)
    if kind == "holiday":
        month, day = _HOLIDAYS[m.group("h").lower().replace("’", "'")]
        year = int(m.group("y")) if m.group("y") else _year_for(month, day, published, future)
        return None if year is None else _safe_date(year, month, day).isoformat()
    if kind == "my":
        if not (m.group("y") or m.group("part") or _after_preposition(m)):
            return None  # a bare "May" or "March" is far more often a verb
        return _month(m, published, future)
    if kind == "year":
        return m.group("y")
    if published is None:
        return None
    if kind == "weekday":
        return _weekday(m, published, future).isoformat()
    if kind == "ago":
        return _ago(m, published)
    if kind == "later":
        return _later(m, narrative or published)
    if kind == "anniversary":
        return _anniversary(m, published)
    if kind == "ordinal":
        return _day_of_month(int(m.group("d")), published, future)
    rel = m.group("rel").lower()
    if rel in _NARRATIVE and narrative is not None:
        return _relative(rel, narrative)
    return _relative(rel, published)


def _after_preposition(m: re.Match[str]) -> bool:
    before = m.string[: m.start()].split()
    return bool(before) and before[-1].lower() in _MONTH_PREPOSITIONS


def _year_for(month: int, day: int, published: date | None, future: bool) -> int | None:
    if published is None:
        return None
    year = published.year
    candidate = _safe_date(year, month, min(day, 28))
    if future and candidate < published - timedelta(days=31):
        return year + 1
    if not future and candidate > published + timedelta(days=2):
        return year - 1
    return year


def _day(m: re.Match[str], published: date | None, future: bool) -> str | None:
    month = _MONTHS[m.group("m").lower().rstrip(".")]
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    year = int(m.group("y")) if m.group("y") else _year_for(month, day, published, future)
    if year is None:
        return None
    return _safe_date(year, month, day).isoformat()


def _month(m: re.Match[str], published: date | None, future: bool) -> str | None:
    month = _MONTHS[m.group("m").lower().rstrip(".")]
    year = int(m.group("y")) if m.group("y") else _year_for(month, 1, published, future)
    return None if year is None else f"{year:04d}-{month:02d}"


def _range(m: re.Match[str], published: date | None, future: bool) -> str | None:
    m1 = m.group("m1") or m.group("m2")
    m2 = m.group("m2") or m1
    month1, month2 = _MONTHS[m1.lower().rstrip(".")], _MONTHS[m2.lower().rstrip(".")]
    year = int(m.group("y")) if m.group("y") else _year_for(month1, 1, published, future)
    if year is None:
        return None
    if month1 == month2:
        return f"{year:04d}-{month1:02d}"
    return f"{year:04d}"


def _weekday(m: re.Match[str], published: date, future: bool) -> date:
    target = _WEEKDAYS[m.group("w").lower()]
    rel = (m.group("rel") or "").lower()
    if rel == "next" or (future and rel != "last"):
        ahead = (target - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead)
    back = (published.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _day_of_month(day: int, published: date, future: bool) -> str | None:
    """ "on the 6th": that day of the publication month, or of the month before when it
    is yet to come (after it, for a future act)."""
    if not 1 <= day <= 31:
        return None
    this = _safe_date(published.year, published.month, day)
    if future and this < published:
        return _safe_date(*_month_shift(published, 1), day).isoformat()
    if not future and this > published:
        return _safe_date(*_month_shift(published, -1), day).isoformat()
    return this.isoformat()


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _ago(m: re.Match[str], published: date) -> str:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m.group("unit").lower()
    if unit == "day":
        return (published - timedelta(days=n)).isoformat()
    if unit == "week":
        return (published - timedelta(weeks=n)).isoformat()
    if unit == "month":
        return _shift_month(published, -n)
    if m.group("same"):
        # "a year ago this week": the same month, years back
        return f"{published.year - n:04d}-{published.month:02d}"
    return f"{published.year - n:04d}"


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _anniversary(m: re.Match[str], published: date) -> str:
    """ "on the third anniversary of X": X was three years before that very day; other
    wording ("ahead of the third anniversary of X") gives only the year."""
    raw = m.group("n").lower()
    years = _ORDINALS[raw] if raw in _ORDINALS else int(raw[:-2])
    if m.group("on"):
        return _safe_date(published.year - years, published.month, published.day).isoformat()
    return f"{published.year - years:04d}"


def _later(m: re.Match[str], base: date) -> str:
    if m.group("next"):
        return (base + timedelta(days=1)).isoformat()
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    days = n * 7 if m.group("unit").lower() == "week" else n
    return (base + timedelta(days=days)).isoformat()


def _relative(rel: str, published: date) -> str | None:
    days = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "earlier today": 0, "the same day": 0, "the same evening": 0, "that day": 0,
        "the same morning": 0, "yesterday": -1, "last night": -1,
        "the previous day": -1, "the day before": -1, "tomorrow": 1,
    }  # fmt: skip
    if rel in days:
        return (published + timedelta(days=days[rel])).isoformat()
    months = {
        "by the end of the month": 0, "by the end of this month": 0,
        "by the end of next month": 1,
        "earlier this month": 0, "later this month": 0, "this month": 0, "this week": 0,
        "earlier this week": 0, "later this week": 0, "last month": -1, "next month": 1,
    }  # fmt: skip
    if rel in months:
        return _shift_month(published, months[rel])
    if rel in ("last week", "next week"):
        shift = -7 if rel == "last week" else 7
        return (published + timedelta(days=shift)).isoformat()[:7]
    years = {
        "earlier this year": 0, "this year": 0, "last year": -1, "next year": 1,
        "by the end of the year": 0, "by the end of this year": 0,
    }  # fmt: skip
    return f"{published.year + years[rel]:04d}" if rel in years else None


def _shift_month(day: date, months: int) -> str:
    year, month = _month_shift(day, months)
    return f"{year:04d}-{month:02d}"


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
