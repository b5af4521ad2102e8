"""The HTTP API on a store built from the sample corpus, through FastAPI's TestClient."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import find_alerts
from watchfloor.analyse.assess import assess, load_config
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.serve import create_app
from watchfloor.settings import Settings
from watchfloor.store import EventQuery, open_store

from .stores import CORPUS, HOSTILE, TOKEN, escalation_extractions

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def error_of(response: Any) -> str:
    body = response.json()
    assert body["error"]["status"] == response.status_code
    return str(body["error"]["message"])


def test_openapi_describes_every_endpoint(demo_client: TestClient) -> None:
    spec = demo_client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/events", "/events/{event_id}", "/mentions", "/documents",
            "/documents/{doc_id}", "/series", "/facets"} <= paths  # fmt: skip
    assert "post" in spec["paths"]["/documents"]
    names = {p["name"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert {"dyad", "either_way", "actor", "code", "since", "until", "document",
            "limit", "offset"} <= names  # fmt: skip


def test_the_dyad_filter_finds_the_demo_deployment(demo_client: TestClient) -> None:
    page = demo_client.get("/events", params={"dyad": "PRK-RUS"}).json()
    assert page["total"] == len(page["items"]) >= 1
    deployments = [e for e in page["items"] if e["code"].startswith("07")]
    assert deployments, "no provision of military aid from PRK to RUS"
    event = deployments[0]
    assert (event["actor1"]["code"][:3], event["actor2"]["code"][:3]) == ("PRK", "RUS")
    assert any(e["unit"] == "troops" and e["value"] >= 1000 for e in event["estimates"])
    assert all(m["doc"].startswith("kp-ru") for m in event["mentions"])


def test_filters_mean_what_the_cli_says(demo_client: TestClient, demo_db: str) -> None:
    forward = demo_client.get("/events", params={"dyad": "RUS-PRK"}).json()["total"]
    backward = demo_client.get("/events", params={"dyad": "PRK-RUS"}).json()["total"]
    both = demo_client.get("/events", params={"dyad": "PRK-RUS", "either_way": True}).json()
    assert both["total"] == forward + backward
    for event in demo_client.get("/events", params={"code": "19"}).json()["items"]:
        assert event["code"].startswith("19")
    late = demo_client.get("/events", params={"since": "2024-12", "until": "2025"}).json()
    with open_store(Settings(db=demo_db).db_url) as store:
        expected = store.events(EventQuery(since="2024-12", until="2025"))
    assert late["total"] == len(expected) > 0
    assert [e["id"] for e in late["items"]] == [e.id for e in expected]


def test_pages_cover_the_listing_once(demo_client: TestClient) -> None:
    whole = demo_client.get("/events", params={"limit": 1000}).json()
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = demo_client.get("/events", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == whole["total"]
        seen += [e["id"] for e in page["items"]]
        offset = page["next_offset"]
    assert seen == [e["id"] for e in whole["items"]]


def test_one_event_has_its_mentions_marks_and_history(demo_client: TestClient) -> None:
    first = demo_client.get("/events", params={"dyad": "PRK-RUS", "code": "07"}).json()
    event = demo_client.get(f"/events/{first['items'][0]['id']}").json()
    assert event["history"]
    for mention in event["mentions"]:
        kinds = {m["kind"] for m in mention["marks"]}
        assert "actor1" in kinds
        for mark in mention["marks"]:
            assert 0 <= mark["start"] < mark["end"] <= len(mention["sentence"])
    assert any("trigger" in {m["kind"] for m in x["marks"]} for x in event["mentions"])
    assert any("figure" in {m["kind"] for m in x["marks"]} for x in event["mentions"])


def test_mentions_documents_and_facets(demo_client: TestClient) -> None:
    mentions = demo_client.get("/mentions", params={"dyad": "PRK-RUS", "limit": 3}).json()
    assert mentions["total"] >= len(mentions["items"]) == 3
    assert all(m["actor1"]["code"].startswith("PRK") for m in mentions["items"])
    documents = demo_client.get("/documents").json()
    assert documents["total"] == len(list(CORPUS.glob("*.md")))
    doc = demo_client.get(f"/documents/{documents['items'][0]['id']}").json()
    assert doc["text"] and doc["events"]
    facets = demo_client.get("/facets").json()
    assert facets["total"] == demo_client.get("/events").json()["total"]
    assert sum(d["events"] for d in facets["by_day"]) <= facets["total"]
    assert any(d["source"] == "PRK" and d["target"] == "RUS" for d in facets["dyads"])


def test_series_of_a_dyad_names_its_events(demo_client: TestClient) -> None:
    series = demo_client.get("/series", params={"dyad": "PRK-RUS", "by": "month"}).json()
    ids = [i for p in series["points"] for i in p["event_ids"]]
    listed = demo_client.get("/events", params={"dyad": "PRK-RUS", "either_way": True}).json()
    assert ids and set(ids) <= {e["id"] for e in listed["items"]}


def test_errors_are_json_with_a_message(demo_client: TestClient) -> None:
    missing = demo_client.get("/events/ev-000000000000")
    assert missing.status_code == 404 and "GET /events" in error_of(missing)
    assert demo_client.get("/documents/nope").status_code == 404
    assert "openapi" in error_of(demo_client.get("/no/such/path"))
    bad_date = demo_client.get("/events", params={"since": "2024-13"})
    assert bad_date.status_code == 422 and "since" in error_of(bad_date)
    bad_dyad = demo_client.get("/events", params={"dyad": "PRKRUS"})
    assert bad_dyad.status_code == 422 and "dyad" in error_of(bad_dyad)
    too_many = demo_client.get("/events", params={"limit": 100000})
    assert too_many.status_code == 422 and "limit" in error_of(too_many)
    assert demo_client.get("/series", params={"dyad": "PRK-RUS", "by": "year"}).status_code == 422


def test_a_missing_database_is_a_503(tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(db=str(tmp_path / "absent.db"))))
    response = client.get("/events")
    assert response.status_code == 503 and "ingest" in error_of(response)
    assert not (tmp_path / "absent.db").exists(), "a read must not create the database"


def test_writes_need_the_token(write_client: TestClient) -> None:
    assert write_client.post("/documents", json=HOSTILE).status_code == 401
    wrong = write_client.post("/documents", json=HOSTILE, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401 and "WATCHFLOOR_TOKEN" in error_of(wrong)
    basic = write_client.post("/documents", json=HOSTILE, headers={"Authorization": "Basic x"})
    assert basic.status_code == 401


def test_a_posted_document_is_ingested_and_resolved(write_client: TestClient) -> None:
    stored = write_client.post("/documents", json=HOSTILE, headers=AUTH)
    assert stored.status_code == 201, stored.text
    assert stored.json()["stored"] == ["hostile-1"] and stored.json()["events"]["created"]
    again = write_client.post("/documents", json=HOSTILE, headers=AUTH)
    assert again.status_code == 200 and again.json()["unchanged"] == ["hostile-1"]
    events = write_client.get("/events", params={"document": "hostile-1"}).json()
    assert events["total"] >= 1
    assert write_client.get("/documents/hostile-1").json()["text"] == HOSTILE["text"]


def test_a_posted_document_without_an_id_gets_one_from_its_text(
    write_client: TestClient,
) -> None:
    body = {"text": "Russia sent 40 tanks to Belarus on Monday, the ministry said."}
    first = write_client.post("/documents", json=body, headers=AUTH).json()
    assert first["document"].startswith("api-")
    assert write_client.post("/documents", json=body, headers=AUTH).json()["unchanged"]


def test_a_document_with_no_text_is_refused(write_client: TestClient) -> None:
    response = write_client.post("/documents", json={"id": "x", "text": " "}, headers=AUTH)
    assert response.status_code == 422 and "text" in error_of(response)
    assert write_client.post("/documents", json=[1, 2], headers=AUTH).status_code == 422


def test_no_token_set_means_no_writes(demo_db: str) -> None:
    client = TestClient(create_app(Settings(db=demo_db)))
    response = client.post("/documents", json=HOSTILE, headers={"Authorization": "Bearer "})
    assert response.status_code == 401 and "turned off" in error_of(response)


def test_cors_is_off_unless_origins_are_given(demo_db: str) -> None:
    origin = {"Origin": "https://analyst.example"}
    closed = TestClient(create_app(Settings(db=demo_db))).get("/events", headers=origin)
    assert "access-control-allow-origin" not in closed.headers
    settings = Settings(db=demo_db, cors_origins=("https://analyst.example",))
    opened = TestClient(create_app(settings)).get("/events", headers=origin)
    assert opened.headers["access-control-allow-origin"] == "https://analyst.example"


def test_the_dashboard_pages_are_served_with_a_strict_policy(demo_client: TestClient) -> None:
    for path in ("/ui/", "/ui/event/ev-anything", "/ui/document/kp-ru-0001"):
        page = demo_client.get(path)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert "http" not in page.text.replace("http-equiv", "")  # nothing from elsewhere
    assert demo_client.get("/ui/static/world.json").json()["countries"]


def test_alerts_are_those_of_the_watchlist_latest_first(tmp_path: Path) -> None:
    db = str(tmp_path / "alerts.db")
    with open_store(Settings(db=db).db_url) as store:
        for extraction in escalation_extractions():
            store.save_extraction(extraction)
        resolve_pending(store, ResolveRules(load_sources()))
        expected = find_alerts(store, load_alert_rules(), registry=load_sources())
    client = TestClient(create_app(Settings(db=db)))
    found = client.get("/alerts").json()
    assert found["total"] == len(expected) > 0
    assert [a["key"] for a in found["items"]] == [a.key for a in reversed(expected)]
    assert any(a["dyad"] == "KOR-PRK" or a["dyad"].startswith("KOR") for a in found["items"])
    listed = {e["id"] for e in client.get("/events", params={"limit": 1000}).json()["items"]}
    assert all(set(a["events"]) <= listed and a["events"] for a in found["items"])
    later = client.get("/alerts", params={"since": "2030-01-01"}).json()
    assert later["total"] == 0


def test_no_page_loads_anything_from_elsewhere(demo_client: TestClient) -> None:
    assert demo_client.get("/docs").status_code == 404  # FastAPI's page pulls a CDN
    for name in ("index.html", "event.html", "document.html", "common.js", "charts.js",
                 "overview.js", "event.js", "document.js", "style.css"):  # fmt: skip
        text = demo_client.get(f"/ui/static/{name}").text
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in text and "//cdn" not in text
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text


def test_an_unreachable_server_is_a_503() -> None:
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/nothing"
    response = TestClient(create_app(Settings(db=url))).get("/events")
    assert response.status_code == 503 and "server is running" in error_of(response)


def test_assessments_are_those_of_watchfloor_assess(demo_client: TestClient, demo_db: str) -> None:
    with open_store(Settings(db=demo_db).db_url) as store:
        expected = assess(store, "KOR", config=load_config(), registry=load_sources()).to_record()
    found = demo_client.get("/assessments", params={"focus": "kor"}).json()
    for record in (found, expected):
        record.pop("made_at")
    assert found == expected
    assert found["threat"]["phrase"] and found["indicators"] and found["hypotheses"]
    listed = {e["id"] for e in demo_client.get("/events", params={"limit": 1000}).json()["items"]}
    fired = [i for i in found["indicators"] if i["fired"]]
    assert fired and all({e["id"] for e in i["events"]} <= listed for i in fired)
    as_of = demo_client.get("/assessments", params={"focus": "KOR", "as_of": "2024-10-20"})
    assert as_of.json()["as_of"] == "2024-10-20"
    assert demo_client.get("/assessments", params={"focus": "KOREA"}).status_code == 422
    with open_store(Settings(db=demo_db).db_url) as store:
        assert store.assessments().latest("KOR") is None  # reading stored nothing
