"""Mentions that name an actor only through the document: pronouns ("he", "him", "they",
"it"), a surname after the full name ("Kim" after "Kim Jong Un"), a head noun after the
full name ("the Council" after "the Council of the European Union"), a name that needs
its story ("the North" in a Korean story), and a role placed by the sentence ("In Seoul,
the foreign ministry")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from watchfloor.extract.actors import COUNTRYISH, ActorMention
from watchfloor.extract.adjuncts import participial_adjunct
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.lexicon import AUXILIARIES, DEFINITE, PREPOSITIONS, words
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token

_PERSON_KINDS = frozenset({"leader", "role"})
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they", "us": "we"}
PRONOUNS = words("he she we they it him her them us")
_NP_BREAK = PREPOSITIONS | AUXILIARIES | words("and or but said says")
_COUNTS = words("two three four five six both")
# prepositions before a place, not a party: "in the Gulf of Oman", "off Lesbos"
_PLACING = words("in at near off of around inside outside across")
# participles that open what someone says, whose "it" is its subject, not an object
_SAYING = words("saying adding claiming insisting noting stating arguing warning explaining")
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_GROUP_NOUNS = words(
    "leaders presidents ministers countries governments sides allies nations capitals "
    "neighbours neighbors parties"
)
# "all parties", "both sides" after an appeal are the story's adversaries (its first two
# sides), not whoever last acted together: "Egypt phoned Somalia ... the AU called on
# both countries to exercise restraint" addresses Somalia and Ethiopia
_APPEAL_NOUNS = words("sides parties countries governments neighbours neighbors nations")
# "urged everyone in Bosnia to refrain from violence": the people of a state, as the state
_EVERYONE = words("everyone everybody")
_GROUP_HEADS = words("the both all") | _EVERYONE
# "the two countries", "both neighbours" name the states themselves, not their organs
_STATE_NOUNS = words("countries nations capitals neighbours neighbors")
_GOVERNMENT_NOUNS = words("governments leaders presidents")
# roles of people who act where they live: bare "rebels", "protesters" belong to the
# country the sentence is set in
DOMESTIC_ROLES = words("REB OPP CVL COP")
# "its ally", "its neighbour": another state than the possessor, the one last named
_PARTNER_NOUNS = words("ally allies partner partners neighbour neighbor neighbours neighbors")
# "the group", "the unit" after plural actors: those actors
_COLLECTIVE_NOUNS = words("group groups")


def pronoun_mentions(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """A mention for each pronoun that has a referent; "they" after a list of actors
    stands for every one of them (mentions sharing one span)."""
    out: list[ActorMention] = []
    taken = {i for m in found for i in range(m.first, m.last)}
    for i, token in enumerate(tokens):
        if token.key not in PRONOUNS or i in taken or _possessive_her(tokens, i):
            continue
        earlier = [m for m in found if m.last <= i]
        object_of = _adjunct_object(tokens, i, earlier)
        referents = object_of or _referents(token.key, earlier, context, tokens)
        for referent in referents:
            out.append(_standing_at(referent, token, i))
    return out


def _adjunct_object(
    tokens: tuple[Token, ...], i: int, earlier: Sequence[ActorMention]
) -> list[ActorMention]:
    """ "expelled a Philippine vessel, accusing it of": the object "it" of a participial
    adjunct is not the main subject that adjunct shares; it is the last thing the main
    clause named after its subject."""
    if tokens[i].key != "it" or i == 0 or participial_adjunct(tokens, i - 1) is None:
        return []
    if tokens[i - 1].key in _SAYING:
        return []  # ", saying it would respond": the subject of what is said
    things = [m for m in earlier if m.kind not in _PERSON_KINDS]
    # a party, not a place a phrase names ("seized a tanker in the Gulf of Oman"); "cut
    # relations with the UAE, calling it" names a party
    others = [m for m in things[1:]
              if m.country != things[0].country and not _placed(tokens, m)]  # fmt: skip
    return others[-1:]


def _placed(tokens: tuple[Token, ...], m: ActorMention) -> bool:
    j = m.first - 1
    while j >= 0 and tokens[j].key in DEFINITE:
        j -= 1
    return j >= 0 and tokens[j].key in _PLACING


def _possessive_her(tokens: tuple[Token, ...], i: int) -> bool:
    """ "her Russian counterpart": a determiner, not the object "her"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].key == "her"
        and nxt is not None
        and nxt.text[:1].isalpha()
        and nxt.key not in ("and", "or", "to", "in", "at", "on", "with", "as", "for", "of")
    )


