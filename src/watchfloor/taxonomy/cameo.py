"""The CAMEO event taxonomy: codes, descriptions and Goldstein weights.

The packaged table (``data/cameo_codes.tsv``) is CAMEO 1.1b3 as GDELT publishes it.
Load it once with :func:`load_cameo` and pass the frozen :class:`CameoTaxonomy` along.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from watchfloor.errors import DataFileError
from watchfloor.models import quad_class_of
from watchfloor.taxonomy._tsv import DataSource, Row, packaged, parse_float, read_rows

CAMEO_FILE = "cameo_codes.tsv"
CLASSES_FILE = "cameo_classes.tsv"
_CLASS_COLUMNS = ("class", "prefixes", "meaning")
# the classes code reads by name: a file without one of them is incomplete
CODE_CLASSES = (
    "speech", "future", "reactive", "hosting", "visit", "whole_force", "scene", "deployment",
    "place_target", "place_in_target", "answering", "mediation", "release_demand", "holding",
    "denial", "host_addressed", "home_custody", "protest_abroad", "tagged_nationals",
    "rules_only", "house_refusal", "crowd_control", "released", "asking", "demand", "summons",
    "protest", "removal", "fight", "refusal", "seized_goods", "home_government",
    "foretold_penalty", "firm_measure", "said", "request", "generic_appeal", "charging",
    "accusing", "charge_said", "judging", "appeal", "courtesy", "consult",
    "conditional_threat", "force_sent", "troops_sent",
    "based_group", "crew_held", "joint_act", "presence", "delivery", "drill", "accusation",
    "coercion", "assault", "freeing", "response_to_attack", "verdict", "follow_up",
    "holder_follow_up",
)  # fmt: skip
_COLUMNS = ("code", "description", "goldstein")
_CODE = re.compile(r"^[0-9]{2,4}$")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    description: str
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit root (``"07"`` for ``"072"``)."""
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict."""
        return quad_class_of(self.code)


@dataclass(frozen=True)
class CameoTaxonomy:
    codes: Mapping[str, CameoCode]
    # class name -> the code prefixes in it (``cameo_classes.tsv``)
    classes: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def prefixes(self, name: str) -> tuple[str, ...]:
        """The code prefixes of a class; ``KeyError`` naming it when there is none."""
        try:
            return self.classes[name]
        except KeyError:
            raise KeyError(f"unknown CAMEO code class {name!r}") from None

    def in_class(self, code: str, name: str) -> bool:
        """Whether ``code`` belongs to the class (starts with one of its prefixes)."""
        return code.startswith(self.prefixes(name))

    def get(self, code: str) -> CameoCode:
        """The entry for ``code``; ``KeyError`` naming the code when it is not CAMEO."""
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO event code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.codes

    def __len__(self) -> int:
        return len(self.codes)

    def family(self, root: str) -> list[CameoCode]:
        """Every code under a two-digit root, the root itself first, in code order."""
        return sorted(
            (entry for entry in self.codes.values() if entry.root == root),
            key=lambda entry: entry.code,
        )


def load_cameo(path: Path | None = None, classes: Path | None = None) -> CameoTaxonomy:
    """Read and validate a CAMEO table (default: the packaged CAMEO 1.1b3 codes) and its
    code classes (default: the packaged ``cameo_classes.tsv``)."""
    source: DataSource = path if path is not None else packaged(CAMEO_FILE)
    codes: dict[str, CameoCode] = {}
    first_line: dict[str, int] = {}
    for row in read_rows(source, _COLUMNS, required=3):
        entry = _parse_code(row)
        if entry.code in codes:
            raise row.error(
                f"duplicate CAMEO code {entry.code!r} (first on line {first_line[entry.code]})"
            )
        codes[entry.code] = entry
        first_line[entry.code] = row.line
    if not codes:
        raise DataFileError(str(source), None, "no CAMEO codes found")
    return CameoTaxonomy(
        codes=MappingProxyType(dict(sorted(codes.items()))),
        # a table of one's own is checked against classes of one's own, not the packaged ones
        classes=MappingProxyType(
            load_code_classes(codes if path is None or classes else None, classes)
        ),
    )


def load_code_classes(
    codes: Mapping[str, CameoCode] | None, path: Path | None = None
) -> dict[str, tuple[str, ...]]:
    """Read and validate the code classes: every prefix a code (of ``codes``, when
    given), every class the code reads present, none twice."""
    source: DataSource = path if path is not None else packaged(CLASSES_FILE)
    classes: dict[str, tuple[str, ...]] = {}
    for row in read_rows(source, _CLASS_COLUMNS, required=2):
        name, prefixes = row.fields[0], tuple(row.fields[1].split())
        if name in classes:
            raise row.error(f"class {name!r} is given twice")
        unknown = [
            p for p in prefixes if not _CODE.match(p) or (codes is not None and p not in codes)
        ]
        if unknown:
            raise row.error(f"not CAMEO codes: {', '.join(unknown)} (class {name!r})")
        classes[name] = prefixes
    missing = [name for name in CODE_CLASSES if name not in classes]
    if missing:
        raise DataFileError(str(source), None, f"no line for class(es) {', '.join(missing)}")
    return classes


def _parse_code(row: Row) -> CameoCode:
    code, description, weight = row.fields
    if not _CODE.match(code):
        raise row.error(f"CAMEO code {code!r} must be 2 to 4 digits")
    if not 1 <= int(code[:2]) <= 20:
        raise row.error(f"CAMEO code {code!r} has no root between 01 and 20")
    goldstein = parse_float(row, weight, "goldstein")
    if not -10.0 <= goldstein <= 10.0:
        raise row.error(f"goldstein {goldstein} of {code!r} is outside -10 .. 10")
    return CameoCode(code=code, description=description, goldstein=goldstein)
