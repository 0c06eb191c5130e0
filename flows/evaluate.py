"""Score a warehouse against a gold file: read the inputs, call :mod:`reconcile.evaluate`, print.

    report = evaluate_warehouse("warehouse.duckdb", "sources/corpus", "tests/gold/bundled.json")
    print(format_report(report))

The scoring rules are those of the external evaluation (``shared/design/EVALUATION.md``);
this module only does the reading. The warehouse is opened read-only, so it can be
scored while nothing is writing to it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reconcile.evaluate import METRICS, CorpusBody, EvaluationReport, WarehouseRows, evaluate
from sources.local import split_front_matter
from warehouse import db as wdb

CORPUS_SUFFIXES = (".md", ".txt", ".html")  # tried in this order for a gold stem
TABLES = ("documents", "claims", "findings", "finding_claims")


def read_gold(path: str | Path) -> dict[str, Any]:
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    missing = [k for k in ("documents", "claims", "clusters") if k not in gold]
    if missing:
        raise ValueError(f"gold file {path} lacks {', '.join(missing)}")
    return gold


def read_corpus(corpus_dir: str | Path, stems: list[str]) -> dict[str, CorpusBody]:
    """The prepared body of each gold stem found in *corpus_dir*, and whether its front matter
    gives a non-empty `published`. Stems without a file are left out."""
    out = {}
    for stem in stems:
        path = next((p for p in (Path(corpus_dir) / f"{stem}{s}" for s in CORPUS_SUFFIXES) if p.is_file()), None)
        if path is None:
            continue
        meta, body, _ = split_front_matter(path.read_bytes().decode("utf-8"))
        published = meta.get("published")
        out[stem] = CorpusBody(text=body, dated=published is not None and str(published).strip() != "")
    return out


def read_rows(db_path: str | Path) -> WarehouseRows:
    """The four contract tables, every column, read through a read-only connection."""
    con = wdb.connect(db_path, read_only=True)
    try:
        tables = {t: wdb.rows(con, f"select * from {t}") for t in TABLES}
    finally:
        con.close()
    return WarehouseRows(**tables)


def evaluate_warehouse(db_path: str | Path, corpus_dir: str | Path, gold_path: str | Path) -> EvaluationReport:
    """Score the warehouse at *db_path*, built from *corpus_dir*, against the gold at *gold_path*.

    :raises warehouse.db.WarehouseError: the warehouse is missing, locked or not DuckDB.
    """
    gold = read_gold(gold_path)
    corpus = read_corpus(corpus_dir, [d["doc"] for d in gold["documents"]])
    return evaluate(gold, corpus, read_rows(db_path))


def format_report(report: EvaluationReport) -> str:
    """The metrics as a table, by section, then counts and notes."""
    lines = [f"{'metric':<46}{'value':>7}  {'num/den':>9}"]
    section = None
    for info in METRICS:
        if info.section != section:
            section = info.section
            lines.append(f"[{section}]")
        m = report.metrics[info.key]
        row = f"  {info.label:<44}{m.value:>7.3f}  {f'{m.num}/{m.den}':>9}"
        lines.append(row + (f"   ({m.note})" if m.note else ""))
    c = report.counts
    lines.append("[counts]")
    lines.append(f"  documents mapped  {c['documents_mapped']}/{c['gold_documents']} "
                 f"(warehouse documents: {c['warehouse_documents']})")
    lines.append(f"  gold claims found {c['gold_claims_matched']}/{c['gold_claims']}")
    lines.append(f"  claims {c['claims_total']} (in gold documents: {c['claims_in_gold_docs']})")
    verdicts = ", ".join(f"{v} {n}" for v, n in sorted(c["findings_by_verdict"].items())) or "none"
    lines.append(f"  findings {c['findings_total']} ({verdicts})")
    if report.notes:
        lines.append("[notes]")
        lines += [f"  - {n}" for n in report.notes]
    return "\n".join(lines)
