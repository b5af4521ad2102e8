"""Crash safety and concurrent writers (issue 12), on SQLite and on PostgreSQL.

Real processes on a real database: ``ingest`` is killed with SIGKILL at random points
over 2,000 small documents and run again; three processes ingest overlapping parts of
one corpus into one database at once; SIGINT and SIGTERM stop the CLI between
documents. Afterwards every document is stored once, with exactly the mentions its
extraction gives, each mention in one event, and the database passes its integrity
check. Processes are forked from this one, so the extractor is loaded once.

The PostgreSQL runs need WATCHFLOOR_TEST_PG_URL (each test works in a schema of its
own, dropped afterwards); without it they are skipped, with the reason.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from watchfloor import api
from watchfloor.cli import main
from watchfloor.extract import Extractor
from watchfloor.ingest import read_paths
from watchfloor.models import Document
from watchfloor.settings import Settings
from watchfloor.store import open_store

DOCUMENTS = 2000
TEMPLATES = (
    "North Korea has sent about {n} troops to Russia, South Korea's spy agency said on Friday.",
    "Japan lodged a protest with China after {n} coast guard ships entered its waters, "
    "Tokyo said on Monday.",
    "Russia fired {n} missiles at Kyiv overnight, Ukraine's air force said.",
    "The United States will send {n} engineers to Poland, the Pentagon said on Tuesday.",
    "Talks between Seoul and Tokyo resumed on Wednesday.",
)
PG_URL = os.environ.get("WATCHFLOOR_TEST_PG_URL")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        not PG_URL, reason="no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL="
                           "postgresql+psycopg://user@host/dbname to run this on PostgreSQL")),
]  # fmt: skip
FORK = multiprocessing.get_context("fork")
pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork (POSIX)"
)

Key = tuple[str, int, int, str, str, str | None]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 one-sentence documents in JSON Lines, of five kinds and 7 outlets."""
    path = tmp_path_factory.mktemp("corpus") / "wire.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            text_ = TEMPLATES[i % len(TEMPLATES)].format(n=1000 + i)
            out.write(json.dumps({"id": f"d{i:05d}", "published": "2024-11-01",
                                  "outlet": f"Wire {i % 7}", "text": text_}) + "\n")  # fmt: skip
    return path


@pytest.fixture(scope="module")
def expected(corpus: Path, extractor: Extractor) -> Counter[Key]:
    """Every mention the corpus should store, extracted here in one piece."""
    found: Counter[Key] = Counter()
    for item in read_paths([corpus]):
        assert isinstance(item, Document)
        found.update(_key(m.to_record()) for m in extractor.extract(item).mentions)
    return found


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'watchfloor.db'}"
        return
    yield request.getfixturevalue("pg_url")


def _key(record: dict[str, Any]) -> Key:
    actor2 = record["actor2"]["code"] if record["actor2"] else None
    return (record["doc"], record["span"][0], record["span"][1], record["code"],
            record["actor1"]["code"], actor2)  # fmt: skip


def _ingest_job(url: str, paths: list[str], extractor: Extractor) -> Callable[[], None]:
    def job() -> None:
        report = api.ingest(paths, Settings(db=url), extractor=extractor)
        if report.problems:  # a problem is a failure here: exit status says so
            print(report.problems)
            os._exit(3)

    return job


_POLLERS: dict[str, Engine] = {}


def _stored_count(url: str) -> int:
    """Documents stored so far, read on one engine per database kept for the polling
    (created lazily in this process, never in a forked child)."""
    engine = _POLLERS.setdefault(url, create_engine(url, poolclass=NullPool))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0)
    except SQLAlchemyError:  # not created yet
        return 0


def _start(job: Callable[[], None]) -> BaseProcess:
    process = FORK.Process(target=job)
    process.start()
    return process


def _kill_when(process: BaseProcess, url: str, stored_at_least: int) -> None:
    """SIGKILL ``process`` as soon as ``stored_at_least`` documents are stored (it is
    then in the middle of the next one), or when it ends by itself."""
    deadline = time.monotonic() + 120
    while process.is_alive() and time.monotonic() < deadline:
        if _stored_count(url) >= stored_at_least:
            break
        time.sleep(0.02)
    if process.pid is not None and process.is_alive():
        os.kill(process.pid, signal.SIGKILL)
    process.join()


