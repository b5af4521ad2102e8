"""The actor dictionary: phrases that name actors, and role words that qualify a country.

``data/actors.tsv`` maps phrases to CAMEO actor codes (``Pyongyang`` -> ``PRK``,
``Putin`` -> ``RUSGOV``); ``data/roles.tsv`` maps role words to CAMEO roles
(``troops`` -> ``MIL``). A user's folder may add rows to both and, for the same phrase,
override the packaged ones. Matching text against them is the extractor's job, not ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from watchfloor.errors import ConfigError
from watchfloor.taxonomy._tsv import DataSource, Row, packaged, read_rows, split_names

ACTORS_FILE = "actors.tsv"
ROLES_FILE = "roles.tsv"
ACTOR_KINDS = frozenset({"country", "demonym", "capital", "leader", "agency", "igo", "group"})
ROLE_CODES = frozenset(
    {"GOV", "MIL", "SPY", "LEG", "MED", "BUS", "REB", "JUD", "COP", "OPP", "CVL"}
)
# the roles of a state's own organs: government, forces, intelligence, courts, legislature
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})?$")
_BODY_PREFIXES = frozenset({"IGO"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One phrase of the dictionary (a row with five names gives five entries)."""

    code: str
    kind: str
    phrase: str


@dataclass(frozen=True, slots=True)
class RoleEntry:
    role: str
    phrase: str


_Entry = TypeVar("_Entry", ActorEntry, RoleEntry)


@dataclass(frozen=True)
class ActorDictionary:
    entries: tuple[ActorEntry, ...]
    roles: tuple[RoleEntry, ...]

    def country_name(self, iso3: str) -> str:
        """The first ``country`` name of a code (or first ``igo`` name), else the code."""
        for kind in ("country", "igo"):
            for entry in self.entries:
                if entry.code == iso3 and entry.kind == kind:
                    return entry.phrase
        return iso3

    def by_phrase(self) -> dict[str, list[ActorEntry]]:
        """Entries keyed by ``phrase.casefold()``, in file order."""
        index: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            index.setdefault(entry.phrase.casefold(), []).append(entry)
        return index

    def roles_by_phrase(self) -> dict[str, RoleEntry]:
        """Role words keyed by ``phrase.casefold()``."""
        return {entry.phrase.casefold(): entry for entry in self.roles}

    def codes(self) -> frozenset[str]:
        return frozenset(entry.code for entry in self.entries)


def load_actors(
    actors_path: Path | None = None,
    roles_path: Path | None = None,
    extra_dir: Path | None = None,
) -> ActorDictionary:
    """Read and validate the actor and role dictionaries (default: the packaged ones).

    ``extra_dir`` may hold ``actors.tsv`` and ``roles.tsv`` in the same format; their rows
    are added, and replace the packaged rows for the same phrase (compared casefolded).
    """
    entries = read_actor_file(actors_path if actors_path is not None else packaged(ACTORS_FILE))
    roles = read_role_file(roles_path if roles_path is not None else packaged(ROLES_FILE))
    if extra_dir is not None:
        folder = _existing_dir(extra_dir)
        if (folder / ACTORS_FILE).is_file():
            entries = _override(entries, read_actor_file(folder / ACTORS_FILE))
        if (folder / ROLES_FILE).is_file():
            roles = _override(roles, read_role_file(folder / ROLES_FILE))
    return ActorDictionary(entries=tuple(entries), roles=tuple(roles))


def read_actor_file(source: DataSource) -> list[ActorEntry]:
    """The entries of one ``actors.tsv``; a phrase given to two codes is an error."""
    entries: list[ActorEntry] = []
    seen: dict[str, tuple[str, int]] = {}
    for row in read_rows(source, ("code", "kind", "names"), required=3):
        code, kind, names = row.fields
        _check_actor_code(row, code)
        if kind not in ACTOR_KINDS:
            raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(ACTOR_KINDS))}")
        for phrase in split_names(row, names):
            if _first_use(row, seen, phrase, code):
                entries.append(ActorEntry(code=code, kind=kind, phrase=phrase))
    return entries


def read_role_file(source: DataSource) -> list[RoleEntry]:
    """The entries of one ``roles.tsv``; a phrase given to two roles is an error."""
    roles: list[RoleEntry] = []
    seen: dict[str, tuple[str, int]] = {}
    for row in read_rows(source, ("role", "names"), required=2):
        role, names = row.fields
        if role not in ROLE_CODES:
            raise row.error(f"role {role!r} is not one of {', '.join(sorted(ROLE_CODES))}")
        for phrase in split_names(row, names):
            if _first_use(row, seen, phrase, role):
                roles.append(RoleEntry(role=role, phrase=phrase))
    return roles


def _check_actor_code(row: Row, code: str) -> None:
    if not _ACTOR_CODE.match(code):
        raise row.error(
            f"actor code {code!r} must be three capital letters, optionally followed by "
            "a three-letter role (e.g. PRK, PRKMIL, IGOUNO)"
        )
    if len(code) == 6 and code[:3] not in _BODY_PREFIXES and code[3:] not in ROLE_CODES:
        raise row.error(
            f"actor code {code!r} ends in {code[3:]!r}, which is not a CAMEO role "
            f"({', '.join(sorted(ROLE_CODES))})"
        )


def _first_use(row: Row, seen: dict[str, tuple[str, int]], phrase: str, code: str) -> bool:
    """Record ``phrase``; False for a harmless repeat, an error for a conflicting one."""
    key = phrase.casefold()
    if key not in seen:
        seen[key] = (code, row.line)
        return True
    other_code, other_line = seen[key]
    if other_code != code:
        raise row.error(
            f"phrase {phrase!r} is given code {code} here and {other_code} on line "
            f"{other_line}; a phrase may have only one code per file"
        )
    return False


def _override(base: Iterable[_Entry], extra: list[_Entry]) -> list[_Entry]:
    replaced = {entry.phrase.casefold() for entry in extra}
    return [entry for entry in base if entry.phrase.casefold() not in replaced] + extra


def _existing_dir(path: Path) -> Path:
    if not path.is_dir():
        raise ConfigError(f"{path}: taxonomy folder not found (extra_dir must be a folder)")
    return path
