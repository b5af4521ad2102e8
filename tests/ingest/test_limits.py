"""Hostile and unlucky inputs (issue 12): each is a Problem naming its path and a reason,
or a document kept whole; the rest of the batch goes on."""

from __future__ import annotations

import codecs
import json
import os
import pickle
import tempfile
from pathlib import Path

import pytest

from watchfloor.ingest import read_paths
from watchfloor.ingest.limits import longest_line
from watchfloor.models import Document, Problem
from watchfloor.settings import Settings

BODY = "North Korea has sent troops to Russia, Seoul said."


def read(*paths: Path, settings: Settings | None = None) -> list[Document | Problem]:
    return list(read_paths(list(paths), settings))


def ids(items: list[Document | Problem]) -> list[str]:
    return [i.id for i in items if isinstance(i, Document)]


def problems(items: list[Document | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


def md(folder: Path, name: str, body: str = BODY, meta: str = "") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{meta}\n---\n{body}\n" if meta else body + "\n", encoding="utf-8")
    return path


# -- JSON Lines -------------------------------------------------------------------------


def test_a_deeply_nested_line_is_a_problem_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    deep = '{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + "\n" + json.dumps({"id": "ok", "text": BODY}) + "\n")
    items = read(path)
    assert ids(items) == ["ok"]
    (problem,) = problems(items)
    assert problem.path == str(path) and "line 1: nested deeper than" in problem.reason


def test_a_lone_surrogate_is_stored_as_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s\\ud800", "text": "Seoul \\ud800 said troops went."}\n')
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.text == "Seoul \ufffd said troops went." and doc.id == "s\ufffd"
    assert doc.content_hash  # hashes without UnicodeEncodeError


def test_a_line_longer_than_the_limit_is_skipped_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    huge = json.dumps({"id": "huge", "text": "word " * 200_000})
    path.write_text(huge + "\n" + json.dumps({"id": "ok", "text": BODY}) + "\n")
    items = read(path, settings=Settings(max_document_chars=1000))
    assert ids(items) == ["ok"]
    assert "line 1: longer than" in problems(items)[0].reason


@pytest.mark.parametrize("value", ["true", "1.5", "[1]", '{"a": 1}'])
def test_a_json_id_that_is_not_a_string_is_a_problem(tmp_path: Path, value: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(f'{{"id": {value}, "text": "{BODY}"}}\n')
    (problem,) = read(path)
    assert isinstance(problem, Problem) and "give the id as a string" in problem.reason


def test_a_whole_number_id_is_its_digits(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(f'{{"id": 7, "text": "{BODY}"}}\n')
    assert ids(read(path)) == ["7"]


# -- identity ---------------------------------------------------------------------------


def test_files_of_one_name_in_two_folders_get_two_ids(tmp_path: Path) -> None:
    md(tmp_path, "day1/story.md")
    md(tmp_path, "day2/story.md", body="Japan protested, Tokyo said.")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    page = "<html><body><article><p>{}</p></article></body></html>"
    (tmp_path / "a" / "index.html").write_text(page.format(BODY * 3))
    (tmp_path / "b" / "index.html").write_text(page.format("Japan protested. " * 10))
    assert ids(read(tmp_path)) == ["a/index", "b/index", "day1/story", "day2/story"]


def test_a_file_named_explicitly_keeps_its_file_name_as_id(tmp_path: Path) -> None:
    assert ids(read(md(tmp_path, "day1/story.md"))) == ["story"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [("id: yes", "yes"), ("id: 007", "007"), ("id: 1e3", "1e3"), ("id: 2024-01-02", "2024-01-02"),
     ("id: null", "story"), ("id: 'quoted: yes'", "quoted: yes")],
)  # fmt: skip
def test_a_yaml_id_is_the_text_as_written(tmp_path: Path, meta: str, expected: str) -> None:
    assert ids(read(md(tmp_path, "story.md", meta=meta))) == [expected]


def test_rss_guids_that_slug_alike_stay_two_documents(tmp_path: Path) -> None:
    items = "".join(
        f"<item><guid>{guid}</guid><title>t</title><description>{BODY}</description></item>"
        for guid in ("https://x.org/?id=1", "https://x.org/id/1")
    )
    feed = tmp_path / "feed.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>'
                    f"{items}</channel></rss>")  # fmt: skip
    assert ids(read(feed)) == ["https://x.org/?id=1", "https://x.org/id/1"]


# -- what is refused -------------------------------------------------------------------


def test_a_symlink_out_of_the_tree_is_refused(tmp_path: Path) -> None:
    outside = md(tmp_path, "secret.txt", body="Secret text the folder does not hold.")
    tree = tmp_path / "tree"
    md(tree, "good.md")
    (tree / "leak.txt").symlink_to(outside)
    (tree / "inside.md").symlink_to(tree / "good.md")
    (tree / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    items = read(tree)
    assert ids(items) == ["good"]  # inside.md is good.md, read once
    refused = {Path(p.path).name: p.reason for p in problems(items)}
    assert set(refused) == {"leak.txt", "elsewhere"}
    assert all("leads out of the folder" in r for r in refused.values())


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.md")
    md(tmp_path, "good.md")
    items = read(tmp_path)
    assert ids(items) == ["good"]
    assert "not a regular file" in problems(items)[0].reason
    (named,) = read(tmp_path / "x.md")
    assert isinstance(named, Problem) and "not a regular file" in named.reason


def _read_as_nobody(folder: Path) -> list[Document | Problem]:
    """read_paths in a child that has given up root (root reads every folder)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, read, send the items back, leave
        try:
            os.close(reader)
            codecs.lookup("utf-8-sig")  # imported while the library can still be read
            os.setgid(65534)
            os.setuid(65534)
            os.write(writer, pickle.dumps(read(folder)))
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    items: list[Document | Problem] = pickle.loads(data)
    return items


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_an_unreadable_folder_is_reported() -> None:
    with tempfile.TemporaryDirectory() as name:  # under /tmp, open to every user
        folder = Path(name)
        folder.chmod(0o755)
        md(folder, "good.md").chmod(0o644)
        locked = folder / "locked"
        md(locked, "hidden-from-us.md")
        locked.chmod(0)
        try:
            items = _read_as_nobody(folder) if os.geteuid() == 0 else read(folder)
        finally:
            locked.chmod(0o755)
    assert ids(items) == ["good"]
    (problem,) = problems(items)
    assert problem.path == str(locked) and "cannot read the folder" in problem.reason


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = md(tmp_path, "big.txt", body="word " * 1000)
    (problem,) = read(big, settings=Settings(max_file_bytes=1000))
    assert isinstance(problem, Problem) and "WATCHFLOOR_MAX_FILE_BYTES" in problem.reason


def test_a_document_over_the_length_limit_is_refused(tmp_path: Path) -> None:
    big = md(tmp_path, "big.txt", body="word\n" * 1000)
    (problem,) = read(big, settings=Settings(max_document_chars=1000))
    assert isinstance(problem, Problem) and "WATCHFLOOR_MAX_DOCUMENT_CHARS" in problem.reason


def test_a_line_over_the_limit_is_refused(tmp_path: Path) -> None:
    big = md(tmp_path, "big.txt", body="word " * 1000)
    (problem,) = read(big, settings=Settings(max_line_chars=1000))
    assert isinstance(problem, Problem) and "WATCHFLOOR_MAX_LINE_CHARS" in problem.reason


@pytest.mark.parametrize(
    "doctype",
    ['<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
     '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'],
)  # fmt: skip
def test_a_feed_declaring_entities_is_refused(tmp_path: Path, doctype: str) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>&b;'
                    f"</title><item><description>{BODY}</description></item></channel></rss>")
    (problem,) = read(feed)
    assert isinstance(problem, Problem) and "entities" in problem.reason


def test_longest_line() -> None:
    assert longest_line("") == 0
    assert longest_line("ab\nabcd\nabc") == 4
    assert longest_line("abc\n") == 3
