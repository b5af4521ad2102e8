"""The records one row of an events table makes (``RowReader``): its act from
``table_acts.tsv``, else the event patterns; who did it to whom, where, when, how many,
how sure; and the acts its response, outcome and status cells tell. What the cells say
is ``table_cells``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.dates import find_dates
from watchfloor.extract.places import most_specific
from watchfloor.extract.table_cells import (
    ISO,
    CellReader,
    Columns,
    as_group,
    cell_words,
    counted,
    distinct,
    finer,
    holds,
    phrase_at,
    quantity_in,
    refines,
)
from watchfloor.extract.table_clauses import ReadClause, clause_records
from watchfloor.extract.table_firms import as_firm
from watchfloor.extract.table_helpers import Crew, split_crew
from watchfloor.extract.table_hosts import host_targets
from watchfloor.extract.table_parts import act_parts, bare_seizure
from watchfloor.extract.table_responses import bare_count, follows_up, reactions, written
from watchfloor.extract.table_rules import ITEM, ActNoun
from watchfloor.extract.text import tokenize
from watchfloor.extract.triggers import find_triggers
from watchfloor.models import Actor, Certainty, EventDate, Mention, Place, Quantity

_BRACKET = re.compile(r"\(([^()]*[A-Z][^()]*)\)")  # a name in brackets
_DRILLS = ("drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "wargame")
# roles of people and groups, not of the state: a state's response may aim at its own
_NON_STATE = ("REB", "CVL", "OPP", "BUS", "MED")
# places an act cell may name as where it happened; a state there is its target
_TOWNS = ("city", "town")


def _sharing(other: ActorMention, first: ActorMention) -> ActorMention:
    if len(other.code) > 3 or len(first.code) == 3 or first.code.startswith("IGO"):
        return other
    return replace(other, code=other.country + first.role, role=first.role)


def _as_mention(actor: Actor) -> ActorMention:
    code = actor.code
    role = "" if code.startswith("IGO") else code[3:]
    return ActorMention(0, 0, code, role, "people", actor.text, 0, 0)


class RowReader:
    """The records one row of a table of acts makes."""

    def __init__(
        self,
        reader: CellReader,
        columns: Columns,
        row: Sequence[str],
        subject: ActorMention | None,
        published: date | None,
        acronyms: dict[str, ActorMention],
        clauses: ReadClause | None = None,
        about: ActorMention | None = None,
    ) -> None:
        self.acronyms = acronyms
        # whom the document is about (its title's first actor): who acts in an item
        # table's row that names no one ("air-defence systems delivered to Qatar")
        self.about = about
        self.clauses = clauses  # the prose extractor, for an act cell that is a sentence
        self.reader = reader
        self.columns = columns
        self.row = row
        self.subject = subject
        self.published = published
        self.place = self._read_place()  # every record of the row asks for it

    def events(self) -> list[Mention]:
        """The row's acts, and what the state where it happened did about it."""
        acts = self._each_act()
        if "outcome" in self.columns.roles:
            acts += self._outcomes()
        return acts + self._responses() if "response" in self.columns.roles else acts

    def _each_act(self) -> list[Mention]:
        """Each act a telegraphic act cell tells ("Boarded and seized boat; 4 crew
        detained": 1711 and 173), by the actor column's actor; else the cell's one act."""
        at = self.columns.roles.get("act")
        parts = act_parts(self.row[at], self._part_code) if at is not None else []
        if at is None or not parts or "actor" not in self.columns.roles:
            return self._acts()
        out: list[Mention] = []
        seen: set[tuple[str, str, str]] = set()
        for part in parts:
            row = [*self.row[:at], part, *self.row[at + 1 :]]
            one = RowReader(
                self.reader, self.columns, row, self.subject, self.published,
                self.acronyms, self.clauses, self.about,
            )  # fmt: skip
            for m in one._acts():
                key = (m.code, m.actor1.code, m.actor2.code if m.actor2 else "")
                if key not in seen:
                    seen.add(key)
                    out.append(m)
        return out

    def _part_code(self, text: str) -> str | None:
        # the act nouns alone: a part the event patterns read loosely ("assets
        # transferred to the state company" is no arms delivery) tells no act of its own
        act = self._code(text, patterns=False)
        return act[0] if act is not None else None

    def _outcomes(self) -> list[Mention]:
        """A tracker's "Outcome" cell ("six Indian crew kidnapped; freed in March after a
        ransom; four pirates detained by the frigate"), each part an act: an assault or
        a release (18, 08) is the attackers' against the victims (those the part names,
        else the target cell's people); any other force or coercion (17, 19) is the
        responders' against the attackers. A part dated by its own words is a later act,
        with no place; else it takes the row's date and place."""
        attackers = self._attackers()
        responders = distinct(self.reader.actor_of(self.columns.cell(self.row, "responder")))
        out: list[Mention] = []
        taken: Quantity | None = None  # how many the attackers took: those freed later
        # "detained four pirates, later handed over to Nigeria": each clause its own act
        parts = re.split(r"[;,]", self.columns.cell(self.row, "outcome"))
        for part in (p.strip() for p in parts):
            act = self._code(part, patterns=False)
            if act is None or not attackers:
                continue
            code = act[0]
            assault, freeing = self._is(code, "assault"), self._is(code, "freeing")
            if assault or freeing:
                victims = self._victims(part)
                found = [(code, a, v) for a in attackers[:1] for v in victims[:1]]
            elif self._is(code, "response_to_attack"):
                found = [(code, r, attackers[0]) for r in responders]
            else:
                continue
            when = self._date_of(part)
            count = self._count(part) or counted(part)
            if assault:
                taken = count
            elif freeing:
                count = count or taken
            for c, a, t in found:
                told = replace(self._mention(c, a, t), quantity=None if c == "190" else count)
                if when is not None:
                    told = replace(told, date=when, location=None)
                out.append(told)
        return out

    def _attackers(self) -> list[ActorMention]:
        """Who did the row's act: a group ("pirates", "a gang") of the country the cell
        names, else of the place's country."""
        text = self.columns.cell(self.row, "actor")
        named = distinct(self.reader.actor_of(text, self.acronyms))
        group = not self.reader.group_words.isdisjoint(cell_words(text))
        if named:
            return [as_group(m) if group and len(m.code) == 3 else m for m in named]
        return self._unnamed(text)

    def _victims(self, part: str) -> list[ActorMention]:
        """Whom an assault hit: the people the part names ("six Indian crew"), else those
        of the target cell ("container ship, Indian crew"), by nationality."""
        for text in (part, self.columns.cell(self.row, "target")):
            found = distinct(self.reader.actor_of(text, self.acronyms))
            if found:
                return [replace(m, code=m.country, role="") for m in found[:1]]
        return []

    def _acts(self) -> list[Mention]:
        aides: list[tuple[str, ActorMention, ActorMention]] = []
        cell = self.columns.cell
        roles = self.columns.roles
        if self.clauses is not None and "act" in roles and "actor" not in roles:
            # "Kenyan coast guard detains Somali fishing boat; crew released": the act
            # cell names who did what to whom, as a sentence does
            sentence = clause_records(cell(self.row, "act"), self.clauses, self._completed)
            if sentence:
                return sentence
        actor_text = cell(self.row, "actor")
        act_text = cell(self.row, "act") if "act" in roles else actor_text
        if "act" not in roles and "actor" not in roles and "item" in roles:
            # "Item | Number | Where / When": the item tells the act ("Russian armoured
            # vehicles delivered to Equatorial Guinea's army", "US Navy ship port call")
            act_text = cell(self.row, "item")
        # a deliveries table's item may name another act ("contract for 12 howitzers");
        # with no act nor item column the actor cell tells it ("JNIM (mortar fire on a base)")
        deliveries = self.columns.deliveries
        told = cell(self.row, "item") if deliveries else act_text
        act = self._code(told)
        if act is not None and bare_seizure(act[0]):
            # "Seized for fishing without licences": what was seized is the target cell's
            # craft, if it names one (1711), else a haul (171)
            act = self._code(told, context=self.columns.cell(self.row, "target"))
        if act is None and self.columns.implied and told is actor_text:
            # "Abductors | Victims | Outcome" under "Kidnap tracker: abductions of ...":
            # the row is the caption's act, whatever its actor cell names
            implied = self._code(self.columns.implied, patterns=False)
            act = (implied[0], len(act_text)) if implied is not None else None
        if act is None:
            return []
        code, at = act
        if "actor" not in self.columns.roles:
            # "Russian jets struck Idlib": who acts is named in the act cell, before the act
            # "Egyptian-Eritrean exercise": each side of a hyphen its own (same offsets)
            named = self.reader.actor_of(act_text.replace("-", " "), self.acronyms)
            actors = distinct([m for m in named if m.start < at])
            if not actors and not self.reader.group_words.isdisjoint(cell_words(act_text[:at])):
                # "Pirates hijack a dhow" off a coast: a group of where it happened, else
                # of the state the document is about ("Somali piracy")
                actors = self._unnamed(act_text[:at]) or self._about_group()
            if not actors and self.about is not None and "act" not in self.columns.roles:
                # a port call, a delivery, an exercise, a deployment; an item that names a
                # weapon ("artillery rounds") tells no strike by the document's actor
                actors = [self._about(code)] if self._is(code, "presence") else []
            if self.about is not None and not self._is(code, "delivery"):
                # "Turkish-Qatari exercise" in a note on Turkish troops: those troops
                actors = [finer(a, [self.about]) for a in actors]
        else:
            named = self.reader.actor_of(actor_text, self.acronyms)
            if told is actor_text:
                # "JNIM (mortar fire as a UN plane unloaded)": who acts stands before the act
                named = [m for m in named if m.start < at]
            crew = split_crew(
                actor_text, distinct(named), self.reader.helper_words, self.reader.informer_words
            )
            actors, aides = crew.doers, _aides(crew)
            place = self.place
            home = place.country if place is not None and place.country else self.columns.state
            if not actors and home:
                # "Jaffna magistrate's court": a body by its role is of the state it acts
                # in; "Presidency" under a "Guinean actor" header, of that state
                agency = "GOV" if self.columns.host_agency else ""
                local = self._responder(actor_text, home, default=agency)
                actors = [local] if local is not None else []
            if act_text is not actor_text:
                actors = [finer(a, self.reader.actor_of(act_text)) for a in actors]
            if deliveries:
                actors = [self._maker(a, actor_text) for a in actors]
        if not actors:
            return []
        targets = self._targets(act_text, actors, at, code)
        if targets is None:
            return []  # a target is named that no code fits: at whom the act was is unknown
        if self._drill_alone(code, act_text, actors, targets):
            code = "150"
        found: list[tuple[str, ActorMention, ActorMention | None]] = []
        joint = self._is(code, "joint_act")
        if not targets and len(actors) > 1 and joint:
            # "Russian and Belarusian airborne units", "Turkish-Qatari exercise": the
            # forces named together share the first one's role
            found += [(code, actors[0], _sharing(other, actors[0])) for other in actors[1:]]
        else:
            aims: list[ActorMention | None] = [*targets] if targets else [None]
            found += [(code, a, t) for a in actors for t in aims]
            if len(actors) > 1 and not joint:
                # forces of two states acting together cooperate with each other
                found += [("062", actors[0], other) for other in actors[1:]]
        # a force that assisted the row's first actor, or tipped it off, acted with it
        found += [(c, a, t) for c, a, t in aides if a.country != t.country]
        # a table about a state lists that state's own acts too: none is aimed at itself
        return [
            self._mention(c, a, t) for c, a, t in found
            if t is None or (t.code != a.code and (t is not self.subject or t.country != a.country))
        ]  # fmt: skip

    def _is(self, code: str, name: str) -> bool:
        """Whether ``code`` is of the taxonomy's class ``name`` (``cameo_classes.tsv``)."""
        return self.reader.rules.in_code_class(code, name)

    def _about_group(self) -> list[ActorMention]:
        about = self.about
        if about is None or about.code.startswith("IGO"):
            return []
        code = about.country + "REB"
        return [ActorMention(0, 0, code, "REB", "group", about.text, 0, 0)]

    def _about(self, code: str) -> ActorMention:
        """The document's actor, as the one who acts in an item that names no one: a
        delivery is its state's ("Turkish troops in Qatar": TUR sends the systems);
        a port call, an exercise, a deployment keep its role (TURMIL)."""
        about = self.about
        assert about is not None
        if not self._is(code, "delivery") or len(about.code) == 3:
            return about
        return replace(about, code=about.country, role="")

    def _completed(self, told: Mention) -> Mention:
        """The record a clause of the act cell tells, with the row's cells; an act on
        another state's soil with no target named is aimed at that state."""
        actor = _as_mention(told.actor1)
        target = _as_mention(told.actor2) if told.actor2 else None
        place = self.place
        abroad = place is not None and place.country and place.country != actor.country
        if target is None and "people" in self.columns.roles:
            # "Arrested by Budapest police" in a row of "3 German nationals": the act is
            # done to the people the row names (by their nationality), not to their host
            target = next((m for m in self._seized() if m.country != actor.country), None)
        if target is None and abroad:
            assert place is not None and place.country
            target = ActorMention(0, 0, place.country, "", "place", place.name, 0, 0)
        figure = self.columns.cell(self.row, "figure")
        count = quantity_in(figure, self.reader.rules.units) if figure else None
        # the act cell's count is its clause's own, not every clause's
        return replace(self._mention(told.code, actor, target), quantity=count)

    def _drill_alone(
        self, code: str, act_text: str, actors: list[ActorMention], targets: list[ActorMention]
    ) -> bool:
        """ "Russian Iskander launchers in a readiness drill": one state's drill with no
        partner named is a show of force (150), not a cooperation with no one."""
        partners = [t for t in targets if t.kind != "place"]
        if code != "062" or len(actors) != 1 or partners:
            return False
        words = cell_words(act_text)
        return not holds(words, ("joint",)) and any(holds(words, (w,)) for w in _DRILLS)

    def _maker(self, supplier: ActorMention, text: str) -> ActorMention:
        """ "Germany (KNDS)": a supplier's bracket that names no state body is the maker,
        a firm of that state (DEUBUS); "Russia (Rosoboronexport)" alike."""
        bracket = _BRACKET.search(text)
        if bracket is None or len(supplier.code) > 3 or supplier.start > bracket.start():
            return supplier
        inside = bracket.group(1)
        if any(m.resolved or m.role for m in self.reader.actors.find(tokenize(inside), inside)):
            return supplier  # "Russia (FSB)", "Iran (defence ministry)": a state body
        return replace(supplier, code=supplier.country + "BUS", role="BUS")

    def _code(
        self, act_text: str, patterns: bool = True, context: str = ""
    ) -> tuple[str, int] | None:
        """The act's code and where in the cell it is named: the longest act phrase of
        the cell (on a tie the first in the cell, then the first line of the file); a
        generic code (190) gives way to a specific one of its root the cell also names
        ("ground clash, small arms": 193); else the event patterns' longest trigger."""
        item = self.columns.cell(self.row, "item")
        words = cell_words(f"{act_text} {item} {context}")
        status = cell_words(f"{act_text} {item} {self.columns.cell(self.row, 'status')}")
        tokens = tokenize(act_text)
        keys = tuple(t.key for t in tokens)
        # a deliveries table names who supplies and the item, not the act
        roles = self.columns.roles
        item_only = bool(item) and "act" not in roles and "actor" in roles
        matches: list[tuple[int, int, ActNoun, int]] = []
        # a phrase whose first word the cell lacks is no match: one look, not a search
        in_words, in_status, in_keys = frozenset(words), frozenset(status), frozenset(keys)
        for act in self.reader.table_rules.acts:
            if act.needs and not any(_holds(words, in_words, n) for n in act.needs):
                continue
            if any(_holds(status, in_status, word) for word in act.unless):
                continue
            for phrase in act.phrases:
                if phrase[:1] != (ITEM,) and not _may_hold(in_keys, phrase):
                    continue
                size, at = phrase_at(keys, phrase, item_only)
                if size:
                    matches.append((size, -act.order, act, at))
        if matches:
            # on a tie, the act named first: a noun-style cell leads with its head
            # ("arson at a depot handling aid for Ukraine" is arson, not aid)
            best = max(matches, key=lambda m: (m[0], -m[3], m[1]))
            finer = [m for m in matches if refines(m[2].code, best[2].code)]
            chosen = max(finer, key=lambda m: (m[0], m[1])) if finer else best
            return chosen[2].code, tokens[chosen[3]].start if tokens else 0
        if not patterns:
            return None
        triggers = find_triggers(tokens, self.reader.rules, frozenset())
        longest = max(triggers, key=lambda t: (t.last - t.first, -t.first), default=None)
        return (longest.pattern.code, tokens[longest.first].start) if longest else None

    def _targets(
        self, act_text: str, actors: list[ActorMention], at: int, code: str = ""
    ) -> list[ActorMention] | None:
        target_text = self.columns.cell(self.row, "target")
        if target_text and self.columns.roles.get("target") == self.columns.roles.get("host"):
            # a drill or patrol (06) is with the host's forces the act cell names
            with_text = act_text if self._is(code, "drill") else ""
            return host_targets(self.reader, target_text, with_text, at, self.acronyms)
        if target_text:
            named = distinct(self.reader.actor_of(target_text, self.acronyms))
            named = as_firm(target_text, named, self.reader.actors)
            if named and not self.reader.group_words.isdisjoint(cell_words(target_text)):
                # "Syrian smuggling network": a group of that country, not its state
                named = [as_group(m) if len(m.code) == 3 else m for m in named]
            return named or self._unnamed(target_text) or None
        roles = self.columns.roles
        own = {a.country for a in actors}
        if self.columns.deliveries:
            # "patrol boats for the Kenyan Navy", "frigates, transferred to the Ghana Navy":
            # the item names whom they went to
            item = self.columns.cell(self.row, "item")
            named = [m for m in self.reader.actor_of(item, self.acronyms) if m.country not in own]
            if named:
                return named[:1]
        if act_text and ("act" in roles or "actor" not in roles):  # an act or item cell
            # whom an act is for is no target ("arson at a depot storing aid for Ukraine")
            named = [
                m for m in self.reader.actor_of(act_text, self.acronyms)
                if m.country not in own and m.start >= at
                and act_text[: m.start].split()[-1:] != ["for"]
            ]  # fmt: skip
            if named:
                return named[:1]
        place = self.place
        abroad = place is not None and place.country and place.country not in own
        if abroad and (self.subject is None or self.subject.country in own):
            assert place is not None and place.country
            # an act on another state's soil is aimed at that state (issue 8, item 4)
            return [ActorMention(0, 0, place.country, "", "place", place.name, 0, 0)]
        return [] if self.subject is None else [self.subject]

    def _responses(self) -> list[Mention]:
        """An incident tracker's "Action taken" cell: what the state where it happened
        did ("2 arrested by the Federal Police; Warsaw closes the Russian consulate"),
        each act by whom the cell names (else that state), aimed at the suspects an
        arrest caught, else at the state accused of the row's act."""
        place = self.place
        home = place.country if place is not None and place.country else None
        accused_text = self.columns.cell(self.row, "actor")
        accused = distinct(self.reader.actor_of(accused_text, self.acronyms))
        local = self._responder(accused_text, home, default="") if accused_text else None
        if not accused and local is not None:
            accused = [local]  # "crowd of residents": the place's people, as the act's actor
        if not accused and self.subject is not None:
            accused = [self.subject]
        out: list[Mention] = []
        cells = [p.strip() for cell in self.columns.responses(self.row) for p in cell.split(";")]
        # "crew fined and released in October": each act of a telegraphic part its own
        parts = [p for cell in cells for p in (act_parts(cell, self._part_code) or [cell])]
        parties = self._reacted_to()
        for part in parts:
            # the prose reads each part once, for a foreign reaction or a follow-up
            read = self.clauses(part) if parties is not None and self.clauses else ()
            foreign = self._reactions(part, read, parties, home, foreign_only=True)
            if foreign:
                out += foreign
                continue
            # "Chad accused him of unauthorised visits" (the reason the row's actor gave):
            # it accuses (112); the deeds charged are the accused's, no act of the accuser's
            # for the cells to code. The place's own state answering another's act keeps
            # the cells' reading below (its source and certainty are the row's).
            charges = [m for m in read if self._is(m.code, "accusation") and _by(m, parties)]
            if charges:
                out += self._reactions(part, charges, parties, home)
                continue
            # "all 84 repatriated": a bare count stands for the target cell's people
            act = self._code(part, context=self._counted_people(part))
            where = home or self._holder(act, accused)
            actor = self._responder(part, where, at=act[1]) if act is not None else None
            if act is None or actor is None:
                out += self._reactions(part, read, parties, home)  # one the cells cannot place
                continue
            code = act[0]
            held = self._is(code, "coercion") and not self._is(code, "removal")
            caught = self._caught() if held else []
            # "Spain summons the Iranian ambassador": whom the act names after it
            named = [
                m for m in self.reader.actor_of(part, self.acronyms)
                if m.start >= act[1] and m.country != actor.country
            ]  # fmt: skip
            # the accused of another state, or the state's own people or groups it acts on
            # ("3 residents detained by the army" after a riot)
            if not named and not caught and follows_up(self.reader.rules, code, unnamed=True):
                # "Freed by the army", "two released by the militia": whom the row's act
                # took (the victims' cell), whoever frees them
                caught = self._seized()
            aims = caught or named[:1] or [
                a for a in accused
                if a.country != actor.country or a.role in _NON_STATE
            ]  # fmt: skip
            own = bool(accused) and accused[0].country == actor.country
            if not aims and own and follows_up(self.reader.rules, code):
                aims = self._seized()  # the row's state follows up its act: on its target
            if not aims:
                # "Home state: Tajikistan", "extradition refused by the court": the state
                # the row's act was aimed at, when its cell is only a state's name
                aims = self._target_state(actor.country)
            target = aims[0] if aims else None
            if target is not None and not caught and not named and len(target.code) == 3:
                target = self._acted_on(part, act[1], target)
            # the row's date is its act's, not the response's; its count is the cell's
            # the response's own date, if its words give one ("released 2026-03-01")
            told = replace(self._mention(code, actor, target), date=self._own_date(part))
            out.append(replace(told, quantity=self._count(part)))
        return out

    def _target_state(self, own: str) -> list[ActorMention]:
        text = self.columns.cell(self.row, "target")
        if not text or not self._is_state(text):
            return []
        found = distinct(self.reader.actor_of(text, self.acronyms))
        return [m for m in found[:1] if m.country != own]

    def _counted_people(self, part: str) -> str:
        return self.columns.cell(self.row, "target") if bare_count(part) else ""

    def _holder(self, act: tuple[str, int] | None, actors: list[ActorMention]) -> str | None:
        """Where no state's soil is (at sea), the state of the row's actor: the one that
        frees, hands back, returns or punishes whom it seized."""
        if act is None or not actors or not follows_up(self.reader.rules, act[0], unnamed=True):
            return None
        return actors[0].country

    def _seized(self) -> list[ActorMention]:
        """Whom the row's act seized or held, by the target cell's nationality or flag;
        in a table of people held with an act column ("Detainees | Action | State
        response"), by the detainee cell's: the state's later acts are on them."""
        text = self.columns.cell(self.row, "target") or self.columns.cell(self.row, "detainee")
        found = as_firm(text, distinct(self.reader.actor_of(text)), self.reader.actors)
        # people by their nationality; a firm stays its state's firm
        return [m if m.role == "BUS" else replace(m, code=m.country, role="") for m in found[:1]]

    def _reacted_to(self) -> tuple[Actor, Actor | None] | None:
        """Whom a response reacts to: the row's named actor, and the row's target (whom
        its own follow-ups are aimed at); None when the actor cell names no one."""
        actor_text = self.columns.cell(self.row, "actor")
        named = distinct(self.reader.actor_of(actor_text, self.acronyms)) if actor_text else []
        if not named:
            return None
        targets = distinct(self.reader.actor_of(self.columns.cell(self.row, "target")))
        target = Actor(targets[0].country, targets[0].text) if targets else None
        return Actor(named[0].code, named[0].text), target

    def _reactions(
        self,
        part: str,
        read: Sequence[Mention],
        parties: tuple[Actor, Actor | None] | None,
        home: str | None,
        foreign_only: bool = False,
    ) -> list[Mention]:
        """A response part written as a sentence (``read``: the prose extractor's records
        of it), by its named actor: toward the row's actor's state, or, for that state's
        own follow-up, toward the row's target (``table_responses``)."""
        if parties is None or not read:
            return []
        doer, target = parties

        def follow_up(told: Mention) -> Mention:
            actor = _as_mention(told.actor1)
            aim = _as_mention(told.actor2) if told.actor2 else None
            return self._mention(told.code, actor, aim)

        when = self._own_date(part)
        return reactions(read, doer, target, follow_up, when, home, foreign_only)

    def _acted_on(self, part: str, at: int, state: ActorMention) -> ActorMention:
        """ "2 diplomats expelled": the role the part names before its act is the accused
        state's body it was done to (RUSGOV); "investigation opened by the prosecutor"
        names its role after the act, as whoever did it."""
        before = self.reader.actors.find(tokenize(part[:at]), part[:at])
        role = next((m.role for m in before if m.role and not m.resolved), "")
        return replace(state, code=state.country + role, role=role) if role else state

    def _count(self, text: str) -> Quantity | None:
        return quantity_in(text, self.reader.rules.units)

    def _responder(
        self, text: str, home: str | None, default: str = "GOV", at: int | None = None
    ) -> ActorMention | None:
        """Who the response cell names ("by the Dutch government": NLDGOV), a bare role
        ("by the Federal Police") belonging to the state where it happened, else that
        state's ``default`` role (none: no one). With the act at ``at``, only its subject
        or its passive agent: "the minister summons the Russian ambassador" is not done
        by Russia."""
        mentions = [m for m in self.reader.actors.find(tokenize(text), text) if _doer(text, m, at)]
        if any(m.resolved for m in mentions):
            named = [m for m in self.reader.actor_of(text, self.acronyms) if _doer(text, m, at)]
            if named:
                return named[0]
        role = next((m.role for m in mentions if m.role), default)
        if home is None or not role:
            return None
        return ActorMention(0, 0, home + role, role, "place", text, 0, 0)

    def _caught(self) -> list[ActorMention]:
        """The suspects by their nationality ("two Ukrainian nationals": UKR); with no
        suspect column, the people the table holds ("about 60 Afghan refugees": AFG),
        whom a later arrest by the state holding them is aimed at."""
        text = self.columns.cell(self.row, "suspect") or self.columns.cell(self.row, "detainee")
        found = distinct(self.reader.actor_of(text, self.acronyms))[:1] if text else []
        if not self.reader.group_words.isdisjoint(cell_words(text)):
            # "a Dutch gang"; a gang no nationality names is of the place's country
            return [as_group(replace(m, code=m.country)) for m in found] or self._unnamed(text)
        return [replace(m, code=m.country, role="") for m in found]  # people, not a body

    def _unnamed(self, text: str) -> list[ActorMention]:
        """A target that names no actor: a non-state group where the row happened."""
        place = self.place
        if (
            place is None
            or not place.country
            or self.reader.group_words.isdisjoint(cell_words(text))
        ):
            return []
        return [ActorMention(0, 0, place.country + "REB", "REB", "group", text, 0, 0)]

    def _read_place(self) -> Place | None:
        text = self.columns.cell(self.row, "place")
        if not text:
            return self._town_in_act()
        place = self.reader.place_of(text)
        if place is not None and place.country and self._is_state(text):
            # "Netherlands" where it happened, "activist, Haarlem" hit: the town says more
            target = self.columns.cell(self.row, "target")
            for part in target.split(",")[1:]:
                finer = self.reader.place_of(part)
                if finer is not None and finer.country == place.country:
                    return finer
        # a place the gazetteer lacks lies in the host's country, or the row's state
        # ("Country | Site | Attributed to": the site in that country)
        host = self.columns.cell(self.row, "host") or self.columns.cell(self.row, "place_state")
        if place is not None and place.country is None and host:
            hosts = self.reader.actor_of(host, self.acronyms)
            return Place(place.name, hosts[0].country) if hosts else place
        return place

    def _town_in_act(self) -> Place | None:
        """With no place cell, the town the act or item cell names ("contract for
        fighters, signed in Accra", "mediation mission to Bamako"); a state named there
        ("suspends Mali from the AU") is the act's target, not where it happened."""
        text = " ".join(self.columns.cell(self.row, role) for role in ("act", "item"))
        towns = [
            p for p in self.reader.places.find(tokenize(text), text)
            if p.entry.kind in _TOWNS and p.entry.country
        ]  # fmt: skip
        best = most_specific(towns)
        if best is None:
            return None
        return Place(best.text, best.entry.country, best.entry.lat, best.entry.lon)

    def _is_state(self, text: str) -> bool:
        """The cell is only a state's name ("Netherlands", "the United Kingdom")."""
        found = self.reader.actors.find(tokenize(text), text)
        return len(found) == 1 and found[0].kind == "country" and found[0].text == text.strip()

    def _mention(self, code: str, actor: ActorMention, target: ActorMention | None) -> Mention:
        source_text = self.columns.cell(self.row, "source")
        sources = self.reader.actor_of(source_text) if source_text else []
        place = self.place
        if source_text and not sources and place is not None and place.country:
            # "Federal Prosecutor (GBA)": a body by its role is of the state it reports in
            role = self._responder(source_text, place.country, default="")
            sources = [role] if role is not None else []
        status = self.columns.cell(self.row, "status")
        if not source_text and status:
            sources = self.reader.actor_of(status)
            source_text = sources[0].text if sources else ""
        return Mention(
            doc="",
            sentence="",
            span=(0, 0),
            code=code,
            goldstein=self.reader.taxonomy.cameo.get(code).goldstein,
            actor1=Actor(actor.code, actor.text),
            actor2=Actor(target.code, target.text) if target else None,
            certainty=self._certainty(bool(source_text)),
            date=self._date(),
            location=self.place,
            quantity=self._quantity(),
            source=Actor(sources[0].code, source_text) if sources else None,
        )

    def _certainty(self, sourced: bool) -> Certainty:
        """Possible when the status or act cell tells an act still to come ("due by end
        of 2026"), else reported when a source or status cell names who tells it."""
        cell = self.columns.cell
        words = cell_words(f"{cell(self.row, 'status')} {cell(self.row, 'act')}")
        for certainty, phrases in self.reader.table_rules.statuses:
            if any(holds(words, phrase) for phrase in phrases):
                return Certainty(certainty)
        return Certainty.REPORTED if sourced else Certainty.ASSERTED

    def _date(self) -> EventDate | None:
        cell = self.columns.cell
        # with no date column, a status says when: "delivered 2025", "approved Mar 2026"
        text = cell(self.row, "date") if "date" in self.columns.roles else cell(self.row, "status")
        return self._date_of(text)

    def _own_date(self, part: str) -> EventDate | None:
        """The date a response part writes out ("released 2026-03-01", "on 9 March"); a
        verb in the present ("condemns") dates nothing."""
        return written(self._date_of(part))

    def _date_of(self, text: str) -> EventDate | None:
        if not text:
            return None
        found = find_dates(text, 0, self.published)
        if found:
            return EventDate(found[0].value, found[0].text)
        match = ISO.search(text)
        if match is None or not 1900 <= int(match.group(1)) <= 2100:
            return None
        month, day = match.group(2), match.group(3)
        if month is not None and not 1 <= int(month) <= 12:
            return EventDate(match.group(1), match.group(1))
        if day is not None and not 1 <= int(day) <= 31:
            return EventDate(match.group(0)[:7], match.group(0)[:7])
        return EventDate(match.group(0), match.group(0))

    def _quantity(self) -> Quantity | None:
        """The figure column's number, else a count in the act cell ("arrest of 14
        traffickers"); a bare number counts what the item column names."""
        cell = self.columns.cell
        for text in (cell(self.row, "figure"), cell(self.row, "act")):
            found = quantity_in(text, self.reader.rules.units, cell(self.row, "item"))
            if found is not None:
                return found
        if self.columns.implied:
            # a tracker of one act ("abductions"): how many its victims' cell counts
            # ("Four Chinese workers")
            return counted(cell(self.row, "target"))
        return None


