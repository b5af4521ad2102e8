"""The field's exchange formats: export resolved events as GDELT 2.0 events and
mentions, ACLED-style CSV, PLOVER records, CSV, JSON Lines, Parquet and GeoJSON; import
GDELT and ACLED files as stored events with their provenance.

    with open_store(url) as store:
        events = export_events(store, EventQuery(dyad=("PRK", "RUS")), load_sources())
        write_export(events, "gdelt", Path("prk-rus.export.CSV"))
        import_files(store, [Path("20241018.export.CSV.zip")], "gdelt",
                     ResolveRules(load_sources()))

Modules, one concern each: ``gdelt``, ``acled``, ``plover``, ``tabular`` (one format
each), ``mappings`` (CAMEO -> ACLED and PLOVER, ``data/*.tsv``, and what PLOVER loses),
``geo`` (FIPS and ISO country codes, GDELT place columns), ``context`` (reference data
and the events to export), ``export`` and ``importer`` (the two jobs).
What each format fills, leaves empty and loses: ``docs/exchange.md``.
"""

from watchfloor.exchange.context import ExportEvent, Reference
from watchfloor.exchange.export import EXPORT_FORMATS, ExportReport, export_events, write_export
from watchfloor.exchange.importer import IMPORT_FORMATS, ImportReport, import_files

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExportEvent",
    "ExportReport",
    "ImportReport",
    "Reference",
    "export_events",
    "import_files",
    "write_export",
]
