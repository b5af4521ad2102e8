"""The CAMEO -> ACLED and CAMEO -> PLOVER mappings (``data/*.tsv``), validated on load
with file:line errors, and the table of what the PLOVER mapping loses, worked out from
the mapping itself.

    acled = load_acled_mapping();   acled.lookup("1832")   # Explosions/Remote violence
    plover = load_plover_mapping(); plover.lookup("0841")  # RETREAT, release, legal
    plover_losses(plover, load_cameo())                     # rows for docs/exchange.md
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from watchfloor.taxonomy import CameoTaxonomy
from watchfloor.taxonomy._tsv import DataSource, Row, read_rows

ACLED_FILE = "cameo_acled.tsv"
PLOVER_FILE = "cameo_plover.tsv"
NO_EQUIVALENT = "-"
PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "DEMAND", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    "REQUEST", "DISAPPROVE", "INVESTIGATE", "OTHER",
})  # fmt: skip
ACLED_DISORDER = frozenset({"Political violence", "Demonstrations", "Strategic developments"})
_CODE = re.compile(r"^[0-9]{2,4}$")


def packaged(name: str) -> DataSource:
    return resources.files("watchfloor.exchange").joinpath("data", name)


@dataclass(frozen=True, slots=True)
class AcledType:
    cameo: str  # the listed prefix that gave this type
    event_type: str
    sub_event_type: str
    disorder_type: str


@dataclass(frozen=True)
class AcledMapping:
    rows: Mapping[str, AcledType]  # listed CAMEO prefix -> type, in file order

    def lookup(self, code: str) -> AcledType | None:
        """The type of the longest listed prefix of ``code``; None: no ACLED equivalent."""
        for end in range(len(code), 1, -1):
            found = self.rows.get(code[:end])
            if found is not None:
                return None if found.event_type == NO_EQUIVALENT else found
        return None

    def cameo_of(self, event_type: str, sub_event_type: str) -> str | None:
        """The CAMEO code an ACLED row is read as: the first listed with both types,
        else the first with its event type."""
        typed = [t for t in self.rows.values() if t.event_type == event_type]
        exact = [t for t in typed if t.sub_event_type == sub_event_type]
        chosen = exact or typed
        return _full_code(chosen[0].cameo) if chosen else None


@dataclass(frozen=True, slots=True)
class PloverType:
    cameo: str
    event_type: str
    mode: str
    context: str


@dataclass(frozen=True)
class PloverMapping:
    rows: Mapping[str, PloverType]

    def lookup(self, code: str) -> PloverType | None:
        """The row of ``code`` or of its nearest listed parent; None for roots 01 and 02."""
        for end in range(len(code), 1, -1):
            found = self.rows.get(code[:end])
            if found is not None:
                return found
        return None


@dataclass(frozen=True, slots=True)
class PloverLoss:
    """CAMEO codes and what their PLOVER record cannot say."""

    codes: tuple[str, ...]
    plover: str  # "AGREE/-/diplomatic", or "" when there is none
    loss: str

    def to_record(self) -> dict[str, object]:
        return {"cameo": list(self.codes), "plover": self.plover, "loss": self.loss}


def load_acled_mapping(source: DataSource | None = None) -> AcledMapping:
    path = source if source is not None else packaged(ACLED_FILE)
    rows: dict[str, AcledType] = {}
    columns = ("cameo", "event_type", "sub_event_type", "disorder_type")
    for row in read_rows(path, columns, required=2):
        code, event_type, sub_type, disorder = row.fields
        _check_code(row, code, rows)
        if event_type != NO_EQUIVALENT and (not sub_type or disorder not in ACLED_DISORDER):
            raise row.error(
                f"{code}: give a sub_event_type and a disorder_type "
                f"({', '.join(sorted(ACLED_DISORDER))}), or event_type '-'"
            )
        rows[code] = AcledType(code, event_type, sub_type, disorder)
    return AcledMapping(MappingProxyType(rows))


def load_plover_mapping(source: DataSource | None = None) -> PloverMapping:
    path = source if source is not None else packaged(PLOVER_FILE)
    rows: dict[str, PloverType] = {}
    for row in read_rows(path, ("cameo", "event_type", "mode", "context"), required=2):
        code, event_type, mode, context = row.fields
        _check_code(row, code, rows)
        if event_type not in PLOVER_TYPES:
            raise row.error(f"{event_type!r} is not a PLOVER event type")
        rows[code] = PloverType(code, event_type, mode, context)
    return PloverMapping(MappingProxyType(rows))


def plover_label(found: PloverType | None) -> str:
    if found is None:
        return ""
    return f"{found.event_type}/{found.mode or '-'}/{found.context or '-'}"


def plover_losses(mapping: PloverMapping, cameo: CameoTaxonomy) -> list[PloverLoss]:
    """What the PLOVER mapping loses, for every CAMEO code it loses something of: roots
    with no PLOVER event type, codes that take a parent's row for want of their own, and
    groups of codes that share one record (the distinction between them is gone).
    Quad class and Goldstein weight are lost for every code (PLOVER has neither)."""
    labels = {code: plover_label(mapping.lookup(code)) for code in cameo.codes}
    losses: list[PloverLoss] = []
    for root in sorted({c[:2] for c, label in labels.items() if not label}):
        codes = tuple(c for c, label in labels.items() if c[:2] == root and not label)
        losses.append(PloverLoss(codes, "", "no PLOVER event type: left out of the export"))
    for code, label in labels.items():
        parent = mapping.lookup(code)
        if label and code not in mapping.rows and parent is not None:
            losses.append(PloverLoss((code,), label, f"not in the mapping: takes {parent.cameo}'s"))
    sharing: dict[str, list[str]] = {}
    for code, label in labels.items():
        if label and len(code) > 2:  # a root is its generic code: 07 is 070
            sharing.setdefault(label, []).append(code)
    for label, shared in sorted(sharing.items()):
        if len(shared) > 1:
            loss = f"{len(shared)} CAMEO codes, one record"
            losses.append(PloverLoss(tuple(shared), label, loss))
    return losses


def losses_of(code: str, losses: list[PloverLoss]) -> list[str]:
    """What the PLOVER record of ``code`` loses, one phrase per loss."""
    found = []
    for loss in losses:
        if code in loss.codes:
            others = [c for c in loss.codes if c != code]
            found.append(loss.loss + (f" (with {_listed(others)})" if others and loss.plover
                                      else ""))  # fmt: skip
    return found


def losses_markdown(losses: list[PloverLoss]) -> str:
    lines = ["| CAMEO codes | PLOVER type/mode/context | what is lost |", "|---|---|---|"]
    lines += [f"| {', '.join(x.codes)} | {x.plover or '(none)'} | {x.loss} |" for x in losses]
    return "\n".join(lines) + "\n"


def acled_markdown(mapping: AcledMapping) -> str:
    lines = ["| CAMEO prefix | ACLED event type | sub-event type | disorder type |",
             "|---|---|---|---|"]  # fmt: skip
    for t in mapping.rows.values():
        if t.event_type == NO_EQUIVALENT:
            lines.append(f"| {t.cameo} | (none: left out) | | |")
        else:
            lines.append(f"| {t.cameo} | {t.event_type} | {t.sub_event_type} | "
                         f"{t.disorder_type} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def _listed(codes: list[str], limit: int = 6) -> str:
    shown = ", ".join(codes[:limit])
    return shown + (f" and {len(codes) - limit} more" if len(codes) > limit else "")


def _full_code(prefix: str) -> str:
    """A root prefix stands for its generic code: ``19`` -> ``190``."""
    return prefix + "0" if len(prefix) == 2 else prefix


def _check_code(row: Row, code: str, seen: Mapping[str, object]) -> None:
    if not _CODE.match(code):
        raise row.error(f"CAMEO code {code!r} must be 2 to 4 digits")
    if code in seen:
        raise row.error(f"CAMEO code {code!r} is listed twice")
