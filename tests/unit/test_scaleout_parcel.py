"""What the Dask runner sends to and gets back from its workers: Parcels and match tables."""

from __future__ import annotations

import json
import pickle

from dask.base import tokenize

import flows.pipeline as pipeline
from benchmarks.synthetic import article
from flows.scaleout import Parcel
from reconcile.findings import reconcile, reconcile_in_batches
from reconcile.model import MatchPolicy, SourceInfo
from warehouse.store import match_table


def test_a_parcel_pickles_records_as_rows_and_rebuilds_them_equal() -> None:
    docs = [article(i) for i in range(4)]
    claims, errors = pipeline.extract_batch(docs, None, "none")
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}
    matches, findings = reconcile(claims, sources, MatchPolicy())
    sent = Parcel((claims, errors, findings, matches, sources, "as it is", []))

    back = pickle.loads(pickle.dumps(sent)).value

    assert back == (claims, errors, findings, matches, sources, "as it is", [])
    assert [m.components for m in back[3]] == [m.components for m in matches]  # not compared by ==
    assert len(claims) > 20 and findings and matches


def test_dask_names_a_parcel_without_pickling_it() -> None:
    class Unpicklable:
        def __reduce__(self):
            raise AssertionError("tokenize pickled the parcel's contents")

    parcel = Parcel([Unpicklable()])
    assert tokenize(parcel) == tokenize(parcel)
    assert tokenize(parcel) != tokenize(Parcel([Unpicklable()]))  # every parcel is a new value


def test_match_table_holds_the_rows_save_run_writes() -> None:
    docs = [article(i) for i in range(3)]
    claims, _ = pipeline.extract_batch(docs, None, "none")
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}
    matches, _ = reconcile(claims, sources, MatchPolicy())

    rows = match_table(matches).to_pylist()

    assert rows == [{"claim_id_a": m.claim_id_a, "claim_id_b": m.claim_id_b, "score": m.score, "method": m.method,
                     "components": json.dumps(m.components, sort_keys=True), "values_agree": m.compatible}
                    for m in matches]
    assert match_table([]).num_rows == 0


def test_reconcile_in_batches_finds_what_reconcile_finds_and_hands_over_every_match_once() -> None:
    docs = [article(i) for i in range(6)]
    claims, _ = pipeline.extract_batch(docs, None, "none")
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}
    matches, findings = reconcile(claims, sources, MatchPolicy())
    batches: list[list] = []

    count, found = reconcile_in_batches(claims, sources, MatchPolicy(), None, batches.append, batch=7)

    assert found == findings and count == len(matches) > 20
    assert [m for b in batches for m in b] == matches  # the same matches, in the same order
    assert [len(b) for b in batches[:-1]] == [7] * (len(batches) - 1)
