"""Places where something happened: gazetteer names after a locative word.

"in Russia's Kursk region", "to Vladivostok", "over the Sea of Japan". A country name
counts as a place only after "in"/"inside"/"into"/"across" (elsewhere it is an actor);
the most specific place wins (city, region or sea before country)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from watchfloor.extract.place_names import unknown_place
from watchfloor.extract.place_words import PlaceWords
from watchfloor.extract.text import Token, phrase_keys, plain
from watchfloor.taxonomy import Gazetteer, GazetteerEntry

_ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a name that is a single token
_WORDS = re.compile(
    r"[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*)*"
)  # tokens are its words
SPECIFICITY = {"city": 3, "town": 3, "region": 3, "sea": 3, "area": 3, "country": 1}


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
        # a region of no one country ("Asia", "the Sahel") is broader than any city
        broad = self.entry.kind == "region" and not self.entry.country
        base = SPECIFICITY["country"] if broad else SPECIFICITY.get(self.entry.kind, 2)
        return base - (2 if self.origin else 0)


class PlaceMatcher:
    """Longest gazetteer names in a token sequence. Built once from the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords) -> None:
        self._gazetteer = gazetteer
        self.words = words
        # most names are one word: kept in a set (no tuple each), longer ones by first word
        self._words = frozenset(plain(n) for n in gazetteer.names() if _ONE_WORD.fullmatch(n))
        index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for name in gazetteer.names():
            if _ONE_WORD.fullmatch(name):
                continue
            keys = (
                tuple(plain(k) for k in name.split(" ")) if _WORDS.fullmatch(name)
                else phrase_keys(name)  # token keys: accents already folded
            )  # fmt: skip
            if keys:
                index[keys[0]].append(keys)
        for bucket in index.values():
            bucket.sort(key=len, reverse=True)
        self._index = dict(index)

    def find(
        self,
        tokens: tuple[Token, ...],
        body: str,
        prefer: frozenset[str] = frozenset(),
        nearby: frozenset[str] = frozenset(),
    ) -> list[PlaceMention]:
        """Places that stand after a locative word (skipping "the", "Russia's"...); a name
        several places share is the one in a country the sentence names as a place, or in
        ``prefer``, else in a ``nearby`` one (its actors' countries), if any."""
        found: list[PlaceMention] = []
        keys = tuple(t.key for t in tokens)  # accents folded by the tokenizer
        locative, of_place = self.words.locative, self.words.of_place
        # a place counts only a few words after a locative word: look nowhere else
        near = {
            j for i, k in enumerate(keys)
            if k in locative or k == "against"
            or (k == "of" and i > 0 and keys[i - 1] in of_place)
            for j in range(i + 1, i + 6)
        }  # fmt: skip
        i = 0
        while i < len(tokens):
            if i not in near:
                i += 1
                continue
            mention = self._match_at(tokens, keys, i, body, (prefer, nearby))
            mention = self._apposed(tokens, i, body, mention)
            if mention is None or mention.entry.kind in ("city", "town"):
                # "Ben Gurion airport": a feature named after a person or a town is the
                # feature, though its first word is a town's name elsewhere
                feature = self._unknown(tokens, keys, i, body, (prefer, nearby))
                if feature is not None and (mention is None or feature.last > mention.last):
                    mention = _named_after(feature, mention)
            if mention is None:
                i += 1
                continue
            mention = _with_compass(tokens, body, mention, self.words)
            governing = _locative_before(tokens, i, mention.entry.kind, self.words)
            possessive = mention.last < len(tokens) and tokens[mention.last].key == "'s"
            if governing is not None and not (possessive and mention.entry.kind == "country"):
                found.append(
                    replace(
                        mention,
                        origin=governing == "from",
                        destination=governing == "to" and mention.entry.kind == "country",
                    )
                )
            i = mention.last
        found = [p for p in found if not _container(tokens, p, found)]
        countries = prefer | {p.entry.country for p in found if p.entry.kind == "country"}
        return [_offshore(tokens, self._in(tokens, p, countries, nearby), self.words)
                for p in found]  # fmt: skip

    def _in(
        self,
        tokens: tuple[Token, ...],
        place: PlaceMention,
        prefer: frozenset[str | None],
        nearby: frozenset[str],
    ) -> PlaceMention:
        """The place again, knowing the countries the whole sentence names as places."""
        if place.entry.kind not in ("city", "town") or place.entry.country in prefer:
            return place
        if self._apposed_country(tokens, place.last) is not None:
            return place  # its own country is given
        entry = self._gazetteer.lookup(place.text, frozenset(c for c in prefer if c), nearby)
        return replace(place, entry=entry) if entry is not None else place

    def _apposed(
        self, tokens: tuple[Token, ...], i: int, body: str, mention: PlaceMention | None
    ) -> PlaceMention | None:
        """ "in Bani, Yemen, on Friday": a place with its country in apposition is in that
        country: its namesake there, else the name alone, with the country but no
        position (a village the gazetteer lacks); never a namesake elsewhere."""
        if mention is not None and mention.entry.kind not in ("city", "town"):
            return mention
        if mention is None and not (i > 0 and tokens[i - 1].key in self.words.locative):
            return None  # an unknown name is a place only right after a locative
        # the words up to the comma: "Wadi Marra, Yemen" though "Wadi" alone is a place
        last = max(mention.last if mention is not None else i, _name_end(tokens, i))
        country = self._apposed_country(tokens, last) if last > i else None
        if country is None:
            return mention
        text = body[tokens[i].start : tokens[last - 1].end]
        entry = self._gazetteer.lookup(text, frozenset({country}))
        if entry is None or entry.country != country:
            entry = GazetteerEntry(text, country, None, None, "town")
        start, end = tokens[i].start, tokens[last - 1].end
        return PlaceMention(i, last, start, end, text, entry)

    def _unknown(
        self,
        tokens: tuple[Token, ...],
        keys: tuple[str, ...],
        i: int,
        body: str,
        countries: tuple[frozenset[str], frozenset[str]],
    ) -> PlaceMention | None:
        """A place the gazetteer lacks, known by its head word ("the Qandil mountains")."""

        def known(j: int) -> GazetteerEntry | None:
            found = self._match_at(tokens, keys, j, body, countries)
            if found is not None:
                return found.entry
            # a country name in lower case ("of northern iraq") is still a country
            entry = self._gazetteer.lookup(tokens[j].text)
            return entry if entry is not None and entry.kind == "country" else None

        named = unknown_place(tokens, i, body, known, self.words)
        if named is None:
            return None
        last, entry = named
        start, end = tokens[i].start, tokens[last - 1].end
        return PlaceMention(i, last, start, end, entry.name, entry)

    def _apposed_country(self, tokens: tuple[Token, ...], j: int) -> str | None:
        """The country named after a comma at ``j`` ("Bani, northwest Yemen", "Bani, in
        northwest Yemen"), when an apposition, not the subject of a new clause ("In
        Geneva, Iran agreed")."""
        if j + 1 >= len(tokens) or tokens[j].key != ",":
            return None
        j += 1
        if tokens[j].key == "in" and j + 1 < len(tokens):
            j += 1
        while j < len(tokens) and tokens[j].key in self.words.compass:
            j += 1
        for n in (3, 2, 1):
            words = tokens[j : j + n]
            if len(words) < n or not words[0].is_capitalised:
                continue
            entry = self._gazetteer.lookup(" ".join(t.text for t in words))
            if entry is None or entry.kind != "country":
                continue
            after = tokens[j + n].key if j + n < len(tokens) else "."
            ends = self.words.apposition_end
            if after in ends or after in self.words.locative or after in ("on", "after", "before"):
                return entry.country
            return None
        return None

    def _match_at(
        self,
        tokens: tuple[Token, ...],
        sentence_keys: tuple[str, ...],
        i: int,
        body: str,
        countries: tuple[frozenset[str], frozenset[str]],
    ) -> PlaceMention | None:
        capitalised = tokens[i].is_capitalised
        if not (capitalised or _lowercase_ok(tokens, i, self.words)):
            return None  # most words: no name starts here
        first = sentence_keys[i]
        candidates = self._index.get(first, [])
        if first in self._words:
            candidates = [*candidates, (first,)]
        for keys in candidates:
            n = len(keys)
            if sentence_keys[i : i + n] != keys:
                continue
            window = tokens[i : i + n]
            entry = self._gazetteer.lookup(" ".join(t.text for t in window), *countries)
            # small towns share names with words: lower case is a word ("welcome")
            if entry is None or (entry.kind == "town" and not capitalised):
                continue
            admin = i + n < len(tokens) and tokens[i + n].key in self.words.admin
            if admin and entry.kind != "country":
                window = tokens[i : i + n + 1]
            start, end = window[0].start, window[-1].end
            return PlaceMention(i, i + len(window), start, end, body[start:end], entry)
        return None


