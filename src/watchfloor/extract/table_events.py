"""Events in the rows of think-tank tables: each row is one act, its columns told apart
by their header words (``table_columns.tsv``), its act read from a noun-style cell
("air strike on drug depot", "arrest of 14 traffickers": ``table_acts.tsv``) or, failing
that, from the event patterns (``table_rows``). A row's record cites the row line as its
sentence; what a row leaves out, the prose's report of the same act gives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.coreference import defined_acronyms
from watchfloor.extract.table_cells import CellReader, Columns, holds
from watchfloor.extract.table_clauses import ReadClause
from watchfloor.extract.table_detentions import DetentionRow
from watchfloor.extract.table_infer import by_cells, implied_act
from watchfloor.extract.table_rows import RowReader
from watchfloor.extract.tables import row_spans
from watchfloor.extract.text import tokenize
from watchfloor.models import Mention, Table


class TableReader:
    """Turns tables into mentions, reading their cells with ``cells``."""

    def __init__(self, cells: CellReader) -> None:
        self.cells = cells
        self.table_rules = cells.table_rules
        self.actors = cells.actors

    def _joint(self, code: str) -> bool:
        """Cooperation is with someone: a row of such an act that names no partner tells
        no event (the class "joint_act")."""
        return self.cells.rules.in_code_class(code, "joint_act")

    def mentions(
        self,
        doc: str,
        body: str,
        published: date | None,
        tables: Sequence[Table],
        prose: Sequence[Mention] = (),
        title: str = "",
        clauses: ReadClause | None = None,
    ) -> list[Mention]:
        """The rows' records; what a row leaves out (at whom, where, when, how many) the
        prose's report of the same act gives, if it has one (``prose``: the sentences'
        records); ``title``, the document's, names whom a table of deliveries is for
        when neither a column nor the caption does, and its first actor who acts in an
        item table's row that names no one; ``clauses`` reads an act cell
        written as a sentence (the prose extractor)."""
        out: list[Mention] = []
        acronyms: dict[str, ActorMention] | None = None  # read once, for the first table
        about = next((m for m in self.actors.find(tokenize(title), title) if m.resolved), None)
        for table in tables:
            agency = self._host_agency(table.header)
            table = self._glossed(table)
            columns = by_cells(self.columns(table.header), table.rows)
            columns = replace(columns, host_agency=agency) if agency else columns
            columns = implied_act(columns, title, _caption(body[: table.span[0]]))
            if not ({"actor", "partner", "act", "item", "response"} & columns.roles.keys()):
                continue  # a table of figures, not of acts
            subject = self._subject(body, table, columns, title)
            held = "detainee" in columns.roles and "act" not in columns.roles
            # a table of people a state holds tells detentions and what came of them
            row_reader = DetentionRow if held else RowReader
            if acronyms is None:
                acronyms = self._acronyms(body)
            read = [
                (span, row_reader(
                    self.cells, columns, row, subject, published, acronyms, clauses, about
                ).events())
                for row, span in zip(table.rows, row_spans(body, table), strict=False)
            ]  # fmt: skip
            # rows of the same act by the same sides (two deliveries): which one the
            # prose tells is unknown, so it fills none of their when, where, how many
            shared = Counter(_key(m) for _, found in read for m in found)
            for span, found in read:
                rows = [_mention(doc, body[span[0] : span[1]], span, m, prose) for m in found]
                rows = [
                    _unfilled(r, m) if shared[_key(m)] > 1 else r
                    for r, m in zip(rows, found, strict=True)
                ]
                # cooperation is with someone: a row that names no partner tells no event
                out += [r for r in rows if r.actor2 or not self._joint(r.code)]
        return out

    def _glossed(self, table: Table) -> Table:
        """A header with a second role in brackets ("Suspects (attributed to)") makes two
        columns, and each cell's bracket ("two gang members (IRGC)") the second's value."""
        split = [
            i for i, name in enumerate(table.header)
            if (m := _GLOSS.fullmatch(name.strip())) and self._role_of(m.group(2))
            and self._role_of(m.group(1))
        ]  # fmt: skip
        if not split:
            return table
        header: list[str] = []
        for i, name in enumerate(table.header):
            m = _GLOSS.fullmatch(name.strip())
            header += [m.group(1), m.group(2)] if i in split and m else [name]
        rows = tuple(_split_cells(row, split) for row in table.rows)
        return replace(table, header=tuple(header), rows=rows)

    def _host_agency(self, header: Sequence[str]) -> bool:
        """A header "Host state (agency)": the host state acts, through the bracket's body."""
        for name in header:
            m = _GLOSS.fullmatch(name.strip())
            if m and self._role_of(m.group(1)) == "host" and self._role_of(m.group(2)) == "actor":
                return True
        return False

    def columns(self, header: Sequence[str]) -> Columns:
        roles: dict[str, int] = {}
        more: list[int] = []
        for i, name in enumerate(header):
            role = self._role_of(name)
            if role == "status" and self._names_response(name):
                # "Follow-up / status", "Response / status": what was done about the row's
                # act ("all 84 repatriated", "company's appeal rejected") are acts too
                role = "response"
            if role == "accused":
                # the accused state acts; a "Country" column beside it is where it happened
                if "actor" in roles and self._is_country(header[roles["actor"]]):
                    # beside a "Site" column, the state that the site lies in
                    country = roles.pop("actor")
                    roles.setdefault("place" if "place" not in roles else "place_state", country)
                roles["actor"] = i
                continue
            if role == "actor" and "actor" in roles:
                role = "target"  # "Actor 1 | Actor 2", "Side A | Side B": the second is acted on
            if role == "response" and "response" in roles:
                more.append(i)  # "Arrests or charges | State response": both are acts
            elif role is not None:
                roles.setdefault(role, i)
            if role in ("date", "place") and self._names_both(name):
                roles.setdefault("place" if role == "date" else "date", i)  # "Where / When"
        if "host" in roles:
            roles.setdefault("target", roles["host"])
        if "people" in roles:
            # "Hikers", "Tourists": each row's act is done to the people the column names
            roles.setdefault("target", roles["people"])
        partner = roles.get("partner")
        if partner is not None:
            # the partner acts when no column names who acts; else it is acted upon
            roles.setdefault("actor" if "actor" not in roles else "target", partner)
        named = [m for h in header for m in self.actors.find(tokenize(h), h) if m.resolved]
        state = named[0].country if named else ""
        return Columns(roles, self.table_rules.empty, tuple(more), state)

    def _is_country(self, header: str) -> bool:
        return {t.key for t in tokenize(header)} <= _COUNTRY_WORDS

    def _names_both(self, header: str) -> bool:
        keys = tuple(t.key for t in tokenize(header))
        found = {
            c.role for c in self.table_rules.columns
            if c.role in ("date", "place") and any(holds(keys, p) for p in c.phrases)
        }  # fmt: skip
        return len(found) == 2

    def _names_response(self, header: str) -> bool:
        keys = tuple(t.key for t in tokenize(header))
        return any(
            holds(keys, p) for c in self.table_rules.columns if c.role == "response"
            for p in c.phrases
        )  # fmt: skip

    def _role_of(self, header: str) -> str | None:
        keys = tuple(t.key for t in tokenize(header))
        for column in self.table_rules.columns:
            if any(holds(keys, phrase) for phrase in column.phrases):
                return column.role
        return None

    def _subject(
        self, body: str, table: Table, columns: Columns, title: str = ""
    ) -> ActorMention | None:
        """Whom a table without a target column is about: the actor its caption names
        ("engagements of the Mongolian Armed Forces"), else its partner header
        ("Mongolia's partner"); a name with a role says more than a bare country. A
        table of deliveries with no recipient column is about the recipient the
        document's title names ("Tracker: arms transfers to Kenya's armed forces")."""
        if "target" in columns.roles:
            return None
        partner = columns.roles.get("partner")
        header = table.header[partner] if partner is not None else ""
        caption = _caption(body[: table.span[0]])
        texts = [caption, header]
        if columns.deliveries:
            texts.append(_recipient_part(title))
        found = [
            m for text in texts for m in self.actors.find(tokenize(text), text)
            if m.resolved
        ]  # fmt: skip
        # "Mongolia's partner" and "the Mongolian Armed Forces": the one with a role says more
        with_role = [m for m in found if len(m.code) > 3 and m.country == found[0].country]
        best = with_role or found
        return best[0] if best else None

    def _acronyms(self, body: str) -> dict[str, ActorMention]:
        """ "the Sudanese Armed Forces (SAF)": what the document's prose defines, which a
        table then names by the acronym alone."""
        tokens = tokenize(body)
        return dict(defined_acronyms(tokens, self.actors.find(tokens, body)))


