"""Exceptions raised by sources/.

Expected failures (a 404, a PDF, a page with no article) are not exceptions: they are
:class:`reconcile.model.IngestError` values, one row each in ``ingest_errors``. The only
exception a fetch raises on purpose is :class:`TransientFetchError`, for failures a
retry may fix, so that the orchestrator (Prefect task retries) can retry exactly those.
"""

from __future__ import annotations

from reconcile.model import IngestError


class SourceError(Exception):
    """Base for errors raised by sources/."""


class TransientFetchError(SourceError):
    """A fetch that may succeed if retried: timeouts, dropped connections, 429 and 5xx.

    Carries what the error row needs once retries run out (:meth:`as_ingest_error`).
    """

    def __init__(self, url: str, reason: str, detail: str = "") -> None:
        super().__init__(url, reason, detail)  # all args to super(): pickling rebuilds from them
        self.url = url
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        extra = f": {self.detail}" if self.detail else ""
        return f"could not fetch `{self.url}` ({self.reason}{extra}); retryable"

    def as_ingest_error(self, attempts: int) -> IngestError:
        """The error row for this URL when no retry is left."""
        tries = f"gave up after {attempts} attempt{'s' if attempts != 1 else ''}"
        return IngestError(self.url, "fetch", self.reason, f"{self.detail}; {tries}" if self.detail else tries)
