"""Fetching one web page with httpx and reading it as a document."""

from __future__ import annotations

from datetime import datetime

import httpx

from reconcile.model import IngestError
from sources.html import document_from_html
from sources.local import ReadResult

USER_AGENT = "claim-reconciliation/0.1 (+https://example.org/claim-reconciliation; research crawler)"
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_BYTES = 5 * 1024 * 1024


def fetch_document(url: str, fetched_at: datetime) -> ReadResult:
    try:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=5,
                          headers={"User-Agent": USER_AGENT}) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        return ReadResult(None, IngestError(url, "fetch", type(exc).__name__, str(exc)))
    if response.status_code >= 400:
        return ReadResult(None, IngestError(url, "fetch", f"http_{response.status_code}", response.reason_phrase))
    if len(response.content) > MAX_BYTES:
        return ReadResult(None, IngestError(url, "fetch", "too_large", f"{len(response.content):,} bytes"))
    return document_from_html(response.text, uri=str(response.url), url=str(response.url), fetched_at=fetched_at)
