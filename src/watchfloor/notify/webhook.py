"""Webhooks signed with HMAC-SHA256, in the manner of Stripe's and Slack's.

The request is a POST of the notice's JSON (``Notice.payload``) with two headers:
``X-Watchfloor-Timestamp`` (Unix seconds) and ``X-Watchfloor-Signature`` (``v1=`` and
the hex HMAC-SHA256, keyed with the shared secret, of ``<timestamp>.<body>``). The
receiver recomputes it (``verify``) and refuses old timestamps, so a captured request
cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request

from watchfloor.notify.config import WebhookTarget

SIGNATURE_HEADER = "X-Watchfloor-Signature"
TIMESTAMP_HEADER = "X-Watchfloor-Timestamp"


class DeliveryError(Exception):
    """A notice could not be delivered; the message says where and why."""


def sign(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode("ascii") + b"." + body
    return "v1=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    *,
    now: float | None = None,
    tolerance: float = 300.0,
) -> bool:
    """Whether ``signature`` is ours for this body and timestamp, and the timestamp is
    within ``tolerance`` seconds of ``now``: what a receiver checks."""
    try:
        stamp = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - stamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, stamp, body), signature)


def post(target: WebhookTarget, body: bytes, *, now: float | None = None) -> int:
    """POST ``body`` signed; returns the HTTP status. Raises DeliveryError for a
    refused connection, a timeout or a status that is not 2xx."""
    stamp = int(time.time() if now is None else now)
    request = urllib.request.Request(
        target.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "watchfloor-notify",
            TIMESTAMP_HEADER: str(stamp),
            SIGNATURE_HEADER: sign(target.secret, stamp, body),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=target.timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"webhook {target.url} answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(f"webhook {target.url} could not be reached: {reason}") from exc
