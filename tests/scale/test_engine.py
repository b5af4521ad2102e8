"""Extraction on dask.distributed (a real LocalCluster of worker processes) gives the
records one process gives, in the same order, and stores the same rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from watchfloor import ingest, open_store
from watchfloor.cli import main
from watchfloor.errors import ConfigError
from watchfloor.extract import Extractor
from watchfloor.extract.parallel import extract_many
from watchfloor.ingest import read_paths
from watchfloor.models import Document, Extraction, Problem
from watchfloor.scale import extract_on_dask
from watchfloor.settings import Settings
from watchfloor.store import MentionQuery

distributed = pytest.importorskip("distributed", reason="needs the scale extra (dask)")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "tests" / "data" / "gold" / "dev"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster of two worker processes, as a team's scheduler."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def documents() -> list[Document]:
    return [d for d in read_paths([CORPUS, GOLD]) if isinstance(d, Document)]


def test_the_cluster_gives_the_records_one_process_gives(scheduler: str) -> None:
    settings = Settings()
    one = list(extract_many(documents(), Extractor.from_settings(settings), 1, settings))
    on_dask = list(extract_on_dask(documents(), Settings(engine="dask", scheduler=scheduler)))

    assert len(one) == len(on_dask) > 40
    assert all(isinstance(e, Extraction) for e in on_dask)
    assert on_dask == one
    assert sum(len(e.mentions) for e in on_dask if isinstance(e, Extraction)) > 100


def test_a_failing_document_is_a_problem_and_the_batch_goes_on(scheduler: str) -> None:
    broken = Document(id="broken", text=None)  # type: ignore[arg-type]
    found = list(extract_on_dask([broken, *documents()[:2]],
                                 Settings(engine="dask", scheduler=scheduler)))  # fmt: skip
    assert isinstance(found[0], Problem) and found[0].path == "broken"
    assert all(isinstance(e, Extraction) for e in found[1:])


def test_ingest_on_a_local_cluster_stores_what_one_process_stores(tmp_path: Path) -> None:
    stored = []
    for engine in ("local", "dask"):  # dask without a scheduler: its own LocalCluster
        settings = Settings(db=str(tmp_path / f"{engine}.db"), engine=engine, workers=2)
        report = ingest([CORPUS], settings)
        with open_store(settings.db_url) as store:
            records = [m.mention.to_record() for m in store.mentions(MentionQuery())]
            stored.append((sorted(report.stored), report.near_duplicates, records))
    assert stored[0] == stored[1]
    assert stored[1][2], "the corpus has events"


def test_the_cli_extracts_on_a_scheduler(scheduler: str, tmp_path: Path) -> None:
    runner = CliRunner(env={"WATCHFLOOR_DB": str(tmp_path / "x.db")})
    local = runner.invoke(main, ["extract", str(CORPUS)])
    on_dask = runner.invoke(main, ["extract", str(CORPUS), "--engine", "dask",
                                   "--scheduler", scheduler])  # fmt: skip
    assert local.exit_code == on_dask.exit_code == 0, on_dask.output
    assert [json.loads(line) for line in on_dask.output.splitlines()] == [
        json.loads(line) for line in local.output.splitlines()
    ]


def test_a_scheduler_without_the_dask_engine_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "extract", str(CORPUS),
                                       "--scheduler", "tcp://127.0.0.1:1"])  # fmt: skip
    assert result.exit_code != 0
    assert "add --engine dask" in result.output


def test_an_unreachable_scheduler_says_what_to_check() -> None:
    settings = Settings(engine="dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(ConfigError, match=r"cannot reach the dask scheduler at tcp://127\.0\.0\.1:9"):
        list(extract_on_dask(documents()[:1], settings))


def test_the_cli_names_an_unreachable_scheduler(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "extract", str(CORPUS),
                                       "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:9" in result.output
