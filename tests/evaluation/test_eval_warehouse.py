"""flows.evaluate on real DuckDB warehouses built from the bundled gold.

The oracle warehouse is the gold written as the product would write it: the corpus
documents, one claim per gold claim (the gold's fields, the quote's span), one finding
per gold cluster with its verdict and one uncorroborated finding per unclustered claim.
It must score 1.0 on every metric.

When the external scorer (``/work/shared/tools/score_warehouse.py``) is present, the
oracle, a few degraded variants and the pipeline's own output are scored by both, and
the numbers must agree. CI does not have the scorer: those tests are skipped there.
"""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from flows.evaluate import evaluate_warehouse, format_report, read_corpus, read_gold
from reconcile.claims import extract_claims
from reconcile.evaluate import METRICS, EvaluationReport, canonical_verdict
from reconcile.findings import reconcile
from reconcile.model import RunRecord, SourceInfo
from warehouse import db as wdb
from warehouse.store import save_run

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "sources" / "corpus"
GOLD_PATH = ROOT / "tests" / "gold" / "bundled.json"
REFERENCE = Path(os.environ.get("CLAIMS_REFERENCE_SCORER", "/work/shared/tools/score_warehouse.py"))
NOW = datetime(2024, 10, 25, tzinfo=timezone.utc)

pytestmark = pytest.mark.integration

Tables = dict[str, list[dict]]


# ----------------------------------------------------------------------------- building warehouses


def _iso_day(s: str | None) -> date | None:
    """'2024-12' → 2024-12-01; '2024-11-01' → that day."""
    if not s:
        return None
    parts = [int(p) for p in str(s).split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _num(x) -> float | None:
    return None if x is None else float(x)


def oracle_tables(gold: dict, corpus_docs: dict) -> Tables:
    """The gold, written as warehouse rows."""
    docs = {stem: corpus_docs[stem] for stem in (d["doc"] for d in gold["documents"])}
    documents = [{"doc_id": d.doc_id, "uri": d.uri, "version": 1, "outlet": d.outlet, "title": d.title,
                  "published_at": d.published_at.replace(tzinfo=None) if d.published_at else None,
                  "fetched_at": NOW.replace(tzinfo=None), "content_hash": d.content_hash, "text": d.text}
                 for d in docs.values()]
    claims = []
    for g in gold["claims"]:
        doc = docs[g["doc"]]
        start = doc.text.index(g["quote"])
        is_date = g["kind"] == "date"
        claims.append({
            "claim_id": g["id"], "doc_id": doc.doc_id,
            "kind": {"attributed_statement": "statement"}.get(g["kind"], g["kind"]),
            "quote": g["quote"], "start_char": start, "end_char": start + len(g["quote"]),
            "subject": g.get("subject"), "measure": g.get("measure"), "unit": g.get("unit"),
            "value": None if is_date else _num(g.get("value")),
            "value_low": None if is_date else _num(g.get("value_low")),
            "value_high": None if is_date else _num(g.get("value_high")),
            "date_value": _iso_day(g.get("value") or g.get("value_low")) if is_date else None,
            "date_value_end": _iso_day(g.get("value_high")) if is_date else None,
            "qualifier": g.get("qualifier"), "attributed_to": g.get("attributed_to"),
            "event_date": _iso_day(g.get("event_date")), "place": g.get("place"),
            "modality": g.get("modality"), "scope": g.get("scope"),
        })
    findings, members = [], []
    clustered = set()
    for k in gold["clusters"]:
        findings.append({"finding_id": k["id"], "verdict": canonical_verdict(k["verdict"])})
        members += [{"finding_id": k["id"], "claim_id": c} for c in k["claims"]]
        clustered.update(k["claims"])
    for g in gold["claims"]:
        if g["id"] not in clustered:
            findings.append({"finding_id": "single-" + g["id"], "verdict": "uncorroborated"})
            members.append({"finding_id": "single-" + g["id"], "claim_id": g["id"]})
    return {"documents": documents, "claims": claims, "findings": findings, "finding_claims": members}


def _arrow(rows: list[dict]) -> pa.Table:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    return pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])


