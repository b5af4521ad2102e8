"""Tokens with character offsets: the unit every extraction stage matches on."""

from __future__ import annotations

import re
import unicodedata
from typing import final

# Dotted acronyms ("U.S.", "U.N.") stay whole; a possessive "'s" is its own token so
# "Russia's" matches the phrase "Russia"; hyphenated words stay whole ("Kim Jong-un").
# A figure keeps its decimals and its thousands ("2,500"), not a comma glued before
# another number ("March 15,2024", as pasted copy prints it).
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d+(?:\.\d+|,\d{3}(?!\d))*"
    r"|\w+(?:[-‐]\w+)*"
    r"|['’]s\b"
    r"|[^\w\s]"
)


@final
class Token:
    """``key`` is the form dictionaries are matched on: case-folded, typographic quote
    plain; computed once, as every stage reads it. A plain class, and sequences of them
    typed as tuples: compiled (``make compile``), both become direct memory reads."""

    __slots__ = ("end", "key", "start", "text")

    def __init__(self, text: str, start: int, end: int, key: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.key = key

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (a sentence's start)."""
    curly = "’" in text
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        key = word.casefold()
        if not key.isascii():
            key = plain(key)
        if curly:
            key = key.replace("’", "'")
        start, end = m.span()
        tokens.append(Token(word, start + offset, end + offset, key))
    return tuple(tokens)


def plain(key: str) -> str:
    """ "bolívar" as "bolivar": names are written with and without their accents."""
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A dictionary phrase as the token keys it must match."""
    return tuple(token.key for token in tokenize(phrase))
