"""Sentence splitting with exact character spans into the document body.

Lines are hard boundaries (headlines, list items and transcript turns carry no final
stop). Inside a line a sentence ends at . ! or ? followed by a space and a capital,
a quote or a digit, or glued to the next word ("tensions.The", "midnight.turkish", as
content farms print it),
unless the stop ends a known abbreviation ("Lt.", "No.", "Oct.") or an initial."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from watchfloor.models import Sentence

# Content farms glue sentences ("Council.the group"): a stop glued to a capital, or to
# a word that commonly starts a sentence, ends one too.
# A stop glued to any lower-case word ends one as well ("midnight.turkish jets") when a
# word of three letters stands before it: "e.g.", "a.m." and "U.S." stay whole, and
# so do web addresses ("reuters.com"). A figure glued to a lower-case word ends one
# too ("divided since 1974.will this"): decimals and versions have a digit after the
# stop, a section's letter ("2.a") one letter only. Every branch starts at the stop
# itself, which lets the engine skip straight to the stops (four times faster than a
# look-behind first).
_NO_DOMAIN = r"""(?!(?:com|org|net|gov|int|edu|info|io|co|uk|html?|php|pdf)\b)"""
_END = re.compile(
    r"""[.!?]+["”’')]*(?=\s+["“‘(]?[A-Za-z0-9]|[A-Z][a-z]"""
    r"""|(?:the|this|these|their|thier|it|its|in|on|as|at|he|she|they|we|but|and)\b)"""
    r"""|[.!?](?:(?<=[A-Za-z]{3}[.!?])|(?<=[A-Za-z]{2}["”’')][.!?]))[.!?]*["”’')]*"""
    r"""(?=[a-z])""" + _NO_DOMAIN + r"""|[.!?](?<=\d\d[.!?])[.!?]*(?=[a-z]{2})""" + _NO_DOMAIN
)
# the segment's last word, whole: looked for in its last few characters only
_LAST_WORD = re.compile(r"""(?<![A-Za-z.])([A-Za-z][A-Za-z.]*)[.!?]+["”’')]*$""")
_TAIL = 40
_RULE_LINE = re.compile(r"\|?\s*:?-{3,}:?\s*(\|.*)?")
_INITIALS = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")  # "u", "u.s"


# No news sentence is this long; text without stops (a transcript, a dump) is cut at a
# space before it, so the work on each sentence stays bounded and a document's time
# grows with its length, not with its square.
MAX_SENTENCE_CHARS = 1500


def split_sentences(body: str, abbreviations: frozenset[str]) -> tuple[Sentence, ...]:
    """Sentences of ``body``; ``abbreviations`` are lower-case words without the stop."""
    sentences: list[Sentence] = []
    for start, end in _line_spans(body):
        for s, e in _split_line(body, start, end, abbreviations):
            for piece_start, piece_end in _bounded(body, s, e):
                sentences.append(Sentence(len(sentences), piece_start, piece_end,
                                          body[piece_start:piece_end]))  # fmt: skip
    return tuple(sentences)


def _bounded(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``start``..``end`` in pieces of at most MAX_SENTENCE_CHARS, cut at white space
    where there is some."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = body.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield _trim(body, start, cut)
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if start < end:
        yield start, end


def broken_case(sentences: Sequence[Sentence]) -> bool:
    """Whether a document ignores capitals ("the pkk said on thursday ..."), as content
    farms do: several of its sentences begin with a lower-case letter."""
    starts = [_first_letter(s.text) for s in sentences]
    lower = sum(1 for c in starts if c.islower())
    return lower >= 2 and lower * 5 >= len([c for c in starts if c])


def _first_letter(text: str) -> str:
    return next((c for c in text if c.isalpha()), "")


def is_table_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.count("|") >= 2 or bool(_RULE_LINE.fullmatch(stripped))


def table_line_flags(lines: list[str]) -> list[bool]:
    """Which lines belong to pipe tables: lines with two pipes or a rule, and lines with
    one pipe that continue such a block (a short row), in a block that looks like a
    table: it has a rule line, or two rows that start with a pipe. A lone line with
    pipes ("Tags: war | Russia | talks") is text."""
    flags: list[bool] = []
    for line in lines:
        continues = bool(flags and flags[-1] and "|" in line)
        flags.append(is_table_line(line) or continues)
    start = 0
    while start < len(flags):
        if not flags[start]:
            start += 1
            continue
        end = start
        while end < len(flags) and flags[end]:
            end += 1
        if not _looks_like_table(lines[start:end]):
            flags[start:end] = [False] * (end - start)
        start = end
    return flags


def _looks_like_table(block: list[str]) -> bool:
    stripped = [line.strip() for line in block]
    if any(_RULE_LINE.fullmatch(line) for line in stripped):
        return True
    return sum(1 for line in stripped if line.startswith("|")) >= 2


def _line_spans(body: str) -> Iterator[tuple[int, int]]:
    pos = 0
    lines = body.split("\n")
    for line, in_table in zip(lines, table_line_flags(lines), strict=True):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip() or in_table:
            continue
        yield _trim(body, start, end)


def _split_line(
    body: str, start: int, end: int, abbreviations: frozenset[str]
) -> Iterator[tuple[int, int]]:
    seg_start = start
    for match in _END.finditer(body, start, end):
        stop = match.end()
        # only the segment's tail is looked at: a copy of it all would make a line of
        # many initials quadratic
        if _is_abbreviation(body[max(seg_start, stop - _TAIL - 2) : stop], abbreviations):
            continue
        yield _trim(body, seg_start, stop)
        seg_start = stop
        while seg_start < end and body[seg_start].isspace():
            seg_start += 1
    if seg_start < end:
        yield _trim(body, seg_start, end)


def _is_abbreviation(segment: str, abbreviations: frozenset[str]) -> bool:
    match = _LAST_WORD.search(segment, max(0, len(segment) - _TAIL))
    if match is None:
        return False
    word = match.group(1).rstrip(".").casefold()
    if segment[: match.start()].endswith(("'", "’")):
        return False  # "Washington's.the": a possessive, not an initial
    if word in abbreviations:
        return True
    # A single capital before the stop is an initial ("Joe B. Smith"), and a dotted
    # acronym ("U.S.") rarely ends a sentence in news copy.
    return bool(_INITIALS.fullmatch(word))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
