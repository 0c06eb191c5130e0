"""A small hand-built warehouse: a few documents, claims and findings written by save_run.

Reports are tested on this, not on the bundled corpus, so that improvements to claim
extraction and matching do not churn the goldens. One of the outlets is hostile: its
title, outlet name, URL and text carry markup, a script and a ``javascript:`` URL.

Two runs:
- ``hand-r1`` (2024-10-20): a three-way troop-count discrepancy, an agreement on the first
  batch, an uncorroborated statement (the planted script), an uncorroborated figure that
  the next run no longer finds, and an uncorroborated date claim.
- reviews between the runs (the discrepancy: needs-follow-up; the agreement: confirmed);
- ``hand-r2`` (2024-10-24): Reuters joins the discrepancy (its members change, so its
  review is stale), the date claim becomes an agreement, the figure is gone, and one
  source fails to load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from reconcile.model import Claim, Document, Finding, IngestError, RunRecord, Side, stable_id
from warehouse import db as wdb
from warehouse.review import add_review
from warehouse.store import save_run

R1_AT = datetime(2024, 10, 20, 9, 0, tzinfo=timezone.utc)
R2_AT = datetime(2024, 10, 24, 9, 0, tzinfo=timezone.utc)
SCRIPT = "<script>window.__pwned=1;document.title='pwned'</script>"

KYODO = Document(
    uri="https://kyodo.example/nk-12000", outlet="Kyodo News", url="https://kyodo.example/nk-12000",
    title="North Korea to send 12,000 troops to Russia, Seoul says", published_at=datetime(2024, 10, 18),
    text=("North Korea has decided to send 12,000 troops to Russia, South Korea's spy agency said on Friday. "
          "A first group of about 1,500 special forces has already left."),
)
PRAVDA = Document(
    uri="https://pravda.example/budanov", outlet="Ukrainska Pravda", url="https://pravda.example/budanov",
    title="Budanov: 11,000 North Korean infantry in Russia", published_at=datetime(2024, 10, 18),
    text=("About 11,000 North Korean infantrymen are training in eastern Russia, Kyrylo Budanov said. "
          "They have trained for two weeks."),
)
EVIL = Document(
    uri="corpus/evil.md", outlet="Evil <b>Outlet</b> | x", url="javascript:alert(document.domain)",
    title=f"{SCRIPT} Troops", published_at=datetime(2024, 10, 19),
    text=(f"Up to 10,000 troops {SCRIPT} may go, a [link](javascript:alert(1)) says. "
          "<img src=x onerror=\"window.__pwned=2\"> | pipes | and **stars** and `ticks`."),
)
YONHAP = Document(
    uri="https://yonhap.example/nis", outlet="Yonhap News Agency", url="https://yonhap.example/nis",
    title="N. Korea decides to send 12,000 troops, NIS says", published_at=datetime(2024, 10, 18),
    text=("A first group of about 1,500 special operations troops was transferred to Russia's Far East, "
          "the NIS said. More are expected to go by December."),
)
REUTERS = Document(
    uri="https://reuters.example/3000", outlet="Reuters", url="https://reuters.example/3000",
    title="About 3,000 North Korean troops now in Russia, Seoul says", published_at=datetime(2024, 10, 23),
    text=("Some 3,000 North Korean soldiers are now in Russia, South Korea's spy agency said on Wednesday. "
          "Thousands more are expected by December, it said."),
)


def claim(doc: Document, quote: str, cid: str, kind: str = "numeric", **fields: object) -> Claim:
    start = doc.text.index(quote)
    return Claim(claim_id=cid, doc_id=doc.doc_id, kind=kind, quote=quote, start_char=start,
                 end_char=start + len(quote), sentence=quote, **fields)  # type: ignore[arg-type]


TROOPS = {"subject": "North Korea", "measure": "troops"}
C_KYODO_12000 = claim(KYODO, "send 12,000 troops", "c-kyodo-12000", value=12000.0, qualifier="exact",
                      attributed_to="South Korea NIS", **TROOPS)
C_KYODO_1500 = claim(KYODO, "A first group of about 1,500 special forces", "c-kyodo-1500", value=1500.0,
                     qualifier="about", attributed_to="South Korea NIS", scope="first_batch", **TROOPS)
C_PRAVDA_11000 = claim(PRAVDA, "About 11,000 North Korean infantrymen", "c-pravda-11000", value=11000.0,
                       qualifier="about", attributed_to="Kyrylo Budanov", **TROOPS)
C_PRAVDA_WEEKS = claim(PRAVDA, "trained for two weeks", "c-pravda-weeks", value=2.0, qualifier="exact",
                       subject="North Korea", measure="weeks")
C_EVIL_10000 = claim(EVIL, "Up to 10,000 troops", "c-evil-10000", value=10000.0, qualifier="up_to", **TROOPS)
C_EVIL_SCRIPT = claim(EVIL, f"troops {SCRIPT} may go", "c-evil-script", kind="statement", polarity="affirm",
                      subject="North Korea")
C_YONHAP_1500 = claim(YONHAP, "A first group of about 1,500 special operations troops", "c-yonhap-1500",
                      value=1500.0, qualifier="about", attributed_to="South Korea NIS", scope="first_batch",
                      **TROOPS)
C_YONHAP_DEC = claim(YONHAP, "expected to go by December", "c-yonhap-dec", kind="date",
                     date_value=datetime(2024, 12, 1).date(), date_value_end=datetime(2024, 12, 31).date(),
                     attributed_to="South Korea NIS", subject="North Korea", measure="deploy")
C_REUTERS_3000 = claim(REUTERS, "Some 3,000 North Korean soldiers", "c-reuters-3000", value=3000.0,
                       qualifier="about", attributed_to="South Korea NIS", **TROOPS)
C_REUTERS_DEC = claim(REUTERS, "expected by December", "c-reuters-dec", kind="date",
                      date_value=datetime(2024, 12, 1).date(), date_value_end=datetime(2024, 12, 31).date(),
                      attributed_to="South Korea NIS", subject="North Korea", measure="deploy")

F_TROOPS, F_BATCH, F_SCRIPT, F_WEEKS, F_DEC = "f-troops", "f-first-batch", "f-script", "f-weeks", "f-december"


def finding(fid: str, verdict: str, members: list[Claim], summary: str, origins: int,
            sides: tuple[Side, ...] = ()) -> Finding:
    values = [x for c in members if c.kind == "numeric" for x in (c.value, c.value_low, c.value_high)
              if x is not None]
    vmin, vmax = (min(values), max(values)) if values else (None, None)
    spread = round((vmax - vmin) / vmax, 4) if vmin is not None and vmax else None
    c = members[0]
    if not sides:
        sides = (Side(summary.rsplit(": ", 1)[-1], tuple(m.claim_id for m in members), vmin, vmax),)
    return Finding(finding_id=fid, verdict=verdict, kind=c.kind, subject=c.subject, measure=c.measure,
                   summary=summary, independent_origins=origins, claim_ids=tuple(m.claim_id for m in members),
                   value_min=vmin, value_max=vmax, relative_spread=spread, sides=sides,
                   members_hash=stable_id(*sorted(m.claim_id for m in members)))


def run1() -> RunRecord:
    troops = finding(F_TROOPS, "discrepancy", [C_EVIL_10000, C_PRAVDA_11000, C_KYODO_12000],
                     "North Korea troops: up to 10,000 [Evil] vs about 11,000 [Kyrylo Budanov] vs 12,000 "
                     "[South Korea NIS]", 3,
                     (Side("up to 10,000", ("c-evil-10000",), 0.0, 10000.0),
                      Side("about 11,000", ("c-pravda-11000",), 9900.0, 12100.0),
                      Side("12,000", ("c-kyodo-12000",), 11760.0, 12240.0)))
    findings = [
        troops,
        finding(F_BATCH, "agreement", [C_KYODO_1500, C_YONHAP_1500],
                "North Korea troops (first_batch): about 1,500", 1),
        finding(F_SCRIPT, "uncorroborated", [C_EVIL_SCRIPT], "North Korea statement: affirm", 1),
        finding(F_WEEKS, "uncorroborated", [C_PRAVDA_WEEKS], "North Korea weeks: 2", 1),
        finding(F_DEC, "uncorroborated", [C_YONHAP_DEC], "North Korea date:deploy: 2024-12-01–2024-12-31", 1),
    ]
    docs = (KYODO, PRAVDA, EVIL, YONHAP)
    claims = (C_KYODO_12000, C_KYODO_1500, C_PRAVDA_11000, C_PRAVDA_WEEKS, C_EVIL_10000, C_EVIL_SCRIPT,
              C_YONHAP_1500, C_YONHAP_DEC)
    return RunRecord("hand-r1", R1_AT, R1_AT.replace(minute=1), docs, claims, (), (), tuple(findings), (),
                     flow_run_id="00000000-0000-4000-8000-000000000001", config_hash="cafe01", version="0.1.0",
                     sources=("hand",))


def run2() -> RunRecord:
    troops = finding(F_TROOPS, "discrepancy", [C_REUTERS_3000, C_EVIL_10000, C_PRAVDA_11000, C_KYODO_12000],
                     "North Korea troops: about 3,000 [South Korea NIS] vs up to 10,000 [Evil] vs about 11,000 "
                     "[Kyrylo Budanov] vs 12,000 [South Korea NIS]", 3,
                     (Side("about 3,000", ("c-reuters-3000",), 2700.0, 3300.0),
                      Side("up to 10,000", ("c-evil-10000",), 0.0, 10000.0),
                      Side("about 11,000", ("c-pravda-11000",), 9900.0, 12100.0),
                      Side("12,000", ("c-kyodo-12000",), 11760.0, 12240.0)))
    findings = [
        troops,
        finding(F_BATCH, "agreement", [C_KYODO_1500, C_YONHAP_1500],
                "North Korea troops (first_batch): about 1,500", 1),
        finding(F_SCRIPT, "uncorroborated", [C_EVIL_SCRIPT], "North Korea statement: affirm", 1),
        finding(F_DEC, "agreement", [C_YONHAP_DEC, C_REUTERS_DEC],
                "North Korea date:deploy: 2024-12-01–2024-12-31", 1),
    ]
    docs = (KYODO, PRAVDA, EVIL, YONHAP, REUTERS)
    errors = (IngestError("https://bad.example/<script>x</script>", "fetch", "http_404",
                          "Not Found <img src=x onerror=\"window.__pwned=3\">"),)
    return RunRecord("hand-r2", R2_AT, R2_AT.replace(minute=1), docs, (C_REUTERS_3000, C_REUTERS_DEC), (), (),
                     tuple(findings), errors, flow_run_id="00000000-0000-4000-8000-000000000002",
                     config_hash="cafe01", version="0.1.0", sources=("hand",))


def review_between_runs(con: duckdb.DuckDBPyConnection) -> None:
    add_review(con, F_TROOPS, "needs-follow-up", "Ask the desk: <script>alert(1)</script> **which** figure?",
               "alice", datetime(2024, 10, 21, 8, 30, tzinfo=timezone.utc))
    add_review(con, F_BATCH, "confirmed", "Both cite the NIS briefing.", "bob",
               datetime(2024, 10, 21, 8, 45, tzinfo=timezone.utc))


@dataclass
class HandWarehouse:
    path: Path

    def connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        return wdb.connect(self.path, read_only=read_only)


def build_hand_warehouse(path: Path, runs: int = 2) -> HandWarehouse:
    with wdb.connect(path) as con:
        wdb.apply_migrations(con)
        save_run(con, run1(), flow_run_name="hand-made-one")
        review_between_runs(con)
        if runs > 1:
            save_run(con, run2(), flow_run_name="hand-made-two")
    return HandWarehouse(path)
