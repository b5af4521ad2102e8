"""What the cells of an events table say: which column holds what (``Columns``), the
actors and place a cell names, read with the extractor's matchers (``CellReader``), and
the small readers of words, counts and names that a row's records are made from."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.places import PlaceMatcher, most_specific
from watchfloor.extract.quantities import find_quantities, parse_number
from watchfloor.extract.rules import Rules
from watchfloor.extract.table_rules import ITEM, TableRules
from watchfloor.extract.text import tokenize
from watchfloor.models import Place, Quantity
from watchfloor.taxonomy import Taxonomy

ISO = re.compile(r"\b(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b")
_NUMBER = re.compile(
    r"(?P<approx>about|around|some|roughly|nearly|approximately|approx\.|c\.|~)?\s*"
    r"(?P<n>\d[\d,.]*(?:\s*(?:thousand|million|billion))?)",
    re.IGNORECASE,
)


# kinds of gazetteer place finer than a state, that a place cell may name after it
_TOWNS = ("city", "town")


@dataclass(frozen=True, slots=True)
class Columns:
    """Index of the column of each role (the first such column), or None."""

    roles: dict[str, int]
    empty: frozenset[str]  # what a cell holds that has no value ("n/a")
    # later response columns ("Arrests or charges | State response"): each tells acts too
    more_responses: tuple[int, ...] = ()
    # the state a header names ("Guinean actor", "Russian measure"): whose body a cell
    # that names one by its role alone is, where the place names no state
    state: str = ""
    # the act the table's title or caption names ("Kidnap tracker: abductions of ..."),
    # for a table with no act column whose rows name none: each row is one such act
    implied: str = ""
    # the actor column is the host state's agency ("Host state (agency)"): a body the
    # roles do not know ("Migration Department") is that state's government
    host_agency: bool = False

    @property
    def deliveries(self) -> bool:
        """A table of deliveries: who supplies and the item, with no act column."""
        return "act" not in self.roles and "actor" in self.roles and "item" in self.roles

    def cell(self, row: Sequence[str], role: str) -> str:
        i = self.roles.get(role)
        return self._at(row, i)

    def responses(self, row: Sequence[str]) -> list[str]:
        """Every response cell of the row, first column first."""
        first = self.roles.get("response")
        at = ([first] if first is not None else []) + list(self.more_responses)
        return [text for i in at if (text := self._at(row, i))]

    def _at(self, row: Sequence[str], i: int | None) -> str:
        text = row[i].strip() if i is not None and i < len(row) else ""
        return "" if text.casefold() in self.empty else text


class CellReader:
    """Reads the actors and places a cell names; holds the matchers the extractor built."""

    def __init__(
        self,
        table_rules: TableRules,
        rules: Rules,
        taxonomy: Taxonomy,
        actors: ActorMatcher,
        places: PlaceMatcher,
    ) -> None:
        self.table_rules = table_rules
        self.rules = rules
        self.taxonomy = taxonomy
        self.actors = actors
        self.places = places
        # an unnamed non-state target ("smuggling network", "armed group")
        self.group_words = rules.class_words("TABLE_GROUP")
        # who only assists the actor cell's first force, or tipped it off (table_helpers)
        self.helper_words = rules.classes.get("TABLE_HELPER", ())
        self.informer_words = rules.classes.get("TABLE_INFORMER", ())

    def actor_of(
        self, text: str, acronyms: dict[str, ActorMention] | None = None
    ) -> list[ActorMention]:
        """The resolved actors of a cell, a role word joined to the country before it
        ("Syrian internal security forces": SYR and COP make SYRCOP)."""
        found: list[ActorMention] = []
        tokens = tokenize(text)
        mentions = self.actors.find(tokens, text)
        if acronyms and not any(m.resolved for m in mentions):
            mentions = [defined(t.text, acronyms[t.text]) for t in tokens if t.text in acronyms]
        for i, m in enumerate(mentions):
            if not m.resolved:
                continue
            role = next((n.role for n in mentions[i + 1 : i + 2] if not n.resolved), "")
            if len(m.code) == 3 and role and not m.code.startswith("IGO"):
                m = ActorMention(m.first, m.last, m.code + role, role, m.kind, m.text,
                                 m.start, m.end)  # fmt: skip
            found.append(m)
        return found

    def place_of(self, text: str) -> Place | None:
        """The cell's first part as the place's name, the country any part gives
        ("Shaab, Sweida province, Syria": Shaab in SYR)."""
        # "Mombasa (Kenya)": a bracket is one more part, as a comma's would be
        text = text.replace("(", ",").replace(")", ",")
        parts = [p.strip() for p in text.split(",") if p.strip()]
        # "by sea to Mongla", "commissioned at Chattogram", "new pier, Doraleh": the place
        # is the first name the cell gives, not the words of how it got there
        lead = self.places.words.locative | self.places.words.place_after
        named = [n for p in parts if (n := _named(p, lead))[0]]
        if named:
            name, at_sea = named[0]
            parts = [name, *(p for p in parts if p != name and not _named(p, lead)[1])]
            if at_sea:  # "off Kribi", "140 nm south of São Tomé": waters, no state's soil
                return Place(name, None)
        if not parts:
            return None
        found = []
        for part in parts:
            probe = "in " + part
            best = most_specific(self.places.find(tokenize(probe), probe))
            found.append(best)
        country = next((p.entry.country for p in found if p and p.entry.country), None)
        first = found[0]
        if first is not None and first.entry.kind == "country":
            # "Germany (Federal Police, Dortmund)", "Mali, near Kéniéba": the town says more
            town = next(
                (p for p in found[1:] if p and p.entry.kind in _TOWNS
                 and p.entry.country == first.entry.country),
                None,
            )  # fmt: skip
            if town is not None:
                return Place(town.text, town.entry.country, town.entry.lat, town.entry.lon)
        if first is not None and first.text == parts[0] and (first.entry.country or not country):
            entry = first.entry
            return Place(parts[0], entry.country, entry.lat, entry.lon)  # the name as written
        return Place(parts[0], country)


def _named(part: str, leading: frozenset[str]) -> tuple[str, bool]:
    """A place cell's part from its first capitalised word, when the words before it
    lead up to it with a preposition ("flown to Tejgaon air base": "Tejgaon air base"),
    and whether those words put it at sea ("off Kribi", "40 nm south of Lomé"); a part
    that starts with a name is kept whole; one with no name gives none. Of two places
    ("installed at Mombasa and Lamu") the first. ``leading``: the locative words
    (``LOCATIVE``, ``PLACE_AFTER``) that lead up to a name."""
    words = part.split()
    # "Off Garacad": a cell's first word is capitalised, the name still follows it
    first = next(
        (i for i, w in enumerate(words) if w[:1].isupper() and w.casefold() not in leading),
        None,
    )
    if first is None:
        return "", False
    lead = [w.casefold() for w in words[:first]]
    if lead and (lead[-1] not in leading or not _WATERS.isdisjoint(lead)):
        return "", False  # "international waters off Venezuela": no state's place
    if not lead:
        return part, False
    name = " ".join(words[first:]).split(" and ")[0]
    return name, not _AT_SEA.isdisjoint(lead)


_WATERS = frozenset({"waters"})
# words that put a place at sea, off a coast: its country is none (spec)
_AT_SEA = frozenset({"off", "nm", "nautical", "miles", "mi"})


def counted(text: str) -> Quantity | None:
    """A number word before what it counts ("six Indian crew", "four pirates")."""
    for token in tokenize(text):
        value = parse_number(token.text) if token.text.isalpha() else None
        if value:  # "a ransom" counts nothing
            return Quantity(value, value, value, None, False, token.text)
    return None


def quantity_in(text: str, units: Mapping[str, str], unit: str = "") -> Quantity | None:
    """The count a cell gives: a figure with its unit ("about 300 troops"), else a bare
    number, counting ``unit`` (what the item column names)."""
    found = find_quantities(text, 0, units)
    if found:
        q = found[0]
        return Quantity(q.value, q.low, q.high, q.unit, q.approx, q.text)
    return bare_number(text, unit)


def bare_number(text: str, unit: str) -> Quantity | None:
    match = _NUMBER.search(text)
    if match is None or ISO.fullmatch(match.group("n").strip()):
        return None
    value = parse_number(match.group("n").strip())
    if value is None:
        return None
    approx = match.group("approx") is not None
    return Quantity(value, value, value, unit or None, approx, match.group(0).strip())


def refines(code: str, generic: str) -> bool:
    """ "193" refines "190": the same root, where the generic code ends in 0."""
    return generic.endswith("0") and code[:2] == generic[:2] and not code.endswith("0")


def defined(word: str, m: ActorMention) -> ActorMention:
    return ActorMention(0, 1, m.code, m.role, m.kind, word, 0, len(word))


def finer(actor: ActorMention, named: list[ActorMention]) -> ActorMention:
    """The act cell's own name for the actor when it says more ("China" and "PLA
    delegation visits ...": CHNMIL)."""
    same = [m for m in named if m.country == actor.country and len(m.code) > len(actor.code)]
    return same[0] if same else actor


