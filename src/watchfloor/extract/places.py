"""Places where something happened: gazetteer names after a locative word.

"in Russia's Kursk region", "to Vladivostok", "over the Sea of Japan". A country name
counts as a place only after "in"/"inside"/"into"/"across" (elsewhere it is an actor);
the most specific place wins (city, region or sea before country)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from watchfloor.extract.lexicon import words
from watchfloor.extract.text import Token, phrase_keys
from watchfloor.taxonomy import Gazetteer, GazetteerEntry

LOCATIVE = words(
    "in at near to into over off from around across outside inside toward towards along "
    "within throughout via through"
)
_COUNTRY_LOCATIVE = words("in inside into across within throughout around off near")
# "the southern island of Jeju", "the port of Chabahar", "Russia's Kursk region"
_SKIPPABLE = words(
    "the a an of 's northern southern eastern western central north south east west port "
    "city town village island region province area border station capital district county "
    "base outskirts coast waters"
)
_HEADS = words("port city town village island region province area capital district county base")
# a name's own administrative word belongs to it: "in Herat province", "Bolivar state"
_ADMIN = words("province region district state governorate oblast county prefecture")
_ATTACKS = words("strike strikes attack attacks raid raids assault bombing shelling")
SPECIFICITY = {"city": 3, "region": 3, "sea": 3, "area": 3, "country": 1}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    first: int  # token indexes, last exclusive
    last: int
    start: int
    end: int
    text: str
    entry: GazetteerEntry
    origin: bool = False  # "from X": where something came from, not where it happened
    destination: bool = False  # "to X" for a country: only a visit happens there

    @property
    def specificity(self) -> int:
        return SPECIFICITY.get(self.entry.kind, 2) - (2 if self.origin else 0)


class PlaceMatcher:
    """Longest gazetteer names in a token sequence. Built once from the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for name in gazetteer.names():
            keys = tuple(_plain(k) for k in phrase_keys(name))
            if keys:
                index[keys[0]].append(keys)
        for bucket in index.values():
            bucket.sort(key=len, reverse=True)
        self._index = dict(index)

    def find(
        self, tokens: Sequence[Token], body: str, prefer: frozenset[str] = frozenset()
    ) -> list[PlaceMention]:
        """Places that stand after a locative word (skipping "the", "Russia's"...); a name
        several cities share is the one in a ``prefer`` country, if any."""
        found: list[PlaceMention] = []
        keys = tuple(_plain(t.key) for t in tokens)
        # a place counts only a few words after a locative word: look nowhere else
        near = {j for i, k in enumerate(keys) if k in LOCATIVE for j in range(i + 1, i + 6)}
        i = 0
        while i < len(tokens):
            if i not in near:
                i += 1
                continue
            mention = self._match_at(tokens, keys, i, body, prefer)
            if mention is None:
                i += 1
                continue
            locative = _locative_before(tokens, i, mention.entry.kind)
            possessive = mention.last < len(tokens) and tokens[mention.last].key == "'s"
            if locative is not None and not (possessive and mention.entry.kind == "country"):
                found.append(
                    replace(
                        mention,
                        origin=locative == "from",
                        destination=locative == "to" and mention.entry.kind == "country",
                    )
                )
            i = mention.last
        return found

    def _match_at(
        self,
        tokens: Sequence[Token],
        sentence_keys: tuple[str, ...],
        i: int,
        body: str,
        prefer: frozenset[str],
    ) -> PlaceMention | None:
        for keys in self._index.get(sentence_keys[i], ()):
            n = len(keys)
            if sentence_keys[i : i + n] != keys:
                continue
            window = tokens[i : i + n]
            if not (window[0].is_capitalised or _lowercase_ok(tokens, i)):
                continue
            entry = self._gazetteer.lookup(" ".join(t.text for t in window), prefer)
            if entry is None:
                continue
            if i + n < len(tokens) and entry.kind != "country" and tokens[i + n].key in _ADMIN:
                window = tokens[i : i + n + 1]
            start, end = window[0].start, window[-1].end
            return PlaceMention(i, i + len(window), start, end, body[start:end], entry)
        return None


def _plain(key: str) -> str:
    """A word without accents: "Bolívar" is written "Bolivar" as often."""
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _locative_before(tokens: Sequence[Token], i: int, kind: str) -> str | None:
    """The locative word governing the name at ``i``, or None. A country after "to" is a
    destination ("fly on to Vietnam"), returned as "to" for visits to use."""
    allowed = _COUNTRY_LOCATIVE | {"to"} if kind == "country" else LOCATIVE
    j = i - 1
    hops = 0
    while j >= 0 and hops < 6:
        key = tokens[j].key
        if key in allowed:
            return key
        if key == "on" and j > 0 and tokens[j - 1].key in _ATTACKS and kind != "country":
            return "on"  # "a strike on Kyiv"
        head_before = j + 1 < i and tokens[j + 1].key in _HEADS
        # one word may describe the head noun: "the saudi city of Jeddah"
        if key not in _SKIPPABLE and not tokens[j].is_capitalised and not head_before:
            return None
        j -= 1
        hops += 1
    return None


def _lowercase_ok(tokens: Sequence[Token], i: int) -> bool:
    """Content-farm copy lowercases names ("struck the city of kharkiv"): accept them
    right after a locative word only."""
    return i > 0 and tokens[i - 1].key in LOCATIVE | {"of"} and len(tokens[i].text) >= 4


def refine(best: PlaceMention | None, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A country refined by a more specific place in it that the sentence names:
    "fired missiles into Ukraine, one of which struck the city of Kharkiv"."""
    if best is None or best.entry.kind != "country":
        return best
    inside = [p for p in places if p.entry.country == best.entry.country and p.specificity > 1]
    return most_specific(inside) or best


def most_specific(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first of the most specific places."""
    if not places:
        return None
    best = max(p.specificity for p in places)
    return next(p for p in places if p.specificity == best)
