"""An act cell that tells several acts of the row's actor, telegraphically ("Boarded and
seized boat; 4 crew detained; 1,200 kg seized", "vessel seized and crew detained"): each
of its parts an act of its own, aimed at the row's target (the craft, its crew)."""

from __future__ import annotations

import re
from collections.abc import Callable

from watchfloor.extract.table_cells import refines

# the code of a part's act, or None where the part names none ("Boarded")
CodeOf = Callable[[str], str | None]

_AND = re.compile(r"\s+and\s+|,\s+")
# a seizure that names no craft (a haul of drugs, an interception) is how the row's other
# coercive act came about ("intercepted; crew detained"), no act of its own beside it
_MEANS = "171"


def act_parts(cell: str, code_of: CodeOf) -> list[str]:
    """The parts of ``cell`` that each name an act of a different code, in order: its
    ";"-parts, each split at "and" and commas when its pieces name different acts; none
    when the cell tells one act only (read whole, as before)."""
    parts: list[tuple[str, str]] = []
    for piece in (p.strip() for p in cell.split(";")):
        parts += _pieces(piece, code_of)
    codes = {code for _, code in parts}
    if len(codes) < 2:
        return []
    kept: list[str] = []
    seen: set[str] = set()
    for text, code in parts:
        if code in seen or _subsumed(code, codes):
            continue
        seen.add(code)
        kept.append(text)
    # one part left ("Intercepted; migrants detained": the arrest) is read alone
    return kept


def _pieces(piece: str, code_of: CodeOf) -> list[tuple[str, str]]:
    """ "Seized the boats and arrested 52 crew": each side its act, when both name one and
    they differ; else the piece whole, with the code it names (none: left out)."""
    sides = [s.strip() for s in _AND.split(piece) if s.strip()]
    coded = [(s, c) for s in sides if (c := code_of(s)) is not None]
    if len({c for _, c in coded}) > 1:
        return coded
    whole = code_of(piece) if piece else None
    return [(piece, whole)] if whole is not None else []


def bare_seizure(code: str) -> bool:
    """A seizure whose cell names no craft (171): the row's target may name what was taken."""
    return code == _MEANS


def _subsumed(code: str, codes: set[str]) -> bool:
    """A code that another of the row's acts already tells: its own prefix ("171" beside
    "1711"), the generic code of a finer one ("190" beside "193"), or a bare seizure
    beside any other coercive act of its root."""
    others = [c for c in codes if c != code]
    if any(c.startswith(code) or refines(c, code) for c in others):
        return True
    return code == _MEANS and any(c[:2] == code[:2] for c in others)