def as_group(m: ActorMention) -> ActorMention:
    return ActorMention(m.first, m.last, m.code + "REB", "REB", m.kind, m.text, m.start, m.end)


def distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    """One mention per country, first-named first; a state's body named after it says
    who ("Russia (GRU)" is RUSSPY)."""
    seen: dict[str, int] = {}
    out: list[ActorMention] = []
    for m in mentions:
        at = seen.get(m.country)
        if at is None:
            seen[m.country] = len(out)
            out.append(m)
        elif len(out[at].code) == 3 and len(m.code) > 3:
            out[at] = m
    return out


def cell_words(text: str) -> tuple[str, ...]:
    """Case-folded words, hyphenated ones also in their parts ("air-surveillance")."""
    keys: list[str] = []
    for token in tokenize(text):
        keys.append(token.key)
        if "-" in token.key:
            keys += [k for k in token.key.split("-") if k]
    return tuple(keys)


def holds(keys: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(keys[i : i + n]) == phrase for i in range(len(keys) - n + 1))


def phrase_at(keys: Sequence[str], phrase: tuple[str, ...], item_only: bool) -> tuple[int, int]:
    """Words of ``phrase`` and the index of its first word where it stands in ``keys``
    (an implied delivery counts one word, at the start); (0, 0) where it does not."""
    if phrase == (ITEM,):
        return (1, 0) if item_only else (0, 0)
    n = len(phrase)
    at = next((i for i in range(len(keys) - n + 1) if tuple(keys[i : i + n]) == phrase), None)
    return (0, 0) if at is None else (n, at)
