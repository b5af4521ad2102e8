"""Actors in a sentence: dictionary phrases composed with role words.

"North Korean troops" is a demonym and a role word (PRK + MIL); "South Korea's National
Intelligence Service" is a country and an agency (KORSPY); "the Minister for Foreign
Affairs of Japan" is a role and a country. A role word with no country ("the agency",
"the soldiers") is kept unresolved, for the document stage to resolve from context."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from watchfloor.extract.text import Token, phrase_keys
from watchfloor.taxonomy import ActorDictionary

COUNTRYISH = frozenset({"country", "demonym", "capital"})
# Words that may stand between a country and its role word ("Russia's lower house").
_BRIDGE_STOP = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "may",
        "might",
        "said",
        "says",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "the",
        "a",
        "an",
        "that",
        "which",
        "who",
        "whose",
        "as",
        "after",
        "before",
        "since",
        "while",
        "when",
        "not",
        "also",
        "its",
        "their",
        "his",
        "her",
        "our",
        "'",
        ",",
        ".",
        ";",
        ":",
        "—",
        "–",
        "-",
        "(",
        ")",
        '"',
    ]
)


@dataclass(init=False, unsafe_hash=True)
class ActorMention:
    """``first``/``last`` are token indexes (``last`` exclusive). An unresolved role
    mention has ``code`` == "" and its ``role`` set. Never changed once made (copy it
    with ``dataclasses.replace``); not frozen, and with its own ``__init__``, because
    compiled (``make compile``) that makes one ten times faster: sentences make many."""

    first: int
    last: int
    code: str
    role: str
    kind: str
    text: str
    start: int
    end: int

    def __init__(
        self, first: int, last: int, code: str, role: str, kind: str, text: str, start: int,
        end: int,
    ) -> None:  # fmt: skip
        self.first = first
        self.last = last
        self.code = code
        self.role = role
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def resolved(self) -> bool:
        return bool(self.code)


@dataclass(frozen=True, slots=True)
class _Phrase:
    keys: tuple[str, ...]
    code: str
    kind: str
    acronym: bool


class ActorMatcher:
    """Finds actor mentions in token sequences. Built once from the dictionary."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        lowercase_ambiguous: frozenset[str],
        modifiers: frozenset[str] = frozenset(),
        belonging: frozenset[str] = frozenset(),
    ) -> None:
        phrases = [
            _Phrase(phrase_keys(e.phrase), e.code, e.kind, _is_acronym(e.phrase))
            for e in dictionary.entries
        ]
        self._actors = _index(phrases + _apostrophe_less(phrases))
        self._roles = _index(
            _Phrase(phrase_keys(r.phrase), r.role, "role", _is_acronym(r.phrase))
            for r in dictionary.roles
        )
        self._ambiguous = lowercase_ambiguous
        self._modifiers = modifiers
        self._belonging = belonging
        # words of roles and of country names: a name learnt from "Defence Minister Shin
        # Won-sik" is "Shin", never "Defence"
        self.country_words = self._words_of("country", "demonym", "capital")
        self.title_words = self.country_words | self._words_of("role")
        self.demonyms = self._words_of("demonym")

    def _words_of(self, *kinds: str) -> frozenset[str]:
        return frozenset(
            key
            for index in (self._roles, self._actors)
            for bucket in index.values()
            for phrase in bucket
            if phrase.kind in kinds
            for key in phrase.keys
        )

    def find(
        self, tokens: tuple[Token, ...], body: str, broken_case: bool = False
    ) -> list[ActorMention]:
        """Mentions in ``tokens`` (whose offsets index ``body``); in a ``broken_case``
        document ("the pkk said") acronyms are matched in lower case too."""
        keys = tuple(t.key for t in tokens)
        actors = self._matches(tokens, keys, self._actors, broken_case)
        roles = self._matches(tokens, keys, self._roles, broken_case)
        mentions = _share_roles(tokens, _compose(tokens, actors, roles, self._modifiers))
        return [_with_text(m, tokens, body) for m in mentions]

    def _matches(
        self,
        tokens: tuple[Token, ...],
        keys: tuple[str, ...],
        index: dict[str, list[_Phrase]],
        broken_case: bool,
    ) -> list[tuple[int, int, _Phrase]]:
        found: list[tuple[int, int, _Phrase]] = []
        i = 0
        while i < len(keys):
            bucket = index.get(keys[i])  # most words start no phrase
            match = self._longest(tokens, keys, i, bucket, broken_case) if bucket else None
            suffix = keys[i].rpartition("-")[2]
            if match is None and (suffix == "led" or suffix in self._belonging):
                match = self._leader(tokens[i], index, broken_case)
                if match is not None and suffix != "led":
                    match = replace(match, kind="flag")  # a state's ship or firm: acted on
            if match is None:
                i += 1
                continue
            found.append((i, i + len(match.keys), match))
            i += len(match.keys)
        return found

    def _longest(
        self,
        tokens: tuple[Token, ...],
        keys: tuple[str, ...],
        i: int,
        bucket: list[_Phrase],
        broken_case: bool,
    ) -> _Phrase | None:
        for phrase in bucket:
            n = len(phrase.keys)
            if keys[i : i + n] == phrase.keys and self._case_fits(
                tokens[i : i + n], phrase, broken_case
            ):
                return phrase
        return None

    def _leader(
        self, token: Token, index: dict[str, list[_Phrase]], broken_case: bool
    ) -> _Phrase | None:
        """ "the NATO-led KFOR mission", "the Saudi-led coalition": a force led by an
        actor acts as that actor; "a Chinese-flagged longliner", "a Greek-owned tanker"
        are that state's (the suffixes of the class BELONGING), to be acted on."""
        head = token.text.rpartition("-")[0]
        bucket = index.get(head.casefold(), [])
        window = (Token(head, token.start, token.start + len(head), head.casefold()),)
        fits = [p for p in bucket if len(p.keys) == 1 and self._case_fits(window, p, broken_case)]
        return replace(fits[0], keys=(token.key,)) if fits else None

    def _case_fits(self, window: tuple[Token, ...], phrase: _Phrase, broken_case: bool) -> bool:
        if phrase.acronym:
            if all(t.text.upper() == t.text for t in window):
                return True
            # "pkk" where nothing is capitalised; two letters ("us", "un") are words
            key = window[0].key
            return broken_case and len(window) == 1 and len(key) >= 3 and key.isalpha()
        if phrase.kind != "role" and len(window) == 1 and window[0].text.islower():
            key = window[0].key
            # "turkeys" is no more Turkey's than "turkey" is Turkey
            return len(key) >= 4 and key.removesuffix("s") not in self._ambiguous
        return True


