"""Mentions that take their actor from the sentence or the story around them: a role
placed by the sentence ("In Seoul, the foreign ministry", "the government in Kinshasa",
"its artillery units"), a name that needs its story ("the North" in a Korean story), an
acronym defined in brackets, a counterpart. Pronouns and aliases are ``pronouns``'s,
groups ``group_mentions``'s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.actors import COUNTRYISH, ActorMention
from watchfloor.extract.arguments import _conjuncts_right
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.lexicon import AUXILIARIES, DEFINITE, PREPOSITIONS, words
from watchfloor.extract.pronouns import PERSON_KINDS
from watchfloor.extract.rules import HOME, ContextActor, Rules
from watchfloor.extract.text import Token

# roles of people who act where they live: bare "rebels", "protesters" belong to the
# country the sentence is set in; so do courts and prosecutors, which sit only at home
# ("a court in Oran released 19 others", "prosecutors in Recife opened an inquiry")
DOMESTIC_ROLES = words("REB OPP CVL COP JUD")
# how far after "from" the first country of its list may stand ("from the United States")
_FROM_REACH = 4
_OWNERS = words("its their his her our")


def roles_from_countries(
    tokens: tuple[Token, ...], found: list[ActorMention]
) -> list[ActorMention]:
    """ "Warships and aircraft from the United States, Japan and South Korea": each
    country with the role, standing where the role words stand."""
    out = list(found)
    for role in [m for m in found if m.kind == "role" and m.first >= 0]:
        if _owned(tokens, role.first):
            continue  # "recalled its ambassador from Algiers": the subject's own envoy
        j = role.last
        while j < len(tokens) and j - role.last < 3 and tokens[j].key in ("and", "aircraft", ","):
            j += 1
        if j >= len(tokens) or tokens[j].key != "from":
            continue
        after = [c for c in found if c.first > j and c.first - j <= _FROM_REACH]
        if not after or after[0].kind not in COUNTRYISH:
            continue
        # the list after "from", not a country named later in the sentence ("drones from
        # Turkey, while presenting Serbia's ...")
        countries = [c for c in _conjuncts_right(tokens, after[0], found) if c.kind in COUNTRYISH]
        out = [o for o in out if o is not role and o not in countries]
        out += [replace(c, code=c.country + role.role, role=role.role, first=role.first,
                        last=role.last, text=role.text, start=role.start, end=role.end)
                for c in countries]  # fmt: skip
    return sorted(out, key=lambda m: m.first)


def _owned(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the words before ``first`` make it someone's own: "its", "their own"."""
    j = first - 1
    if j >= 0 and tokens[j].key == "own":
        j -= 1
    return j >= 0 and tokens[j].key in _OWNERS


def context_mentions(
    rules: Rules,
    tokens: tuple[Token, ...],
    body: str,
    found: Sequence[ActorMention],
    context: DocumentContext,
) -> list[ActorMention]:
    """Names that mean an actor only in context ("the North" in a Korean story)."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    index = rules.context_actors
    for i, token in enumerate(tokens):
        if token.text.replace("’", "'") not in index or i in taken:
            continue  # most words begin no such name
        for alias in index[token.text.replace("’", "'")]:
            n = len(alias.words)
            if tuple(t.text.replace("’", "'") for t in tokens[i : i + n]) != alias.words:
                continue
            if alias.code == HOME and any(j in taken for j in range(i, i + n)):
                continue  # "the Republic" of "the Republic of Serbia"
            code = _meant(alias, tokens[i + n - 1], context)
            if code is not None:
                start, end = tokens[i].start, tokens[i + n - 1].end
                out.append(ActorMention(i, i + n, code, "", "context", body[start:end],
                                        start, end))  # fmt: skip
    return sorted(out, key=lambda m: m.first)


def _meant(alias: ContextActor, last: Token, context: DocumentContext) -> str | None:
    """The code a context name stands for here: the text's own state for HOME ("the
    Kingdom" whose style it bears; "our country", the last word no style), else the
    row's code once one of its states is mentioned."""
    if alias.code == HOME:
        style = "" if alias.words[0] == "our" else last.key
        return context.own_state(style)
    return alias.code if context.mentioned(alias.requires) else None


def placed_role(
    mention: ActorMention, tokens: tuple[Token, ...], found: Sequence[ActorMention]
) -> ActorMention | None:
    """ "In Seoul, the foreign ministry said": a role takes the country of the capital that
    opens its sentence."""
    if not mention.role or mention.first < 3:
        return None
    for m in found:
        opens = m.first == 1 and tokens[0].key == "in" and tokens[m.last].key == ","
        if opens and m.kind in COUNTRYISH and m.last < mention.first:
            return replace(mention, code=m.country + mention.role)
    return None


