"""A real HTTP server on loopback that serves feeds, pages and robots.txt, and can be
told to fail, for the feed watcher's tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from watchfloor.extract import Extractor
from watchfloor.settings import Settings

ARTICLE = (
    "North Korea has sent about 1,500 special forces troops to Russia's Far East, South "
    "Korea's National Intelligence Service said on Friday."
)


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml"
    etag: str | None = None
    status: int = 200
    location: str | None = None
    delay: float = 0.0  # seconds before answering


@dataclass
class FeedServer:
    """``routes`` by path; ``failing`` makes every request a 503; ``requests`` records
    (path, headers) of every request received."""

    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    failing: bool = False
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    served: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


def rss(server: FeedServer, count: int, pages: bool = False, start: int = 1) -> bytes:
    """An RSS feed of ``count`` entries about troops sent, dated in October 2024."""
    items = []
    for n in range(start, start + count):
        link = server.url(f"/articles/{n}.html")
        summary = "Summary only." if pages else f"{ARTICLE} Report number {n}."
        items.append(
            f"<item><title>Report {n}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>Fri, 18 Oct 2024 09:00:00 GMT</pubDate>"
            f"<description>{summary}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Loopback Wire</title>{''.join(items)}</channel></rss>"
    ).encode()


def page(n: int) -> bytes:
    return (
        f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>"
        f"<p>SEOUL, Oct 18 — {ARTICLE}</p><p>The page of report {n} says more than its "
        "feed entry does, in a paragraph long enough to count as the article's text.</p>"
        "</article></body></html>"
    ).encode()


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server's name
            server.requests.append((self.path, dict(self.headers.items())))
            route = server.routes.get(self.path)
            if route is not None and route.delay:
                time.sleep(route.delay)
            if server.failing:
                self._send(503, b"down", "text/plain")
            elif route is None:
                self._send(404, b"not here", "text/plain")
            elif route.location is not None:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
            else:
                self._send(route.status, route.body, route.content_type, route.etag)
            if route is not None and route.content_type.endswith("xml"):
                server.served.set()

        def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # quiet
            pass

    return Handler


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "watch.db"))


def feeds_yaml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())
