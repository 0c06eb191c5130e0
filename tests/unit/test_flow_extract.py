"""The flow's extraction step: the process pool gives exactly what one process gives."""

from __future__ import annotations

from dataclasses import replace

import flows.pipeline as pipeline
from benchmarks.synthetic import article


def test_process_pool_extraction_equals_serial(monkeypatch) -> None:
    docs = [article(i) for i in range(8)]
    docs.append(replace(docs[0], uri="synthetic://broken", text=None))  # type: ignore[arg-type]
    serial = pipeline.extract_batch(docs, None, "none")
    monkeypatch.setattr(pipeline, "PARALLEL_EXTRACTION_MIN_DOCS", 2)
    pooled = pipeline.extract_new_claims.fn(docs, None, "none")
    assert sorted(c.claim_id for c in pooled[0]) == sorted(c.claim_id for c in serial[0])
    assert pooled[0] == serial[0]  # every field, in order: the workers' tuples rebuild the same claims
    assert len(serial[0]) > 50
    assert [e.uri for e in pooled[1]] == [e.uri for e in serial[1]] == ["synthetic://broken"]