def write_warehouse(path: Path, tables: Tables, template: Path) -> Path:
    """*tables* in a warehouse with the project's schema (a copy of the migrated *template*)."""
    shutil.copyfile(template, path)
    con = wdb.connect(path)
    try:
        with wdb.transaction(con):
            for name, rows in tables.items():
                if rows:
                    con.register("_rows", _arrow(rows))
                    con.execute(f"insert into {name} by name select * from _rows")
                    con.unregister("_rows")
    finally:
        con.close()
    return path


def pipeline_warehouse(path: Path, corpus_docs: dict, aliases, template: Path) -> Path:
    """What the product itself stores for the bundled corpus (the flow's steps, without Prefect)."""
    docs = list(corpus_docs.values())
    claims = [c for d in docs for c in extract_claims(d, aliases)]
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}
    matches, findings = reconcile(claims, sources)
    record = RunRecord("eval", NOW, NOW, tuple(docs), tuple(claims), (), tuple(matches), tuple(findings), ())
    shutil.copyfile(template, path)
    con = wdb.connect(path)
    try:
        save_run(con, record)
    finally:
        con.close()
    return path


# ----------------------------------------------------------------------------- degraded variants


def _finding_of(t: Tables, finding_id: str) -> dict:
    return next(f for f in t["findings"] if f["finding_id"] == finding_id)


def degraded(t: Tables) -> Tables:
    """Drop claims, merge two clusters, flip a verdict, spoil some values and fields."""
    t = copy.deepcopy(t)
    dropped = {c["claim_id"] for c in t["claims"][::6]}
    t["claims"] = [c for c in t["claims"] if c["claim_id"] not in dropped]
    t["finding_claims"] = [m for m in t["finding_claims"] if m["claim_id"] not in dropped]
    for m in t["finding_claims"]:  # k02 (planned total) swallowed by k01 (sent so far)
        if m["finding_id"] == "k02":
            m["finding_id"] = "k01"
    t["findings"] = [f for f in t["findings"] if f["finding_id"] != "k02"]
    _finding_of(t, "k03")["verdict"] = "discrepancy"
    _finding_of(t, "k17")["verdict"] = "agreement"
    numeric = [c for c in t["claims"] if c["kind"] == "numeric"]
    for c in numeric[::5]:
        c["value"] = (c["value"] or 0) + 7.0
    for c in numeric[1::4]:
        c["qualifier"] = "more than"
    for c in numeric[2::4]:
        c["attributed_to"] = None
        c["event_date"] = date(2024, 10, 1)
    for c in numeric[3::5]:
        c["subject"] = "Russia"
    for c in [c for c in t["claims"] if c["kind"] == "date"][::2]:
        c["date_value"] = date(2023, 1, 1)
    return t


