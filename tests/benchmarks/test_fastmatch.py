"""reconcile.fastmatch gives the reference's matches and findings on random, collision-heavy inputs."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import numpy as np
import pytest

from reconcile import fastmatch
from reconcile.fastmatch import reconcile as fast_reconcile
from reconcile.findings import reconcile as reference_reconcile
from reconcile.findings import restated_baselines
from reconcile.match import key_text, prepare
from reconcile.model import Claim, MatchPolicy, SourceInfo, json_default
from warehouse.store import _finding_table, claim_table, match_table, member_table

WORDS = "north korea sent troops russia border denied confirmed supplied shells the ministry said report".split()


# Agencies and their countries, as AliasTable.parents gives them (a country restates its agencies'
# figures, match._first_reported): one country is an origin of its own ("Kyiv"), one is not.
BODIES = {"NIS": "South Korea", "Pentagon": "United States", "HUR": "Kyiv"}


def random_claims(rng: random.Random, n: int) -> tuple[list[Claim], dict[str, SourceInfo]]:
    """Tiny value domains on purpose: blocks collide, fields go missing, rules all fire."""
    docs = [f"d{i}" for i in range(max(2, n // 3))]
    sources = {d: SourceInfo(d, f"/x/{d}.md", rng.choice(["A", "B", None]),
                             rng.choice([None, date(2024, 10, 1) + timedelta(days=rng.randrange(40))])) for d in docs}
    claims = []
    for i in range(n):
        kind = rng.choices(["numeric", "date", "statement"], weights=[6, 1, 3])[0]
        qualifier = rng.choice(["exact", "about", "at_least", "up_to", "range", None])
        value = rng.choice([None, 0.0, 10.0, 1500.0, 1550.0, 3000.0, 12000.0, 100000.0])
        low = high = None
        if qualifier == "range":
            low, high = rng.choice([(1000.0, 2000.0), (2000.0, 12000.0), (None, 500.0)])
        words = rng.sample(WORDS, rng.randint(1, 6))
        day = date(2024, 10, 1) + timedelta(days=rng.randrange(40))
        claims.append(Claim(
            claim_id=f"c{i:03d}", doc_id=rng.choice(docs), kind=kind, quote=" ".join(words) + f" {rng.randrange(9)}",
            start_char=0, end_char=10, subject=rng.choice(["North Korea", "Russia", None, ""]),
            measure=rng.choice(["statement", "statement:arms", "statement:deploy", "statement:pay", None])
            if kind == "statement"
            else rng.choice(["troops", "ships", "money", None]),
            measure_detail=rng.choice([None, "", "landing", "escort", "landing escort", "special forces", "officers",
                                          "special officers"]),
            value=value if kind == "numeric" else None, value_low=low if kind == "numeric" else None,
            value_high=high if kind == "numeric" else None, qualifier=qualifier,
            attributed_to=rng.choice(["NIS", "Pentagon", "Kyiv", None]),
            event_date=rng.choice([None, day, day + timedelta(days=rng.choice([3, 8, 15, 25]))]),
            date_value=day if kind == "date" else None,
            date_value_end=rng.choice([None, day + timedelta(days=2)]) if kind == "date" else None,
            place=rng.choice(["Russia", "Kursk", "Far East", "Ukraine", None, ""]),
            as_of=rng.choice([None, None, day - timedelta(days=6)]),
            modality=rng.choice(["actual", "planned", "conditional", None]),
            scope=rng.choice([None, "first_batch", "total", "additional", "second_batch", "part", "other"]),
            polarity=rng.choice(["affirm", "deny", "uncertain", None]) if kind == "statement" else None,
            predicate=" ".join(words) if kind == "statement" and rng.random() < 0.8 else None,
        ))
    return claims, sources


def match_key(m):
    return (m.claim_id_a, m.claim_id_b, m.score, m.method, tuple(sorted(m.components.items())), m.compatible)


@pytest.mark.parametrize("seed", range(25))
def test_fast_engine_equals_the_reference(seed: int) -> None:
    rng = random.Random(seed)
    claims, sources = random_claims(rng, rng.randint(2, 90))
    policy = MatchPolicy(date_window_days=rng.choice([3, 7]))
    place_country = {"Kursk": "Russia", "Far East": "Russia"} if seed % 2 else None
    ref_matches, ref_findings = reference_reconcile(claims, sources, policy, place_country)
    fast_matches, fast_findings = fast_reconcile(claims, sources, policy, place_country)
    assert sorted(map(match_key, fast_matches)) == sorted(map(match_key, ref_matches))
    assert fast_findings == ref_findings


def running_totals(rng: random.Random) -> tuple[list[Claim], dict[str, SourceInfo]]:
    """One running count told over weeks: articles restate earlier figures beside newer ones."""
    days = [date(2024, 10, 18), date(2024, 10, 23), date(2024, 10, 28), date(2024, 11, 4)]
    docs = [f"d{i}" for i in range(rng.randint(3, 8))]
    sources = {d: SourceInfo(d, f"/x/{d}.md", None, rng.choice(days) + timedelta(days=rng.randrange(3)))
               for d in docs}
    claims = []
    for i in range(rng.randint(8, 40)):
        day = rng.randrange(len(days))
        claims.append(Claim(
            claim_id=f"r{i:03d}", doc_id=rng.choice(docs), kind="numeric", quote=f"about {i} troops",
            start_char=i, end_char=i + 5, subject="North Korea", measure="troops",
            value=[1500.0, 3000.0, 10000.0, 12000.0][min(3, day + rng.randrange(2))],
            qualifier=rng.choice(["exact", "about", "at_least"]),
            attributed_to=rng.choice(["NIS", "Pentagon", "HUR", "Kyiv", "United States"]),
            event_date=rng.choice([days[day], days[day], None]), place=rng.choice([None, "Russia", "Kursk"]),
            measure_detail=rng.choice([None, None, "officers"]), modality=rng.choice(["actual", "actual", "planned"]),
            scope=rng.choice([None, None, "total"])))
    return claims, sources


@pytest.mark.parametrize("seed", range(12))
def test_fast_engine_equals_the_reference_on_restated_figures(seed: int) -> None:
    rng = random.Random(seed)
    claims, sources = running_totals(rng)
    policy = MatchPolicy()
    ref_matches, ref_findings = reference_reconcile(claims, sources, policy, {"Kursk": "Russia", **BODIES})
    fast_matches, fast_findings = fast_reconcile(claims, sources, policy, {"Kursk": "Russia", **BODIES})
    assert sorted(map(match_key, fast_matches)) == sorted(map(match_key, ref_matches))
    assert fast_findings == ref_findings


def test_restated_figures_occur_in_the_running_totals() -> None:
    """The test above compares the engines where restated baselines exist (not on none)."""
    counts = [len(restated_baselines(prepare(*running_totals(random.Random(seed)), MatchPolicy()), MatchPolicy()))
              for seed in range(12)]
    assert sum(1 for c in counts if c) >= 8, counts


@pytest.mark.parametrize("seed", range(100, 108))
def test_array_constraint_check_equals_the_reference(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastmatch, "VECTOR_CHECK_MIN", 1)  # every merge goes through the array path
    rng = random.Random(seed)
    claims, sources = random_claims(rng, 90)
    place_country = {"Kursk": "Russia", "Far East": "Russia"}
    ref_findings = reference_reconcile(claims, sources, MatchPolicy(), place_country)[1]
    assert fast_reconcile(claims, sources, MatchPolicy(), place_country)[1] == ref_findings


def test_open_ended_figures_without_a_value_compare_like_the_reference() -> None:
    # "at least ?" has the interval (None, inf): its centre is inf, and inf / inf is NaN.
    base = dict(kind="numeric", quote="troops sent", start_char=0, end_char=11, subject="North Korea",
                measure="troops", qualifier="at_least", attributed_to="NIS", event_date=date(2024, 10, 18))
    claims = [Claim(claim_id="a", doc_id="d0", **base), Claim(claim_id="b", doc_id="d1", **base)]
    sources = {d: SourceInfo(d, f"/{d}", None, None) for d in ("d0", "d1")}
    # (repr: a NaN field is never equal to itself)
    assert repr(fast_reconcile(claims, sources)[1]) == repr(reference_reconcile(claims, sources)[1])


def test_fast_engine_handles_no_claims_and_one_claim() -> None:
    claims, sources = random_claims(random.Random(1), 1)
    assert fast_reconcile([], {}) == ([], [])
    # (repr: a NaN field is never equal to itself)
    assert repr(fast_reconcile(claims, sources)[1]) == repr(reference_reconcile(claims, sources)[1])


@pytest.mark.parametrize("seed", range(200, 206))
def test_match_table_holds_the_rows_save_run_writes_for_the_objects(seed: int) -> None:
    # The columnar rows (no object per match) must be what save_run makes of the ClaimMatch
    # objects, components JSON text included.
    rng = random.Random(seed)
    claims, sources = random_claims(rng, 90 if seed else 1)
    items = prepare(claims, sources, MatchPolicy(), {"Kursk": "Russia"})
    result = fastmatch.match_arrays(items, MatchPolicy())
    rows = fastmatch.match_table(items, result).to_pylist()
    expected = match_table(fastmatch.match_objects(items, result)).to_pylist()
    assert len(rows) == len(expected) == len(result)
    assert sorted(rows, key=lambda r: (r["claim_id_a"], r["claim_id_b"])) == \
        sorted(expected, key=lambda r: (r["claim_id_a"], r["claim_id_b"]))


def test_python_round_is_pythons_round_bit_for_bit() -> None:
    rng = np.random.default_rng(3)
    tricky = [0.0, -0.0, 0.005, 0.015, 0.025, 2.675, 1.005, 0.125, 0.375, -0.125, 55.005, 99.995, 1e300, 5e-324,
              math.inf, -math.inf, math.nan]
    for digits in (1, 2):
        for x in (np.array(tricky), rng.uniform(0, 100, 200_000), rng.integers(0, 100_001, 200_000) / 1000):
            got = fastmatch._python_round(x, digits).tolist()
            want = [round(v, digits) for v in x.tolist()]
            assert [repr(v) for v in got] == [repr(v) for v in want]


def test_bulk_key_texts_equal_key_text() -> None:
    rng = random.Random(5)
    alphabet = "aZ09,.-:\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0éİß\u2009Ⅻ١"
    claims = [Claim(claim_id=f"c{i}", doc_id="d", kind=rng.choice(["numeric", "statement"]),
                    quote="".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))), start_char=0, end_char=1,
                    predicate=rng.choice([None, "", " Sent  troops 1,500 "])) for i in range(3000)]
    assert fastmatch._key_texts(claims) == [key_text(c) for c in claims]


def test_store_json_writers_write_what_json_dumps_writes() -> None:
    # warehouse.store makes its JSON encoders once: the text must be json.dumps's.
    import json

    from warehouse import store

    values = [[], ["x"], ("a", "b\\"),
              [{"label": "é\"\n\u2013", "claim_ids": ["a"], "low": math.nan, "high": math.inf}],
              [{"a": None, "b": -math.inf, "c": 1e300, "d": 5, "e": True, "f": 0.1}], [date(2024, 1, 2)]]
    for v in values:
        assert store._SIDES_JSON(v) == json.dumps(v, default=json_default)
    for v in values[:-1]:
        assert store._PLAIN_JSON(v) == json.dumps(v)
    with pytest.raises(TypeError):
        store._PLAIN_JSON([date(2024, 1, 2)])


def counted_region_claims(rng: random.Random) -> tuple[list[Claim], dict[str, SourceInfo]]:
    """Articles giving a figure for a region beside one for the whole, and restated undated figures."""
    claims, sources = running_totals(rng)
    more = []
    for i, c in enumerate(claims):
        if rng.random() < 0.5:  # a part in a region, same article, origin and news cycle, a smaller figure
            # (its own quote: a finding's id comes from its first member's quote, as in a real article)
            more.append(Claim(**{**{f: getattr(c, f) for f in Claim.__slots__}, "claim_id": f"p{i:03d}",
                                 "quote": f"{c.quote} in the region",
                                 "place": rng.choice(["Kursk", "Far East"]), "scope": rng.choice([None, "part", ""]),
                                 "value": c.value / rng.choice([2, 3, 1]), "unit": rng.choice([None, "miles"]),
                                 "event_date": rng.choice([c.event_date, None])}))
    return claims + more, sources


@pytest.mark.parametrize("seed", range(20))
def test_columnar_prepare_equals_prepare(seed: int) -> None:
    # fastprepare derives what prepare does (origin, anchor, interval, places, first report,
    # counted region) on columns; its Prepared objects must be prepare's, field for field.
    from reconcile.fastprepare import GivenClaims, Items, RowClaims, prepare_columns

    rng = random.Random(seed)
    claims, sources = (random_claims(rng, 120) if seed % 3 == 0 else counted_region_claims(rng))
    parents = {"Kursk": "Russia", "Far East": "Russia", **BODIES} if seed % 4 else None
    policy = MatchPolicy(date_window_days=rng.choice([3, 7]))
    want = prepare(claims, sources, policy, parents)
    rows = fastmatch._claim_rows(claims)
    for claim_of in (GivenClaims(claims), None):  # Claim objects given, or made from the rows
        columns = prepare_columns(rows, sources, policy, parents, claim_of)
        got = list(Items(columns, [p.key_text for p in want], GivenClaims(claims)))
        assert got == want
    # Claim objects made from every field's column are the claims themselves.
    full = claim_table(claims)
    assert list(Items(prepare_columns(full, sources, policy, parents), [p.key_text for p in want],
                      RowClaims(full))) == want


def test_counted_regions_occur_in_the_region_claims() -> None:
    """The test above compares the two where regions are counted apart (not on none)."""
    parents = {"Kursk": "Russia", "Far East": "Russia", **BODIES}
    hits = [any(p.region for p in prepare(*counted_region_claims(random.Random(seed)), MatchPolicy(), parents))
            for seed in range(20) if seed % 3]
    assert sum(hits) >= len(hits) // 2, hits


def test_columnar_prepare_leaves_nan_figures_to_prepare() -> None:
    from reconcile.fastprepare import prepare_columns

    claims, sources = random_claims(random.Random(3), 30)
    claims[0] = Claim(**{**{f: getattr(claims[0], f) for f in Claim.__slots__}, "kind": "numeric", "value": math.nan})
    assert prepare_columns(fastmatch._claim_rows(claims), sources, MatchPolicy()) is None
    # (repr: a NaN field is never equal to itself)
    assert repr(fast_reconcile(claims, sources)[1]) == repr(reference_reconcile(claims, sources)[1])


@pytest.mark.parametrize("seed", range(300, 308))
def test_fast_engine_from_rows_alone_equals_the_reference(seed: int) -> None:
    # Given only the claims' rows (as benchmarks/scale.py gives them), the engine makes the Claim
    # objects it needs from the rows: the same stored matches and the same findings.
    rng = random.Random(seed)
    claims, sources = random_claims(rng, 90) if seed % 2 else counted_region_claims(rng)
    parents = {"Kursk": "Russia", "Far East": "Russia", **BODIES}
    ref_matches, ref_findings = reference_reconcile(claims, sources, MatchPolicy(), parents)
    table, found, _ = fastmatch.reconcile_table(None, sources, MatchPolicy(), parents, rows=claim_table(claims))
    assert stored_findings(found) == stored_findings(ref_findings)

    def key(r: dict) -> tuple:
        return (r["claim_id_a"], r["claim_id_b"])

    assert sorted(table.to_pylist(), key=key) == sorted(match_table(ref_matches).to_pylist(), key=key)


def test_statement_terms_and_weights_equal_the_reference() -> None:
    # _Terms splits the key texts with Arrow and computes the idf weights itself.
    from reconcile.statements import idf_weights

    claims, sources = random_claims(random.Random(8), 300)
    claims.append(Claim(claim_id="empty", doc_id="d0", kind="statement", quote="1,500", start_char=0, end_char=5))
    items = prepare(claims, sources, MatchPolicy())
    arr = fastmatch._Arrays(fastmatch.Columns.of(items), MatchPolicy(), fastmatch._claim_rows(claims))
    keys = [p.key_text for p in items]
    terms = fastmatch._Terms(arr, keys)
    statements = [i for i, c in enumerate(claims) if c.kind == "statement"]
    assert terms.weights == idf_weights([keys[i].split() for i in statements])
    vocab = {w: k for k, w in enumerate(terms.weights)}  # the words in code order
    got = {(int(i), int(w)) for i, w in zip(terms.item, terms.word)}
    assert got == {(i, vocab[w]) for i in statements for w in set(keys[i].split())}


@pytest.mark.parametrize("budget", [1, 3, 8 << 20])
def test_statement_overlap_equals_the_sum_over_shared_words(budget: int) -> None:
    # _Terms.overlap looks words up in bit tables of a few statements at a time (budget 1: one
    # statement a table): the same sums, in the same order, as a loop over the shorter word list.
    claims, sources = random_claims(random.Random(9), 300)
    claims.append(Claim(claim_id="empty", doc_id="d0", kind="statement", quote="1,500", start_char=0, end_char=5))
    items = prepare(claims, sources, MatchPolicy())
    arr = fastmatch._Arrays(fastmatch.Columns.of(items), MatchPolicy(), fastmatch._claim_rows(claims))
    terms = fastmatch._Terms(arr, [p.key_text for p in items])
    words = {i: sorted(terms.word[terms.item == i].tolist()) for i in np.flatnonzero(arr.statement).tolist()}
    rng = np.random.default_rng(9)
    statements = np.array(sorted(words))
    lo, hi = rng.choice(statements, 5000), rng.choice(statements, 5000)
    weight = rng.random(terms.n_words)
    for w in (terms.word_weight, weight, (weight > 0.5).astype(np.float64)):
        expected = []
        for i, j in zip(lo.tolist(), hi.tolist(), strict=True):
            short, other = (words[i], set(words[j])) if len(words[i]) <= len(words[j]) else (words[j], set(words[i]))
            total = 0.0
            for word in short:
                total += w[word] if word in other else 0.0
            expected.append(total)
        assert terms.overlap(lo, hi, w, budget=budget).tolist() == expected


@pytest.mark.parametrize("seed", range(400, 408))
def test_fast_findings_equal_the_reference_with_an_agreement_tolerance(seed: int) -> None:
    # With a tolerance, clusters the arrays cannot call agreeing may still agree pair by pair:
    # the verdicts and sides of _Disagreeing must follow values_agree's slack.
    rng = random.Random(seed)
    claims, sources = random_claims(rng, 90) if seed % 2 else running_totals(rng)
    policy = MatchPolicy(agree_tolerance=rng.choice([0.05, 0.5]))
    assert fast_reconcile(claims, sources, policy, {"Kursk": "Russia", **BODIES})[1] == \
        reference_reconcile(claims, sources, policy, {"Kursk": "Russia", **BODIES})[1]


@pytest.mark.parametrize("seed", range(500, 506))
def test_statement_rules_equal_same_quantity_reason(seed: int) -> None:
    # The clustering checks small statement merges with _StatementRules: every pair of statements.
    from reconcile.match import same_quantity_reason

    rng = random.Random(seed)
    claims, sources = random_claims(rng, 150)
    policy = MatchPolicy(date_window_days=rng.choice([3, 7]))
    items = prepare(claims, sources, policy, {"Kursk": "Russia", "Far East": "Russia"} if seed % 2 else None)
    arr = fastmatch._Arrays(fastmatch.Columns.of(items), policy, fastmatch._claim_rows(claims))
    rules = fastmatch._StatementRules(arr, policy)
    statements = [p for p in items if p.claim.kind == "statement"]
    assert len(statements) > 20
    seen = set()
    for a in statements:
        for b in statements:
            assert rules.ok(a.index, b.index) == (same_quantity_reason(a, b, policy) is None), (a, b)
            seen.add(same_quantity_reason(a, b, policy))
    assert {None, "frame", "place", "time"} <= seen, seen  # the rules fire both ways


def test_bulk_normalised_quotes_and_ids_equal_the_reference() -> None:
    import pyarrow as pa

    from reconcile.model import stable_id
    from reconcile.text import normalize_text

    rng = random.Random(6)
    alphabet = "aZ09,.-:\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0éİß\u2009Ⅻ١"
    quotes = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    assert fastmatch._normalized(pa.array(quotes)) == [normalize_text(q) for q in quotes]
    for parts in (["a", "", "b"], [], ["é\x1f", "x"], quotes[:50]):
        assert fastmatch._hash_id(parts) == stable_id(*parts)


def test_edge_order_equals_the_lexsort() -> None:
    """cluster's edge order as one int64 key: the same order as the three-key lexsort it replaces."""
    rng = np.random.default_rng(8)
    for trial in range(300):
        n = int(rng.integers(1, 60))
        m = int(rng.integers(0, min(n * n, 300) + 1))
        tie = rng.choice(n * n, size=m, replace=False)
        flags = rng.integers(0, 8, size=m)
        score = np.array([round(float(x), 2) for x in rng.integers(0, 10_001, size=m) / 100.0])
        if trial % 3 == 1:  # many ties on the score
            score = np.round(score / 10) * 10
        assert (fastmatch._edge_order(flags, score, tie, n) == np.lexsort((tie, -score, flags))).all()
        if m:  # scores that are not rounded to 0.01: the lexsort itself
            odd = score + 0.001
            assert (fastmatch._edge_order(flags, odd, tie, n) == np.lexsort((tie, -odd, flags))).all()


