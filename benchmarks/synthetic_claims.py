"""A synthetic claim table with ground truth, for the scale benchmark.

One row per claim, with the contract's claim columns, the publishing document's date and
outlet, and ``cluster_id``: the quantity (or statement) the claim is really about.

How the table is made (all of it seeded, so one ``--seed`` gives one table):

- **Events.** A true cluster is one quantity: (subject, measure, kind of thing, place,
  scope, modality, date). Subjects follow a Zipf law (exponent 1.1) over ``n / 200``
  names, places a Zipf law over 60 names, so a few blocks are very large.
  Dates fall on a 35-day grid over two years (plus up to 6 days of jitter). Two
  clusters never agree on everything a matcher can see (see ``_free``): otherwise they
  would be indistinguishable and the truth a coin toss. Troop kinds ("infantry",
  "special forces") vary from report to report, as they are one contingent; the kinds of
  ships, aircraft, missiles, munitions and weapons are different things.
- **Reports.** A cluster has 1–12 claims (1 + geometric, mean ≈ 3.3), each from a
  different document, citing one of the cluster's 1–3 origins, written with one of
  several sentence templates and synonyms (paraphrases), with a hedge: exact, "about",
  "at least", "up to", a range.
- **Conflicts and updates.** 15% of clusters have an origin that gives a figure 2–4×
  larger (a discrepancy, still one cluster). 10% have an origin revising its own figure
  3–6 days later (an update).
- **Hard negatives.** For a quarter of the clusters a sibling cluster is made that
  differs in one field only, on the same dates and with a near value: another place; a
  planned total next to a first batch; another kind of ship or aircraft; the same
  everything 40 days later.
- **Places** are regions of eight countries (the ``place_parent`` column, which the
  engines get as ``place_parents``): two different regions are two quantities.
- **Gaps.** 3% of claims have no place, 5% no event date (the document's date stands
  in), 0.1% no subject.
- **Statements.** ``statement_share`` of the clusters (default 10%) are statements
  (who said what about whom, affirmed or denied), paraphrased the same way; a denial of a
  statement stays in its cluster (that is a contradiction, not another statement). A
  quarter get a hard-negative sibling: same speaker, same parties, same days, another
  object ("supplied the northern Kelvar port" / "supplied the eastern Dunor airfield").
"""

from __future__ import annotations

from datetime import date, timedelta

import random
from itertools import accumulate

import numpy as np
import pyarrow as pa

START = date(2023, 1, 1)
SLOT_DAYS = 35  # further apart than three date windows plus jitter: slots never meet
SLOTS = 21  # two years
PLACES = 60

# measure family → (head nouns a sentence may use, kinds of thing, strict?)
MEASURES: list[tuple[str, float, tuple[str, ...], tuple[str | None, ...], bool]] = [
    ("troops", 0.30, ("troops", "soldiers", "personnel", "forces"), ("special forces", "infantry", "engineers", None), False),
    ("ships", 0.08, ("ships", "vessels"), ("landing", "escort", "patrol"), True),
    ("aircraft", 0.08, ("aircraft", "jets"), ("fighter", "transport", "cargo"), True),
    ("missiles", 0.08, ("missiles", "rockets"), ("cruise", "ballistic"), True),
    ("munitions", 0.08, ("shells", "rounds"), ("artillery", "mortar", None), True),
    ("people", 0.14, ("civilians", "residents", "refugees"), (None,), False),
    ("casualties", 0.12, ("casualties", "deaths"), (None,), False),
    ("containers", 0.06, ("containers", "shipments"), (None,), False),
    ("weapons", 0.06, ("tanks", "vehicles", "launchers"), ("armoured", "tank", None), True),
]  # fmt: skip
SCOPES = (None, "first_batch", "additional", "total")
SCOPE_P = (0.6, 0.1, 0.1, 0.2)

_SYLLABLES = "ka ro vi ne sa lu mo ta ri de an bel cor dun el fa gor hal is jor kel lin mar nor or pel quin ras sel tor ul var wen yor zan".split()

NUMERIC_TEMPLATES = (
    "{origin} said {subject} had sent {q} {detail}{noun} to {place}.",
    "{subject} has deployed {q} {detail}{noun} in {place}, according to {origin}.",
    "According to {origin}, {q} {detail}{noun} from {subject} arrived in {place}.",
    "{origin} estimated that {subject} moved {q} {detail}{noun} into {place} this week.",
    "{subject} {verb} {q} {detail}{noun} to {place}, {origin} told reporters.",
    "Some {q} {detail}{noun} of {subject} are now in {place}, {origin} said on {day}.",
)
VERBS = ("dispatched", "sent", "transferred", "moved", "shipped")
PLANNED = ("plans to send", "is preparing to send", "will send", "intends to deploy")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STATEMENT_VERBS = (("supplied", "provided", "delivered"), ("attacked", "struck", "shelled"),
                   ("funded", "financed", "paid for"), ("recognised", "acknowledged", "accepted"),
                   ("blocked", "stopped", "halted"), ("trained", "drilled", "instructed"),
                   ("seized", "captured", "took"), ("evacuated", "emptied", "cleared"),
                   ("mined", "booby-trapped", "laid mines around"), ("rebuilt", "repaired", "restored"),
                   ("sanctioned", "penalised", "blacklisted"), ("inspected", "visited", "toured"))  # fmt: skip