def _apostrophe_less(phrases: list[_Phrase]) -> list[_Phrase]:
    """ "Iraqs foreign ministry", "Russias army": a one-word country name with its
    possessive written without the apostrophe, where that spelling names nothing else."""
    taken = {p.keys for p in phrases}
    return [
        replace(p, keys=(p.keys[0] + "s",))
        for p in phrases
        if p.kind == "country"
        and len(p.keys) == 1
        and not p.acronym
        and p.keys[0].isalpha()
        and not p.keys[0].endswith("s")
        and (p.keys[0] + "s",) not in taken
    ]


def _index(phrases: Iterable[_Phrase]) -> dict[str, list[_Phrase]]:
    index: dict[str, list[_Phrase]] = defaultdict(list)
    for phrase in phrases:
        if phrase.keys:
            index[phrase.keys[0]].append(phrase)
    for bucket in index.values():
        bucket.sort(key=lambda p: len(p.keys), reverse=True)
    return dict(index)


def _is_acronym(phrase: str) -> bool:
    letters = phrase.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _compose(
    tokens: tuple[Token, ...],
    actors: list[tuple[int, int, _Phrase]],
    roles: list[tuple[int, int, _Phrase]],
    modifiers: frozenset[str],
) -> list[ActorMention]:
    """Join countries with the role words or agencies that follow or precede them."""
    role_at = {first: (last, p) for first, last, p in roles}
    actor_at = {first: (last, p) for first, last, p in actors}
    used_roles: set[int] = set()
    used_actors: set[int] = set()
    mentions: list[ActorMention] = []
    for first, last, phrase in actors:
        if first in used_actors:
            continue
        mention = _country_with_role(tokens, first, last, phrase, role_at, actor_at, modifiers)
        if mention is not None:
            covered = range(mention.first, mention.last)
            used_roles.update(i for i in role_at if i in covered)
            used_actors.update(i for i in actor_at if i in covered)
        else:
            mention = _agency_of_country(tokens, first, last, phrase, actor_at)
            if mention is not None:
                used_actors.update(i for i in actor_at if first < i < mention.last)
            else:
                mention = _bare(first, last, phrase.code, phrase.kind)
        mentions.append(mention)
    for first, last, role in roles:
        if first in used_roles or any(m.first <= first < m.last for m in mentions):
            continue
        mention = _role_of_country(tokens, first, last, role.code, actor_at, role_at)
        if mention is not None:
            mentions = [m for m in mentions if not (mention.first <= m.first < mention.last)]
        else:
            mention = _bare(first, last, "", "role", role=role.code)
        mentions.append(mention)
    return _extend_names(tokens, sorted(mentions, key=lambda m: m.first))


