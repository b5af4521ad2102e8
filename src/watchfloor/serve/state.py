"""What every request of one app shares: the settings, the store (opened on first use,
so the server starts even before the database exists), the source registry and the
lock that puts writes one after another."""

from __future__ import annotations

import threading
from typing import Any

from watchfloor.analyse.alert_rules import AlertRules, load_alert_rules
from watchfloor.analyse.assess import AssessmentConfig, load_config
from watchfloor.errors import StoreError
from watchfloor.resolve import load_sources
from watchfloor.resolve.registry import SourceRegistry
from watchfloor.serve.highlight import TriggerWords
from watchfloor.settings import Settings
from watchfloor.store import Store, open_store


class DatabaseMissing(StoreError):
    """The SQLite file named by the settings is not there (a 503, not an empty store)."""


class ServeState:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.write_lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._store: Store | None = None
        self._registry: SourceRegistry | None = None
        self._triggers: TriggerWords | None = None
        self._extractor: Any = None
        self._alert_rules: AlertRules | None = None
        self._assessment_config: AssessmentConfig | None = None

    def store(self) -> Store:
        if self._store is None:
            with self._open_lock:
                if self._store is None:
                    self._store = self._open()
        return self._store

    def _open(self) -> Store:
        db = self.settings.db
        if self.settings.db_missing:
            raise DatabaseMissing(
                f"no database at {db}: ingest documents first (watchfloor --db {db} ingest "
                "PATH) or POST /documents, or start the server with --db / WATCHFLOOR_DB "
                "naming an existing database"
            )
        return self._connect()

    def open_for_writing(self) -> None:
        """Writes may create the database (the first POST /documents on a new file)."""
        if self._store is None:
            with self._open_lock:
                if self._store is None:
                    self._store = self._connect()

    def _connect(self) -> Store:
        return open_store(self.settings.db_url, busy_timeout=self.settings.busy_timeout_seconds)

    def registry(self) -> SourceRegistry:
        if self._registry is None:
            self._registry = load_sources(self.settings.data_dir)
        return self._registry

    def alert_rules(self) -> AlertRules:
        if self._alert_rules is None:
            self._alert_rules = load_alert_rules()
        return self._alert_rules

    def assessment_config(self) -> AssessmentConfig:
        """The packaged indicator sets, hypotheses and playbook, loaded once."""
        if self._assessment_config is None:
            self._assessment_config = load_config()
        return self._assessment_config

    def triggers(self) -> TriggerWords:
        if self._triggers is None:
            self._triggers = TriggerWords.load()
        return self._triggers

    def extractor(self) -> Any:
        """Built on the first write only: reading never needs the extractor."""
        if self._extractor is None:
            from watchfloor.api import build_extractor

            self._extractor = build_extractor(self.settings)
        return self._extractor

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