def determiner_of(rules: Rules, tokens: tuple[Token, ...], first: int) -> str | None:
    """The determiner of the noun phrase that ends in a role word: "the" in "the External
    Affairs Minister", "its" in "its artillery units" and in "it's warplanes" (as content
    farms spell it); None if a preposition, verb form or punctuation comes first."""
    breaks = PREPOSITIONS | AUXILIARIES | rules.class_words("NP_BREAK")
    for i in range(first - 1, max(-1, first - 4), -1):
        key = tokens[i].key
        if key in DEFINITE:
            return key
        if key == "'s" and i > 0 and tokens[i - 1].key == "it":
            return "its"
        if not tokens[i].text.isalpha() or key in breaks:
            return None
    return None


def possessed_role(
    rules: Rules,
    mention: ActorMention,
    tokens: tuple[Token, ...],
    earlier: Sequence[ActorMention],
    context: DocumentContext,
) -> ActorMention | None:
    """ "our troops" are the speaker's; "The Israeli military said its fighter jets" are
    the jets of the actor the clause is about, the last one named before "its", not of
    the country the story last named."""
    owner: ActorMention | None = None
    determiner = determiner_of(rules, tokens, mention.first)
    addressed = mention.first > 0 and tokens[mention.first - 1].key == "your"
    if addressed and context.chamber and context.home:
        # "the ambassador handed your ministry a note": a member asks the house's own
        # minister; whose ministry, forces or police they are is the house's state
        return replace(mention, code=context.home + mention.role)
    if determiner == "our":
        owner = context.pronoun("we")
    elif determiner in ("its", "their"):
        things = [m for m in earlier if m.last <= mention.first and m.kind not in PERSON_KINDS]
        owner = things[-1] if things else None
    if owner is None or not owner.resolved or owner.country == "IGO":
        return None
    return replace(mention, code=owner.country + mention.role)


def defined_acronyms(
    tokens: tuple[Token, ...], found: Sequence[ActorMention]
) -> list[tuple[str, ActorMention]]:
    """ "the Sudanese Armed Forces (SAF)": the acronym in brackets right after an actor is
    that actor's name for the rest of the document."""
    out: list[tuple[str, ActorMention]] = []
    for m in found:
        if not m.resolved or m.last + 2 >= len(tokens) or tokens[m.last].key != "(":
            continue
        word, close = tokens[m.last + 1], tokens[m.last + 2]
        if close.key == ")" and _acronym(word.text):
            out.append((word.text, m))
    return out


def counterparts(
    rules: Rules, tokens: tuple[Token, ...], found: list[ActorMention]
) -> list[ActorMention]:
    """ "X's defence chief spoke to his Pakistani counterpart": the counterpart holds the
    office of the one who acts, in the other country."""
    out = list(found)
    words = rules.class_words("COUNTERPART")
    for k, m in enumerate(found):
        after = tokens[m.last].key if m.last < len(tokens) else ""
        # "Pakistani" before the word, or "Pakistani counterpart" read as a government role
        bare = not m.role and after in words
        if m.kind not in COUNTRYISH or not (bare or tokens[m.last - 1].key in words):
            continue
        holder = next((o for o in found[:k] if o.role and o.country != m.country), None)
        if holder is not None and holder.country != "IGO":
            out[k] = replace(m, code=m.country + holder.role, role=holder.role)
    return out


def _acronym(text: str) -> bool:
    """ "SAF", "M23", "FDLR": two to six letters or digits, two capitals at least."""
    letters = text.replace("-", "")
    return (
        2 <= len(letters) <= 6
        and letters.isalnum()
        and letters[0].isupper()
        and sum(c.isupper() for c in letters) >= 2
    )


def seated_role(
    mention: ActorMention,
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    seated: frozenset[str],
) -> ActorMention | None:
    """ "the government in Kinshasa", "the regime in Damascus": a ruling body takes the
    country of the capital it sits in, and the capital is part of its name. Troops or an
    embassy "in Kabul" are only there, so only ruling bodies are placed so, by their head
    word ("the foreign ministry in Hanoi")."""
    if not mention.role or tokens[mention.last - 1].key not in seated:
        return None
    if mention.last >= len(tokens) or tokens[mention.last].key != "in":
        return None
    seat = next((m for m in found if m.first == mention.last + 1 and m.kind == "capital"), None)
    if seat is None:
        return None
    # a body, not a person: "it" may stand for it ("the ministry in Manila said it had")
    return replace(mention, code=seat.country + mention.role, last=seat.last, kind="agency",
                   text=f"{mention.text} in {seat.text}", end=seat.end)  # fmt: skip


def local_role(mention: ActorMention, countries: Sequence[str]) -> ActorMention | None:
    """ "Separatist rebels ambushed ... near Kidal": a domestic role with no country takes
    the country of the sentence's place."""
    if mention.role not in DOMESTIC_ROLES or not countries or not countries[0]:
        return None
    return replace(mention, code=countries[0] + mention.role)
