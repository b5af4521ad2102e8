"""Places the gazetteer lacks, known by the word that heads them: "the Qandil mountains",
"Sabina Shoal", "Ben Gurion airport", "the Kurram district", "the village of Sotk", "the
settlement of Eteringbang". Such a name is a place where a locative governs it; its
country is that of a known place right after it ("of northern Iraq", "near Tel Aviv"),
none for a feature of the sea, else unknown (the event's target may tell: see
``fields.event_place``)."""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract.place_words import PlaceWords
from watchfloor.extract.text import Token
from watchfloor.taxonomy import GazetteerEntry

_MAX_NAME = 4


def unknown_place(
    tokens: tuple[Token, ...],
    i: int,
    body: str,
    known: Callable[[int], GazetteerEntry | None],
    words: PlaceWords,
) -> tuple[int, GazetteerEntry] | None:
    """The place the gazetteer lacks whose name starts at ``i``: (end token, entry).
    ``known(j)``: the gazetteer's place whose name starts at token ``j``, if any."""
    water = _water_by_head(tokens, i, body, words)
    if water is not None:
        return water
    if not _name_word(tokens, i, words) or tokens[i].key in words.demonyms:
        return None  # "the Russian base" names no place
    end = i
    while end < len(tokens) and end - i < _MAX_NAME and _name_word(tokens, end, words):
        end += 1
    after_head = _key(tokens, end) in words.features
    air_base = _key(tokens, end) == "air" and _key(tokens, end + 1) == "base"
    headed_before = i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in words.settlements
    if air_base:
        end += 2
    elif after_head:
        end += 1
    elif not (headed_before or _bare_village(tokens, i, end, words)):
        return None
    text = body[tokens[i].start : tokens[end - 1].end]
    if tokens[end - 1].key in words.sea_features:
        return end, GazetteerEntry(text, None, None, None, "sea")
    country = _country_after(tokens, end, known, words)
    return end, GazetteerEntry(text, country, None, None, "town")


def _water_by_head(
    tokens: tuple[Token, ...], i: int, body: str, words: PlaceWords
) -> tuple[int, GazetteerEntry] | None:
    """ "the Gulf of Tonkin", "the Strait of Otranto": a water body named by its head
    word first; seas and straits lie in no one country."""
    head = tokens[i]
    if not (head.is_capitalised and head.key in words.sea_heads and _key(tokens, i + 1) == "of"):
        return None
    end = i + 2
    while end < len(tokens) and end - i - 2 < _MAX_NAME and _name_word(tokens, end, words):
        end += 1
    if end == i + 2:
        return None
    return end, GazetteerEntry(body[head.start : tokens[end - 1].end], None, None, None, "sea")


def _bare_village(tokens: tuple[Token, ...], i: int, end: int, words: PlaceWords) -> bool:
    """ "near Dabanga, killing four", "at Ileret and Sabarei": a name with no head word
    is a place right after "near", "outside" or "at", where the name ends its phrase; wire
    copy names villages no gazetteer holds this way, and people or firms seldom."""
    if i == 0 or tokens[i - 1].key not in words.bare_after:
        return False
    if any(tokens[j].key in words.not_names for j in range(i, end)):
        return False
    return end == len(tokens) or _key(tokens, end) in words.bare_end


def _name_word(tokens: tuple[Token, ...], j: int, words: PlaceWords) -> bool:
    t = tokens[j]
    return t.is_capitalised and t.key.replace("-", "").isalpha() and t.key not in words.features


def _country_after(
    tokens: tuple[Token, ...],
    end: int,
    known: Callable[[int], GazetteerEntry | None],
    words: PlaceWords,
) -> str | None:
    """ "the Qandil mountains of northern Iraq", "Pinga, in North Kivu"."""
    j = end + (1 if _key(tokens, end) == "," else 0)
    if _key(tokens, j) not in words.place_after:
        return None
    j += 1
    while _key(tokens, j) in words.name_compass or _key(tokens, j) == "the":
        j += 1
    entry = known(j) if j < len(tokens) else None
    return entry.country if entry is not None else None


def _key(tokens: tuple[Token, ...], j: int) -> str:
    return tokens[j].key if j < len(tokens) else ""
