"""Load on the HTTP API: requests/s and p50/p99 latency of the main endpoints over a
store of at least 100,000 resolved events, served by uvicorn on loopback.

The store is synthetic and written through the store's own API: documents of 100
mentions each (``save_extraction``), then one event per mention in a few large
``event_session`` writes (resolution itself is measured by bench/resolution.py). The
load is bounded: a fixed number of requests per endpoint from a few client threads,
and a time limit per endpoint; an endpoint cut short by the limit says so.

    python bench/api.py [--events 100000] [--requests 400] [--clients 4] [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx

from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Quantity,
    Sentence,
)
from watchfloor.store import EventColumns, EventWrite, open_store

COUNTRIES = ["PRK", "RUS", "KOR", "USA", "UKR", "CHN", "JPN", "TWN", "IRN", "ISR", "GBR",
             "FRA", "DEU", "IND", "PAK", "TUR", "SYR", "YEM", "SAU", "BLR"]  # fmt: skip
CODES = ["042", "036", "057", "062", "072", "0234", "111", "130", "138", "150", "163",
         "173", "190", "193", "195"]  # fmt: skip
PER_DOCUMENT = 100
START = date(2022, 1, 1)


def synthetic_mention(rng: random.Random, doc: str, i: int) -> tuple[Mention, Sentence]:
    a, b = rng.sample(COUNTRIES, 2)
    code = rng.choice(CODES)
    day = START + timedelta(days=rng.randrange(1000))
    sentence = f"{a} forces acted on {b} near the border on {day.isoformat()}, officials said."
    start = i * (len(sentence) + 1)
    mention = Mention(
        doc=doc, sentence=sentence, span=(start, start + len(sentence)), code=code,
        goldstein=rng.uniform(-10, 10), actor1=Actor(a + "MIL", f"{a} forces"),
        actor2=Actor(b, b), certainty=rng.choice(list(Certainty)),
        date=EventDate(day.isoformat(), day.isoformat()),
        location=Place("the border", b), quantity=Quantity(float(n := rng.randrange(1, 5000)),
                                                            float(n), float(n), "troops", False,
                                                            f"{n:,}"),
        source=Actor(b + "GOV", "officials"),
    )  # fmt: skip
    return mention, Sentence(i, start, start + len(sentence), sentence)


def build_store(url: str, events: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    documents = -(-events // PER_DOCUMENT)
    with open_store(url) as store:
        for d in range(documents):
            doc = f"bench-{d:06d}"
            pairs = [synthetic_mention(rng, doc, i) for i in range(PER_DOCUMENT)]
            text = "\n".join(s.text for _, s in pairs)
            published = START + timedelta(days=d % 1000)
            document = Document(doc, text, title=f"Synthetic report {d}", published=published,
                                outlet="Bench Wire")  # fmt: skip
            store.save_extraction(Extraction(document, tuple(s for _, s in pairs),
                                             tuple(m for m, _ in pairs)))  # fmt: skip
            if d % 100 == 0:
                print(f"\r  documents {d:,}/{documents:,}", end="", file=sys.stderr)
        print(file=sys.stderr)
        with store.event_session() as session:
            members = session.unresolved()
            writes = [event_write(m.mention_id, m.mention) for m in members]
            session.write(writes, datetime.now(UTC))
    print(f"  {len(writes):,} events in {documents:,} documents", file=sys.stderr)


def event_write(mention_id: int, m: Mention) -> EventWrite:
    day = m.date.value if m.date else None
    columns = EventColumns(
        code=m.code, root=m.root, actor1_code=m.actor1.code, actor1_country=m.actor1.country,
        actor2_code=m.actor2.code if m.actor2 else None,
        actor2_country=m.actor2.country if m.actor2 else None,
        location_name=m.location.name if m.location else None,
        location_country=m.location.country if m.location else None,
        date_start=day, date_end=day, sort_start=day, sort_end=day, window_start=day,
        window_end=day, mentions=1, snapshot="{}",
    )  # fmt: skip
    return EventWrite(f"ev-bench{mention_id:07d}", columns, (mention_id,), ("synthetic",), True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    code = ("import uvicorn; from watchfloor.serve import create_app; "
            "from watchfloor.settings import Settings; "
            f"uvicorn.run(create_app(Settings(db={db!r})), host='127.0.0.1', port={port}, "
            "log_level='warning')")  # fmt: skip
    server = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def load(base: str, path: str, requests: int, clients: int, seconds: float) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    failures = 0

    def one(_: int) -> None:
        nonlocal failures
        if time.monotonic() > deadline:
            return
        began = time.perf_counter()
        response = client.get(base + path)
        latencies.append(time.perf_counter() - began)
        failures += response.status_code != 200

    with httpx.Client(timeout=seconds) as client, ThreadPoolExecutor(clients) as pool:
        client.get(base + path)  # warm the caches and the connection pool once
        began = time.perf_counter()
        list(pool.map(one, range(requests)))
        elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "endpoint": path, "requests": len(latencies), "failures": failures,
        "cut_short": len(latencies) < requests, "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(cuts[49] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400, help="per endpoint")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per endpoint")
    parser.add_argument("--db", help="reuse this SQLite file if it exists (else build it)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        if not Path(db).exists():
            began = time.perf_counter()
            build_store(f"sqlite:///{db}", args.events)
            print(f"  store built in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            some = httpx.get(f"{base}/events?limit=1&offset=1000").json()
            total, event_id = some["total"], some["items"][0]["id"]
            paths = [
                "/events?limit=50", f"/events?limit=50&offset={total // 2}",
                "/events?dyad=PRK-RUS&limit=50", "/events?actor=KOR&code=19&since=2023-06&limit=50",
                f"/events/{event_id}", "/mentions?dyad=PRK-RUS&limit=50", "/documents?limit=50",
                "/facets?dyad=PRK-RUS&either_way=true", "/series?dyad=PRK-RUS&by=month",
            ]  # fmt: skip
            rows = [load(base, p, args.requests, args.clients, args.seconds) for p in paths]
        finally:
            server.terminate()
            server.wait(10)
    if args.json:
        print(json.dumps({"events": total, "clients": args.clients, "rows": rows}, indent=2))
        return
    print(f"{total:,} events; {args.clients} client threads; uvicorn, 1 worker, SQLite")
    print(f"{'endpoint':55} {'req':>5} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for r in rows:
        note = " (time limit)" if r["cut_short"] else ""
        print(f"{r['endpoint']:55} {r['requests']:>5} {r['rps']:>7} {r['p50_ms']:>8} "
              f"{r['p99_ms']:>8}{note}")  # fmt: skip


if __name__ == "__main__":
    main()
