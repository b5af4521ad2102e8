"""Places the gazetteer lacks, known by the word that heads them: "the Qandil mountains",
"Sabina Shoal", "Ben Gurion airport", "the Kurram district", "the village of Sotk", "the
settlement of Eteringbang". Such a name is a place where a locative governs it; its
country is that of a known place right after it ("of northern Iraq", "near Tel Aviv"),
none for a feature of the sea, else unknown (the event's target may tell: see
``fields.event_place``)."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract.lexicon import words
from watchfloor.extract.text import Token
from watchfloor.taxonomy import GazetteerEntry

# a head after the name: "Qandil mountains", "Ben Gurion airport"
_LAND_FEATURES = words(
    "mountains mountain hills valley river airport airfield airbase cosmodrome dam "
    "district province governorate county oblast prefecture"
)
_SEA_FEATURES = words("shoal reef atoll bank cay sea strait straits gulf")
# a head before the name of a water body: "the Gulf of Tonkin", "the Strait of Otranto"
_SEA_HEADS = words("gulf bay strait straits sea")
# a head before the name: "the village of Sotk"
_SETTLEMENTS = words("village town settlement city hamlet district province island islands")
_PLACE_AFTER = words("of in near outside")
_COMPASS = words("northern southern eastern western central north south east west")
_MAX_NAME = 4


def unknown_place(
    tokens: tuple[Token, ...], i: int, body: str, known: Callable[[int], GazetteerEntry | None]
) -> tuple[int, GazetteerEntry] | None:
    """The place the gazetteer lacks whose name starts at ``i``: (end token, entry).
    ``known(j)``: the gazetteer's place whose name starts at token ``j``, if any."""
    water = _water_by_head(tokens, i, body)
    if water is not None:
        return water
    if not _name_word(tokens, i):
        return None
    end = i
    while end < len(tokens) and end - i < _MAX_NAME and _name_word(tokens, end):
        end += 1
    after_head = _key(tokens, end) in _LAND_FEATURES | _SEA_FEATURES
    air_base = _key(tokens, end) == "air" and _key(tokens, end + 1) == "base"
    headed_before = i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in _SETTLEMENTS
    if air_base:
        end += 2
    elif after_head:
        end += 1
    elif not headed_before:
        return None
    text = body[tokens[i].start : tokens[end - 1].end]
    if tokens[end - 1].key in _SEA_FEATURES:
        return end, GazetteerEntry(text, None, None, None, "sea")
    return end, GazetteerEntry(text, _country_after(tokens, end, known), None, None, "town")


def _water_by_head(
    tokens: tuple[Token, ...], i: int, body: str
) -> tuple[int, GazetteerEntry] | None:
    """ "the Gulf of Tonkin", "the Strait of Otranto": a water body named by its head
    word first; seas and straits lie in no one country."""
    head = tokens[i]
    if not (head.is_capitalised and head.key in _SEA_HEADS and _key(tokens, i + 1) == "of"):
        return None
    end = i + 2
    while end < len(tokens) and end - i - 2 < _MAX_NAME and _name_word(tokens, end):
        end += 1
    if end == i + 2:
        return None
    return end, GazetteerEntry(body[head.start : tokens[end - 1].end], None, None, None, "sea")


def _name_word(tokens: tuple[Token, ...], j: int) -> bool:
    t = tokens[j]
    heads = _LAND_FEATURES | _SEA_FEATURES
    return t.is_capitalised and t.key.replace("-", "").isalpha() and t.key not in heads


def _country_after(
    tokens: tuple[Token, ...], end: int, known: Callable[[int], GazetteerEntry | None]
) -> str | None:
    """ "the Qandil mountains of northern Iraq", "Pinga, in North Kivu"."""
    j = end + (1 if _key(tokens, end) == "," else 0)
    if _key(tokens, j) not in _PLACE_AFTER:
        return None
    j += 1
    while _key(tokens, j) in _COMPASS or _key(tokens, j) == "the":
        j += 1
    entry = known(j) if j < len(tokens) else None
    return entry.country if entry is not None else None


def _key(tokens: tuple[Token, ...], j: int) -> str:
    return tokens[j].key if j < len(tokens) else ""