def alias_mentions(
    tokens: tuple[Token, ...], body: str, found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """Surnames and head nouns of actors named earlier in the document."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        earlier = context.alias(token.text) if token.text[:1].isupper() else None
        if earlier is None and context.broken_case and token.text.isalpha():
            earlier = context.alias(token.text.upper())  # "the saf" after "(SAF)"
        referent = earlier or _head_noun(tokens, i, context)
        if referent is not None:
            out.append(_standing_at(referent, token, i))
    return out


def _standing_at(referent: ActorMention, token: Token, i: int) -> ActorMention:
    """The referent, as a mention at the word ``i`` that names it."""
    return ActorMention(
        i, i + 1, referent.code, referent.role, referent.kind, token.text, token.start, token.end
    )


def group_mentions(
    tokens: tuple[Token, ...],
    found: Sequence[ActorMention],
    context: DocumentContext,
    appeals: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    """ "the three leaders", "both governments", "the two countries": every party of the
    last act with several parties (mentions sharing one span); after an appeal word of
    ``appeals`` ("urged all sides"), the story's two sides."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i in range(len(tokens) - 1):
        if i in taken or tokens[i].key not in _GROUP_HEADS:
            continue
        j = i + 1 if tokens[i].key not in _EVERYONE else i
        if tokens[j].key in _COUNTS and j + 1 < len(tokens):
            j += 1
        appeal = _appealed(tokens, i, appeals)
        inside = _inside(tokens, found, j) if appeal else None
        if inside is not None:  # "urged everyone in Bosnia", "all parties in South Sudan"
            out.append(replace(inside, first=i, last=j + 1, text=" ".join(
                t.text for t in tokens[i : j + 1]), start=tokens[i].start, end=tokens[j].end))
            continue  # fmt: skip
        if tokens[j].key not in _GROUP_NOUNS or (tokens[i].key == "the" and j == i + 1):
            continue
        start, end = tokens[i].start, tokens[j].end
        states = tokens[j].key in _STATE_NOUNS
        # "urged both governments", then "the two neighbours": fewer than the act's
        # parties are those it was aimed at, named after its actor
        count = _NUMBERS.get(tokens[j - 1].key if j > i + 1 else tokens[i].key, 0)
        group = _sentence_parties(found, i, count) or context.group
        members = group[-count:] if 0 < count < len(group) else group
        sides = _named_pair(tokens, found, i) or context.dyad
        if tokens[j].key in _APPEAL_NOUNS and appeal and sides:
            # the sides as states, whatever organ of theirs led the story; their
            # governments when the appeal says so
            role = "GOV" if tokens[j].key == "governments" else ""
            members = [replace(m, code=m.country + role, role=role) if m.country != "IGO"
                       else m for m in sides]  # fmt: skip
        for member in members:
            if states and member.country != "IGO":
                member = replace(member, code=member.country, role="")
            elif tokens[j].key in _GOVERNMENT_NOUNS and member.country != "IGO":
                # "both governments" after "Niger and Benin": the states' governments
                member = replace(member, code=member.country + "GOV", role="GOV")
            out.append(replace(member, first=i, last=j + 1, text=" ".join(
                t.text for t in tokens[i : j + 1]), start=start, end=end))  # fmt: skip
    return out


def _sentence_parties(found: Sequence[ActorMention], i: int, count: int) -> list[ActorMention]:
    """ "The Japan Coast Guard and its Philippine counterpart will drill ..., officials
    from both countries said": the sentence's own states before the phrase, when they
    are as many as it counts (at least two), stand before the story's last group."""
    states: dict[str, ActorMention] = {}
    for m in found:
        # a capital is mostly a place here: "visited Niamey and offered to mediate
        # between the two neighbours" names no neighbour
        if m.last <= i and m.resolved and m.country != "IGO" and m.kind != "capital":
            states.setdefault(m.country, m)
    parties = list(states.values())
    return parties if count >= 2 and len(parties) == count else []


def _inside(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], j: int
) -> ActorMention | None:
    """The state of "all sides in Libya", "everyone in Bosnia and Herzegovina"."""
    if j + 2 >= len(tokens) or tokens[j + 1].key != "in":
        return None
    if tokens[j].key not in _GROUP_NOUNS | _EVERYONE:
        return None
    state = next((m for m in found if m.first == j + 2 and m.kind in COUNTRYISH), None)
    return replace(state, code=state.country, role="") if state is not None else None


def _named_pair(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], i: int
) -> list[ActorMention]:
    """ "a matter between Nepal and India ... called on the two countries": the last two
    states joined by "and" before the group in its own sentence."""
    before = [m for m in found if m.last <= i and m.kind in COUNTRYISH]
    for a, b in reversed(list(pairwise(before))):
        if a.last + 1 == b.first and tokens[a.last].key == "and" and a.country != b.country:
            return [a, b]
    return []


