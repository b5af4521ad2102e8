"""schema.py describes exactly what the migrations build."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, MetaData, inspect

from watchfloor.store.engine import build_engine
from watchfloor.store.migrations import migrate
from watchfloor.store.schema import build_schema


def _shape(engine: Engine, metadata: MetaData) -> dict[str, Any]:
    inspector = inspect(engine)
    shape: dict[str, Any] = {}
    for name in sorted(metadata.tables):
        shape[name] = {
            "columns": [(c["name"], c["nullable"]) for c in inspector.get_columns(name)],
            "primary_key": inspector.get_pk_constraint(name)["constrained_columns"],
            "indexes": sorted(
                (tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(name)
            ),
            "unique": sorted(
                tuple(u["column_names"]) for u in inspector.get_unique_constraints(name)
            ),
            "foreign_keys": sorted(
                (tuple(f["constrained_columns"]), f["referred_table"], f["options"].get("ondelete"))
                for f in inspector.get_foreign_keys(name)
            ),
        }
    return shape


def test_schema_module_matches_the_migrated_database() -> None:
    migrated = build_engine("sqlite://")
    migrate(migrated)
    declared = build_engine("sqlite://")
    schema = build_schema()
    schema.metadata.create_all(declared)

    assert _shape(migrated, schema.metadata) == _shape(declared, schema.metadata)
    assert set(inspect(migrated).get_table_names()) == {
        *schema.metadata.tables,
        "schema_migrations",
    }


def test_mentions_are_indexed_for_queries() -> None:
    indexed = {tuple(i.columns.keys()) for i in build_schema().mentions.indexes}
    assert indexed >= {
        ("actor1_code",),
        ("actor2_code",),
        ("actor1_country",),
        ("actor2_country",),
        ("code",),
        ("date_value",),
        ("doc_id",),
    }
