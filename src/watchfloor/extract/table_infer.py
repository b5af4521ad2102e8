"""Column roles read from what the cells hold, where the header words mislead: a
tracker kind the header list has not seen names its columns in its own way ("Ships"
holding "2 (frigate, supply ship)" is a count, not the ships attacked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.table_cells import Columns

# a cell that opens with a count ("2 (frigate, supply ship)", "1 destroyer", "about 40")
_COUNT_FIRST = re.compile(r"(?:about|some|around|up to|over|more than|~)?\s*\d", re.IGNORECASE)
# roles of parties: a column of counts names none
_PARTY_ROLES = ("target", "actor")
# columns that tell a row's acts themselves: an "Outcome" cell says what the attackers
# did ("six crew kidnapped") under a caption of several acts ("piracy, kidnappings")
_TELLS_ACTS = frozenset({"act", "item", "detainee", "outcome"})


def by_cells(columns: Columns, rows: Sequence[Sequence[str]]) -> Columns:
    """``columns`` with a party column whose every filled cell opens with a count read as
    the figure column (the size of the force or materiel), when no other column is."""
    roles = dict(columns.roles)
    for role in _PARTY_ROLES:
        at = roles.get(role)
        if at is None or "figure" in roles or not _counts(columns, rows, at):
            continue
        if roles.get("people") == at:
            # "2 Austrian hikers" under "Hikers": a count of the people acted on, no figure
            continue
        del roles[role]
        roles["figure"] = at
        if role == "target" and "host" in roles:
            roles["target"] = roles["host"]  # the host is then whom the act was aimed at
    if "host" in roles:
        # "Port (host state)": with no place column, the host's cell says where it was
        roles.setdefault("place", roles["host"])
    return columns if roles == columns.roles else replace(columns, roles=roles)


def _counts(columns: Columns, rows: Sequence[Sequence[str]], at: int) -> bool:
    cells = [c for row in rows if (c := columns._at(row, at))]
    return bool(cells) and all(_COUNT_FIRST.match(c) for c in cells)


def implied_act(columns: Columns, title: str, caption: str) -> Columns:
    """``columns`` told the act a tracker with an actor column but no act nor item column
    is about: its caption and title ("Kidnap tracker: abductions of ..."); the row
    reader finds the act noun in them, and uses it only for a row whose actor cell names
    no act ("JNIM (mortar fire on a base)" tells its own)."""
    roles = columns.roles
    if "actor" not in roles or not _TELLS_ACTS.isdisjoint(roles):
        return columns
    text = " ".join(t for t in (caption, title) if t)
    return replace(columns, implied=text) if text else columns
