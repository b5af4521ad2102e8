"""The layering the README promises, read from the source: data flows one way
(ingest → extract → resolve → store → analyse → report / serve), only ``store`` touches
the database, and the layers that read the store never import the extractor."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import watchfloor

PACKAGE = Path(watchfloor.__file__).resolve().parent
DATABASE_DRIVERS = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "asyncpg")
# the layers that read what the store holds never run the extractor; those that only
# analyse and report never read raw inputs either (the server and the exchange formats
# parse what a user posts or imports)
READERS = ("analyse", "report", "notify")
# what each layer must never import, by the flow's direction
FORBIDDEN = {
    "extract": ("resolve", "store", "analyse", "report", "serve", "notify", "watch", "api"),
    "ingest": ("extract", "resolve", "store", "analyse", "report", "serve", "notify"),
    "store": ("extract", "ingest", "resolve", "analyse", "report", "serve", "notify", "api"),
    "resolve": ("extract", "ingest", "analyse", "report", "serve", "notify", "api"),
    **{reader: ("extract", "ingest", "scale", "api") for reader in READERS},
    "exchange": ("extract", "scale", "api"),
    "serve": ("extract", "scale"),
}


def layer_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imports(path: Path, top_level_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, module) of every absolute import in a module; with ``top_level_only``,
    not those inside a function (which load only when the function runs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_the_layers_the_rules_name() -> None:
    layers = {layer_of(p) for p in modules()}
    assert set(FORBIDDEN) <= layers


def test_only_the_store_touches_the_database() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} imports {module}"
        for p in modules()
        if layer_of(p) != "store"
        for line, module in imports(p)
        if module.split(".")[0] in DATABASE_DRIVERS
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_against_the_flow(layer: str) -> None:
    banned = tuple(f"watchfloor.{name}" for name in FORBIDDEN[layer])
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} imports {module}"
        for p in modules()
        if layer_of(p) == layer
        for line, module in imports(p)
        if any(module == b or module.startswith(b + ".") for b in banned)
    ]
    assert offenders == []


def test_the_server_runs_the_pipeline_only_when_asked() -> None:
    """The HTTP server reads the store; its one write route runs the pipeline through
    ``watchfloor.api``, imported when the route is called, not when the server starts."""
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} imports {module}"
        for p in modules()
        if layer_of(p) == "serve"
        for line, module in imports(p, top_level_only=True)
        if module == "watchfloor.api" or module.startswith("watchfloor.api.")
    ]
    assert offenders == []


def test_the_rules_see_a_violation() -> None:
    """The scan itself finds imports: the command layer does import the extractor."""
    commands = [p for p in modules() if layer_of(p) == "cli"]
    assert any(m.startswith("watchfloor.extract") for p in commands for _, m in imports(p))
