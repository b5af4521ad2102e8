"""Exceptions users can meet, each with a message naming the input and what to do.

WatchfloorError
├── InputError          an input file or document cannot be used
│   ├── DocumentError   one document is unreadable (the batch reports it and goes on)
│   └── GoldError       a gold folder or gold record does not follow the spec
├── DataFileError       a dictionary, pattern or taxonomy file is invalid (file:line)
├── ConfigError         a setting or option has an unusable value
└── StoreError          the database cannot be opened, migrated or written
    ├── MigrationError  the database schema is newer than this watchfloor, or broken
    └── IdCollision     a document would overwrite another one that has its id
"""

from __future__ import annotations


class WatchfloorError(Exception):
    """Base of every error watchfloor raises on purpose."""


class InputError(WatchfloorError):
    pass


class DocumentError(InputError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class GoldError(InputError):
    pass


class DataFileError(WatchfloorError):
    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class ConfigError(WatchfloorError):
    pass


class StoreError(WatchfloorError):
    pass


class MigrationError(StoreError):
    pass


class IdCollision(StoreError):
    """Two different documents with one id: the second is refused, never an overwrite."""

    def __init__(self, doc_id: str, stored_from: str | None, given_from: str | None) -> None:
        super().__init__(
            f"document id {doc_id!r} is already stored from {stored_from or 'another input'}; "
            f"this document ({given_from or 'given here'}) is a different one and was not "
            "stored: give it an id of its own ('id:' in its front matter or JSON), or run "
            f"`watchfloor forget {doc_id}` first if it replaces the stored one"
        )
        self.doc_id = doc_id