def _named_after(feature: PlaceMention, town: PlaceMention | None) -> PlaceMention:
    """ "the Paita bridge": a feature named after a known town lies in the town's country."""
    if town is None or feature.entry.country is not None or town.entry.kind == "sea":
        return feature
    return replace(feature, entry=replace(feature.entry, country=town.entry.country))


def _offshore(tokens: tuple[Token, ...], place: PlaceMention, words: PlaceWords) -> PlaceMention:
    """ "off Saint-Louis", "off the coast of Kep": what happens off a place happens at sea,
    in no country's territory; the place keeps its name. "Off Somalia" still names the
    country whose waters they are."""
    if place.entry.country is None or place.entry.kind == "country" or _locative_before(
        tokens, place.first, place.entry.kind, words
    ) != "off":
        return place
    return replace(place, entry=replace(place.entry, country=None))


def _container(tokens: tuple[Token, ...], place: PlaceMention, found: list[PlaceMention]) -> bool:
    """ "the Kanggye area in Jagang province": a place the gazetteer lacks, after "in"
    right behind another place, only says where that one lies."""
    if place.entry.lat is not None or place.first < 2 or tokens[place.first - 1].key != "in":
        return False
    return any(0 <= place.first - 1 - p.last <= 1 for p in found if p is not place)


