"""Tokens with character offsets: the unit every extraction stage matches on."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dotted acronyms ("U.S.", "U.N.") stay whole; a possessive "'s" is its own token so
# "Russia's" matches the phrase "Russia"; hyphenated words stay whole ("Kim Jong-un").
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|\w+(?:[-‐]\w+)*"
    r"|['’]s\b"
    r"|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The form dictionaries are matched on: case-folded, typographic quote plain."""
        return self.text.replace("’", "'").casefold()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (a sentence's start)."""
    return tuple(
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
    )


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A dictionary phrase as the token keys it must match."""
    return tuple(token.key for token in tokenize(phrase))
