import shutil
from pathlib import Path

from watchfloor.ingest import count_inputs, read_file, read_paths
from watchfloor.ingest.paths import walk_folder
from watchfloor.models import Document, Problem

DATA = Path(__file__).parent / "data"
BATCH = DATA / "batch"


def describe(items: list[Document | Problem]) -> list[str]:
    return [
        item.id if isinstance(item, Document) else f"problem:{Path(item.path).name}"
        for item in items
    ]


def test_folders_recurse_in_sorted_order_and_problems_do_not_stop_the_batch() -> None:
    assert describe(list(read_paths([BATCH]))) == [
        "batch-01",
        "problem:02-broken-yaml.md",
        "problem:03-latin1.txt",
        "problem:04-no-text.md",
        "batch-a-inner",
        "b-sub/05-nested",  # no id given: its path under the folder read
        "batch-z-last",
    ]


def test_count_inputs_counts_the_files_read_paths_opens() -> None:
    # notes.pdf (other type) and .hidden.md are skipped; broken files are still opened
    assert count_inputs([BATCH]) == 7
    assert count_inputs([DATA]) == len(walk_folder(DATA))


def test_explicit_file_with_unknown_extension_is_a_problem() -> None:
    (problem,) = read_paths([BATCH / "notes.pdf"])
    assert isinstance(problem, Problem)
    assert "unsupported file type '.pdf'" in problem.reason
    assert ".jsonl" in problem.reason
    assert count_inputs([BATCH / "notes.pdf"]) == 0


def test_a_single_path_is_not_read_as_characters() -> None:
    assert count_inputs(str(BATCH)) == count_inputs([BATCH])


def test_missing_path_is_a_problem() -> None:
    (problem,) = read_paths([str(DATA / "no-such-folder")])
    assert isinstance(problem, Problem)
    assert problem.reason == "no such file or folder"


def test_paths_keep_their_given_order_and_a_file_is_read_once() -> None:
    items = list(read_paths([BATCH / "z-last.md", BATCH, BATCH / "01-first.md"]))
    ids = describe(items)
    assert ids[0] == "batch-z-last"
    assert ids.count("batch-z-last") == 1
    assert ids.count("batch-01") == 1
    assert count_inputs([BATCH / "z-last.md", BATCH, BATCH / "01-first.md"]) == 7


def test_read_file_dispatches_on_extension_case_insensitively(tmp_path: Path) -> None:
    upper = tmp_path / "SHOUTED.MD"
    shutil.copy(BATCH / "01-first.md", upper)
    (doc,) = read_file(upper)
    assert isinstance(doc, Document) and doc.id == "batch-01"
    (problem,) = read_file(tmp_path / "README")
    assert isinstance(problem, Problem)
    assert "without an extension" in problem.reason


def test_every_format_in_one_batch() -> None:
    items = list(read_paths([DATA / "feeds", DATA / "html", DATA / "jsonl"]))
    sources = {Path(item.path).suffix for item in items if isinstance(item, Document) and item.path}
    assert sources == {".atom", ".rss", ".html", ".htm", ".jsonl"}