def _with_compass(
    tokens: tuple[Token, ...], body: str, place: PlaceMention, words: PlaceWords
) -> PlaceMention:
    """ "in eastern Chad", "the eastern Mediterranean": a country's or a sea's part keeps
    its compass word (a city's does not: "central Kyiv" is Kyiv)."""
    broad = place.entry.kind in ("country", "sea") or (
        place.entry.kind == "region" and not place.entry.country
    )
    if not broad or place.first == 0 or tokens[place.first - 1].key not in words.compass_part:
        return place
    start = tokens[place.first - 1].start
    return replace(place, first=place.first - 1, start=start, text=body[start : place.end])


def _locative_before(
    tokens: tuple[Token, ...], i: int, kind: str, words: PlaceWords
) -> str | None:
    """The locative word governing the name at ``i``, or None. A country after "to" is a
    destination ("fly on to Vietnam"), returned as "to" for visits to use."""
    allowed = words.country_locative if kind == "country" else words.locative
    j = i - 1
    hops = 0
    while j >= 0 and hops < 6:
        key = tokens[j].key
        if key in allowed:
            return key
        if key == "of" and j > 0 and tokens[j - 1].key in words.of_place:
            # "pulled out of Mali"; "struck the city of Kharkiv": the head names a place
            return "of"
        if key == "on" and j > 0 and tokens[j - 1].key in words.attacks and kind != "country":
            return "on"  # "a strike on Kyiv"
        if key == "against" and kind != "country" and _armed_before(tokens, j, words):
            return "against"  # "drones against Port Sudan", not "sanctions against Moscow"
        if key == "and" and kind != "country" and j > 0 and tokens[j - 1].is_capitalised:
            # "in Pakistan and Pakistan-administered Kashmir": one locative, two places
            j -= 1
            hops += 1
            continue
        head_before = j + 1 < i and tokens[j + 1].key in words.heads
        # one word may describe the head noun: "the saudi city of Jeddah"
        if key not in words.skippable and not tokens[j].is_capitalised and not head_before:
            return None
        j -= 1
        hops += 1
    return None


def _name_end(tokens: tuple[Token, ...], i: int) -> int:
    """The end of a run of up to three capitalised words at ``i`` (i itself if none)."""
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].is_capitalised and tokens[j].key.isalpha():
        j += 1
    return j


def _armed_before(tokens: tuple[Token, ...], j: int, words: PlaceWords) -> bool:
    return any(t.key in words.armed for t in tokens[max(0, j - 4) : j])


def _lowercase_ok(tokens: tuple[Token, ...], i: int, words: PlaceWords) -> bool:
    """Content-farm copy lowercases names ("struck the city of kharkiv"): accept them
    right after a locative word or "of" only."""
    if i == 0 or len(tokens[i].text) < 4:
        return False
    before = tokens[i - 1].key
    return before in words.locative or before == "of"


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
