"""The API over PostgreSQL (a team's store): the sample corpus ingested into a real
server, then read and written through the app. Runs when WATCHFLOOR_TEST_PG_URL names
a server; each test works in a schema of its own, dropped afterwards."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from watchfloor.api import ingest
from watchfloor.serve import create_app
from watchfloor.settings import Settings

from .stores import CORPUS, HOSTILE, TOKEN

pytestmark = pytest.mark.skipif(
    not os.environ.get("WATCHFLOOR_TEST_PG_URL"),
    reason="no PostgreSQL server: set WATCHFLOOR_TEST_PG_URL=postgresql+psycopg://user@host/db",
)


@pytest.fixture(scope="module")
def client(pg_module_url: str) -> Iterator[TestClient]:
    settings = Settings(db=pg_module_url, token=TOKEN)
    assert ingest([CORPUS], settings).stored
    with TestClient(create_app(settings)) as opened:
        yield opened


def test_reads_on_postgresql_match_the_counts(client: TestClient) -> None:
    page = client.get("/events", params={"dyad": "PRK-RUS", "limit": 1}).json()
    assert page["total"] >= 1 and page["next_offset"] == (1 if page["total"] > 1 else None)
    deployment = client.get("/events", params={"dyad": "PRK-RUS", "code": "072"}).json()
    assert deployment["items"][0]["estimates"]
    event = client.get(f"/events/{deployment['items'][0]['id']}").json()
    assert event["history"] and event["mentions"][0]["marks"]
    facets = client.get("/facets").json()
    assert facets["total"] == client.get("/events").json()["total"]
    assert sum(p["events"] for p in facets["actors"]) == sum(p["events"] for p in facets["dyads"])
    mentions = client.get("/mentions", params={"limit": 5, "offset": 5}).json()
    assert len(mentions["items"]) == 5 and mentions["total"] > 10
    assert client.get("/series", params={"dyad": "PRK-RUS", "by": "month"}).json()["points"]
    assert client.get("/alerts").status_code == 200


def test_a_write_on_postgresql(client: TestClient) -> None:
    assert client.post("/documents", json=HOSTILE).status_code == 401
    stored = client.post("/documents", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 201, stored.text
    assert client.get("/events", params={"document": "hostile-1"}).json()["total"] >= 1
