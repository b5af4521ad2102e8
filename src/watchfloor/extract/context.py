"""What a document tells the sentences that follow: its dateline (never a place or date
of an event), its home country, the speaker of a transcript turn, and the actors met so
far, which resolve "the agency", "the soldiers", "he" and "we"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.dates import DateMention
from watchfloor.extract.lexicon import words
from watchfloor.extract.places import PlaceMention
from watchfloor.extract.text import Token
from watchfloor.models import Mention, Place
from watchfloor.taxonomy import CameoTaxonomy, Gazetteer

_DATELINE = re.compile(
    r"^(?:[A-Z]+\s+[—–-]\s+)?(?P<city>[A-Z][A-Za-z .'’/-]{1,40}?),\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
    r"(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*"
)
# "SPOKESPERSON: ", "Q (Baltic Morning Post): ": the label, then the questioner's outlet
_SPEAKER = re.compile(r"^(?P<label>[A-Z][A-Z .'’-]{0,80}?)\s*(?:\([^()]{1,60}\))?:\s")
# parliamentary labels in mixed case: "Senator WONG:", "Vice Admiral JANE ROE (Chief of
# Navy):", "Mr. SMITH (Defence):", "The Minister for Trade (Jane Roe):", "Jane Roe
# (Anytown North) (Lab):", "Stephen Doughty:", "Jane Roe, Federal Minister of Defence:";
# capitalised words and a few joining ones
_MIXED_SPEAKER = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]*(?:,? (?:(?:of|for|and|the|in) ){0,2}[A-Z][\w'’.-]*){1,8}?)"
    r"\s*(?P<role>(?:\([^()]{1,120}\)\s*){1,3})?:\s"
)
# a press conference's turns in mixed case: "Question: ...", "Answer: ..."
_EXCHANGE = re.compile(r"^(?P<label>Question|Answer|Reply)\s*:\s")
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")  # a surname in capitals: "WONG"
_PERSONS = frozenset({"leader"})
# roles a story's bare mention gives its home state when no earlier actor had them: "the
# government", and "police" in a story datelined where they act ("Police detained 11
# villagers"), whose forces a wire names only when they are someone else's
_HOME_ROLES = frozenset({"GOV", "COP"})
_POLICE = "COP"
_GENERIC_HEADS = words("agency ministry service department office command")
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us)\b")  # on lower-cased text: twice as fast


def dateline_end(body: str) -> int:
    """Offset where the dateline ("SEOUL, Oct 18 (Harbor Wire) — ") ends, or 0."""
    match = _DATELINE.match(body)
    return match.end() if match else 0


def home_country(body: str, gazetteer: Gazetteer) -> str | None:
    """The country of the dateline city, or of a place line heading the document."""
    match = _DATELINE.match(body)
    lines = [match.group("city")] if match else []
    lines += [line.split(",")[0].strip() for line in body.splitlines()[:4] if "," in line]
    for name in lines:
        for part in name.split("/"):
            entry = gazetteer.lookup(part.strip().title())
            if entry is not None and entry.country:
                return entry.country
    return None


def speaks_for_state(body: str) -> bool:
    """Whether the text is a state's own statement ("We condemn ...", "our southern
    border"): it says "we" outside quotes and outside transcript turns, more than once."""
    if len(_FIRST_PLURAL.findall(body.lower())) < 2:
        return False  # most stories: one pass, and fewer could never be two
    count = 0
    for line in body.splitlines():
        low = line.lower()
        if "we" not in low and "our" not in low and "us" not in low:
            continue  # most lines: one look, no pattern
        if speaker_label(line) is None:
            count += len(_FIRST_PLURAL.findall(_QUOTED.sub("", low)))
    return count >= 2


