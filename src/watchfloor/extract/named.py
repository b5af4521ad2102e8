"""People and bodies the dictionaries lack, named with what ties them to a state.

- A title with a personal name: "President Ana Ruiz", "Gang leader Jo Marte", "Ministry
  spokesman Ivo Tal". The name makes the title definite, as "the president" is. Wire copy
  gives a foreign office holder a nationality ("Somali President ...") and a home one
  none, so a titled name with no country is, first, the person the story introduced
  earlier with one ("Croatian President Lena Moravec", later "President Moravec"), else
  an office of the dateline's state; with no dateline, nothing here decides.
- A state's possessive before a person: "Portugal's Ana Lopes" speaks for its government.
- A body named by its role and its state: "Border Guard Bangladesh" (BGDCOP).
- An international body's officer: "the UN envoy, Ana Ruiz", "NATO's spokesman".

Whether words are a person's name or one organisation's is read, where the trained
pipeline is installed, from its entity recognizer (a PERSON, an ORG over them: "Army
Corps of Engineers" is no man called Corps, "Kenya's Lodwar county" no person). It runs
lazily (``Entities``), one sentence at a time, and only where its answer decides. With
the rules alone, a titled name is read from its capitals, and the other two not at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Protocol

from watchfloor.extract.actors import COUNTRYISH, ActorMention
from watchfloor.extract.lexicon import words
from watchfloor.extract.parser import Parser
from watchfloor.extract.text import Token

# an entity the recognizer found: its character offsets in the document and its label
Entity = tuple[int, int, str]
# capitalised words after a title that name no one: a weekday, and the words a headline
# capitalises ("Minister Says", "President On Monday")
_NOT_NAMES = words(
    "monday tuesday wednesday thursday friday saturday sunday said says told on in at of for "
    "and the"
)

# the nouns that make a state's capitalised possession a place: "Russia's Kursk region"
_PLACE_HEADS = words(
    "region regions province provinces county district districts state oblast city town "
    "village island islands coast border port base airport valley river mountains sea "
    "strait peninsula desert area areas governorate prefecture municipality"
)


class Names(Protocol):
    """What a titled name is resolved with: the words that are titles or countries, the
    names the story introduced, and its dateline's state."""

    @property
    def title_words(self) -> frozenset[str]: ...

    @property
    def home(self) -> str | None: ...

    def alias(self, text: str) -> ActorMention | None: ...


class Entities:
    """A sentence's entities, recognized the first time a question needs them (most
    sentences have no titled name left to resolve, and recognition costs about what a
    parse does)."""

    __slots__ = ("_found", "_make")

    def __init__(self, make: Callable[[], Sequence[Entity]] | None) -> None:
        self._make = make
        self._found: tuple[Entity, ...] | None = None

    @property
    def available(self) -> bool:
        return self._make is not None

    def get(self) -> tuple[Entity, ...]:
        if self._found is None:
            self._found = tuple(self._make()) if self._make is not None else ()
        return self._found

    @property
    def asked(self) -> bool:
        return self._found is not None


def name_start(m: ActorMention, tokens: tuple[Token, ...], title_words: frozenset[str]) -> int:
    """Where the personal name at the end of a role mention begins ("Gang leader | Jo
    Marte"); ``m.last`` when it ends in its title."""
    first = m.last
    while first > m.first + 1 and _name_word(tokens[first - 1], title_words):
        first -= 1
    return first


def _name_word(token: Token, title_words: frozenset[str]) -> bool:
    text = token.text.replace("-", "").replace("'", "")
    return (
        token.is_capitalised
        and text.isalpha()
        and token.key not in title_words
        and token.key not in _NOT_NAMES
    )


def title_end(m: ActorMention, tokens: tuple[Token, ...], title_words: frozenset[str]) -> int:
    """The end of the title of a role mention: "a militia spokesman Jo Marte" is a
    spokesman, whatever his name."""
    return name_start(m, tokens, title_words) if m.kind == "role" else m.last


def titled_name(
    m: ActorMention, tokens: tuple[Token, ...], title_words: frozenset[str], entities: Entities
) -> bool:
    """Whether a role mention ends in a person's name: the recognizer's PERSON over its
    first word where the recognizer runs, else capitals alone."""
    if m.kind != "role" or m.resolved:
        return False
    first = name_start(m, tokens, title_words)
    if first == m.last:
        return False
    if not entities.available:
        return True
    start = tokens[first].start
    return any(s <= start < e and label == "PERSON" for s, e, label in entities.get())


def named_holder(
    m: ActorMention, tokens: tuple[Token, ...], names: Names, entities: Entities
) -> ActorMention | None:
    """A titled name with no country: the person of that name the story introduced, else
    the holder of that office in the dateline's state. The recognizer is asked last, only
    of a name that would get a state."""
    if m.kind != "role" or m.resolved:
        return None
    first = name_start(m, tokens, names.title_words)
    known = next(
        (k for k in (names.alias(t.text) for t in tokens[first : m.last]) if k is not None),
        None,
    )
    if known is not None and known.resolved:
        found = replace(m, code=known.code, role=known.role)
    elif names.home is not None and tokens[m.first].is_capitalised and first < m.last:
        # "eastern commander Khalifa Haftar": a title in lower case describes a man the
        # reader is told about, of any state; wire copy names its own state's offices
        found = replace(m, code=names.home + m.role)
    else:
        return None
    return found if titled_name(m, tokens, names.title_words, entities) else None