def _aides(crew: Crew) -> list[tuple[str, ActorMention, ActorMention]]:
    """A helper cooperates with the row's first actor (062); an informer shares
    intelligence with it (064)."""
    if not crew.doers:
        return []
    first = crew.doers[0]
    return [("062", first, h) for h in crew.helpers] + [("064", i, first) for i in crew.informers]


def _by(told: Mention, parties: tuple[Actor, Actor | None] | None) -> bool:
    """Whether ``told`` is done by the state of the row's named actor."""
    return parties is not None and told.actor1.code[:3] == parties[0].code[:3]


def _doer(text: str, mention: ActorMention, act_at: int | None) -> bool:
    """Whether a mention can be who did the act at ``act_at``: before it (its subject),
    or after it as the passive's agent ("arrested by the police")."""
    if act_at is None or mention.start < act_at:
        return True
    between = text[act_at : mention.start].lower()
    return re.search(r"\bby\b", between) is not None and not any(c in between for c in ",;")


def _may_hold(present: frozenset[str], phrase: tuple[str, ...]) -> bool:
    return not phrase or phrase[0] in present


def _holds(keys: Sequence[str], present: frozenset[str], phrase: tuple[str, ...]) -> bool:
    return _may_hold(present, phrase) and holds(keys, phrase)
