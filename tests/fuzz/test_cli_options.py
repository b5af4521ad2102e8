"""The CLI's option parsing on hostile arguments: a usage error (exit 2) or a clean
message (exit 1), never a traceback; queries on a stored database print whatever they
are asked, and change nothing."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from watchfloor.cli import main

from .budget import examples, tried
from .strategies import date_strings, hostile_text

QUERIES = ("events", "mentions", "brief", "event", "resolve")

def as_argv(text: str) -> str:
    """``text`` as it would reach a program's argv: bytes decoded as Python does
    (surrogateescape), so a lone surrogate arrives as U+DCxx, never as U+D800."""
    return os.fsdecode(text.encode("utf-8", "surrogatepass").replace(b"\x00", b""))


VALUES = st.one_of(
    hostile_text(4).map(as_argv), date_strings().map(as_argv), st.integers().map(str),
    st.binary(max_size=12).map(os.fsdecode).map(as_argv),
    st.sampled_from(["10" + "0" * 40, "-1", "0", "PRK-RUS", "prk-rus", "PRK-", "-", "19", "0",
                     "jsonl", "csv", "table", "markdown", "json", "text", "--help"]),
)  # fmt: skip
STORY = ("---\nid: story[/]\noutlet: \"=HYPERLINK(1) \\e[2J\"\npublished: 2024-11-01\n---\n"
         "North Korea has sent about 1,500 troops to Russia, Seoul said on Friday.\n")  # fmt: skip


def arguments(command: click.Command) -> st.SearchStrategy[list[str]]:
    """Option names of ``command`` (and some it lacks) with hostile values."""
    names = sorted({n for p in command.params for n in p.opts if n.startswith("-")})
    token = st.one_of(st.sampled_from([*names, "--nope", "-x", "--"]), VALUES)
    return st.lists(token, max_size=8)


def parse(command_name: str, args: list[str]) -> None:
    command = main.commands[command_name]  # type: ignore[attr-defined]
    try:
        command.make_context(command_name, list(args))
    except click.exceptions.Exit:
        pass
    except click.ClickException as exc:
        assert exc.exit_code in (1, 2)
        exc.format_message()


@pytest.fixture(scope="module")
def db() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "story.md").write_text(STORY, encoding="utf-8")
        db = folder / "w.db"
        result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder / "story.md")])
        assert result.exit_code == 0, result.output
        yield db


@given(st.sampled_from(sorted(main.commands)).flatmap(  # type: ignore[attr-defined]
    lambda name: st.tuples(st.just(name), arguments(main.commands[name]))))  # type: ignore[attr-defined]
@examples(2500)
def test_every_command_parses_any_arguments(case: tuple[str, list[str]]) -> None:
    tried("CLI: option parsing")
    parse(*case)


@given(st.lists(st.one_of(st.sampled_from(["--workers", "--db", "--data", "--nope"]), VALUES),
                max_size=4))  # fmt: skip
@examples(500)
def test_global_options_parse(args: list[str]) -> None:
    tried("CLI: option parsing")
    try:
        main.make_context("watchfloor", [*args, "events"])
    except click.exceptions.Exit:
        pass
    except click.ClickException as exc:
        assert exc.exit_code in (1, 2)


@given(st.sampled_from(QUERIES).flatmap(
    lambda name: st.tuples(st.just(name), arguments(main.commands[name]))))  # type: ignore[attr-defined]
@example(("event", [as_argv("\udc80")]))  # found by `make fuzz`: not UTF-8 in argv
@examples(300)
def test_queries_with_any_arguments_never_crash(db: Path, case: tuple[str, list[str]]) -> None:
    tried("CLI: queries run")
    name, args = case
    if name == "resolve":
        args = [a for a in args if a != "--rebuild"]  # a rebuild is a write; kept for parse
    before = hashlib.sha256(db.read_bytes()).hexdigest() if name != "resolve" else None
    env: dict[str, str | None] = {"WATCHFLOOR_DB": None, "WATCHFLOOR_WORKERS": None}
    result = CliRunner().invoke(main, ["--db", str(db), name, *args], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1, 2), result.output
    if before is not None:
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