def _country_with_role(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    phrase: _Phrase,
    role_at: dict[int, tuple[int, _Phrase]],
    actor_at: dict[int, tuple[int, _Phrase]],
    modifiers: frozenset[str],
) -> ActorMention | None:
    if phrase.kind not in COUNTRYISH:
        return None
    k = last
    if k < len(tokens) and tokens[k].key in ("'s", "'"):
        k += 1
    for hop in range(4):
        if k + hop >= len(tokens):
            return None
        j = k + hop
        if j in actor_at and actor_at[j][1].kind in ("agency", "leader", "group"):
            end, agency = actor_at[j]
            if agency.kind == "agency" and agency.code[:3] not in (phrase.code[:3], "IGO"):
                # "Kenya's Eastern Theatre Command" is Kenya's, whoever else has one
                code = phrase.code[:3] + agency.code[3:]
                return _bare(first, end, code, phrase.kind, role=agency.code[3:])
            return _bare(first, end, agency.code, agency.kind)
        if j in role_at:
            end, role = role_at[j]
            return _bare(first, end, phrase.code[:3] + role.code, phrase.kind, role=role.code)
        if j in actor_at or not _bridges(tokens[j], modifiers):
            return None  # "North Korea sent troops": a verb stands between
    return None


def _bridges(token: Token, modifiers: frozenset[str]) -> bool:
    """Words that may stand between a country and its role: modifiers ("special",
    "navy"), names and model numbers ("H-6", "Eastern Theater")."""
    if token.key in _BRIDGE_STOP:
        return False
    if token.key in modifiers:
        return True
    has_digit = any(c.isdigit() for c in token.text)
    return (token.is_capitalised and not token.text.isupper()) or ("-" in token.text and has_digit)


def _role_of_country(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    role: str,
    actor_at: dict[int, tuple[int, _Phrase]],
    role_at: dict[int, tuple[int, _Phrase]] | None = None,
) -> ActorMention | None:
    """ "the Minister for Foreign Affairs of Japan", "the Government of the Republic of
    Korea"; through one office between ("the Chargé d'Affaires of the Embassy of Peru")."""
    k = _past_of(tokens, last)
    if k < 0:
        return None
    state = _state_at(actor_at, k)
    if state is not None:
        end, country = state
        return _bare(first, end, country.code[:3] + role, "role", role=role)
    if k in actor_at and actor_at[k][1].code.startswith("IGO"):
        # "the chairperson of the African Union Commission": the body's own office
        end, body = actor_at[k]
        return _bare(first, end, body.code, body.kind)
    if role_at is not None and k in role_at:
        office = _role_of_country(tokens, k, role_at[k][0], role, actor_at)
        if office is not None:
            return _bare(first, office.last, office.code, "role", role=role)
    return _of_office_of_country(tokens, first, k, role, actor_at)


def _agency_of_country(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    phrase: _Phrase,
    actor_at: dict[int, tuple[int, _Phrase]],
) -> ActorMention | None:
    """ "the Federal Foreign Office of Germany", "the Interior Ministry of Kosovo": an
    agency the dictionary files under one state ("Foreign Office", the British one) is
    the state its of-phrase names, with the agency's role."""
    if phrase.kind != "agency" or phrase.code.startswith("IGO") or len(phrase.code) <= 3:
        return None
    state = _state_at(actor_at, _past_of(tokens, last))
    if state is None:
        return None
    end, country = state
    role = phrase.code[3:]
    return _bare(first, end, country.code[:3] + role, "agency", role=role)


# the longest office name read between "of" and "of <state>" ("Foreign Affairs
# and International Cooperation")
_OFFICE_WORDS = 6


def _of_office_of_country(
    tokens: tuple[Token, ...],
    first: int,
    k: int,
    role: str,
    actor_at: dict[int, tuple[int, _Phrase]],
) -> ActorMention | None:
    """ "the Minister of Foreign Affairs of Montenegro", "the Minister of Defence and
    Veterans of the Republic of X": translated statements name an office by its portfolio,
    then its state in a second of-phrase; the office's words are capitalised (a lower-case
    word, "the Minister of state for the region of X", breaks it)."""
    j = k
    while j < len(tokens) and j - k < _OFFICE_WORDS and j not in actor_at:
        token = tokens[j]
        if token.key == "of" and j > k:
            break
        if not (token.is_capitalised or (token.key in ("and", "&") and j > k)):
            return None
        j += 1
    if j == k or tokens[j - 1].key in ("and", "&"):
        return None
    state = _state_at(actor_at, _past_of(tokens, j))
    if state is None:
        return None
    end, country = state
    return _bare(first, end, country.code[:3] + role, "role", role=role)


