"""The rule files of table rows (``table_columns.tsv``, ``table_acts.tsv``,
``table_status.tsv``, ``table_empty.txt``), loaded once
into a frozen ``TableRules`` and validated with file:line errors, as ``rules`` does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from watchfloor.extract.rules import _fail, _rows, _split_words
from watchfloor.extract.text import phrase_keys

ROLES = (
    "source", "status", "response", "exchange", "detainee", "outcome", "responder",
    "suspect", "skip", "date",
    "place", "figure", "item", "act", "host", "partner", "target", "accused", "actor",
    "people",
)  # fmt: skip
CERTAINTIES = ("asserted", "reported", "possible", "denied")
ITEM = "@ITEM"  # the act of a deliveries table's row that names no act


@dataclass(frozen=True, slots=True)
class ColumnWords:
    role: str
    phrases: tuple[tuple[str, ...], ...]  # case-folded words of each phrase


@dataclass(frozen=True, slots=True)
class ActNoun:
    """A noun-style act: any of ``phrases`` names ``code`` when the row holds one of
    ``needs`` (or ``needs`` is empty) and none of ``unless``."""

    code: str
    phrases: tuple[tuple[str, ...], ...]
    needs: tuple[tuple[str, ...], ...]
    unless: tuple[tuple[str, ...], ...]
    order: int


@dataclass(frozen=True, slots=True)
class TableRules:
    columns: tuple[ColumnWords, ...]  # in file order: the first that fits a header wins
    acts: tuple[ActNoun, ...]
    statuses: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # certainty, words
    empty: frozenset[str] = frozenset()  # what a cell holds that has no value ("n/a")


def load_table_rules(
    extra_dir: Path | None = None,
    known_codes: frozenset[str] | None = None,
    classes: dict[str, tuple[tuple[str, ...], ...]] | None = None,
) -> TableRules:
    """The packaged files plus same-named ones in ``extra_dir``; ``classes`` are the noun
    classes that a ``needs`` of ``@CLASS`` names."""
    columns: list[ColumnWords] = []
    for role, header_words, origin in _rows("table_columns.tsv", extra_dir, 2):
        if role not in ROLES:
            _fail(origin, f"unknown role {role!r}: use one of {', '.join(ROLES)}")
        columns.append(ColumnWords(role, _phrases(header_words)))
    acts: list[ActNoun] = []
    for code, nouns, needs, unless, origin in _rows("table_acts.tsv", extra_dir, 4):
        if not code.isdigit() or not 2 <= len(code) <= 4:
            _fail(origin, f"code {code!r} must be a CAMEO code of 2-4 digits")
        if known_codes is not None and code not in known_codes:
            _fail(origin, f"code {code!r} is not in the CAMEO taxonomy")
        phrases = ((ITEM,),) if nouns == ITEM else _phrases(nouns)
        acts.append(
            ActNoun(
                code,
                phrases,
                _needs(needs, classes or {}, origin),
                _needs(unless, classes or {}, origin),
                len(acts),
            )
        )
    statuses: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    for certainty, status_words, origin in _rows("table_status.tsv", extra_dir, 2):
        if certainty not in CERTAINTIES:
            _fail(origin, f"unknown certainty {certainty!r}: use {', '.join(CERTAINTIES)}")
        statuses.append((certainty, _phrases(status_words)))
    empty = frozenset(value.casefold() for value, _ in _rows("table_empty.txt", extra_dir, 1))
    return TableRules(tuple(columns), tuple(acts), tuple(statuses), empty)


def _phrases(field: str) -> tuple[tuple[str, ...], ...]:
    return tuple(keys for keys in (phrase_keys(w) for w in _split_words(field)) if keys)


def _needs(
    field: str, classes: dict[str, tuple[tuple[str, ...], ...]], origin: str
) -> tuple[tuple[str, ...], ...]:
    if field == "-":
        return ()
    found: list[tuple[str, ...]] = []
    for word in _split_words(field):
        if word.startswith("@"):
            if word[1:] not in classes:
                _fail(origin, f"{word}: no such class in noun_classes.tsv")
            found += classes[word[1:]]
        else:
            found.append(phrase_keys(word))
    return tuple(found)
