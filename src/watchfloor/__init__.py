"""watchfloor: an open-source intelligence watch floor.

News reports in; sourced, dated, located, confidence-rated event data out, stored and
briefed with the evidence behind every line.

    from watchfloor import Document, extract
    extraction = extract(Document(id="a1", text="North Korea has sent ...", ...))
"""

# first: it checks compiled modules against their sources before any of them loads
import watchfloor._compiled  # noqa: F401
from watchfloor.api import IngestReport, extract, extract_paths, ingest
from watchfloor.errors import (
    ConfigError,
    DataFileError,
    DocumentError,
    GoldError,
    InputError,
    MigrationError,
    StoreError,
    WatchfloorError,
)
from watchfloor.extract import Extractor
from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Problem,
    Quantity,
    Sentence,
    Table,
)
from watchfloor.report import Brief, build_brief
from watchfloor.resolve import ResolvedEvent, resolve_pending
from watchfloor.scoring import EvalReport, evaluate, load_gold, score
from watchfloor.settings import Settings, load_settings
from watchfloor.store import EventQuery, MentionQuery, Store, open_store

__all__ = [
    "Actor",
    "Brief",
    "Certainty",
    "ConfigError",
    "DataFileError",
    "Document",
    "DocumentError",
    "EvalReport",
    "EventDate",
    "EventQuery",
    "Extraction",
    "Extractor",
    "GoldError",
    "IngestReport",
    "InputError",
    "Mention",
    "MentionQuery",
    "MigrationError",
    "Place",
    "Problem",
    "Quantity",
    "ResolvedEvent",
    "Sentence",
    "Settings",
    "Store",
    "StoreError",
    "Table",
    "WatchfloorError",
    "build_brief",
    "evaluate",
    "extract",
    "extract_paths",
    "ingest",
    "load_gold",
    "load_settings",
    "open_store",
    "resolve_pending",
    "score",
]