def recognized(parser: Parser | None, tokens: tuple[Token, ...], body: str) -> Entities:
    """The entities of the sentence ``tokens`` stand in, for the recognizer to find when
    first asked; none asked of the rules alone."""
    if parser is None or not tokens:
        return Entities(None)
    start, end = tokens[0].start, tokens[-1].end
    return Entities(partial(parser.entities, body[start:end], start))


def introduced_names(
    found: Sequence[ActorMention], tokens: tuple[Token, ...], title_words: frozenset[str]
) -> list[tuple[str, ActorMention]]:
    """ "Croatian President Lena Moravec": a state's office holder introduced by name is
    later "President Moravec" or "Moravec", wherever the story is datelined. Only a name of
    two words or more counts ("Russia's Eastern Military District" introduces nobody)."""
    out: list[tuple[str, ActorMention]] = []
    for m in found:
        if m.kind not in COUNTRYISH or not m.role or not m.resolved:
            continue
        first = name_start(m, tokens, title_words)
        if m.last - first >= 2:
            out.append((tokens[m.last - 1].text, m))
    return out


def named_bodies(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], entities: Entities
) -> list[ActorMention]:
    """ "Border Guard Bangladesh", "Police Ruritania": a body named by its role and then
    its state, as one name, is that state's (BGDCOP), where the recognizer reads the words
    as one organisation ("the police Russia sent" is two things, and in lower case).
    "The UN envoy, Jo Marte", "NATO's spokesman", "EU leaders": an international body's
    officer acts for the body."""
    out: list[ActorMention] = []
    for m in found:
        before = out[-1] if out else None
        if before is not None and _body_name(before, m, tokens, entities):
            out[-1] = replace(
                before, last=m.last, end=m.end, code=m.country + before.role, kind="agency",
                text=f"{before.text} {m.text}",
            )  # fmt: skip
            continue
        if before is not None and _officer_of(before, m, tokens):
            joint = "'s " if before.last < m.first else " "
            out[-1] = replace(before, last=m.last, end=m.end, text=before.text + joint + m.text)
            continue
        out.append(m)
    return out


def _officer_of(body: ActorMention, role: ActorMention, tokens: tuple[Token, ...]) -> bool:
    if body.kind != "igo" or role.kind != "role" or role.resolved:
        return False
    between = [t.key for t in tokens[body.last : role.first]]
    return between in ([], ["'s"])


def _body_name(
    role: ActorMention, state: ActorMention, tokens: tuple[Token, ...], entities: Entities
) -> bool:
    if role.kind != "role" or role.resolved or state.kind != "country" or state.first != role.last:
        return False
    if not all(t.is_capitalised for t in tokens[role.first : state.last]):
        return False
    if _spelled_out(tokens, role.first, state.last):
        return True  # "Border Guard Bangladesh (BGB)": its acronym makes it one name
    start, end = tokens[role.first].start, tokens[state.last - 1].end
    if not entities.available:
        return False  # capitals alone cannot tell a name from "told Police Ruritania had"
    return _labelled(entities, start, end, "ORG")


def _spelled_out(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the words from ``first`` to ``last`` are followed by their initials in
    brackets."""
    if last + 2 >= len(tokens) or tokens[last].key != "(" or tokens[last + 2].key != ")":
        return False
    initials = "".join(t.text[0] for t in tokens[first:last])
    return len(initials) >= 2 and tokens[last + 1].text == initials


def _labelled(entities: Entities, start: int, end: int, label: str) -> bool:
    """Whether an entity of ``label`` covers the characters from ``start`` to ``end``."""
    return any(s <= start and end <= e and found == label for s, e, found in entities.get())


def possessed_people(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], entities: Entities
) -> list[ActorMention]:
    """ "Kenya's Ruto", "Ruritania's Ana Ruiz said": a person a state's possessive names
    with no title speaks for its government; "Kenya's Mandera county" is a place, and the
    recognizer tells them apart (with the rules alone, none is read)."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for m in found:
        end = _owned_name_end(m, tokens, taken)
        if end is None or not entities.available:
            out.append(m)
            continue
        first = m.last + 1
        start, stop = tokens[first].start, tokens[end - 1].end
        if not _labelled(entities, start, stop, "PERSON"):
            out.append(m)
            continue
        name = " ".join(t.text for t in tokens[first:end])
        out.append(replace(
            m, last=end, end=stop, code=m.code + "GOV", role="GOV", kind="leader",
            text=f"{m.text}'s {name}",
        ))  # fmt: skip
    return out


def _owned_name_end(m: ActorMention, tokens: tuple[Token, ...], taken: set[int]) -> int | None:
    """The end of the capitalised words after a state's possessive, if they are no actor."""
    if m.kind != "country" or len(m.code) != 3 or m.last + 1 >= len(tokens):
        return None
    if tokens[m.last].key != "'s":
        return None
    end = first = m.last + 1
    while end < len(tokens) and end - first < 3 and end not in taken:
        text = tokens[end].text.replace("-", "")
        if not (tokens[end].is_capitalised and text.isalpha()):
            break
        end += 1
    if end == first or (end < len(tokens) and tokens[end].key in _PLACE_HEADS):
        return None  # "Kenya's Lodwar county": a place, and the recognizer is not asked
    return end