def _appealed(tokens: tuple[Token, ...], i: int, appeals: frozenset[str]) -> bool:
    """ "called on both sides", "urged \"all parties\"": an appeal word right before."""
    skipped = ('"', "“", "on", "upon", "to")
    before = [t.key for t in tokens[max(0, i - 3) : i] if t.key not in skipped]
    return bool(before) and before[-1] in appeals


def roles_from_countries(
    tokens: tuple[Token, ...], found: list[ActorMention]
) -> list[ActorMention]:
    """ "Warships and aircraft from the United States, Japan and South Korea": each
    country with the role, standing where the role words stand."""
    out = list(found)
    for role in [m for m in found if m.kind == "role" and m.first >= 0]:
        j = role.last
        while j < len(tokens) and j - role.last < 3 and tokens[j].key in ("and", "aircraft", ","):
            j += 1
        if j >= len(tokens) or tokens[j].key != "from":
            continue
        countries = [c for c in found if c.first > j and c.kind in COUNTRYISH
                     and c.first - j <= 8]  # fmt: skip
        if not countries:
            continue
        out = [o for o in out if o is not role and o not in countries]
        out += [replace(c, code=c.country + role.role, role=role.role, first=role.first,
                        last=role.last, text=role.text, start=role.start, end=role.end)
                for c in countries]  # fmt: skip
    return sorted(out, key=lambda m: m.first)


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
            if context.mentioned(alias.requires):
                start, end = tokens[i].start, tokens[i + n - 1].end
                out.append(ActorMention(i, i + n, alias.code, "", "context", body[start:end],
                                        start, end))  # fmt: skip
    return sorted(out, key=lambda m: m.first)


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


def determiner_of(tokens: tuple[Token, ...], first: int) -> str | None:
    """The determiner of the noun phrase that ends in a role word: "the" in "the External
    Affairs Minister", "its" in "its artillery units" and in "it's warplanes" (as content
    farms spell it); None if a preposition, verb form or punctuation comes first."""
    for i in range(first - 1, max(-1, first - 4), -1):
        key = tokens[i].key
        if key in DEFINITE:
            return key
        if key == "'s" and i > 0 and tokens[i - 1].key == "it":
            return "its"
        if not tokens[i].text.isalpha() or key in _NP_BREAK:
            return None
    return None


def possessed_role(
    mention: ActorMention,
    tokens: tuple[Token, ...],
    earlier: Sequence[ActorMention],
    context: DocumentContext,
) -> ActorMention | None:
    """ "our troops" are the speaker's; "The Israeli military said its fighter jets" are
    the jets of the actor the clause is about, the last one named before "its", not of
    the country the story last named."""
    owner: ActorMention | None = None
    determiner = determiner_of(tokens, mention.first)
    if determiner == "our":
        owner = context.pronoun("we")
    elif determiner in ("its", "their"):
        things = [m for m in earlier if m.last <= mention.first and m.kind not in _PERSON_KINDS]
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


def counterparts(tokens: tuple[Token, ...], found: list[ActorMention]) -> list[ActorMention]:
    """ "X's defence chief spoke to his Pakistani counterpart": the counterpart holds the
    office of the one who acts, in the other country."""
    out = list(found)
    words = ("counterpart", "counterparts")
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
    embassy "in Kabul" are only there, so only ruling bodies are placed so."""
    if not mention.role or mention.text.casefold() not in seated:
        return None
    if mention.last >= len(tokens) or tokens[mention.last].key != "in":
        return None
    seat = next((m for m in found if m.first == mention.last + 1 and m.kind == "capital"), None)
    if seat is None:
        return None
    return replace(mention, code=seat.country + mention.role, last=seat.last,
                   text=f"{mention.text} in {seat.text}", end=seat.end)  # fmt: skip


def _referents(
    word: str,
    earlier: Sequence[ActorMention],
    context: DocumentContext,
    tokens: tuple[Token, ...],
) -> list[ActorMention]:
    subject_form = _SUBJECT_OF.get(word, word)
    if subject_form in ("he", "she"):
        people = [m for m in earlier if m.kind in _PERSON_KINDS]
        # "Kim welcomed him": the object is someone other than this sentence's person
        if word in ("him", "her"):
            others = [m for m in context.people() if all(m.country != p.country for p in people)]
            return others[-1:]
        if people:
            return people[-1:]
    if subject_form == "they":
        chain = _last_list(earlier, tokens)
        if len(chain) > 1:
            return chain
        # a plural pronoun agrees with a plural phrase, not a state's singular name:
        # "expelled three diplomats, accusing them"; the object form with the last one
        plural = [m for m in earlier if plural_mention(m, tokens)]
        if plural and (word == "them" or not plural_mention(earlier[0], tokens)):
            return plural[-1:]
        if earlier:
            # "Houthis say they fired": the sentence's own subject, not the last story's
            return [earlier[0]]
    if word == "it":
        # only within the sentence: a sentence-initial "it" is mostly "it was ..."
        things = [m for m in earlier if m.kind not in _PERSON_KINDS]
        return things[:1]
    referent = context.pronoun(subject_form)
    return [referent] if referent is not None else []


def plural_mention(m: ActorMention, tokens: tuple[Token, ...]) -> bool:
    """Whether a mention names several: its head noun is plural ("Russian diplomats",
    "two French broadcasters", "the Houthis"); a state's name is one ("the Philippines")."""
    head = tokens[m.last - 1]
    after = tokens[m.last] if m.last < len(tokens) else None
    if m.kind == "demonym" and not head.text.islower() and after is not None:
        head = after  # "French broadcasters": the noun after the adjective
    if head.text.islower():
        return _plural_noun(head.key)
    return m.kind == "group" and _plural_noun(head.key)


