"""Many reports, one event: resolution of mentions across documents into events, with
independent corroboration, the estimates and denials kept apart, and NATO Admiralty
grades that explain themselves.

    rules = ResolveRules(load_sources(settings.data_dir))
    resolve_pending(store, rules)                  # after an ingest (api.ingest does it)
    for stored in store.events(EventQuery(dyad=("PRK", "RUS"))):
        event = describe_stored(stored, rules.registry)
        print(event.id, event.grade.code, [r.text for r in event.ranges])

Modules, one stage each: ``windows`` (when a mention says it happened), ``cluster``
(which mentions are one happening), ``corroboration`` (independent chains of
reporting), ``estimates`` (figures and denials), ``registry`` + ``data/sources.tsv``
(source reliability), ``grading`` (the A-F / 1-6 grade), ``event`` (an event as an
analyst reads it), ``history`` (what changed), ``resolver`` (runs against the store).
"""

from watchfloor.resolve.cluster import codes_fit, party_of
from watchfloor.resolve.corroboration import Chain, Corroboration, Stance
from watchfloor.resolve.estimates import Denial, Estimate, EstimateRange
from watchfloor.resolve.event import DateRange, ResolvedEvent, describe, describe_stored
from watchfloor.resolve.grading import CredibilityRules, Grade, SourceGrade
from watchfloor.resolve.registry import SourceEntry, SourceRegistry, load_sources
from watchfloor.resolve.resolver import Resolution, ResolveRules, rebuild, resolve_pending
from watchfloor.resolve.windows import WindowRules

__all__ = [
    "Chain",
    "Corroboration",
    "CredibilityRules",
    "DateRange",
    "Denial",
    "Estimate",
    "EstimateRange",
    "Grade",
    "Resolution",
    "ResolveRules",
    "ResolvedEvent",
    "SourceEntry",
    "SourceGrade",
    "SourceRegistry",
    "Stance",
    "WindowRules",
    "codes_fit",
    "describe",
    "describe_stored",
    "load_sources",
    "party_of",
    "rebuild",
    "resolve_pending",
]
