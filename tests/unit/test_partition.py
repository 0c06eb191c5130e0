"""Partitions for scale-out: no candidate pair crosses two, and their reconciles add up to one."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.synthetic import article
from reconcile.claims import extract_claims
from reconcile.findings import reconcile
from reconcile.match import candidate_pairs, prepare, statement_pairs
from reconcile.model import Claim, MatchPolicy, SourceInfo
from reconcile.partition import groups, partition_claims, partitions

POLICY = MatchPolicy()


def sources_of(docs) -> dict[str, SourceInfo]:
    return {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs}


@pytest.fixture(scope="module")
def bundled(corpus_docs, aliases):
    docs = list(corpus_docs.values())
    claims = [c for d in docs for c in extract_claims(d, aliases)]
    return claims, sources_of(docs), aliases.place_parents()


@pytest.fixture(scope="module")
def synthetic(aliases):
    docs = [article(i) for i in range(30)]
    claims = [c for d in docs for c in extract_claims(d, aliases)]
    return claims, sources_of(docs), aliases.place_parents()


def as_row(m) -> tuple:
    return (m.claim_id_a, m.claim_id_b, m.score, m.method, m.compatible, sorted(m.components.items()))


def union_of_parts(claims, sources, place_parents, parts):
    matches, findings = [], []
    for part in partition_claims(claims, sources, POLICY, parts, place_parents):
        m, f = reconcile(part, sources, POLICY, place_parents)
        matches += m
        findings += f
    return matches, sorted(findings, key=lambda f: f.finding_id)


@pytest.mark.parametrize("corpus", ["bundled", "synthetic"])
@pytest.mark.parametrize("parts", [1, 2, 5, 64])
def test_reconcile_of_everything_equals_the_union_of_the_partitions(corpus, parts, request) -> None:
    claims, sources, place_parents = request.getfixturevalue(corpus)
    matches, findings = reconcile(claims, sources, POLICY, place_parents)
    part_matches, part_findings = union_of_parts(claims, sources, place_parents, parts)
    assert len(matches) > 50 and len(findings) > 20
    # ClaimMatch leaves its score components out of ==: compare them too
    assert sorted(map(as_row, part_matches)) == sorted(map(as_row, matches))
    assert part_findings == findings  # verdicts, members in order, sides and their labels, summaries


@pytest.mark.parametrize("corpus", ["bundled", "synthetic"])
def test_no_candidate_pair_crosses_two_partitions(corpus, request) -> None:
    claims, sources, place_parents = request.getfixturevalue(corpus)
    items = prepare(claims, sources, POLICY, place_parents)
    parts = partitions(items, 8)
    where = {p.claim.claim_id: i for i, part in enumerate(parts) for p in part}
    pairs = [*candidate_pairs(items, POLICY), *statement_pairs(items)]
    assert len(pairs) > 100
    crossing = [(a.claim.claim_id, b.claim.claim_id) for a, b in pairs if where[a.claim.claim_id] != where[b.claim.claim_id]]
    assert crossing == []
    assert len(parts) > 1, "the corpus has independent groups; they should not all land in one partition"


def test_every_claim_lands_once_in_input_order_and_parts_bound_the_count(synthetic) -> None:
    claims, sources, place_parents = synthetic
    ids = [c.claim_id for c in claims]
    for parts in (1, 3, 1000):
        split = partition_claims(claims, sources, POLICY, parts, place_parents)
        assert 1 <= len(split) <= parts
        assert sorted(c.claim_id for part in split for c in part) == sorted(ids)
        for part in split:
            positions = [ids.index(c.claim_id) for c in part]
            assert positions == sorted(positions)
    assert partition_claims(claims, sources, POLICY, 4, place_parents) == partition_claims(claims, sources, POLICY, 4,
                                                                                         place_parents)
    with pytest.raises(ValueError, match="at least 1"):
        partition_claims(claims, sources, POLICY, 0, place_parents)
    assert partition_claims([], sources, POLICY, 4, place_parents) == []


def numeric(cid: str, subject: str | None, measure: str, kind: str = "numeric") -> Claim:
    quote = f"{subject} sent 100 {measure}"
    return Claim(claim_id=cid, doc_id="d1", kind=kind, quote=quote, start_char=0, end_char=len(quote), subject=subject,
                 measure=measure, value=100.0, qualifier="exact", event_date=date(2024, 10, 18))


def statement(cid: str, subject: str | None) -> Claim:
    return Claim(claim_id=cid, doc_id="d1", kind="statement", quote="x", start_char=0, end_char=1, subject=subject,
                 predicate="deploy troop russia")


def test_groups_follow_blocking_keys_and_the_unknown_subject_fallback() -> None:
    claims = [numeric("nk-troops", "North Korea", "troops"), numeric("ru-troops", "Russia", "troops"),
              numeric("who-troops", None, "troops"), numeric("nk-ships", "North Korea", "ships"),
              numeric("ru-ships", "Russia", "ships"), numeric("nk-date", "North Korea", "troops", kind="date"),
              statement("s1", "North Korea"), statement("s2", "Russia"), statement("s3", None)]
    items = prepare(claims, {}, POLICY)
    found = {key: sorted(p.claim.claim_id for p in members) for key, members in groups(items).items()}
    assert found == {
        # a claim with no subject is compared with every subject of its measure: one group
        ("numeric", "*", "troops"): ["nk-troops", "ru-troops", "who-troops"],
        # no unknown subject among the ships: one group per subject
        ("numeric", "North Korea", "ships"): ["nk-ships"],
        ("numeric", "Russia", "ships"): ["ru-ships"],
        # kinds never meet
        ("date", "North Korea", "troops"): ["nk-date"],
        # statements are matched on words over all statements, with weights from all of them
        ("statement", "*", "*"): ["s1", "s2", "s3"],
    }
    assert len(partitions(items, 2)) == 2 and len(partitions(items, 100)) == 5


def test_statement_pairs_within_the_window_are_the_pairs_that_can_match(aliases) -> None:
    """The statement window leaves out only pairs that same_quantity_reason rejects for time.

    Articles one day apart with varied statements (dask_scale's corpus); a tenth of them
    without a source, so their statements are undated and meet every statement.
    """
    from benchmarks.dask_scale import spread_article
    from reconcile.match import same_quantity_reason

    docs = [spread_article(i) for i in range(90)]
    claims = [c for d in docs for c in extract_claims(d, aliases)]
    sources = sources_of(d for i, d in enumerate(docs) if i % 10)
    items = prepare(claims, sources, POLICY, aliases.place_parents())
    reach = POLICY.stance_days
    everything = list(statement_pairs(items))
    windowed = list(statement_pairs(items, reach=reach))
    kept = [(a, b) for a, b in everything if a.anchor is None or b.anchor is None or abs(a.anchor - b.anchor) <= reach]
    assert windowed == kept  # the same pairs, in the same order
    left_out = set(everything) - set(windowed)
    assert len(left_out) > 1000 and any(a.anchor is None or b.anchor is None for a, b in windowed)
    reasons = {same_quantity_reason(a, b, POLICY) for a, b in left_out}
    assert None not in reasons and "time" in reasons  # none of them could have matched