def _past_of(tokens: tuple[Token, ...], k: int) -> int:
    """Where the phrase after "of" (and its "the") at ``k`` begins; -1 when no "of" is there."""
    if k >= len(tokens) or tokens[k].key != "of":
        return -1
    k += 1
    return k + 1 if k < len(tokens) and tokens[k].key == "the" else k


def _state_at(actor_at: dict[int, tuple[int, _Phrase]], k: int) -> tuple[int, _Phrase] | None:
    """The state named at ``k`` (where its name ends, its phrase), or None."""
    found = actor_at.get(k)
    return found if found is not None and found[1].kind in COUNTRYISH else None


def _extend_names(tokens: tuple[Token, ...], mentions: list[ActorMention]) -> list[ActorMention]:
    """A title followed by a personal name ("Defence Minister Shin Won-sik") takes the name."""
    out: list[ActorMention] = []
    starts = {o.first for o in mentions}
    for m in mentions:
        last = m.last
        while (
            m.role
            and last < len(tokens)
            and last - m.last < 4
            and tokens[last].is_capitalised
            and last not in starts
            and tokens[last].key not in _BRIDGE_STOP
            and not _shouted(tokens, last)
        ):
            last += 1
        if m.role and last == m.last:
            last = _apposed_name(tokens, last, starts)
        out.append(replace(m, last=last) if last != m.last else m)
    return _absorb_following(out)


def _shouted(tokens: tuple[Token, ...], i: int) -> bool:
    """ "secretary of state marco rubio ACCUSED mexico", "officials SUMMONED": a word set
    in capitals for emphasis after words that are not ends no name; an acronym is short
    ("FSB"), and a name in a headline in capitals has capitals before it too."""
    text = tokens[i].text
    shouted = len(text) >= 4 and text.isalpha() and text.isupper()
    return shouted and i > 0 and not tokens[i - 1].text.isupper()


def _apposed_name(tokens: tuple[Token, ...], last: int, starts: set[int]) -> int:
    """ "Guyana's Minister of Foreign Affairs, Hugh Todd, said": a name set off by commas
    after a title is the title holder's (where the mention ends, with it)."""
    title_end = last
    if last < len(tokens) and tokens[last].key in ("of", "for"):
        # the rest of the title: "Minister of Foreign Affairs"
        end = last + 1
        while (
            end < len(tokens)
            and end - last <= 4
            and (tokens[end].is_capitalised or tokens[end].key == "and")
        ):
            end += 1
        last = end
    if last >= len(tokens) or tokens[last].key != ",":
        return title_end
    end = last + 1
    while end < len(tokens) and end - last <= 3 and _name_word(tokens[end], end, starts):
        end += 1
    closed = end == len(tokens) or tokens[end].key in (",", ".", ")")
    return end if closed and end - last >= 3 else title_end


def _name_word(token: Token, i: int, starts: set[int]) -> bool:
    return (
        token.is_capitalised
        and token.text.isalpha()
        and not token.text.isupper()
        and i not in starts
        and token.key not in _BRIDGE_STOP
    )


def _absorb_following(mentions: list[ActorMention]) -> list[ActorMention]:
    """A role mention right before a leader or agency is that leader ("President Putin")."""
    out: list[ActorMention] = []
    for m in mentions:
        if out and _titles(out[-1], m):
            m = replace(m, first=out.pop().first)
        out.append(m)
    return out


def _titles(title: ActorMention, name: ActorMention) -> bool:
    """ "Defence Minister" before "Shin Won-sik", "South Korean" + role before a leader."""
    if title.last != name.first or not title.role or name.kind not in ("leader", "agency"):
        return False
    return title.kind == "role" or title.country == name.country


def _share_roles(tokens: tuple[Token, ...], mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Chinese and Russian bombers": the role of the last conjunct goes to the others."""
    result = list(mentions)
    for idx in range(len(result) - 2, -1, -1):
        m, nxt = result[idx], result[idx + 1]
        between = [t.key for t in tokens[m.last : nxt.first]]
        # only adjectives share a head noun; "Russia, South Korea's agency" share nothing
        if (
            m.kind == "demonym"
            and not m.role
            and nxt.role
            and nxt.kind == "demonym"
            and between in (["and"], [","], [",", "and"], ["or"])
        ):
            result[idx] = replace(m, code=m.code[:3] + nxt.role, role=nxt.role)
    return result


def _bare(first: int, last: int, code: str, kind: str, role: str = "") -> ActorMention:
    if not role and len(code) == 6 and not code.startswith("IGO"):
        role = code[3:]
    return ActorMention(first, last, code, role, kind, "", 0, 0)


def _with_text(m: ActorMention, tokens: tuple[Token, ...], body: str) -> ActorMention:
    start, end = tokens[m.first].start, tokens[m.last - 1].end
    return ActorMention(m.first, m.last, m.code, m.role, m.kind, body[start:end], start, end)
