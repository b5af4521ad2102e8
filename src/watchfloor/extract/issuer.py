"""Who issues a statement: the state body a document's title names as the author of a
statement, communiqué or briefing ("Statement of the Ministry of Foreign Affairs of the
Republic of Chile on ...", "Army General Staff communiqué on ..."). In such a text the
body speaks for its state: "we", "our Government", "the Ministry" are that state's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.text import Token

# what ends the issuer's phrase after "Statement of ...": the statement's topic
_TOPIC = frozenset(("on", "regarding", "concerning", "about", "over", "condemning", ":", "("))
# words that may stand between an issuer and its statement word ("weekly press briefing")
_BETWEEN = frozenset(("weekly", "daily", "regular", "press", "official", "joint", "special"))
_REACH = 4  # at most this many words between an issuer named first and its statement word
# what joins a statement word to its issuer: "Statement of|by ...", "Press release from ..."
_JOINS = frozenset(("of", "by", "from"))
# a statement's number between its word and its issuer: "Press Note No. 214 of ..."
_NUMBER = frozenset(("no", "nr", "number", "n°", "#", "."))


def statement_issuer(
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    statement_words: frozenset[str],
    press_words: frozenset[str] = frozenset(),
) -> ActorMention | None:
    """The state body whose statement a title announces, or None. An issuer with no
    country of its own ("Foreign Ministry spokesperson") comes back unresolved, for the
    document's home to complete. ``press_words`` name a statement only after "press"
    ("Press release of ...", "Press Note No. 214 of ..."): alone, "the release of the
    hostages" and "a note of protest" are what a story is about, not who wrote it."""
    for i, token in enumerate(tokens):
        pressed = token.key in press_words and i > 0 and tokens[i - 1].key == "press"
        if token.key not in statement_words and not pressed:
            continue
        after = _issuer_after(tokens, found, i)
        before = _issuer_before(tokens, found, i)
        issuer = after or before
        if issuer is not None:
            return issuer
    return None


def _issuer_after(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], i: int
) -> ActorMention | None:
    """ "Statement of|by the <body> (on ...)": the first body with a country, else the
    first role, before the statement's topic begins. A state named as the body's own
    ("Ministry of Foreign Affairs and International Cooperation of the Republic of X")
    takes the body's role: the issuer is that state's government or forces."""
    while i + 1 < len(tokens) and (tokens[i + 1].key in _NUMBER or tokens[i + 1].key.isdigit()):
        i += 1  # "Press release No. 412 of ..."
    if i + 1 >= len(tokens) or tokens[i + 1].key not in _JOINS:
        return None
    end = next((k for k in range(i + 2, len(tokens)) if tokens[k].key in _TOPIC), len(tokens))
    inside = [m for m in found if i + 1 < m.first and m.last <= end and _a_body(m)]
    # "Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad of ...": a people
    # inside a body's name is no issuer while the body's state is named
    states = [m for m in inside if m.resolved and m.kind != "demonym"]
    resolved = states or [m for m in inside if m.resolved]
    issuer = next(iter(resolved or inside), None)
    if issuer is None or issuer.role or not issuer.resolved:
        return issuer
    role = next((m.role for m in inside if m.role in ("GOV", "MIL")), "")
    return replace(issuer, code=issuer.country + role, role=role) if role else issuer


def _issuer_before(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], i: int
) -> ActorMention | None:
    """ "IRGC Navy communique", "Turkish defence ministry weekly briefing"."""
    for m in reversed(found):
        if m.last > i or i - m.last > _REACH or not _a_body(m):
            continue
        between = tokens[m.last : i]
        if all(t.key in _BETWEEN or t.is_capitalised for t in between):
            return m
        return None
    return None


def _a_body(m: ActorMention) -> bool:
    """A state or one of its bodies: never an international body, a group or a person."""
    if m.kind in ("igo", "group", "leader", "capital") or m.code.startswith("IGO"):
        return False
    return m.resolved or m.role in ("GOV", "MIL")


def speaks_for_state(m: ActorMention) -> bool:
    """A state, its capital, leader or government ("the Ministry", "Cameroon", "we" in a
    statement): who lodges a state's protest. Never a people ("Kenyans"), a group, a
    force or an international body."""
    if m.kind in ("igo", "group", "demonym") or m.code.startswith("IGO"):
        return False
    return m.role in ("GOV", "")