def check_store(url: str, expected: Counter[Key]) -> None:
    """Every document once, with exactly its mentions, each in one event; integrity."""
    with open_store(url) as store:
        documents = [d.id for d in store.documents()]
        stored = Counter(_key({**s.mention.to_record()}) for s in store.mentions())
        unresolved = store.unresolved_count()
        counts = store.counts()
    assert len(documents) == len(set(documents)) == DOCUMENTS
    assert stored == expected  # none lost, none twice
    assert unresolved == 0
    engine = create_engine(url)
    with engine.connect() as conn:
        linked = conn.execute(text("SELECT count(*) FROM event_mentions")).scalar()
        assert linked == counts["mentions"]
        if conn.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        orphans = conn.execute(text(
            "SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.id = m.doc_id "
            "WHERE d.id IS NULL")).scalar()  # fmt: skip
        assert orphans == 0
    engine.dispose()


@pytest.mark.parametrize("db_url", BACKENDS, indirect=True)
def test_ingest_killed_at_random_points_loses_and_repeats_nothing(
    db_url: str, corpus: Path, expected: Counter[Key], extractor: Extractor
) -> None:
    rng = random.Random(12)
    job = _ingest_job(db_url, [str(corpus)], extractor)
    kills = 0
    for _ in range(3):
        done = _stored_count(db_url)
        _kill_when(_start(job), db_url, done + rng.randint(1, (DOCUMENTS - done) // 2))
        kills += 1
    # a last kill once every document is stored: during event resolution
    _kill_when(_start(job), db_url, DOCUMENTS)
    final = _start(job)
    final.join()
    assert final.exitcode == 0
    assert kills == 3
    check_store(db_url, expected)


@pytest.mark.parametrize("db_url", BACKENDS, indirect=True)
def test_three_writers_at_once_lose_nothing(
    db_url: str, corpus: Path, expected: Counter[Key], extractor: Extractor, tmp_path: Path
) -> None:
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    parts = []
    for k, (start, end) in enumerate([(0, 800), (600, 1400), (1200, DOCUMENTS)]):
        part = tmp_path / f"part{k}.jsonl"  # overlapping: 200 documents in two parts
        part.write_text("".join(lines[start:end]), encoding="utf-8")
        parts.append(part)
    open_store(db_url).close()  # created first, as a deployment does
    writers = [_start(_ingest_job(db_url, [str(p)], extractor)) for p in parts]
    for writer in writers:
        writer.join()
    assert [w.exitcode for w in writers] == [0, 0, 0]
    check_store(db_url, expected)


def _cli_job(url: str, corpus: Path, out: Path) -> Callable[[], None]:
    def job() -> None:
        with out.open("w") as sink:
            os.dup2(sink.fileno(), 1)
            os.dup2(sink.fileno(), 2)
            sys.stdout = sys.stderr = sink
            main(["--db", url, "ingest", str(corpus)])

    return job


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["INT", "TERM"])
def test_a_signal_stops_the_batch_between_documents_with_a_summary(
    tmp_path: Path, corpus: Path, signum: int
) -> None:
    url = f"sqlite:///{tmp_path / 'watchfloor.db'}"
    out = tmp_path / "out.txt"
    process = _start(_cli_job(url, corpus, out))
    deadline = time.monotonic() + 120
    while _stored_count(url) < 20 and process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.pid is not None
    os.kill(process.pid, signum)
    process.join()
    printed = out.read_text()
    assert process.exitcode == 128 + signum, printed
    assert f"stopped by {signal.Signals(signum).name}" in printed
    stored = int(printed.split("stored ")[1].split(",")[0])
    assert 20 <= stored < DOCUMENTS
    with open_store(url) as store:
        assert store.counts()["documents"] == stored
        assert store.unresolved_count() == 0  # what was stored was resolved
