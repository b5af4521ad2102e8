"""The feed watcher's HTTP client, measured: the standard library's http.client (what
``watchfloor watch`` uses, with its guard, limits and pinned address) beside httpx (if
installed), fetching the same feed from a loopback server: requests/s, fresh and
conditional (304), one connection per request as a poll cycle makes them.

    python bench/fetch.py [--requests 500] [--entries 50]
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from watchfloor.watch.fetch import FEED_TYPES, Fetcher, Request

ETAG = '"bench"'


def feed(entries: int) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>http://example.org/{n}</link>"
                    f"<description>{'Words of a summary. ' * 20}</description></item>"
                    for n in range(entries))  # fmt: skip
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


def serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.headers.get("If-None-Match") == ETAG:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", ETAG)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def rate(label: str, job: Callable[[], int], count: int) -> None:
    started = time.perf_counter()
    for _ in range(count):
        job()
    elapsed = time.perf_counter() - started
    print(f"  {label:<52} {count / elapsed:>8.0f} requests/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--entries", type=int, default=50)
    args = parser.parse_args()
    body = feed(args.entries)
    httpd = serve(body)
    url = f"http://127.0.0.1:{httpd.server_address[1]}/feed.xml"
    print(f"{len(body):,}-byte feed from loopback, {args.requests} requests each")
    fetcher = Fetcher("bench")
    fresh = Request(url, FEED_TYPES, 10, 10_000_000, True)
    again = Request(url, FEED_TYPES, 10, 10_000_000, True, etag=ETAG)
    rate("http.client (watchfloor's Fetcher), 200", lambda: fetcher.get(fresh).status,
         args.requests)  # fmt: skip
    rate("http.client (watchfloor's Fetcher), 304", lambda: fetcher.get(again).status,
         args.requests)  # fmt: skip
    try:
        import httpx
    except ImportError:
        print("  httpx is not installed: pip install httpx to compare")
        return

    def httpx_get(headers: dict[str, str]) -> int:
        with httpx.Client(timeout=10) as client:  # a new connection, as a poll makes
            return client.get(url, headers=headers).status_code

    rate(f"httpx {httpx.__version__}, new client per request, 200", lambda: httpx_get({}),
         args.requests)  # fmt: skip
    rate(f"httpx {httpx.__version__}, new client per request, 304",
         lambda: httpx_get({"If-None-Match": ETAG}), args.requests)  # fmt: skip
    with httpx.Client(timeout=10) as shared:
        rate(f"httpx {httpx.__version__}, one client kept alive, 200",
             lambda: shared.get(url).status_code, args.requests)  # fmt: skip
    httpd.shutdown()


if __name__ == "__main__":
    main()
