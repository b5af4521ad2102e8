from pathlib import Path

from watchfloor.extract import Extractor
from watchfloor.extract.parallel import extract_many
from watchfloor.ingest import read_paths
from watchfloor.models import Document, Extraction, Problem
from watchfloor.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def corpus() -> list[Document]:
    return [d for d in read_paths([CORPUS]) if isinstance(d, Document)]


def test_two_processes_give_what_one_gives_in_the_same_order(extractor: Extractor) -> None:
    one = list(extract_many(corpus(), extractor, 1, Settings()))
    two = list(extract_many(corpus(), extractor, 2, Settings(workers=2)))
    assert all(isinstance(e, Extraction) for e in two)
    assert [e.document.id for e in two] == [e.document.id for e in one]  # type: ignore[union-attr]
    assert two == one


def test_a_failing_document_is_a_problem_and_the_batch_goes_on(extractor: Extractor) -> None:
    broken = Document(id="broken", text=None)  # type: ignore[arg-type]
    results = list(extract_many([broken, *corpus()[:2]], extractor, 2, Settings(workers=2)))
    assert isinstance(results[0], Problem) and results[0].path == "broken"
    assert all(isinstance(r, Extraction) for r in results[1:])


def test_a_failing_document_leaves_the_rest_of_its_chunk_whole(extractor: Extractor) -> None:
    # one process reads a chunk together too: a failure there falls back to each alone
    documents = corpus()[:3]
    broken = Document(id="broken", text=None)  # type: ignore[arg-type]
    results = list(extract_many([documents[0], broken, *documents[1:]], extractor, 1, Settings()))
    assert isinstance(results[1], Problem) and results[1].path == "broken"
    assert [results[0], *results[2:]] == [extractor.extract(d) for d in documents]


def test_ingest_on_two_processes_stores_what_one_stores(tmp_path: Path) -> None:
    from watchfloor import ingest, open_store

    counts = []
    for workers in (1, 2):
        settings = Settings(db=str(tmp_path / f"w{workers}.db"), workers=workers)
        report = ingest([CORPUS], settings)
        assert report.near_duplicates == [("kp-ru-0005", "kp-ru-0004")]
        with open_store(settings.db_url) as store:
            counts.append((sorted(report.stored), report.mentions, store.counts()))
    assert counts[0] == counts[1]


def test_the_learned_proposer_gives_the_same_in_two_processes() -> None:
    with_model = Extractor.from_settings(Settings())
    assert with_model.model is not None
    one = list(extract_many(corpus(), with_model, 1, Settings()))
    two = list(extract_many(corpus(), with_model, 2, Settings(workers=2)))
    assert two == one
    # the corpus holds sentences only the proposer codes, or this test would prove nothing
    with_rules = Extractor.from_settings(Settings(event_model=None))
    alone = list(extract_many(corpus(), with_rules, 1, Settings(event_model=None)))
    assert alone != one
