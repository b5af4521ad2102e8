"""A large store: build PostgreSQL (COPY) and SQLite stores of synthetic resolved events,
then time the queries an analyst runs on them.

Synthetic events: 60 states, dyads drawn with Zipf-like weights (a few busy dyads, a
long tail), 14 CAMEO codes, days spread over 2016-2025, one mention per event and three
for every tenth, twenty mentions per document. Timed (median of --runs, plus the first
run on a fresh connection, "cold"; the OS page cache is not dropped on a shared machine):

- the dyad series: ``Store.dyad_counts`` by month and by day, busiest dyad and a typical one
- the event listing: ``Store.events`` with a dyad, a code prefix and six months, 100 rows
- one event with its mentions: ``Store.event``

    python bench/store.py --pg postgresql+psycopg://postgres@127.0.0.1:55432/wf_bench \\
        --events 10000000 --sqlite /tmp/bench.db --sqlite-events 2000000 [--reuse]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, text

from watchfloor.store import EventQuery, Store, open_store
from watchfloor.store.engine import build_engine
from watchfloor.store.schema import build_schema

_STATE_CODES = (
    "USA RUS CHN UKR ISR PSE IRN PRK KOR JPN IND PAK AFG SYR IRQ TUR SAU YEM EGY LBY SDN "
    "ETH SOM NGA MLI FRA GBR DEU POL BLR ARM AZE GEO TWN PHL VNM MMR THA IDN AUS BRA VEN "
    "COL MEX CUB LBN JOR QAT ARE KWT KAZ UZB SRB KOS BIH GRC CYP ESP ITA NLD"
)
STATES = tuple(_STATE_CODES.split())
CODES = (  # (code, goldstein, quad class)
    ("010", 0.0, 1), ("036", 4.0, 1), ("042", 1.9, 1), ("057", 8.0, 1), ("061", 6.4, 2),
    ("072", 8.3, 2), ("111", -2.0, 3), ("112", -2.0, 3), ("130", -4.4, 3), ("138", -7.0, 3),
    ("172", -5.0, 4), ("190", -10.0, 4), ("193", -10.0, 4), ("195", -10.0, 4),
)  # fmt: skip
FIRST_DAY, DAYS = date(2016, 1, 1), 3653
MENTIONS_PER_DOC = 20
STAMP = "2026-01-01 00:00:00"
NULL = "\\N"


@dataclass(frozen=True, slots=True)
class Synthetic:
    """Event ``i`` of ``count``: its dyad, code and day, all from ``i`` (and a seeded pool)."""

    count: int
    dyads: tuple[tuple[str, str], ...]
    days: tuple[str, ...]

    @classmethod
    def build(cls, count: int, seed: int = 11) -> Synthetic:
        rng = random.Random(seed)
        pairs = [(a, b) for a in STATES for b in STATES if a != b]
        rank = {s: n + 1 for n, s in enumerate(STATES)}
        weights = [1.0 / (rank[a] * rank[b]) ** 1.1 for a, b in pairs]
        pool = tuple(rng.choices(pairs, weights, k=1 << 16))
        days = tuple((FIRST_DAY + timedelta(days=d)).isoformat() for d in range(DAYS))
        return cls(count, pool, days)

    def dyad(self, i: int) -> tuple[str, str]:
        return self.dyads[(i * 40503) % len(self.dyads)]

    def code(self, i: int) -> tuple[str, float, int]:
        return CODES[(i * 5) % len(CODES)]

    def day(self, i: int) -> str:
        return self.days[(i * 48271) % DAYS]

    @staticmethod
    def mentions_of(i: int) -> int:
        return 3 if i % 10 == 0 else 1

    def rows(self, start: int, stop: int) -> Iterator[tuple[list[Any], list[list[Any]]]]:
        """(event row, its mention rows) for events start..stop; mention ids are dense."""
        mention = start + 2 * ((start + 9) // 10) + 1  # ids before ``start``, 1-based
        for i in range(start, stop):
            a1, a2 = self.dyad(i)
            code, goldstein, quad = self.code(i)
            day = self.day(i)
            event_id = f"ev-{i:012x}"
            event = [event_id, code, code[:2], a1 + "MIL", a1, a2 + "GOV", a2, NULL, a2,
                     day, day, day, day, day, day, self.mentions_of(i), "{}", STAMP, STAMP,
                     goldstein, quad]  # fmt: skip
            members = []
            for _ in range(self.mentions_of(i)):
                doc = f"doc-{(mention - 1) // MENTIONS_PER_DOC}"
                sentence = f"{a1} did {code} to {a2} on {day}."
                members.append([mention, doc, 0, 0, 40, sentence, code, code[:2], quad,
                                goldstein, a1 + "MIL", a1, a1, a2 + "GOV", a2, a2, day, day,
                                day, "reported", event_id])  # fmt: skip
                mention += 1
            yield event, members

    def mention_total(self) -> int:
        return self.count + 2 * ((self.count + 9) // 10)


_EVENT_NAMES = (
    "id code root actor1_code actor1_country actor2_code actor2_country location_name "
    "location_country date_start date_end sort_start sort_end window_start window_end "
    "mentions snapshot created_at updated_at goldstein quad_class"
)
EVENT_COLUMNS = _EVENT_NAMES.split()
_MENTION_NAMES = (
    "id doc_id sentence_idx span_start span_end sentence code root quad_class goldstein "
    "actor1_code actor1_text actor1_country actor2_code actor2_text actor2_country "
    "date_value date_text sort_date certainty"
)
MENTION_COLUMNS = _MENTION_NAMES.split()
DOCUMENT_COLUMNS = ["id", "published", "outlet", "content_hash", "text", "ingested_at"]
BLOCK = 50_000
INDEXED_TABLES = ("documents", "mentions", "resolved_events", "event_mentions")


def document_rows(mentions: int) -> Iterator[list[Any]]:
    for n in range((mentions + MENTIONS_PER_DOC - 1) // MENTIONS_PER_DOC):
        yield [f"doc-{n}", "2025-01-01", "Synthetic Wire", f"{n:064x}", f"Report {n}.", STAMP]


# -- PostgreSQL: COPY ---------------------------------------------------------------


def build_postgres(engine: Engine, data: Synthetic) -> None:
    indexes = [i for t in build_schema().metadata.sorted_tables if t.name in INDEXED_TABLES
               for i in t.indexes]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE event_history, event_mentions, resolved_events, mentions, "
                          "sentences, doc_tables, documents CASCADE"))  # fmt: skip
        for index in indexes:
            conn.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
        for table in INDEXED_TABLES:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER ALL"))  # no FK checks
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        started = time.perf_counter()
        _copy(cursor, "documents", DOCUMENT_COLUMNS, document_rows(data.mention_total()))
        _copy_events(cursor, data)
        raw.commit()
        print(f"  COPY: {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        raw.close()
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text("SET maintenance_work_mem = '1GB'"))
        for index in indexes:
            index.create(conn)
        for table in INDEXED_TABLES:
            conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER ALL"))
    print(f"  indexes: {time.perf_counter() - started:.0f} s", flush=True)
    summarise(Store(engine))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def _copy(cursor: Any, table: str, columns: list[str], rows: Iterator[list[Any]]) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        lines: list[str] = []
        for row in rows:
            lines.append("\t".join(map(str, row)))
            if len(lines) >= BLOCK:
                copy.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            copy.write("\n".join(lines) + "\n")


def _copy_events(cursor: Any, data: Synthetic) -> None:
    """Events, then mentions with their links, each in blocks of generated rows."""
    _copy(cursor, "resolved_events", EVENT_COLUMNS,
          (event for event, _ in data.rows(0, data.count)))  # fmt: skip
    _copy(cursor, "mentions", MENTION_COLUMNS,
          (m[:-1] for _, members in data.rows(0, data.count) for m in members))  # fmt: skip
    _copy(cursor, "event_mentions", ["mention_id", "event_id", "added_at"],
          ([m[0], m[-1], STAMP] for _, members in data.rows(0, data.count) for m in members))


# -- SQLite: executemany in one transaction ----------------------------------------------


def build_sqlite(path: str, data: Synthetic) -> None:
    open_store(f"sqlite:///{path}").close()  # the schema, by the migrations
    db = sqlite3.connect(path, isolation_level=None)
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                         "AND sql IS NOT NULL").fetchall()  # fmt: skip
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;")
    for name, _ in indexes:
        db.execute(f"DROP INDEX {name}")
    for table in ("event_mentions", "resolved_events", "mentions", "documents"):
        db.execute(f"DELETE FROM {table}")
    _insert(db, "documents", DOCUMENT_COLUMNS, document_rows(data.mention_total()))
    for start in range(0, data.count, BLOCK):
        block = list(data.rows(start, min(start + BLOCK, data.count)))
        _insert(db, "resolved_events", EVENT_COLUMNS, (_nulls(e) for e, _ in block))
        members = [m for _, ms in block for m in ms]
        _insert(db, "mentions", MENTION_COLUMNS, (_nulls(m[:-1]) for m in members))
        _insert(db, "event_mentions", ["mention_id", "event_id", "added_at"],
                ([m[0], m[-1], STAMP] for m in members))  # fmt: skip
    for _, sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        summarise(store)
    db = sqlite3.connect(path)
    db.execute("ANALYZE")
    db.close()


def summarise(store: Store) -> None:
    """The daily dyad summary the store keeps as it writes events, counted once after
    the bulk load (which went around the store)."""
    started = time.perf_counter()
    store.rebuild_dyad_days()
    print(f"  dyad summary counted in {time.perf_counter() - started:.0f} s", flush=True)


def _nulls(row: list[Any]) -> list[Any]:
    return [None if value == NULL else value for value in row]


def _insert(db: sqlite3.Connection, table: str, columns: list[str], rows: Any) -> None:
    marks = ", ".join("?" for _ in columns)
    db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


# -- timing -------------------------------------------------------------------------------


def timed(url: str, job: Callable[[Store], object], runs: int) -> tuple[float, float, int]:
    """(cold ms, warm median ms, rows): cold is the first run on a new store and connection."""
    with open_store(url) as store:
        started = time.perf_counter()
        found = job(store)
        cold = (time.perf_counter() - started) * 1000
        warm = []
        for _ in range(runs):
            started = time.perf_counter()
            job(store)
            warm.append((time.perf_counter() - started) * 1000)
    size = len(found) if isinstance(found, list) else int(found is not None)
    return cold, statistics.median(warm), size


def report(url: str, data: Synthetic, runs: int) -> None:
    by_count = sorted(set(data.dyads), key=lambda d: (data.dyads.count(d), d))
    busiest, typical = by_count[-1], by_count[len(by_count) // 2]
    with open_store(url) as store:
        mentions = store.counts()["mentions"]
    sample = f"ev-{(data.count // 2) // 10 * 10:012x}"  # every tenth event has 3 mentions
    share = {d: data.dyads.count(d) / len(data.dyads) for d in (busiest, typical)}
    jobs: list[tuple[str, Callable[[Store], object]]] = [
        (f"dyad series {'-'.join(busiest)} by month (~{share[busiest]:.1%} of events)",
         lambda s: s.dyad_counts(busiest, "month")),
        (f"dyad series {'-'.join(busiest)} by day", lambda s: s.dyad_counts(busiest, "day")),
        (f"dyad series {'-'.join(typical)} by month (~{share[typical]:.3%})",
         lambda s: s.dyad_counts(typical, "month")),
        (f"dyad series {'-'.join(busiest)} either way, 2024, by week",
         lambda s: s.dyad_counts(busiest, "week", undirected=True, since="2024", until="2024")),
        ("events: dyad + code 19 + six months, 100 rows",
         lambda s: s.events(EventQuery(dyad=busiest, code="19", since="2024-01",
                                       until="2024-06", limit=100))),
        ("events: actor + since, 100 rows",
         lambda s: s.events(EventQuery(actor="KOR", since="2025-06", limit=100))),
        ("one event with its 3 mentions", lambda s: s.event(sample)),
    ]  # fmt: skip
    print(f"  {data.count:,} events, {mentions:,} mentions; runs: {runs}")
    print(f"  {'query':<62} {'cold ms':>9} {'warm ms':>9} {'rows':>6}")
    for label, job in jobs:
        cold, warm, size = timed(url, job, runs)
        print(f"  {label:<62} {cold:>9.1f} {warm:>9.1f} {size:>6}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", help="PostgreSQL URL of a database to fill (its data is replaced)")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--sqlite", help="SQLite file to build (replaced)")
    parser.add_argument("--sqlite-events", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="time the stores already built")
    args = parser.parse_args()
    if args.pg:
        data = Synthetic.build(args.events)
        print(f"PostgreSQL ({args.pg.rsplit('/', 1)[-1]}):", flush=True)
        if not args.reuse:
            open_store(args.pg).close()
            engine = build_engine(args.pg)
            started = time.perf_counter()
            build_postgres(engine, data)
            engine.dispose()
            print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
        report(args.pg, data, args.runs)
    if args.sqlite:
        data = Synthetic.build(args.sqlite_events)
        print(f"SQLite ({args.sqlite}):", flush=True)
        if not args.reuse:
            started = time.perf_counter()
            build_sqlite(args.sqlite, data)
            print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
        report(f"sqlite:///{args.sqlite}", data, args.runs)


if __name__ == "__main__":
    main()
