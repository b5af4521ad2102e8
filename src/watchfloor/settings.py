"""One Settings object, built once (from defaults, the environment and CLI options) and
passed down to every component."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from watchfloor.errors import ConfigError

DEFAULT_DB = "watchfloor.db"
ENGINES = ("local", "dask")
# rules alone; rules with the trained parser; the parser when installed, else rules
BACKENDS = ("rules", "parser", "auto")
# the learned event proposer trained on the bundled gold (`watchfloor train` makes others)
PACKAGED_EVENT_MODEL = Path(__file__).parent / "extract" / "data" / "event_model.json"


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
    engine: str = "local"  # where extraction runs: "local" (processes) or "dask"
    scheduler: str | None = None  # a dask.distributed scheduler; None: a LocalCluster
    # `watchfloor serve`: the bearer token that writes need (none: writes refused), and
    # the origins whose pages may call the API from a browser (none: CORS off)
    token: str | None = field(default=None, repr=False)
    cors_origins: tuple[str, ...] = ()
    # limits on one input (issue 12): beyond them an input is refused with a message
    max_file_bytes: int = 20_000_000  # a .md/.txt/.html/feed file; .jsonl is streamed
    max_document_chars: int = 2_000_000  # one document's text (a JSON Lines line too)
    max_line_chars: int = 200_000  # one line of a document's text
    busy_timeout_seconds: float = 60.0  # how long a writer waits for another one
    # the learned proposer for sentences the rules leave empty; None: the rules alone
    event_model: Path | None = PACKAGED_EVENT_MODEL

    @property
    def db_url(self) -> str:
        if "://" in self.db:
            return self.db
        return f"sqlite:///{Path(self.db).expanduser()}"

    @property
    def db_missing(self) -> bool:
        """True when the database is a SQLite file that does not exist yet: commands that
        only read refuse it rather than create an empty one."""
        return "://" not in self.db and not Path(self.db).expanduser().exists()

    def with_overrides(self, **values: object) -> Settings:
        """A copy with the given fields replaced; None values are ignored."""
        given = {k: v for k, v in values.items() if v is not None}
        return replace(self, **given)  # type: ignore[arg-type]


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment: WATCHFLOOR_DB, WATCHFLOOR_BACKEND, WATCHFLOOR_DATA,
    WATCHFLOOR_WORKERS, WATCHFLOOR_ENGINE, WATCHFLOOR_SCHEDULER, WATCHFLOOR_TOKEN,
    WATCHFLOOR_CORS_ORIGINS (comma-separated), WATCHFLOOR_MAX_FILE_BYTES,
    WATCHFLOOR_MAX_DOCUMENT_CHARS, WATCHFLOOR_MAX_LINE_CHARS, WATCHFLOOR_BUSY_TIMEOUT,
    WATCHFLOOR_EVENT_MODEL (a model file, or "off" for the rules alone)."""
    env = os.environ if environ is None else environ
    base = Settings()
    settings = Settings(
        db=env.get("WATCHFLOOR_DB") or DEFAULT_DB,
        backend=env.get("WATCHFLOOR_BACKEND") or "auto",
        data_dir=Path(env["WATCHFLOOR_DATA"]) if env.get("WATCHFLOOR_DATA") else None,
        workers=_whole(env.get("WATCHFLOOR_WORKERS") or "1", "WATCHFLOOR_WORKERS"),
        engine=env.get("WATCHFLOOR_ENGINE") or "local",
        scheduler=env.get("WATCHFLOOR_SCHEDULER") or None,
        token=env.get("WATCHFLOOR_TOKEN") or None,
        cors_origins=tuple(
            o.strip() for o in (env.get("WATCHFLOOR_CORS_ORIGINS") or "").split(",") if o.strip()
        ),
        max_file_bytes=_whole(env.get("WATCHFLOOR_MAX_FILE_BYTES")
                              or str(base.max_file_bytes), "WATCHFLOOR_MAX_FILE_BYTES"),
        max_document_chars=_whole(env.get("WATCHFLOOR_MAX_DOCUMENT_CHARS")
                                  or str(base.max_document_chars),
                                  "WATCHFLOOR_MAX_DOCUMENT_CHARS"),
        max_line_chars=_whole(env.get("WATCHFLOOR_MAX_LINE_CHARS")
                              or str(base.max_line_chars), "WATCHFLOOR_MAX_LINE_CHARS"),
        busy_timeout_seconds=_seconds(env.get("WATCHFLOOR_BUSY_TIMEOUT")
                                      or str(base.busy_timeout_seconds),
                                      "WATCHFLOOR_BUSY_TIMEOUT"),
        event_model=_event_model(env.get("WATCHFLOOR_EVENT_MODEL")),
    )  # fmt: skip
    validate(settings)
    return settings


def _event_model(value: str | None) -> Path | None:
    if not value:
        return PACKAGED_EVENT_MODEL
    return None if value.lower() in ("off", "none", "rules") else Path(value)


def _whole(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r}: give a whole number") from None


def _seconds(value: str, name: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r}: give a number of seconds") from None
    if not 0 <= seconds < 86_400:
        raise ConfigError(f"{name}={value!r}: give a number of seconds from 0 to 86400")
    return seconds


def max_workers() -> int:
    """The most extraction processes worth starting: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def validate(settings: Settings) -> None:
    if settings.backend not in BACKENDS:
        raise ConfigError(
            f"backend {settings.backend!r} is not available: use one of {', '.join(BACKENDS)} "
            "(set WATCHFLOOR_BACKEND)"
        )
    if settings.engine not in ENGINES:
        raise ConfigError(
            f"engine {settings.engine!r} is not available: use {' or '.join(ENGINES)} "
            "(--engine or WATCHFLOOR_ENGINE)"
        )
    if settings.scheduler is not None and settings.engine != "dask":
        raise ConfigError(
            f"a scheduler ({settings.scheduler}) is for the dask engine: add --engine dask"
        )
    if settings.workers < 1:
        raise ConfigError(f"workers={settings.workers}: give 1 or more processes")
    for name, value in (("WATCHFLOOR_MAX_FILE_BYTES", settings.max_file_bytes),
                        ("WATCHFLOOR_MAX_DOCUMENT_CHARS", settings.max_document_chars),
                        ("WATCHFLOOR_MAX_LINE_CHARS", settings.max_line_chars)):  # fmt: skip
        if value < 1:
            raise ConfigError(f"{name}={value}: give a positive whole number")
    if not 0.0 < settings.near_duplicate_threshold <= 1.0:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    if settings.event_model is not None and not settings.event_model.is_file():
        raise ConfigError(
            f"event model {settings.event_model} does not exist (WATCHFLOOR_EVENT_MODEL): "
            "give a file `watchfloor train` wrote, or off"
        )
    if settings.data_dir is not None and not settings.data_dir.is_dir():
        raise ConfigError(f"data folder {settings.data_dir} does not exist (WATCHFLOOR_DATA)")
