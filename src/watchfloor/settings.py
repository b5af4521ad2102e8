"""One Settings object, built once (from defaults, the environment and CLI options) and
passed down to every component."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from watchfloor.errors import ConfigError

DEFAULT_DB = "watchfloor.db"
# rules alone; rules with the trained parser; the parser when installed, else rules
BACKENDS = ("rules", "parser", "auto")


@dataclass(frozen=True, slots=True)
class Settings:
    """``db`` is a SQLite file path or a SQLAlchemy URL (``postgresql+psycopg://...``).
    ``data_dir`` is an optional folder of the user's own dictionary and pattern files,
    which extend the packaged ones (same file names)."""

    db: str = DEFAULT_DB
    backend: str = "auto"  # rules alone, or with the trained parser ("parser"; "auto" if installed)
    data_dir: Path | None = None
    near_duplicate_threshold: float = 0.6
    minhash_permutations: int = 128
    workers: int = 1  # extraction processes for ingest and extract

    @property
    def db_url(self) -> str:
        if "://" in self.db:
            return self.db
        return f"sqlite:///{Path(self.db).expanduser()}"

    def with_overrides(self, **values: object) -> Settings:
        """A copy with the given fields replaced; None values are ignored."""
        given = {k: v for k, v in values.items() if v is not None}
        return replace(self, **given)  # type: ignore[arg-type]


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment: WATCHFLOOR_DB, WATCHFLOOR_BACKEND, WATCHFLOOR_DATA,
    WATCHFLOOR_WORKERS."""
    env = os.environ if environ is None else environ
    settings = Settings(
        db=env.get("WATCHFLOOR_DB") or DEFAULT_DB,
        backend=env.get("WATCHFLOOR_BACKEND") or "auto",
        data_dir=Path(env["WATCHFLOOR_DATA"]) if env.get("WATCHFLOOR_DATA") else None,
        workers=_whole(env.get("WATCHFLOOR_WORKERS") or "1", "WATCHFLOOR_WORKERS"),
    )
    validate(settings)
    return settings


def _whole(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r}: give a whole number of processes") from None


def validate(settings: Settings) -> None:
    if settings.backend not in BACKENDS:
        raise ConfigError(
            f"backend {settings.backend!r} is not available: use one of {', '.join(BACKENDS)} "
            "(set WATCHFLOOR_BACKEND)"
        )
    if settings.workers < 1:
        raise ConfigError(f"workers={settings.workers}: give 1 or more processes")
    if not 0.0 < settings.near_duplicate_threshold <= 1.0:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    if settings.data_dir is not None and not settings.data_dir.is_dir():
        raise ConfigError(f"data folder {settings.data_dir} does not exist (WATCHFLOOR_DATA)")