OBJECT_KINDS = ("border crossing", "power plant", "rebel units", "grain corridor", "port", "airfield", "convoy",
                "pipeline", "talks", "ceasefire", "election", "embassy", "dam", "refinery", "bridge", "hospital",
                "rail depot", "fuel depot", "radar station", "naval base")  # fmt: skip
OBJECT_WORDS = ("northern", "eastern", "southern", "western", "new", "main", "old", "coastal", "central", "upper")


def _names(count: int, rng: random.Random, parts: int = 3) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        k = rng.randint(2, parts)
        name = "".join(rng.choice(_SYLLABLES) for _ in range(k)).capitalize()
        if len(out) > 4000:  # keep names unique at any size
            name += f" {len(out) % 97}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


class Zipf:
    """Draws 0..n-1 with P(k) ∝ 1 / (k + 1) ** exponent."""

    def __init__(self, n_items: int, exponent: float) -> None:
        self.items = range(n_items)
        self.cum = list(accumulate(1.0 / (k + 1) ** exponent for k in range(n_items)))

    def __call__(self, rng: random.Random) -> int:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _fmt(x: float) -> str:
    return f"{x:,.0f}"


def generate(n_claims: int, seed: int = 7, statement_share: float = 0.10) -> pa.Table:
    """A table of *n_claims* claims with a ``cluster_id`` truth column (see the module doc)."""
    rng = random.Random(seed)
    n_subjects = max(30, n_claims // 200)
    subjects = _names(n_subjects, rng)
    places = _names(PLACES, rng, parts=2)
    countries = [f"{n}land" for n in _names(8, rng, parts=2)]
    country_of = {p: countries[i % len(countries)] for i, p in enumerate(places)}  # regions inside countries
    origins = [f"{n} {rng.choice(['ministry', 'intelligence service', 'spokesman', 'military', 'monitor'])}"
               for n in _names(300, rng)]
    subject_of, place_of = Zipf(n_subjects, 1.1), Zipf(PLACES, 1.0)
    measure_w = [m[1] for m in MEASURES]

    # --- clusters: keys first (unique), then members --------------------------------------------------
    rows: dict[str, list] = {c: [] for c in (
        "cluster_id", "kind", "subject", "measure", "measure_detail", "value", "value_low", "value_high", "qualifier",
        "attributed_to", "event_date", "place", "modality", "scope", "polarity", "quote", "predicate", "sentence")}
    used: dict[tuple, list[str | None]] = {}  # what a matcher can tell apart → scopes already there
    total = 0
    cluster_no = 0

    def new_key(base: tuple | None = None, change: str | None = None) -> tuple | None:
        """A free cluster key, fresh or a sibling of *base* differing in *change*."""
        for _ in range(20):
            if base is None:
                subj = subject_of(rng)
                mi = rng.choices(range(len(MEASURES)), weights=measure_w)[0]
                # Only strict families' kinds are different things; "infantry" and "special
                # forces" troops are one contingent described two ways (match.STRICT_DETAIL_FAMILIES).
                detail = rng.choice(MEASURES[mi][3]) if MEASURES[mi][4] else None
                place = place_of(rng)
                scope = rng.choices(SCOPES, weights=SCOPE_P)[0]
                modality = "planned" if rng.random() < 0.15 else "actual"
                slot = rng.randrange(SLOTS)
                key = (subj, mi, detail, place, scope, modality, slot, 0)
            else:
                subj, mi, detail, place, scope, modality, slot, shift = base
                if change == "place":
                    place = (place + rng.randrange(1, PLACES)) % PLACES
                elif change == "scope":
                    scope, modality = ("total", "planned") if scope != "total" else ("first_batch", "actual")
                elif change == "detail":
                    options = [d for d in MEASURES[mi][3] if d is not None and d != detail]
                    if not options or not MEASURES[mi][4]:
                        return None
                    detail = rng.choice(options)
                elif change == "later":
                    shift = 40
                key = (subj, mi, detail, place, scope, modality, slot, shift)
            if not _free(used, key):
                continue
            return key
        return None

    def emit_numeric(key: tuple, size: int, base_value: float) -> None:
        nonlocal total, cluster_no
        subj, mi, detail, place, scope, modality, slot, shift = key
        family, _, nouns, details, strict = MEASURES[mi]
        day0 = START + timedelta(days=slot * SLOT_DAYS + shift + rng.randrange(5))
        cluster_origins = rng.sample(range(len(origins)), rng.randint(1, 3))
        conflict = rng.random() < 0.15 and size >= 2
        update = rng.random() < 0.10 and size >= 2
        for j in range(size):
            oi = cluster_origins[j % len(cluster_origins)]
            value = base_value
            when = day0 + timedelta(days=rng.randrange(3))
            if conflict and j == size - 1:
                value = round(base_value * rng.uniform(2, 4), -1)
                oi = (cluster_origins[0] + 1 + j) % len(origins)
            elif update and j == size - 1:
                oi = cluster_origins[0]
                value = round(base_value * 1.3, -1)
                when = day0 + timedelta(days=rng.randint(3, 6))
            u = rng.random()
            lo = hi = None
            if u < 0.4:
                qual, v, qtext = "exact", value, _fmt(value)
            elif u < 0.7:
                qual, v, qtext = "about", value, rng.choice(["about ", "some ", "nearly ", "roughly "]) + _fmt(value)
            elif u < 0.8:
                qual, v, lo, hi = "range", None, round(value * 0.8), round(value * 1.2)
                qtext = f"between {_fmt(lo)} and {_fmt(hi)}"
            elif u < 0.9:
                qual, v = "at_least", round(value * 0.9)
                qtext = "at least " + _fmt(v)
            else:
                qual, v = "up_to", round(value * 1.1)
                qtext = "up to " + _fmt(v)
            subject = subjects[subj]
            verb = rng.choice(PLANNED) if modality == "planned" else rng.choice(VERBS)
            template = rng.choice(NUMERIC_TEMPLATES)
            if modality == "planned":
                template = "{origin} said {subject} {verb} {q} {detail}{noun} to {place}."
            noun = rng.choice(nouns)
            if not strict:
                detail = rng.choice(details)
            scope_words = {"first_batch": "a first batch of ", "additional": "another ", "total": "a total of "}
            sentence = template.format(origin=origins[oi], subject=subject, q=scope_words.get(scope, "") + qtext,
                                       detail=(detail + " ") if detail else "", noun=noun, place=places[place],
                                       verb=verb, day=DAYS[when.weekday()])
            _append(rows, cluster_id=cluster_no, kind="numeric",
                    subject=None if rng.random() < 0.001 else subject, measure=family, measure_detail=detail,
                    value=float(v) if v is not None else None, value_low=float(lo) if lo is not None else None,
                    value_high=float(hi) if hi is not None else None, qualifier=qual, attributed_to=origins[oi],
                    event_date=None if rng.random() < 0.05 else when,
                    place=None if rng.random() < 0.03 else places[place], modality=modality, scope=scope,
                    polarity=None, quote=sentence, predicate=None, sentence=sentence, _published=when)
            total += 1
        cluster_no += 1

    def statement_key(base: tuple | None = None) -> tuple | None:
        """(subject, target, verbs, object, speaker, slot); a sibling changes the object only."""
        for _ in range(20):
            if base is None:
                key = (subject_of(rng), subject_of(rng), rng.randrange(len(STATEMENT_VERBS)),
                       _statement_object(rng, places), rng.randrange(len(origins)), rng.randrange(SLOTS))
            else:
                key = (*base[:3], _statement_object(rng, places), *base[4:])
            probe = ("statement", *key)
            if probe not in used:
                used[probe] = []
                return key
        return None

    def emit_statement(key: tuple, size: int) -> None:
        nonlocal total, cluster_no
        subj, target, verb_set, obj, speaker_no, slot = key
        verbs, speaker = STATEMENT_VERBS[verb_set], origins[speaker_no]
        day0 = START + timedelta(days=slot * SLOT_DAYS + rng.randrange(5))
        for _ in range(size):
            verb = rng.choice(verbs)
            deny = rng.random() < 0.15
            core = f"{subjects[subj]} {verb} {obj} of {subjects[target]}"
            text = f"{speaker} denied that {core}" if deny else rng.choice(
                [f"{speaker} said {core}", f"{core}, {speaker} said", f"{speaker} confirmed that {core}"])
            when = day0 + timedelta(days=rng.randrange(3))
            _append(rows, cluster_id=cluster_no, kind="statement", subject=subjects[target], measure="statement",
                    measure_detail=None, value=None, value_low=None, value_high=None, qualifier=None,
                    attributed_to=speaker, event_date=when, place=None, modality="actual", scope=None,
                    polarity="deny" if deny else "affirm", quote=core, predicate=core.lower(), sentence=text + ".",
                    _published=when)
            total += 1
        cluster_no += 1

    while total < n_claims:
        size = min(_geometric(rng, 0.3), 12, n_claims - total)
        if rng.random() < statement_share:
            skey = statement_key()
            if skey is not None:
                emit_statement(skey, size)
                sibling = statement_key(skey) if rng.random() < 0.25 and total < n_claims else None
                if sibling is not None:  # hard negative: same speaker and parties, another object
                    emit_statement(sibling, min(_geometric(rng, 0.5), n_claims - total))
            continue
        key = new_key()
        if key is None:
            continue
        base_value = float(round(10 ** rng.uniform(1.3, 4.5), -1))
        emit_numeric(key, size, base_value)
        if rng.random() < 0.25 and total < n_claims:
            change = rng.choice(("place", "scope", "detail", "later"))
            sibling = new_key(key, change)
            if sibling is not None:
                sib_size = min(_geometric(rng, 0.5), 12, n_claims - total)
                emit_numeric(sibling, sib_size, round(base_value * rng.uniform(0.8, 1.25), -1))
    return _table(rows, n_claims, np.random.default_rng(seed), country_of)


def _statement_object(rng: random.Random, places: list[str]) -> str:
    """'the northern Kelvar port': 10 × 60 × 20 objects."""
    return f"the {rng.choice(OBJECT_WORDS)} {rng.choice(places)} {rng.choice(OBJECT_KINDS)}"


def _free(used: dict[tuple, list[str | None]], key: tuple) -> bool:
    """Claim *key*'s slot unless a matcher could not tell it from a cluster already there.

    Within one (subject, measure, strict kind, place, modality, 35-day slot) only clusters
    with different exclusive scopes (first batch / additional / total) can coexist; a
    cluster without a scope would be compatible with all of them.
    """
    subj, mi, detail, place, scope, modality, slot, shift = key
    coarse = (subj, mi, detail, place, modality == "actual", (slot * SLOT_DAYS + shift) // SLOT_DAYS)
    scopes = used.get(coarse)
    if scopes is None:
        used[coarse] = [scope]
        return True
    if scope is None or any(s is None or s == scope for s in scopes):
        return False
    scopes.append(scope)
    return True


def _geometric(rng: random.Random, p: float) -> int:
    """1, 2, 3 … with P(k) = (1 - p) ** (k - 1) * p."""
    k = 1
    while rng.random() > p:
        k += 1
    return k


def _append(rows: dict[str, list], **values: object) -> None:
    for k, v in values.items():
        rows.setdefault(k, []).append(v)


def _table(rows: dict[str, list], n_claims: int, rng: np.random.Generator, country_of: dict[str, str]) -> pa.Table:
    """Shuffle, cut to size, and give every claim a document: three claims of one day per document."""
    n = min(n_claims, len(rows["cluster_id"]))
    order = rng.permutation(len(rows["cluster_id"]))[:n]
    published = np.array([rows["_published"][i].toordinal() for i in order])
    by_day = order[np.lexsort((rng.random(n), published))]
    doc_of = np.empty(len(rows["cluster_id"]), dtype=np.int64)
    doc_of[by_day] = np.arange(n) // 3
    first_day: dict[int, date] = {}
    for i in by_day:
        first_day.setdefault(int(doc_of[i]), rows["_published"][i])
    cols: dict[str, pa.Array] = {}
    cols["claim_id"] = pa.array([f"c{i:08d}" for i in range(n)])
    cols["doc_id"] = pa.array([f"d{doc_of[i]:08d}" for i in order])
    for name, typ in (("kind", pa.string()), ("subject", pa.string()), ("measure", pa.string()),
                      ("measure_detail", pa.string()), ("value", pa.float64()), ("value_low", pa.float64()),
                      ("value_high", pa.float64()), ("qualifier", pa.string()), ("attributed_to", pa.string()),
                      ("event_date", pa.date32()), ("place", pa.string()), ("modality", pa.string()),
                      ("scope", pa.string()), ("polarity", pa.string()), ("quote", pa.string()),
                      ("predicate", pa.string()), ("sentence", pa.string())):
        col = rows[name]
        cols[name] = pa.array([col[i] for i in order], type=typ)
    cols["published"] = pa.array([first_day[int(doc_of[i])] for i in order], type=pa.date32())
    cols["outlet"] = pa.array([f"Outlet {int(doc_of[i]) % 500}" for i in order])
    cols["place_parent"] = pa.array([country_of.get(rows["place"][i]) for i in order], type=pa.string())
    cols["cluster_id"] = pa.array([rows["cluster_id"][i] for i in order], type=pa.int64())
    return pa.table(cols)
