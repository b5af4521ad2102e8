"""A table cell written as a sentence ("Coast Guard of X detains Y fishing boat",
"fishermen detained by X released and repatriated"; two acts joined by ";"): read with
the prose extractor, which knows clauses, passives and coordination, and completed by
the row's cells (when, where, how many, who tells it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from watchfloor.models import Certainty, Mention

# the prose extractor's records of one sentence
ReadClause = Callable[[str], Sequence[Mention]]

# what the prose may say of the act's certainty that the row's cells cannot
_OWN_CERTAINTY = (Certainty.POSSIBLE, Certainty.DENIED)


def clause_records(cell: str, read: ReadClause, row: Callable[[Mention], Mention]) -> list[Mention]:
    """The acts the prose extractor reads in each ";"-part of ``cell``, each completed
    by ``row`` (the row's date, place, count, source and certainty where the clause
    gives none); none when the prose reads no act with a named actor in any part."""
    out: list[Mention] = []
    for part in (p.strip() for p in cell.split(";")):
        if not part:
            continue
        for told in read(part):
            filled = row(told)
            certainty = told.certainty if told.certainty in _OWN_CERTAINTY else filled.certainty
            out.append(
                replace(
                    filled,
                    date=filled.date or told.date,
                    location=filled.location or told.location,
                    quantity=filled.quantity or told.quantity,
                    certainty=certainty,
                )
            )
    return out