def test_components_are_the_least_item_joined_by_the_edges() -> None:
    # cluster merges component by component (the least item labels one): a union-find says the same.
    rng = np.random.default_rng(4)
    for _ in range(200):
        n = int(rng.integers(1, 80))
        a, b = rng.integers(0, n, size=(2, int(rng.integers(0, 2 * n))))
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        for x, y in zip(a.tolist(), b.tolist(), strict=True):
            rx, ry = find(x), find(y)
            parent[max(rx, ry)] = min(rx, ry)
        assert fastmatch._components(n, a, b).tolist() == [find(x) for x in range(n)]


def test_merged_equals_normalise_of_the_concatenation() -> None:
    # match_arrays merges the candidate functions' normalised pairs: the same as normalising them afresh.
    rng = np.random.default_rng(5)
    for _ in range(200):
        parts = [fastmatch._normalise(rng.integers(0, int(rng.integers(1, 40)), size=(int(rng.integers(0, 60)), 2)))
                 for _ in range(int(rng.integers(1, 4)))]
        assert np.array_equal(fastmatch._merged(*parts), fastmatch._normalise(np.concatenate(parts)))


@pytest.mark.parametrize("threshold", [20.0, 45.0, 60.0])
def test_statement_candidates_hold_every_pair_whose_text_can_pass(threshold: float) -> None:
    # The word-pair candidates are bounded twice (each statement's own bound, then the pair's): every
    # pair of statements sharing two informative words whose weighted Dice, with the speaker's bonus,
    # reaches the threshold must still be a candidate. Many words of skewed frequencies, one day.
    from reconcile.statements import weighted_dice

    rng = random.Random(threshold)
    vocabulary = [f"w{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(60)]  # no digits: key_text drops them
    frequency = [1.0 / (k + 1) for k in range(60)]
    claims = [Claim(claim_id=f"s{i:03d}", doc_id="d0", kind="statement", measure="statement",  # no frame
                    quote=" ".join(rng.choices(vocabulary, frequency, k=rng.randint(2, 12))), start_char=0,
                    end_char=5, attributed_to=rng.choice(["NIS", "Pentagon", "Kyiv"]), event_date=date(2024, 10, 1))
              for i in range(260)]
    policy = MatchPolicy(statement_threshold=threshold)
    items = prepare(claims, {"d0": SourceInfo("d0", "/x/d0.md", None, None)}, policy)
    arr = fastmatch._Arrays(fastmatch.Columns.of(items), policy, fastmatch._claim_rows(claims))
    keys = [p.key_text for p in items]
    terms = fastmatch._Terms(arr, keys)
    found = {tuple(p) for p in fastmatch._statement_candidates(arr, terms, policy).tolist()}
    words = [set(k.split()) for k in keys]
    df = {w: sum(w in x for x in words) for w in terms.weights}
    informative = {w for w, c in df.items() if 2 <= c <= max(20, int(0.2 * len(claims)))}
    needed = 0
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            bonus = 10.0 if items[i].origin == items[j].origin else 0.0
            if len(words[i] & words[j] & informative) >= 2 and \
                    weighted_dice(words[i], words[j], terms.weights) + bonus >= threshold:
                needed += 1
                assert (i, j) in found
    assert needed > 40, needed  # the bound was put to the test


def test_dense_ranks_equal_pythons_sorted_set() -> None:
    rng = random.Random(8)
    texts = ["", "a", "b", "ab", "é", "z\u00ff", "😀", "a\x00b", "9999", "2024-01-02", "2024-01-10"]
    for _ in range(300):
        pool = [(rng.choice(texts), rng.choice(texts)) for _ in range(rng.randint(1, 8))]
        keys = [rng.choice(pool) for _ in range(rng.randint(0, 40))]
        rank_of = {k: r for r, k in enumerate(sorted(set(keys)))}
        assert fastmatch._dense_ranks(keys).tolist() == [rank_of[k] for k in keys]
    surrogate = [("\ud800", "x"), ("a", "x"), ("\ud800", "x")]  # not UTF-8: Python's sort
    assert fastmatch._dense_ranks(surrogate).tolist() == [1, 0, 1]


@pytest.mark.parametrize("case", ["fresh", "some stored", "repeated ids"])
def test_claims_written_as_a_table_equal_the_claims_written_as_objects(case: str, tmp_path) -> None:
    """save_run's one plain insert of a claim table (when nothing can conflict) stores what the
    sliced ``insert or ignore`` of the Claim objects stores (the same rows; the physical order is
    no contract, and ``insert or ignore`` does not keep the rows' order either)."""
    from dataclasses import replace as with_
    from datetime import datetime, timezone

    from reconcile.model import RunRecord
    from warehouse.db import apply_migrations, connect
    from warehouse.store import save_run

    claims, _ = random_claims(random.Random(8), 120)
    earlier: list[Claim] = []
    if case == "some stored":
        earlier = [with_(c, quote="an earlier " + c.quote) for c in claims[::7]]
    if case == "repeated ids":
        claims = claims + [with_(c, quote="again " + c.quote) for c in claims[::5]]
    now = datetime(2024, 10, 25, tzinfo=timezone.utc)

    def stored(as_table: bool, name: str) -> list[tuple]:
        con = connect(tmp_path / f"{name}.duckdb")
        apply_migrations(con)
        if earlier:
            save_run(con, RunRecord("r0", now, now, (), tuple(earlier), (), (), (), ()))
        save_run(con, RunRecord("r1", now, now, (), claim_table(claims) if as_table else tuple(claims), (), (), (), ()))
        rows = con.execute("select * from claims order by claim_id").fetchall()
        con.close()
        return rows

    assert stored(True, "table") == stored(False, "objects")


def stored_findings(found) -> tuple[list[dict], list[dict]]:
    """The findings and finding_claims rows save_run writes of *found* (Finding objects or FindingRows), in order."""
    if isinstance(found, fastmatch.FindingRows):
        table, members = found.table, found.members.select(["finding_id", "claim_id", "side"])
    else:
        table = _finding_table(found, "run").drop_columns(["first_seen_run", "last_seen_run"])
        members = member_table(found)
    nan_free = [{k: "NaN" if isinstance(v, float) and v != v else v for k, v in row.items()} for row in table.to_pylist()]
    return nan_free, members.to_pylist()


ODD_IDS = ['c"1', "c\\2", "c\n3", "é4", "😀5", "c\x7f6", "c 7", "c/8", "c\u20ac9", "c\x00"]


@pytest.mark.parametrize("seed", range(30))
def test_finding_rows_equal_the_rows_of_the_findings(seed: int) -> None:
    """findings_of as rows (reconcile_table) stores what save_run writes of its Finding objects
    (the object API): same findings rows in the same order, same memberships; claim ids that JSON
    must escape, zero and NaN figures (the reference's own functions) included."""
    from dataclasses import replace as with_

    rng = random.Random(seed)
    claims, sources = random_claims(rng, rng.randint(1, 120)) if seed % 3 else counted_region_claims(rng)
    if seed % 2:
        claims = [with_(c, claim_id=rng.choice(ODD_IDS) + c.claim_id) for c in claims]
    if seed % 5 == 0 and claims:
        claims[0] = with_(claims[0], kind="numeric", value=math.nan)
    policy = MatchPolicy(date_window_days=rng.choice([3, 7]))
    parents = {"Kursk": "Russia", "Far East": "Russia", **BODIES} if seed % 4 else None
    _, objects = fast_reconcile(claims, sources, policy, parents)
    _, rows, _ = fastmatch.reconcile_table(None, sources, policy, parents, rows=claim_table(claims))
    assert isinstance(rows, fastmatch.FindingRows) and len(rows) == len(objects)
    assert stored_findings(rows) == stored_findings(objects)
    assert rows.verdicts() == {v: sum(f.verdict == v for f in objects) for v in {f.verdict for f in objects}}
    # The membership's finding numbers: each member's finding row.
    numbers = rows.members.column("finding").to_pylist()
    assert [objects[k].finding_id for k in numbers] == rows.members.column("finding_id").to_pylist()
    assert [c for f in objects for c in f.claim_ids] == rows.members.column("claim_id").to_pylist()


def test_json_strings_and_floats_are_what_json_dumps_writes() -> None:
    import json

    import pyarrow as pa

    texts = ["", "plain", 'q"', "b\\", "n\n", "é", "😀", "\x7f", "~ !", "\x1f", "\u2028", None]
    assert fastmatch._json_strings(pa.array(texts, type=pa.string())).to_pylist() == [json.dumps(t) for t in texts]
    for x in (None, 0.0, -0.0, 1e-7, 1.5, 12000.0, 1e16, 1e22, 123456789.123, math.nan, math.inf, -math.inf):
        assert fastmatch._json_float(x) == json.dumps(x)


def test_two_equal_wide_spans_agree_in_both_engines() -> None:
    # "several hundred casualties" twice: the same too-wide span meets itself, and nothing else.
    base = dict(kind="numeric", quote="several hundred casualties", start_char=0, end_char=26, subject="North Korea",
                measure="casualties", qualifier="vague", value_low=200.0, value_high=900.0,
                event_date=date(2024, 12, 17))
    claims = [Claim(claim_id="a", doc_id="d0", attributed_to="Ukraine HUR", **base),
              Claim(claim_id="b", doc_id="d1", attributed_to="United States", **base),
              Claim(claim_id="c", doc_id="d2", attributed_to="South Korea NIS",
                    **{**base, "value_low": 200.0, "value_high": 800.0})]
    sources = {d: SourceInfo(d, f"/{d}", None, None) for d in ("d0", "d1", "d2")}
    fast, reference = fast_reconcile(claims, sources)[1], reference_reconcile(claims, sources)[1]
    assert repr(fast) == repr(reference)
    assert sorted(tuple(sorted(f.claim_ids)) for f in reference) == [("a", "b"), ("c",)]


def test_amounts_of_money_meet_across_origins_for_three_windows_in_both_engines() -> None:
    base = dict(kind="numeric", quote="about $2,000 a month", start_char=0, end_char=20, subject="North Korea",
                measure="money", unit="usd", qualifier="about", value=2000.0)
    claims = [Claim(claim_id=cid, doc_id=doc, attributed_to=who, event_date=when, **base)
              for cid, doc, who, when in [("a", "d0", "NIS", date(2024, 10, 1)), ("b", "d1", "Park", date(2024, 10, 10)),
                                          ("c", "d2", "Shin", date(2024, 10, 20))]]
    sources = {d: SourceInfo(d, f"/{d}", None, None) for d in ("d0", "d1", "d2")}
    policy = MatchPolicy()
    fast, reference = fast_reconcile(claims, sources, policy), reference_reconcile(claims, sources, policy)
    assert sorted(map(match_key, fast[0])) == sorted(map(match_key, reference[0]))
    assert fast[1] == reference[1]
    # 9 and 10 days apart, within three windows of four days; not 19
    assert {(m.claim_id_a, m.claim_id_b) for m in reference[0]} == {("a", "b"), ("b", "c")}


def test_a_batch_is_dated_by_the_total_first_reported_in_both_engines() -> None:
    # "1,500 have been sent" (Oct 18), then "the North had first shipped some 1,500" in an article of Nov 2:
    # the batch's figure is the total the agency first gave, and takes that report's day (match.BATCH_SCOPES).
    from reconcile.fastprepare import GivenClaims, Items, prepare_columns

    def claim(cid: str, doc: str, scope: str | None, event: date | None) -> Claim:
        return Claim(claim_id=cid, doc_id=doc, kind="numeric", quote="1,500 troops", start_char=0, end_char=12,
                     subject="North Korea", measure="troops", value=1500.0, qualifier="about",
                     attributed_to="NIS", event_date=event, modality="actual", scope=scope)

    claims = [claim("a", "d1", None, date(2024, 10, 18)), claim("b", "d2", "first_batch", None),
              claim("c", "d3", "first_batch", None), claim("d", "d3", "additional", None)]
    sources = {d: SourceInfo(d, f"/x/{d}.md", "X", day) for d, day in
               (("d1", date(2024, 10, 18)), ("d2", date(2024, 11, 2)), ("d3", date(2024, 11, 20)))}
    want = prepare(claims, sources, MatchPolicy(), BODIES)
    assert [p.anchor for p in want] == [date(2024, 10, 18).toordinal()] * 3 + [date(2024, 11, 20).toordinal()]
    columns = prepare_columns(fastmatch._claim_rows(claims), sources, MatchPolicy(), BODIES, GivenClaims(claims))
    assert list(Items(columns, [p.key_text for p in want], GivenClaims(claims))) == want


def test_a_running_count_joins_across_origins_in_both_engines() -> None:
    """findings.running_totals: 3,000 one week, 10,000 the next, by other origins: one update in both engines;
    a count that falls the next week stays apart."""
    def troops(cid: str, doc: str, value: float, who: str, when: date) -> Claim:
        return Claim(claim_id=cid, doc_id=doc, kind="numeric", quote=f"{value:,.0f} troops", start_char=0,
                     end_char=12, subject="North Korea", measure="troops", value=value, qualifier="about",
                     attributed_to=who, event_date=when, place="Russia", modality="actual")
    sources = {d: SourceInfo(d, f"/{d}", None, None) for d in ("d0", "d1", "d2", "d3", "d4")}
    claims = [troops("a", "d0", 3000, "White House", date(2024, 10, 23)),
              troops("b", "d1", 3000, "NIS", date(2024, 10, 23)),
              troops("c", "d2", 10000, "Pentagon", date(2024, 10, 28)),
              troops("d", "d3", 10000, "Blinken", date(2024, 10, 29)),
              troops("e", "d4", 8000, "HUR", date(2024, 11, 5))]
    policy = MatchPolicy()
    fast, reference = fast_reconcile(claims, sources, policy), reference_reconcile(claims, sources, policy)
    assert fast[1] == reference[1]
    assert {tuple(sorted(f.claim_ids)): f.verdict for f in reference[1]} == {("a", "b", "c", "d"): "update",
                                                                            ("e",): "uncorroborated"}