def noisy_spans(t: Tables) -> Tables:
    """Spans that only partly cover the quote, stale offsets, wrong kinds, extra claims, and
    documents whose uri or text no longer line up with the gold."""
    t = copy.deepcopy(t)
    text_of = {d["doc_id"]: d["text"] for d in t["documents"]}
    for i, c in enumerate(t["claims"]):
        text = text_of[c["doc_id"]]
        if i % 4 == 0:  # a shorter span, still overlapping the gold quote
            c["start_char"] += 3
            c["quote"] = text[c["start_char"]:c["end_char"]]
        elif i % 4 == 1:  # offsets that do not hold the quote: repaired from the quote
            c["start_char"], c["end_char"] = 0, 5
        elif i % 8 == 2 and c["kind"] == "statement":
            c["kind"] = "numeric"
    for d in t["documents"][:4]:  # numbers in the text that the gold does not annotate
        for n, word in enumerate(("2024", "Oct.", "said")):
            at = d["text"].find(word)
            if at >= 0:
                t["claims"].append({"claim_id": f"extra-{d['doc_id'][:6]}-{n}", "doc_id": d["doc_id"],
                                    "kind": "numeric", "quote": word, "start_char": at,
                                    "end_char": at + len(word), "value": float(n)})
    docs = t["documents"]
    docs[0]["uri"] = "https://news.example.org/" + Path(docs[0]["uri"]).stem + "/amp"  # stem inside the uri
    curly = next(d for d in docs if "\u2019" in d["text"])  # same length: offsets stay valid
    curly["text"] = curly["text"].replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    other_names = {"South Korea NIS": "South Korean intelligence", "Volodymyr Zelensky": "President Zelenskyy",
                   "Kyrylo Budanov": "Ukraine's HUR chief Budanov", "Mark Rutte": "NATO chief Rutte",
                   "Sergiy Kyslytsya": "UN envoy Kyslytsya", "Dmitry Peskov": "Kremlin", "ISW": None}
    other_subjects = {"North Korea": "North Korean army", "Russia": "Russian Federation", "Ukraine": "Kyiv"}
    for c in t["claims"][::2]:
        c["attributed_to"] = other_names.get(c.get("attributed_to"), c.get("attributed_to"))
        c["subject"] = other_subjects.get(c.get("subject"), c.get("subject"))
    rewritten = docs[2]  # some gold quotes no longer in documents.text: fuzzy quotes only
    rewritten["text"] = rewritten["text"].replace(" the ", " teh ")
    return t


def lumped(t: Tables) -> Tables:
    """Every claim in one discrepancy finding."""
    t = copy.deepcopy(t)
    t["findings"] = [{"finding_id": "everything", "verdict": "discrepancy"}]
    t["finding_claims"] = [{"finding_id": "everything", "claim_id": c["claim_id"]} for c in t["claims"]]
    return t


def shuffled(t: Tables, seed: int = 7) -> Tables:
    """A seeded random mess: claims dropped, members moved between findings, verdicts drawn."""
    rng = random.Random(seed)
    t = copy.deepcopy(t)
    keep = {c["claim_id"] for c in t["claims"] if rng.random() > 0.2}
    t["claims"] = [c for c in t["claims"] if c["claim_id"] in keep]
    ids = [f["finding_id"] for f in t["findings"]]
    t["finding_claims"] = [dict(m, finding_id=rng.choice(ids)) if rng.random() < 0.25 else m
                           for m in t["finding_claims"]]
    t["finding_claims"] += [{"finding_id": rng.choice(ids), "claim_id": c} for c in sorted(keep) if rng.random() < 0.1]
    for f in t["findings"]:
        f["verdict"] = rng.choice(["agreement", "discrepancy", "update", "uncorroborated", "Discrepancy"])
    return t


VARIANTS = {"oracle": lambda t: t, "degraded": degraded, "noisy-spans": noisy_spans, "lumped": lumped,
            "shuffled": shuffled}


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("eval-warehouses")


@pytest.fixture(scope="module")
def template(folder) -> Path:
    """An empty warehouse with the project's migrations applied, copied for each variant."""
    path = folder / "_template.duckdb"
    con = wdb.connect(path)
    try:
        wdb.apply_migrations(con)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def warehouses(folder, template, gold, corpus_docs) -> dict[str, Path]:
    oracle = oracle_tables(gold, corpus_docs)
    return {name: write_warehouse(folder / f"{name}.duckdb", make(oracle), template) for name, make in VARIANTS.items()}


@pytest.fixture(scope="module")
def score():
    """flows.evaluate.evaluate_warehouse, once per warehouse file."""
    seen: dict[Path, EvaluationReport] = {}

    def run(path: Path) -> EvaluationReport:
        if path not in seen:
            seen[path] = evaluate_warehouse(path, CORPUS, GOLD_PATH)
        return seen[path]

    return run


