"""What the blind sets' ``build_gold.py`` scripts share: an annotation written as Python calls.

A set's script names its documents and measures, makes one ``claim`` call per gold claim and
one ``cluster`` call per cluster, and ``write``s ``gold.json`` in the format of
``shared/design/EVALUATION.md``. Every quote is checked to occur exactly once in its
document's body (the text after the front matter), so a typo fails the script, not the scorer.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

STATEMENT = "attributed_statement"
DATE = "date"


def body(path: Path) -> str:
    """A corpus document's text after its front matter."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


class Gold:
    """The claims, clusters and confusable pairs of one gold set, and their ``gold.json``."""

    def __init__(self, here: Path, docs: dict[str, tuple[str, str, str]]) -> None:
        """*docs*: a short key per document -> (file stem in ``corpus/``, outlet, publication day)."""
        self.here, self.docs = here, docs
        self.bodies = {k: body(here / "corpus" / f"{stem}.md") for k, (stem, _, _) in docs.items()}
        self.claims: list[dict] = []
        self.clusters: list[dict] = []
        self._count: Counter[str] = Counter()

    def claim(self, doc: str, quote: str, kind: str = "numeric", measure: str | None = None, value=None, low=None,
              high=None, unit: str | None = "troops", q: str | None = "exact", mod: str = "actual",
              scope: str | None = None, by: str | None = None, ev: str | None = None, place: str | None = None,
              subject: str | None = "North Korea") -> str:
        """One gold claim; returns its id ("<doc>-<nn>")."""
        n = self.bodies[doc].count(quote)
        assert n == 1, f"{doc}: quote occurs {n} times: {quote!r}"
        self._count[doc] += 1
        cid = f"{doc}-{self._count[doc]:02d}"
        if kind == STATEMENT:
            unit, q, value = None, None, None
        if kind == DATE:
            unit = None
            if low is not None:
                q = "range"
        if kind == "numeric" and low is not None and q == "exact":
            q = "range"
        self.claims.append(dict(id=cid, doc=self.docs[doc][0], quote=quote, kind=kind, subject=subject,
                                measure=measure, value=value, value_low=low, value_high=high, unit=unit,
                                qualifier=q, modality=mod, scope=scope, attributed_to=by, event_date=ev,
                                place=place))
        return cid

    def cluster(self, measure: str, ids: list[str], verdict: str, why: str,
                groups: list[tuple[str, list[str]]] | None = None) -> str:
        """One gold cluster (with its sides, for a discrepancy); returns its id ("k<nn>")."""
        k = dict(id=f"k{len(self.clusters) + 1:02d}", measure=measure, claims=ids, verdict=verdict, why=why)
        if groups:
            k["groups"] = [dict(label=label, claims=c) for label, c in groups]
        self.clusters.append(k)
        return k["id"]

    def write(self, pairs: list[tuple[str, str, str]]) -> None:
        """``gold.json`` beside the script; *pairs*: confusable pairs (claim, claim, why)."""
        gold = dict(documents=[dict(doc=v[0], outlet=v[1], published=v[2]) for v in self.docs.values()],
                    claims=self.claims, clusters=self.clusters,
                    confusable_pairs=[dict(claims=[x, y], why=w) for x, y, w in pairs])
        (self.here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    def summary(self, pairs: list[tuple[str, str, str]]) -> str:
        clustered = sum(len(k["claims"]) for k in self.clusters)
        gold_pairs = sum(len(k["claims"]) * (len(k["claims"]) - 1) // 2 for k in self.clusters)
        return (f"{len(self.claims)} claims {dict(Counter(c['kind'] for c in self.claims))}\n"
                f"{len(self.clusters)} clusters {dict(Counter(k['verdict'] for k in self.clusters))} "
                f"{clustered} clustered\ngold pairs {gold_pairs}\n{len(pairs)} confusable pairs")


# The names the blind sets share, so one quantity or origin is spelled one way in all of them
# (a set may add its own). Measures are free text; origins are canonical attributed_to values.
RU = "North Korean troops in Russia"
KU = "North Korean troops in Kursk"
PL = "North Korean troops planned (total)"
PR = "North Korean troops projected by December"
PRD = "North Korean deployment projection deadline"
FB = "North Korean troops first batch"
SB = "North Korean troops second batch"
WIN = "first batch transfer window"
BRIG = "North Korean brigades planned"
B11 = "North Korean infantry training in Russia's east (Budanov)"
READY = "North Korean troops ready date (Budanov)"
OFF = "North Korean officers in contingent"
GEN = "North Korean generals in contingent"
ARR = "North Korean units arrival in Kursk"
DEP = "North Korean troop deployment (asserted / dismissed)"
CT = "North Korean troops combat entry timing"
CS = "North Korean troops in combat (status)"
FRONT = "North Korean troops moved toward front"
TGT = "North Korean troops as targets if they fight"
ESC = "escalation warning"
LAW = "legality of deployment"
TREATY = "deployment as sovereign / treaty matter"
IMG = "Putin on satellite images"
WPN = "South Korea weapons for Ukraine"
EQ = "Russia trains North Korean troops"
INFO = "North Korean information control on deployment"
ICBM_T = "ICBM flight time"
ICBM_A = "ICBM altitude"
CHOE = "North Korea support for Russia until victory"
PARTN = "Zelensky on partners' reaction"
TECH = "Russian technology for North Korea in return"
MUN = "North Korean munitions containers shipped to Russia"
PAY = "monthly pay per North Korean soldier"
REGIME = "soldiers' pay kept by the North Korean regime"
UM15 = "North Korean troops expected (Ukraine defence ministry)"
RATIO = "ratio between troop estimates (outlet's own)"
NIS = "South Korea NIS"
HUR = "Ukraine HUR"
DOD = "US Department of Defense"
MND = "South Korea Ministry of National Defense"
JMOD = "Japan Ministry of Defense"
USK = "US and South Korea"
PO = "South Korea presidential office"
