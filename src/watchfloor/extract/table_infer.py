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


def by_cells(columns: Columns, rows: Sequence[Sequence[str]]) -> Columns:
    """``columns`` with a party column whose every filled cell opens with a count read as
    the figure column (the size of the force or materiel), when no other column is."""
    roles = dict(columns.roles)
    for role in _PARTY_ROLES:
        at = roles.get(role)
        if at is None or "figure" in roles or not _counts(columns, rows, at):
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