# Scores several warehouses in one process (the scorer's start-up is most of its run time):
# runs the scorer's own command-line entry with --json on each and prints {name: output}.
_DRIVER = """
import contextlib, io, json, runpy, sys
scorer, corpus, gold, *pairs = sys.argv[1:]
main = runpy.run_path(scorer)["main"]
out = {}
for pair in pairs:
    name, path = pair.split("=", 1)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main([path, corpus, gold, "--json"])
    out[name] = {"exit": code, "output": json.loads(buf.getvalue())}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def scored_by_reference(folder, template, warehouses, corpus_docs, aliases) -> dict[str, tuple[Path, dict]]:
    """name → (warehouse, the external scorer's metrics), for the variants and the pipeline's output."""
    if not REFERENCE.is_file():
        pytest.skip(f"reference scorer not available at {REFERENCE}")
    paths = {**warehouses, "pipeline": pipeline_warehouse(folder / "pipeline.duckdb", corpus_docs, aliases, template)}
    proc = subprocess.run([sys.executable, "-c", _DRIVER, str(REFERENCE), str(CORPUS), str(GOLD_PATH),
                           *(f"{name}={path}" for name, path in paths.items())],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    for name, r in results.items():
        assert r["exit"] == 0, (name, r["output"].get("missing"))
    return {name: (paths[name], results[name]["output"]["metrics"]) for name in paths}


# ----------------------------------------------------------------------------- tests


def test_the_oracle_warehouse_scores_perfectly(warehouses, score) -> None:
    report = score(warehouses["oracle"])
    for info in METRICS:
        m = report[info.key]
        assert m.den > 0, info.key
        assert m.value == (0.0 if info.lower_is_better else 1.0), (info.key, m)
    assert report.counts["documents_mapped"] == 13 and report.notes == []


def test_degraded_warehouses_score_worse(warehouses, score) -> None:
    scores = {name: score(warehouses[name]).values() for name in ("degraded", "lumped")}
    bad = scores["degraded"]
    assert bad["numeric_span_recall"] < 1.0 and bad["numeric_value_recall"] < bad["numeric_span_recall"]
    assert bad["cluster_pair_precision"] < 1.0 and bad["verdict_accuracy"] < 1.0
    assert bad["field_qualifier"] < 1.0 and bad["date_value_recall"] < bad["date_span_recall"]
    lump = scores["lumped"]
    assert lump["cluster_pair_recall"] == 1.0 and lump["cluster_pair_precision"] < 0.1
    assert lump["confusable_pairs_merged"] == 1.0 and lump["verdict_accuracy_pure"] < 0.1


def test_format_report_lists_every_metric(warehouses, score) -> None:
    text = format_report(score(warehouses["noisy-spans"]))
    for info in METRICS:
        assert info.label in text
    assert "[notes]" in text and "fuzzy" in text


def test_the_corpus_reader_sees_published_only_in_front_matter() -> None:
    gold = read_gold(GOLD_PATH)
    corpus = read_corpus(CORPUS, [d["doc"] for d in gold["documents"]])
    assert len(corpus) == 13
    assert not corpus["kyodo-2024-10-22-matsuda"].dated  # the seed: no front matter
    assert corpus["afp-2024-10-17-zelensky-10000-troops"].dated
    assert not corpus["afp-2024-10-17-zelensky-10000-troops"].text.startswith("---")


def test_a_missing_warehouse_is_a_warehouse_error(tmp_path) -> None:
    with pytest.raises(wdb.WarehouseError):
        evaluate_warehouse(tmp_path / "none.duckdb", CORPUS, GOLD_PATH)


@pytest.mark.parametrize("name", [*VARIANTS, "pipeline"])
def test_agrees_with_the_reference_scorer(name, scored_by_reference, score) -> None:
    path, theirs = scored_by_reference[name]
    mine = score(path)
    assert set(theirs) == set(mine.metrics)
    assert {k: (m.num, m.den) for k, m in mine.metrics.items()} == {k: (v["num"], v["den"]) for k, v in theirs.items()}
    for key, m in mine.metrics.items():  # the reference rounds to 4 decimals
        assert m.value == pytest.approx(theirs[key]["value"], abs=1e-3), key
