"""Resolving a document's related-coverage references to documents in the catalogue.

A reference with a URL resolves by canonical URL; a bare headline resolves by fuzzy
title match (rapidfuzz). An unresolved reference is kept, with ``to_doc_id`` None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from reconcile.model import Document, Link
from sources.urls import canonical_url

HEADLINE_CUTOFF = 85.0  # token_sort_ratio after default_process; see tests/unit/test_related.py


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    doc_id: str
    title: str
    url: str | None
    uri: str


def resolve_links(doc: Document, catalogue: Sequence[CatalogueEntry]) -> list[Link]:
    """One Link per related reference of *doc*, resolved against *catalogue* when possible."""
    others = [e for e in catalogue if e.doc_id != doc.doc_id and e.uri != doc.uri]
    by_url = {}
    for e in others:
        for u in (e.url, e.uri):
            cu = canonical_url(u) if u and "://" in u else u
            if cu:
                by_url.setdefault(cu, e)
    titles = [e.title for e in others]
    links = []
    for ref in doc.related:
        target = by_url.get(canonical_url(ref.url) if ref.url else "") if ref.url else None
        if target is not None:
            links.append(Link(doc.doc_id, ref.anchor_text, ref.url, target.doc_id, "url", 100.0))
            continue
        best = process.extractOne(ref.anchor_text, titles, scorer=fuzz.token_sort_ratio,
                                  processor=utils.default_process, score_cutoff=HEADLINE_CUTOFF) if titles else None
        if best is not None:
            _, score, index = best
            links.append(Link(doc.doc_id, ref.anchor_text, ref.url, others[index].doc_id, "headline-fuzzy",
                              round(float(score), 2)))
        else:
            links.append(Link(doc.doc_id, ref.anchor_text, ref.url, None, "unresolved", None))
    return links