_GLOSS = re.compile(r"(.+?)\s*\(([^()]+)\)")
# a header that names only a state: where it happened, beside a column of the accused
_COUNTRY_WORDS = frozenset({"country", "countries", "state", "states"})


def _split_cells(row: Sequence[str], split: Sequence[int]) -> tuple[str, ...]:
    cells: list[str] = []
    for i, cell in enumerate(row):
        if i not in split:
            cells.append(cell)
            continue
        m = _GLOSS.fullmatch(cell.strip())
        cells += [m.group(1), m.group(2)] if m else [cell, ""]
    return tuple(cells)


def _mention(
    doc: str, sentence: str, span: tuple[int, int], m: Mention, prose: Sequence[Mention]
) -> Mention:
    same = [p for p in prose if _same_act(m, p)]
    return Mention(
        doc, sentence, span, m.code, m.goldstein, m.actor1,
        m.actor2 or next((p.actor2 for p in same if p.actor2), None), m.certainty,
        m.date or next((p.date for p in same if p.date), None),
        m.location or next((p.location for p in same if p.location), None),
        m.quantity or next((p.quantity for p in same if p.quantity), None),
        m.source,
    )  # fmt: skip


def _key(m: Mention) -> tuple[str, str, str]:
    return m.code, m.actor1.country, m.actor2.country if m.actor2 else ""


def _unfilled(filled: Mention, own: Mention) -> Mention:
    return replace(filled, date=own.date, location=own.location, quantity=own.quantity)


def _same_act(row: Mention, prose: Mention) -> bool:
    """The prose tells the row's act: same code and actor, and the row's target or none."""
    if prose.code != row.code or prose.actor1.country != row.actor1.country:
        return False
    return (
        prose.actor2 is None or row.actor2 is None or (prose.actor2.country == row.actor2.country)
    )


def _recipient_part(title: str) -> str:
    """The words of a title after its last "to" or "for" ("arms transfers to Kenya"):
    whom the deliveries went to, not who sent them ("French arms for Kenya")."""
    words = title.split()
    at = max((i for i, w in enumerate(words) if w.casefold() in ("to", "for")), default=None)
    return "" if at is None else " ".join(words[at + 1 :])


def _caption(before: str) -> str:
    """The table's caption: the short line right above it, or one that calls itself a
    table ("Table 1. Defence engagements of ..."); a paragraph of prose is none."""
    lines = before.split("\n")  # the last is the table's own line, up to its first pipe
    adjacent = lines[-2].strip() if len(lines) > 1 else ""
    if adjacent and len(adjacent) < 200:
        return adjacent
    named = before.rstrip().rsplit("\n", 1)[-1].strip()
    return named if named.casefold().startswith("table") and len(named) < 200 else ""
