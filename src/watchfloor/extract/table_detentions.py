"""The records of a row of a table of people a state holds ("date detained | held by |
detainee | status / release | exchange partner"): ``DetentionRow``, a ``RowReader``
whose row tells a detention and what came of it."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.places import most_specific
from watchfloor.extract.table_cells import distinct
from watchfloor.extract.table_rows import RowReader
from watchfloor.extract.text import tokenize
from watchfloor.models import EventDate, Mention, Place


class DetentionRow(RowReader):
    """A row of a table of people held, with no act column."""

    def events(self) -> list[Mention]:
        return self._detention()

    def _detention(self) -> list[Mention]:
        """A row of a table of people held by a state ("held by | detainee | status /
        release | exchange partner"): the detention (173) by the holder of the detainee's
        nationals, private people unless the cell names a role; each part of its status
        cell what came of it (a release, 0841, by the state; a sentence, 116, by its
        courts), dated and placed by its own words; and a release in exchange frees the
        partner too, by the state where the partner was held."""
        cell = self.columns.cell
        holders = distinct(self.reader.actor_of(cell(self.row, "actor"), self.acronyms))
        held_text = cell(self.row, "detainee")
        held = self._people(held_text)
        if not holders or held is None:
            return []
        holder, count = holders[0], self._count(held_text)
        out = [replace(self._mention("173", holder, held), quantity=count)]
        for part in cell(self.row, "status").split(";"):
            act = self._code(part.strip(), patterns=False)
            code = act[0] if act is not None else ""
            freed, verdict = self._is(code, "freeing"), self._is(code, "verdict")
            if not (freed or verdict):
                continue  # "held; trial date not set": the detention still stands
            state = holder.country + ("JUD" if verdict else "")
            by = ActorMention(0, 0, state, state[3:], "place", holder.text, 0, 0)
            told = self._mention(code, by, held)
            when, where = self._date_of(part), self._place_in(part)
            out.append(replace(told, date=when, location=where, quantity=count if freed else None))
            if freed:
                out += self._exchanged(when, where)
        return out

    def _exchanged(self, when: EventDate | None, where: Place | None) -> list[Mention]:
        """ "three Chinese nationals held in the Philippines": freed by the state that held
        them, on the day and at the place of the release they were exchanged for."""
        text = self.columns.cell(self.row, "exchange")
        named = self.reader.actor_of(text, self.acronyms) if text else []
        holders = [m for m in named if text[: m.start].split()[-1:] in (["in"], ["by"])]
        partner = self._people(text)
        if not holders or partner is None or holders[0].country == partner.country:
            return []
        state = holders[0].country
        by = ActorMention(0, 0, state, "", "place", holders[0].text, 0, 0)
        told = self._mention("0841", by, partner)
        return [replace(told, date=when, location=where, quantity=self._count(text))]

    def _people(self, text: str) -> ActorMention | None:
        """The people a cell names, by their first nationality ("Swedish-Iranian dual
        national": SWE): private people (CVL) unless it names their role."""
        spaced = text.replace("-", " ")  # a dual national's nationalities, one by one
        named = [m for m in self.reader.actor_of(spaced, self.acronyms) if m.country]
        if not named:
            return None
        first = named[0]
        code = first.code if len(first.code) > 3 else first.country + "CVL"
        return ActorMention(0, 0, code, code[3:], "people", first.text, 0, 0)

    def _place_in(self, text: str) -> Place | None:
        """Where a status says it happened ("released 2026-02-18 at Minsk")."""
        best = most_specific(self.reader.places.find(tokenize(text), text))
        if best is None:
            return None
        return Place(best.text, best.entry.country, best.entry.lat, best.entry.lon)