def _plural_noun(key: str) -> bool:
    return key.isalpha() and key.endswith("s") and not key.endswith(("ss", "us", "is"))


def _last_list(earlier: Sequence[ActorMention], tokens: tuple[Token, ...]) -> list[ActorMention]:
    """The last list of actors joined by commas and "and": "the UK, France and Germany"."""
    if not earlier:
        return []
    chain = [earlier[-1]]
    for m in reversed(earlier[:-1]):
        between = [t.key for t in tokens[m.last : chain[0].first] if t.key != "the"]
        if between not in ([","], ["and"], [",", "and"]):
            break
        chain.insert(0, m)
    return chain


def _head_noun(tokens: tuple[Token, ...], i: int, context: DocumentContext) -> ActorMention | None:
    """ "the Council" after "the Council of the European Union", "the command" after
    "the Eastern Theater Command"."""
    if i == 0 or tokens[i - 1].key not in ("the", "this"):
        return None
    return context.head_noun(tokens[i].key)


def local_role(mention: ActorMention, countries: Sequence[str]) -> ActorMention | None:
    """ "Separatist rebels ambushed ... near Kidal": a domestic role with no country takes
    the country of the sentence's place."""
    if mention.role not in DOMESTIC_ROLES or not countries or not countries[0]:
        return None
    return replace(mention, code=countries[0] + mention.role)


def within_groups(found: Sequence[ActorMention]) -> list[ActorMention]:
    """ "The three governments" stands for the group's members; the role word inside it
    is no actor of its own. Nor is a role word right after a named group ("Wagner
    mercenaries"): it is that group's head noun."""
    groups = [(m.first, m.last) for m in found if m.kind == "group" and m.last - m.first > 1]
    named = {m.last for m in found if m.kind in ("group", "agency") and m.resolved}
    return [
        m for m in found
        if not (m.kind == "role" and any(lo <= m.first and m.last <= hi and (lo, hi) != (
            m.first, m.last) for lo, hi in groups))
        and not (m.kind == "role" and m.first in named and m.text[:1].islower())
    ]  # fmt: skip


def partner_mentions(
    tokens: tuple[Token, ...], found: Sequence[ActorMention], context: DocumentContext
) -> list[ActorMention]:
    """ "Russia is not handing the weapons to its ally": the possessor's partner is the
    other state the story last named; "accused the group of spying": the plural actors
    the story last named."""
    taken = {i for m in found for i in range(m.first, m.last)}
    out: list[ActorMention] = []
    for i in range(1, len(tokens)):
        key, before = tokens[i].key, tokens[i - 1].key
        if i in taken or before not in ("its", "their", "the"):
            continue
        if key in _PARTNER_NOUNS and before != "the":
            owners = [m for m in found if m.last <= i - 1]
            owner = owners[-1].country if owners else None
            referent = next((m for m in reversed(context.history)
                             if m.kind in COUNTRYISH and owner and m.country != owner),
                            None)  # fmt: skip
        elif key in _COLLECTIVE_NOUNS and before == "the":
            referent = next((m for m in reversed(context.history)
                             if (m.kind == "group" or m.role) and m.text.endswith("s")
                             and not m.code.startswith("IGO")), None)  # fmt: skip
        else:
            continue
        if referent is not None:
            t = tokens[i]
            out.append(replace(referent, first=i - 1, last=i + 1, kind="context",
                               text=f"{tokens[i - 1].text} {t.text}",
                               start=tokens[i - 1].start, end=t.end))  # fmt: skip
    return out
