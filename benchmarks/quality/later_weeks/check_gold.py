"""Structural checks for later_weeks/gold.json (no pipeline code involved).

    python benchmarks/quality/later_weeks/check_gold.py

Every quote occurs exactly once in its document body (text after the closing
`---` of the front matter), quotes do not overlap within a document, every
cluster claim exists and sits in at most one cluster, discrepancy groups
partition their cluster, and each confusable pair spans two different clusters.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        return text.split("\n---\n", 1)[1]
    return text


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errs = []
    docs = {d["doc"]: d for d in gold["documents"]}
    files = {p.stem: p for p in (HERE / "corpus").glob("*.md")}
    if set(docs) != set(files):
        errs.append(f"documents vs corpus files differ: {set(docs) ^ set(files)}")
    bodies = {k: body(p) for k, p in files.items()}
    spans = {}
    ids = set()
    for c in gold["claims"]:
        if c["id"] in ids:
            errs.append(f"duplicate id {c['id']}")
        ids.add(c["id"])
        b = bodies.get(c["doc"], "")
        n = b.count(c["quote"])
        if n != 1:
            errs.append(f"{c['id']}: quote occurs {n} times: {c['quote']!r}")
            continue
        s = b.index(c["quote"])
        spans.setdefault(c["doc"], []).append((s, s + len(c["quote"]), c["id"]))
        if c["kind"] == "numeric" and c["value"] is None and c["value_low"] is None:
            errs.append(f"{c['id']}: numeric without value")
    for doc, sp in spans.items():
        sp.sort()
        for a, b2 in zip(sp, sp[1:]):
            if b2[0] < a[1]:
                errs.append(f"{doc}: {a[2]} overlaps {b2[2]}")
    where = {}
    for k in gold["clusters"]:
        for i in k["claims"]:
            if i not in ids:
                errs.append(f"{k['id']}: unknown claim {i}")
            if i in where:
                errs.append(f"{i} in {where[i]} and {k['id']}")
            where[i] = k["id"]
        if len(k["claims"]) < 2:
            errs.append(f"{k['id']}: fewer than two claims")
        if k["verdict"] == "discrepancy" and not k.get("groups"):
            errs.append(f"{k['id']}: discrepancy without groups")
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
    print(f"{len(docs)} docs, {len(gold['claims'])} claims, {len(gold['clusters'])} clusters, "
          f"{len(gold['confusable_pairs'])} pairs, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
