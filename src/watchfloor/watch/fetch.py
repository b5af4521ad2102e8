"""HTTP GET for the feed watcher, on the standard library's ``http.client``.

``http.client`` lets the connection go to the address the guard checked (pinned), with
the URL's host name kept for the Host header and for TLS, which a higher-level client
hides. Each request: conditional headers (``If-None-Match``/``If-Modified-Since``),
redirects followed by hand (at most five, each one checked by the guard), a size limit
(``Content-Length`` first, then counted while reading), a time limit over the whole
response, and a content-type check. Compressed bodies are not asked for, so the size
limit counts what is parsed.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from watchfloor.watch.errors import FetchError
from watchfloor.watch.guard import vetted_address

MAX_REDIRECTS = 5
_READ = 64 * 1024
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml")  # fmt: skip
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    accept: tuple[str, ...]  # allowed content types; () for any
    timeout: float
    max_bytes: int
    allow_private: bool
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Response:
    """``status`` 200, or 304 (not modified: no body); ``url`` after redirects."""

    url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None


class Fetcher:
    """GETs with the watcher's user agent; one instance serves every feed."""

    def __init__(self, user_agent: str) -> None:
        self.user_agent = user_agent

    def get(self, request: Request) -> Response:
        url = request.url
        deadline = time.monotonic() + request.timeout
        for _ in range(MAX_REDIRECTS + 1):
            response, location = self._once(url, request, deadline)
            if location is None:
                assert response is not None
                return response
            url = urljoin(url, location)
        raise FetchError(request.url, f"more than {MAX_REDIRECTS} redirects", retryable=False)

    def _once(
        self, url: str, request: Request, deadline: float
    ) -> tuple[Response | None, str | None]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "only http:// and https:// addresses are fetched",
                             retryable=False)  # fmt: skip
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = vetted_address(url, parts.hostname, port, request.allow_private)
        conn = _connection(parts.scheme, parts.hostname, port, address, request.timeout)
        try:
            conn.request("GET", _target(parts), headers=self._headers(parts, request))
            answer = conn.getresponse()
            if answer.status in (301, 302, 303, 307, 308) and answer.getheader("Location"):
                return None, answer.getheader("Location")
            return _response(url, answer, request, deadline), None
        except (OSError, http.client.HTTPException, ssl.SSLError) as exc:
            raise FetchError(url, f"connection failed ({exc!r})", retryable=True) from exc
        finally:
            conn.close()

    def _headers(self, parts: Any, request: Request) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": ", ".join(request.accept) if request.accept else "*/*",
            "Accept-Encoding": "identity",
        }
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        return headers


def _response(
    url: str, answer: http.client.HTTPResponse, request: Request, deadline: float
) -> Response:
    etag, modified = answer.getheader("ETag"), answer.getheader("Last-Modified")
    if answer.status == 304:
        return Response(url, 304, b"", "", None, etag or request.etag,
                        modified or request.last_modified)  # fmt: skip
    if answer.status != 200:
        retryable = answer.status == 429 or answer.status >= 500
        raise FetchError(url, f"HTTP {answer.status} {answer.reason}", retryable=retryable,
                         status=answer.status)  # fmt: skip
    content_type, charset = _content_type(answer.getheader("Content-Type") or "")
    if request.accept and content_type not in request.accept:
        raise FetchError(url, f"content type {content_type or 'missing'!r} is not one of "
                         f"{', '.join(request.accept)}", retryable=False)  # fmt: skip
    length = answer.getheader("Content-Length")
    if length and length.isdigit() and int(length) > request.max_bytes:
        raise FetchError(url, f"{length} bytes is over the limit of {request.max_bytes}",
                         retryable=False)  # fmt: skip
    body = _read(url, answer, request.max_bytes, deadline)
    return Response(url, 200, body, content_type, charset, etag, modified)


def _read(url: str, answer: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := answer.read1(_READ):
        size += len(chunk)
        if size > limit:
            raise FetchError(url, f"response over the limit of {limit} bytes", retryable=False)
        if time.monotonic() > deadline:
            raise FetchError(url, "response took longer than the time limit", retryable=True)
        parts.append(chunk)
    return b"".join(parts)


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return kind.strip().lower(), charset


def _target(parts: Any) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _connection(
    scheme: str, host: str, port: int, address: str, timeout: float
) -> http.client.HTTPConnection:
    conn: http.client.HTTPConnection
    if scheme == "https":
        conn = http.client.HTTPSConnection(host, port, timeout=timeout,
                                           context=ssl.create_default_context())  # fmt: skip
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def pinned(_where: tuple[str, int], wait: float | None = None, source: Any = None) -> Any:
        # the checked address, never a fresh lookup of the name
        return socket.create_connection((address, port), wait, source)

    conn._create_connection = pinned  # type: ignore[attr-defined]
    return conn
