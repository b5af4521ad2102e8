"""Import and export speed of the exchange formats: rows/s for a GDELT events file.

The sample corpus is ingested into a temporary SQLite store and exported as GDELT; its
rows are repeated with fresh GLOBALEVENTIDs up to ``--rows``, imported into a second
store, and exported again (checked to give the same rows back).

    python bench/exchange.py [--rows 5000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from watchfloor import Settings, ingest
from watchfloor.exchange import Reference, export_events, import_files, write_export
from watchfloor.resolve import ResolveRules, load_sources
from watchfloor.store import EventQuery, open_store

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    rows_wanted = parser.parse_args().rows
    registry, ref = load_sources(), Reference()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ingest([ROOT / "examples" / "corpus"], Settings(db=str(tmp / "corpus.db")))
        with open_store(f"sqlite:///{tmp / 'corpus.db'}") as store:
            write_export(export_events(store, EventQuery(), registry), "gdelt",
                         tmp / "seed.CSV", ref=ref)  # fmt: skip
        seed = [line.split("\t") for line in (tmp / "seed.CSV").read_text().splitlines()]
        lines = ["\t".join([str(10**9 + n), *seed[n % len(seed)][1:]]) for n in range(rows_wanted)]
        (tmp / "big.CSV").write_text("\n".join(lines) + "\n")

        with open_store(f"sqlite:///{tmp / 'big.db'}") as store:
            start = time.perf_counter()
            report = import_files(store, [tmp / "big.CSV"], "gdelt", ResolveRules(registry),
                                  ref=ref)  # fmt: skip
            imported = time.perf_counter() - start
            start = time.perf_counter()
            events = export_events(store, EventQuery(), registry)
            write_export(events, "gdelt", tmp / "back.CSV", ref=ref)
            exported = time.perf_counter() - start
        same = sorted((tmp / "back.CSV").read_text().splitlines()) == sorted(lines)
    print(f"rows: {rows_wanted} (stored {report.stored}, problems {len(report.problems)})")
    print(f"import (parse, store, resolve): {imported:.1f} s, {rows_wanted / imported:.0f} rows/s")
    print(f"export (read, describe, write): {exported:.1f} s, {rows_wanted / exported:.0f} rows/s")
    print(f"round trip gives the same rows: {same}")


if __name__ == "__main__":
    main()