def speaker_label(line: str, in_turns: bool = False) -> tuple[str, int] | None:
    """A transcript turn's label (with the speaker's office in brackets, if given) and
    where the turn's own words begin. A label in mixed case ("Senator Jane ROE:") counts
    when it shouts a surname or gives an office; a plain name ("Stephen Doughty:") only
    once the text is known to be a transcript (``in_turns``), lest a headline's "Live
    Updates:" speak."""
    if in_turns and line.endswith(":"):
        # a record that sets each label on its own line, the words on the next
        # ("Minister for Foreign Affairs (Jane Roe):"); only in a known transcript,
        # lest a heading ("BACKGROUND:") open a turn
        line += " "
    match = _SPEAKER.match(line) or _EXCHANGE.match(line)
    if match:
        # the label with its brackets: "THE MINISTER OF STATE (SHRI JANE ROE)"
        return line[: match.end()].rstrip().rstrip(":").rstrip(), match.end()
    mixed = _MIXED_SPEAKER.match(line)
    if mixed is None:
        return None
    label = mixed.group("label")
    if not (in_turns or mixed.group("role") or _SHOUTED.search(label)):
        return None
    end = mixed.end("role") if mixed.group("role") else mixed.end("label")
    return line[:end].rstrip(), mixed.end()


_WATER_HEADS = {"strait": "strait", "straits": "strait", "gulf": "gulf", "channel": "channel"}


