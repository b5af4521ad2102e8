"""`watchfloor serve` as a user runs it: the command in its own process on a free
loopback port, over the demo database (examples/corpus), checked with httpx."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx", reason="the serve extra is not installed")
pytest.importorskip("uvicorn", reason="the serve extra is not installed")

from watchfloor.api import ingest  # noqa: E402
from watchfloor.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "cli-token-91c2"
START_SECONDS = 60  # a bound on waiting for the server, not a speed check


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("cli") / "demo.db")
    ingest([ROOT / "examples" / "corpus"], Settings(db=db))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-c", "from watchfloor.cli import main; main()",
               "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    env = {**os.environ, "WATCHFLOOR_TOKEN": TOKEN}
    log = tmp_path_factory.mktemp("cli-log") / "stderr.txt"
    server = subprocess.Popen(command, env=env, stderr=log.open("wb"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and server.poll() is None:
        try:
            httpx.get(f"{base}/openapi.json", timeout=2)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    if server.poll() is not None:
        pytest.fail(f"watchfloor serve exited: {log.read_text(errors='replace')}")
    yield base
    server.terminate()
    server.wait(10)


def test_it_answers_openapi_and_the_demo_dyad(served: str) -> None:
    assert httpx.get(f"{served}/openapi.json").json()["info"]["title"] == "watchfloor"
    page = httpx.get(f"{served}/events", params={"dyad": "PRK-RUS"}).json()
    deployment = [e for e in page["items"] if e["code"] == "072"]
    assert deployment and any(x["unit"] == "troops" for x in deployment[0]["estimates"])


def test_writes_are_refused_without_the_token_and_accepted_with_it(served: str) -> None:
    body = {"id": "cli-1", "published": "2024-12-20", "outlet": "Test Wire",
            "text": "Russia has sent 30 tanks to Belarus, the ministry said."}  # fmt: skip
    assert httpx.post(f"{served}/documents", json=body).status_code == 401
    wrong = httpx.post(f"{served}/documents", json=body, headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401
    right = httpx.post(f"{served}/documents", json=body,
                       headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)  # fmt: skip
    assert right.status_code == 201, right.text
    assert httpx.get(f"{served}/documents/cli-1").json()["outlet"] == "Test Wire"
