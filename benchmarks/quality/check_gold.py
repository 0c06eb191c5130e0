"""Structural checks for a blind set's gold.json (no pipeline code involved).

    python benchmarks/quality/check_gold.py benchmarks/quality/held_out [more set folders]

Every quote occurs exactly once in its document body (the text after the closing
`---` of the front matter) and quotes do not overlap within a document; claim ids
are unique; kinds, qualifiers and modalities are from the gold vocabulary;
event_date (and a date claim's value) is ISO; every cluster claim exists and sits
in at most one cluster; discrepancy clusters have groups that partition them; each
confusable pair joins two claims from two different clusters.
"""
import json
import re
import sys
from pathlib import Path

KINDS = {"numeric", "date", "attributed_statement"}
QUALIFIERS = {None, "about", "at_least", "up_to", "range", "vague", "exact"}
MODALITIES = {"actual", "planned", "conditional"}
VERDICTS = {"agreement", "discrepancy", "update_over_time"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        return text.split("\n---\n", 1)[1]
    return text


def check(folder: Path) -> int:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    errs = []
    docs = {d["doc"]: d for d in gold["documents"]}
    files = {p.stem: p for p in (folder / "corpus").glob("*.md")}
    if set(docs) != set(files):
        errs.append(f"documents vs corpus files differ: {set(docs) ^ set(files)}")
    for d in gold["documents"]:
        if not DAY.match(d.get("published") or ""):
            errs.append(f"{d['doc']}: published not ISO")
    bodies = {k: body(p) for k, p in files.items()}
    spans, ids = {}, set()
    for c in gold["claims"]:
        cid = c["id"]
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if c["doc"] not in docs:
            errs.append(f"{cid}: unknown doc {c['doc']}")
        if c["kind"] not in KINDS:
            errs.append(f"{cid}: kind {c['kind']!r}")
        if c.get("qualifier") not in QUALIFIERS:
            errs.append(f"{cid}: qualifier {c.get('qualifier')!r}")
        if c.get("modality") not in MODALITIES:
            errs.append(f"{cid}: modality {c.get('modality')!r}")
        ev = c.get("event_date")
        if ev is not None and not DAY.match(ev):
            errs.append(f"{cid}: event_date not ISO: {ev!r}")
        if c["kind"] == "numeric":
            if c["value"] is None and (c["value_low"] is None or c["value_high"] is None):
                errs.append(f"{cid}: numeric without value")
            if c["qualifier"] == "range" and (c["value"] is not None or c["value_low"] is None):
                errs.append(f"{cid}: range must have value null and low/high set")
        if c["kind"] == "date":
            vals = [v for v in (c["value"], c["value_low"], c["value_high"]) if v is not None]
            if not vals or any(not DAY_OR_MONTH.match(str(v)) for v in vals):
                errs.append(f"{cid}: date claim value not ISO: {vals}")
        b = bodies.get(c["doc"], "")
        n = b.count(c["quote"])
        if n != 1:
            errs.append(f"{cid}: quote occurs {n} times: {c['quote']!r}")
            continue
        s = b.index(c["quote"])
        spans.setdefault(c["doc"], []).append((s, s + len(c["quote"]), cid))
    for doc, sp in spans.items():
        sp.sort()
        for a, b2 in zip(sp, sp[1:]):
            if b2[0] < a[1]:
                errs.append(f"{doc}: {a[2]} overlaps {b2[2]}")
    where, kids = {}, set()
    for k in gold["clusters"]:
        if k["id"] in kids:
            errs.append(f"duplicate cluster id {k['id']}")
        kids.add(k["id"])
        if k["verdict"] not in VERDICTS:
            errs.append(f"{k['id']}: verdict {k['verdict']!r}")
        for i in k["claims"]:
            if i not in ids:
                errs.append(f"{k['id']}: unknown claim {i}")
            if i in where:
                errs.append(f"{i} in {where[i]} and {k['id']}")
            where[i] = k["id"]
        if len(k["claims"]) < 2:
            errs.append(f"{k['id']}: fewer than two claims")
        if k["verdict"] == "discrepancy" and len(k.get("groups") or []) < 2:
            errs.append(f"{k['id']}: discrepancy without two groups")
        if k.get("groups"):
            g = sorted(i for grp in k["groups"] for i in grp["claims"])
            if g != sorted(k["claims"]):
                errs.append(f"{k['id']}: groups do not partition the cluster")
    for p in gold["confusable_pairs"]:
        a, b2 = p["claims"]
        if where.get(a) is None or where.get(b2) is None or where[a] == where[b2]:
            errs.append(f"pair {p['claims']}: not in two different clusters ({where.get(a)}, {where.get(b2)})")
    for e in errs:
        print(e)
    print(f"{folder.name}: {len(docs)} docs, {len(gold['claims'])} claims, {len(gold['clusters'])} clusters, "
          f"{len(gold['confusable_pairs'])} pairs, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(max(check(Path(arg)) for arg in sys.argv[1:]) if sys.argv[1:] else "usage: check_gold.py SET_FOLDER...")