def _name_follows(tokens: tuple[Token, ...], i: int) -> bool:
    """ "the strait of Otranto", "the Gulf States": a name, not the one named before."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and (nxt.key == "of" or nxt.is_capitalised or tokens[i].is_capitalised)


def without_address(words: tuple[Token, ...], named: Sequence[ActorMention]) -> tuple[Token, ...]:
    """A turn's words without the form of address opening it ("Senator, the task group
    fired ...", "Madam Chair, ..."): a title or two before a comma names no actor of the
    turn's sentence. ``named``: the actors found in the turn's first words."""
    comma = next((k for k, t in enumerate(words[:4]) if t.key == ","), 0)
    if comma == 0 or not all(t.is_capitalised for t in words[:comma]):
        return words
    if any(m.kind != "role" for m in named if m.first < comma):
        return words  # "Russia, China and Iran held drills": a list, not an address
    return words[comma + 1 :]


@dataclass(slots=True)
class DocumentContext:
    """Mutable state of one document's extraction; never shared between documents."""

    home: str | None
    title_words: frozenset[str] = frozenset()  # role and country words: never names
    country_words: frozenset[str] = frozenset()  # never a head noun
    broken_case: bool = False  # capitals mean nothing: "the pkk", "iraq"
    official: bool = False  # the text speaks for its home state: "the regime" is the enemy
    epithets: frozenset[str] = frozenset()  # "regime", "occupiers": the other side's names
    styles: Mapping[str, frozenset[str]] = field(default_factory=dict)  # NLD: "kingdom"...
    history: list[ActorMention] = field(default_factory=list)
    title_actor: ActorMention | None = None  # the first body or state the title names
    aliases: dict[str, ActorMention] = field(default_factory=dict)  # "Kim" -> Kim Jong Un
    heads: dict[str, ActorMention] = field(default_factory=dict)  # "council" -> IGOEEC
    events: list[Mention] = field(default_factory=list)
    # the firm the story last named ("Comilog", "the Canadian company"): whose site a
    # crowd blocks or strikes at when its sentence names no one
    firm: ActorMention | None = None
    speaker: ActorMention | None = None
    turns: bool = False  # a transcript label has been met
    chamber: bool = False  # the record of a legislature: its unnamed speakers are members
    host: ActorMention | None = None  # whose briefing it is: first actor of the heading
    # the state body whose statement the text is (its title says so): "we" are it
    issuer: ActorMention | None = None
    last_claimant: ActorMention | None = None
    narrative: date | None = None  # the day the story last spoke of
    spoken_on: date | None = None  # the day of the last saying the story dates
    spoken_at: int = 0  # where that saying's date stands in the body
    # the day a transcript's heading gives ("oral answers, Wednesday 2 September"): its
    # speakers' "today" and "on Monday" count from it
    session: date | None = None
    scene: Place | None = None  # the city or region the story last spoke of
    group: list[ActorMention] = field(default_factory=list)  # the last act's several parties
    # the story's first two sides (its lead act's actor and target): whom an appeal to
    # "both sides" or "all parties" addresses, whoever acted together since
    dyad: list[ActorMention] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # named so far as states ("Lebanese")
    waters: dict[str, PlaceMention] = field(default_factory=dict)  # "strait": the last named
    # the last group of people named by nationality ("two Russian nationals"): whom "the
    # two men" a later sentence detains are (recalled_people.py)
    nationals: ActorMention | None = None
    # the last boat named by its flag or nationality ("two Colombian fishing
    # boats"): what "the two vessels" a later sentence seizes is (crew_targets.py)
    boat: ActorMention | None = None
    # shared demonyms that mean the other state here: "dominican" -> ("DOM", "DMA")
    demonyms: dict[str, tuple[str, str]] = field(default_factory=dict)

    def remember_waters(self, places: Sequence[PlaceMention]) -> None:
        """The last strait, gulf or sea named, by its head word ("Strait of Hormuz")."""
        for p in places:
            if p.entry.kind != "sea":
                continue
            for word in p.entry.name.lower().split():
                head = _WATER_HEADS.get(word)
                if head is not None:
                    self.waters[head] = p

    def the_waters(
        self, tokens: tuple[Token, ...], locative: frozenset[str]
    ) -> list[PlaceMention]:
        """ "sent a destroyer toward the strait": the strait the story last named, after a
        word of ``locative``."""
        found = []
        for i in range(2, len(tokens)):
            named = self.waters.get(_WATER_HEADS.get(tokens[i].key, ""))
            if named is None or tokens[i - 1].key != "the":
                continue
            if tokens[i - 2].key in locative and not _name_follows(tokens, i):
                start, end = tokens[i - 1].start, tokens[i].end
                found.append(replace(named, first=i - 1, last=i + 1, start=start, end=end,
                                     text=named.entry.name))  # fmt: skip
        return found

    def set_scene(self, place: PlaceMention | None) -> None:
        if place is not None and place.entry.kind != "country":
            entry = place.entry
            self.scene = Place(place.text, entry.country, entry.lat, entry.lon)

    def note_saying(self, said_on: Sequence[DateMention]) -> None:
        """ "the minister said on Monday": the day later undated words of hers were said."""
        days = [d for d in said_on if len(d.value) == 10]
        if days:
            self.spoken_on, self.spoken_at = date.fromisoformat(days[-1].value), days[-1].start

    def advance_narrative(self, dates: Sequence[DateMention]) -> None:
        days = [d.value for d in dates if len(d.value) == 10]
        if days:
            self.spoken_on = None  # the story has moved on to another day's acts
            self.narrative = date.fromisoformat(days[-1])

    def remember(self, mentions: list[ActorMention]) -> None:
        for m in mentions:
            if m.resolved:
                self.history.append(m)
                self._learn_names(m)
                if m.kind in ("country", "demonym"):
                    self.countries.add(m.country)

    def _learn_names(self, m: ActorMention) -> None:
        words = [w.strip(",.") for w in m.text.replace("’", "'").split()]
        if words and words[0].casefold() in ("the", "a"):
            words = words[1:]
        if len(words) < 2 or m.kind in ("context", "event"):
            return
        if m.role and "," in m.text and m.kind not in ("leader", "role"):
            # "Chile's Minister of Defence, Maria Soto": the name set off by the comma
            words = [w.strip(",.") for w in m.text.split(",")[-1].split()]
        if m.kind in ("leader", "role") or (m.role and "," in m.text):
            names = [
                w for w in words
                if w[:1].isupper() and "'" not in w and len(w) >= 3
                and w.casefold() not in self.title_words
            ]  # fmt: skip
            for name in dict.fromkeys(names[:1] + names[-1:]):
                self.aliases[name] = m
        initials = "".join(w[0] for w in words if w[:1].isupper() and w.casefold() != "the")
        if m.kind in ("agency", "igo", "group", "role") and len(initials) >= 3:
            self.aliases.setdefault(initials, m)  # "Joint Chiefs of Staff" is later "JCS"
        if m.kind in ("agency", "igo", "group"):
            for word in (words[0], words[-1]):
                key = word.casefold()
                if word[:1].isupper() and key != "the" and key not in self.country_words:
                    self.heads[word.casefold()] = m
        if m.kind == "role" and len(words) >= 3 and words[1] == "of" and words[0][:1].isupper():
            # "the Government of the Republic of Korea" is later "the Government"
            self.heads[words[0].casefold()] = m

    def define(self, acronyms: Sequence[tuple[str, ActorMention]]) -> None:
        """Acronyms the text spells out: they override what a name's initials gave."""
        for acronym, m in acronyms:
            self.aliases[acronym] = m

    def alias(self, text: str) -> ActorMention | None:
        return self.aliases.get(text)

    def head_noun(self, key: str) -> ActorMention | None:
        """ "the Council" after "the Council of the European Union"; a generic head ("the
        agency", "the ministry") is the last organisation named."""
        own = self._issuer_head(key)
        if own is not None:
            return own
        if key in self.heads:
            return self.heads[key]
        if key in _GENERIC_HEADS:
            organisations = [m for m in self.history if m.kind in ("agency", "igo")]
            return organisations[-1] if organisations else None
        return None

    def people(self) -> list[ActorMention]:
        return [m for m in self.history if m.kind in _PERSONS or m.kind == "role"]

    def remember_event(self, mention: Mention, cameo: CameoTaxonomy) -> None:
        """Events, for anaphora; and a state that sends or fights has forces that later
        sentences call "the soldiers"."""
        self.events.append(mention)
        actor = mention.actor1
        other = mention.actor2
        # an appeal is a third party's word to the sides ("Kenya urged Ethiopia and Eritrea
        # to talk"): the story's sides are whom it addresses, not the one who appeals
        appeal = cameo.in_class(mention.code, "appeal")
        if not self.dyad and other is not None and other.country != actor.country and not appeal:
            self.dyad = [
                ActorMention(-1, -1, a.code, a.code[3:], "group", a.text, -1, -1)
                for a in (actor, other)
            ]
        forces = cameo.in_class(mention.code, "force_sent")
        if forces and len(actor.code) == 3 and actor.code != "IGO":
            code = actor.code + "MIL"
            self.history.append(ActorMention(-1, -1, code, "MIL", "event", actor.text, -1, -1))

    def remember_group(self, records: Sequence[Mention]) -> None:
        """The actors of one act with several parties ("Biden met Yoon and Ishiba"), for
        "the three leaders" and "the two countries" later."""
        members: dict[str, ActorMention] = {}
        for r in records:
            for actor in (r.actor1, r.actor2):
                if actor is not None and actor.country not in members:
                    members[actor.country] = ActorMention(
                        -1, -1, actor.code, actor.code[3:], "group", actor.text, -1, -1
                    )
        if len(members) >= 2:
            self.group = list(members.values())

    def mentioned(self, codes: frozenset[str]) -> bool:
        """Whether the story named a country, or an international body by its full code
        ("IGONAT")."""
        return any(m.country in codes or m.code[:6] in codes for m in self.history)

    def resolve(self, mention: ActorMention) -> ActorMention | None:
        """A role with no country takes the country of the last actor with that role,
        else the document's home country."""
        if mention.resolved:
            return mention
        head = mention.text.split()[-1].casefold() if mention.text else ""
        own_body = self._issuer_head(head) if len(mention.text.split()) <= 2 else None
        if own_body is not None:
            return replace(mention, code=own_body.code)
        named = self.heads.get(head) if head else None
        if named is not None and mention.text.split()[-1][:1].isupper():
            return replace(mention, code=named.code)
        # a named institution ("the Joint Chiefs of Staff") is never the forces a state
        # was last seen using, only an actor the text named
        institution = mention.text[:1].isupper() or mention.text.startswith("the ")
        institution = institution and any(w[:1].isupper() for w in mention.text.split()[1:])
        own = self._own_side() if self._epithet(mention) else None
        voice = self._voice()
        if own is None and voice is not None and _title(mention.text):
            # "the Foreign Secretary" in a ministry's briefing is the ministry's own
            return replace(mention, code=voice + mention.role)
        for earlier in reversed(self.history):
            if institution and earlier.kind == "event":
                continue
            if own is not None and earlier.country in own:
                continue
            if earlier.role == mention.role and not earlier.code.startswith("IGO"):
                return replace(mention, code=earlier.code[:3] + mention.role)
        if own is not None:
            return None
        if self.home and mention.role in _HOME_ROLES:
            return replace(mention, code=self.home + mention.role)
        return None

    def title_police(self, mention: ActorMention) -> ActorMention | None:
        """ "Riot police fired tear gas" in an undatelined analysis whose title leads with
        the state it is about ("Zimbabwe squeezes its Chinese miners"): nameless police
        are that state's, as a dateline's would be. Asked last, after the
        sentence's own place ("police arrested three men in <town>"). Only police: a bare
        "government" there may as well be the foreign party the title names second."""
        title = self.title_actor
        if self.home or mention.role != _POLICE or title is None or title.kind != "country":
            return None
        return replace(mention, code=title.country + mention.role)

    def crowd_home(self) -> str | None:
        """Where a nameless crowd stands when its sentence names no place: the dateline's
        country, else, in an undatelined analysis, the state its title leads with, as for
        nameless police ("Zimbabwe squeezes its Chinese miners": "villagers blocked the
        road" are Zimbabwe's)."""
        if self.home:
            return self.home
        title = self.title_actor
        return title.country if title is not None and title.kind == "country" else None

    def _issuer_head(self, key: str) -> ActorMention | None:
        """ "the Ministry" in a ministry's statement is that ministry, whichever other
        state's ministry the text named since ("the note by which the Ministry of Foreign
        Affairs of the Republic of Y declared ...")."""
        issuer = self.issuer
        if issuer is None or not self.official or self.turns:
            return None
        words = [w for w in issuer.text.split() if w.casefold() != "the"]
        return issuer if words and words[0].casefold() == key else None

    def _own_body(self) -> str:
        """Who "we" are in a text with a home: the issuer of a statement of that state
        (a general staff's "we" are its forces), else the home government."""
        issuer = self.issuer
        if issuer is not None and issuer.country == self.home and issuer.role:
            return issuer.code
        return f"{self.home}GOV"

    def statement_voice(self) -> ActorMention | None:
        """The body an official statement speaks for (its "we"), None in wire copy and
        in transcripts, whose speakers are claimants of their own."""
        if not self.official or self.turns or self.home is None:
            return None
        return self.pronoun("we")

    def take_issuer(self, issuer: ActorMention | None) -> None:
        """A statement's issuer speaks for its state: the text's home is that state (a
        communiqué often has no dateline) and its voice is official."""
        if issuer is None:
            return
        if not issuer.resolved:
            if self.home is None or not issuer.role:
                return
            issuer = replace(issuer, code=self.home + issuer.role)
        self.issuer = issuer
        self.home = self.home or issuer.country
        self.official = True

    def own_state(self, style: str) -> str | None:
        """The state a text speaking for its home calls by its style alone ("the Kingdom"
        in a Dutch minister's answer, "the Republic" in a Slovenian deputy's question),
        or by "our country"; None in wire copy, or where the home state bears no such
        style ("the Kingdom" in Rwanda's statement is Belgium, which its title names)."""
        if self.home is None or not (self.official or self.chamber):
            return None
        if style and style not in self.styles.get(self.home, frozenset()):
            return None
        return self.home

    def _voice(self) -> str | None:
        """The state a transcript turn or an official statement speaks for."""
        if self.speaker is not None:
            return None if self.speaker.country == "IGO" else self.speaker.country
        return self.home if self.official and not self.turns else None

    def _epithet(self, mention: ActorMention) -> bool:
        return any(w in self.epithets for w in mention.text.casefold().split())

    def _own_side(self) -> frozenset[str] | None:
        """Whose epithets never name themselves: the state a statement speaks for, and a
        transcript's speaker; None where the text speaks for no one (wire copy: "the
        junta" in a story from Bamako is Mali's)."""
        own = {self.speaker.country} if self.speaker is not None else set()
        if self.official and self.home:
            own.add(self.home)
        return frozenset(own) if own else None

    def pronoun(self, word: str) -> ActorMention | None:
        if word == "i":
            # "I condemn ...": a transcript turn's speaker; elsewhere a quoted someone
            return self.speaker if self.turns else None
        if word == "we":
            # a transcript's speaker; in an official statement its issuer; else nobody
            if self.speaker is not None or self.home is None or self.turns:
                return self.speaker  # an unknown voice in a transcript: the host's own
            return ActorMention(-1, -1, self._own_body(), "GOV", "role", word, -1, -1)
        if self.last_claimant is not None and word in ("he", "she"):
            return self.last_claimant
        people = [m for m in self.history if m.kind in _PERSONS or m.kind == "role"]
        pool = people if word in ("he", "she") else self.history
        return pool[-1] if pool else None


def _title(text: str) -> bool:
    """ "Foreign Secretary", "External Affairs Minister": an office named with capitals,
    not "soldiers" nor "the ministry"."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
