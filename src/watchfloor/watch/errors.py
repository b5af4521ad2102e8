"""Why a fetch failed, and whether trying again may help."""

from __future__ import annotations

from watchfloor.errors import WatchfloorError


class FetchError(WatchfloorError):
    """``retryable``: a timeout, a refused connection, 429 or 5xx; not a 404, a wrong
    content type, a response too large, or an address the guard ``refused``."""

    def __init__(
        self, url: str, reason: str, *, retryable: bool, refused: bool = False,
        status: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(f"{url}: {reason}")
        self.status = status  # the HTTP status of an error response
        self.url = url
        self.reason = reason
        self.retryable = retryable
        self.refused = refused
