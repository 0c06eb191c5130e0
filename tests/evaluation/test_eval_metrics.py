"""reconcile.evaluate on tiny hand-made gold and warehouse rows.

Two documents; doc `a` has `published`, doc `b` does not. Gold clusters: k1 (about
1,500 sent: agreement) and k2 (12,000 planned vs 10,000 planned: a discrepancy with two
sides). a1/a2 is a confusable pair: same paragraph, different quantities.
"""

from __future__ import annotations

import copy
from datetime import date

import pytest

from reconcile.evaluate import (
    METRICS,
    CorpusBody,
    Metric,
    SystemClaim,
    WarehouseRows,
    as_iso_date,
    canonical_qualifier,
    claim_span,
    date_fits,
    evaluate,
    locate,
    map_documents,
    primary_of,
    same_origin,
    same_subject,
    uri_stem,
    value_fits,
)

BODY_A = ("Seoul said about 1,500 troops were sent to Russia on Friday. "
          "It said 12,000 troops were planned by December. Moscow denied the report.")
BODY_B = "Kyiv said roughly 1,500 soldiers had arrived. Some 10,000 troops would be ready by December."

CORPUS = {"a": CorpusBody(BODY_A, dated=True), "b": CorpusBody(BODY_B, dated=False)}


def gclaim(cid, doc, quote, kind="numeric", value=None, qualifier="exact", **extra):
    return {"id": cid, "doc": doc, "quote": quote, "kind": kind, "value": value, "value_low": None,
            "value_high": None, "qualifier": qualifier, "subject": "North Korea",
            "attributed_to": extra.pop("attributed_to", "South Korea NIS"), "event_date": None, **extra}


GOLD = {
    "documents": [{"doc": "a", "published": "2024-10-18"}, {"doc": "b", "published": None}],
    "claims": [
        gclaim("a1", "a", "about 1,500 troops were sent to Russia on Friday", value=1500, qualifier="about",
               event_date="2024-10-18"),
        gclaim("a2", "a", "12,000 troops were planned", value=12000),
        gclaim("a3", "a", "by December", kind="date", value="2024-12", qualifier=None),
        gclaim("a4", "a", "Moscow denied the report", kind="attributed_statement", attributed_to="Kremlin"),
        gclaim("b1", "b", "roughly 1,500 soldiers had arrived", value=1500, qualifier="about",
               attributed_to="Ukraine"),
        gclaim("b2", "b", "Some 10,000 troops would be ready", value=10000, qualifier="about",
               attributed_to="Ukraine"),
    ],
    "clusters": [
        {"id": "k1", "claims": ["a1", "b1"], "verdict": "agreement"},
        {"id": "k2", "claims": ["a2", "b2"], "verdict": "discrepancy",
         "groups": [{"claims": ["a2"]}, {"claims": ["b2"]}]},
    ],
    "confusable_pairs": [{"claims": ["a1", "a2"], "why": "sent so far vs planned total"}],
}
TEXT = {"a": BODY_A, "b": BODY_B}


def sclaim(g, **changes):
    """The system claim a perfect extractor would write for gold claim *g*."""
    start = TEXT[g["doc"]].index(g["quote"])
    kind = {"attributed_statement": "statement"}.get(g["kind"], g["kind"])
    row = {"claim_id": "s-" + g["id"], "doc_id": "d-" + g["doc"], "kind": kind, "quote": g["quote"],
           "start_char": start, "end_char": start + len(g["quote"]), "subject": g["subject"],
           "value": g["value"] if kind == "numeric" else None, "value_low": None, "value_high": None,
           "qualifier": g["qualifier"], "attributed_to": g["attributed_to"],
           "event_date": date.fromisoformat(g["event_date"]) if g["event_date"] else None,
           "date_value": date(2024, 12, 1) if kind == "date" else None}
    row.update(changes)
    return row


def perfect() -> WarehouseRows:
    claims = [sclaim(g) for g in GOLD["claims"]]
    findings = [{"finding_id": "f1", "verdict": "agreement"}, {"finding_id": "f2", "verdict": "discrepancy"},
                {"finding_id": "f3", "verdict": "uncorroborated"}, {"finding_id": "f4", "verdict": "uncorroborated"}]
    members = {"f1": ["a1", "b1"], "f2": ["a2", "b2"], "f3": ["a3"], "f4": ["a4"]}
    return WarehouseRows(
        documents=[{"doc_id": "d-a", "uri": "/data/corpus/a.md", "text": BODY_A},
                   {"doc_id": "d-b", "uri": "/data/corpus/b.md", "text": BODY_B}],
        claims=claims,
        findings=findings,
        finding_claims=[{"finding_id": f, "claim_id": "s-" + c} for f, cs in members.items() for c in cs],
    )


def score(rows: WarehouseRows, gold=GOLD):
    return evaluate(gold, CORPUS, rows)


def claim_row(rows: WarehouseRows, gid: str) -> dict:
    return next(c for c in rows.claims if c["claim_id"] == "s-" + gid)


# ----------------------------------------------------------------------------- whole system


def test_a_perfect_system_scores_one_everywhere() -> None:
    report = score(perfect())
    assert [k for k in report.metrics] == [m.key for m in METRICS]
    for info in METRICS:
        m = report[info.key]
        assert m.den > 0, info.key
        assert m.value == (0.0 if info.lower_is_better else 1.0), (info.key, m)
    assert report.counts["gold_claims_matched"] == 6
    assert report.notes == []


def test_one_finding_for_everything_has_full_recall_and_poor_precision() -> None:
    rows = perfect()
    rows.findings = [{"finding_id": "all", "verdict": "discrepancy"}]
    rows.finding_claims = [{"finding_id": "all", "claim_id": c["claim_id"]} for c in rows.claims]
    report = score(rows)
    assert report["cluster_pair_recall"].value == 1.0
    assert (report["cluster_pair_precision"].num, report["cluster_pair_precision"].den) == (2, 15)
    assert report["confusable_pairs_merged"].num == 1
    # Both clusters are judged on the one finding: k2 gets "discrepancy" right, but the finding
    # holds 6 gold claims of which 2 are k2's, so it is not pure.
    assert (report["verdict_accuracy"].num, report["verdict_accuracy_pure"].num) == (1, 0)
    assert report["discrepancy_recall"].value == 1.0 and report["discrepancy_recall_pure"].value == 0.0
    assert report["discrepancy_precision"].value == 1.0
    assert report["discrepancy_precision_strict"].value == 0.0


def test_a_wrong_value_lowers_value_recall_but_not_span_recall() -> None:
    rows = perfect()
    claim_row(rows, "a2")["value"] = 1200.0
    report = score(rows)
    assert report["numeric_span_recall"].value == 1.0
    assert (report["numeric_value_recall"].num, report["numeric_value_recall"].den) == (3, 4)
    assert report["numeric_precision"].value == 1.0
    assert report["numeric_precision_value_checked"].num == 3


def test_a_merged_confusable_pair_is_counted() -> None:
    rows = perfect()
    rows.finding_claims.append({"finding_id": "f1", "claim_id": "s-a2"})  # a2 joins the 1,500 finding
    report = score(rows)
    assert (report["confusable_pairs_merged"].num, report["confusable_pairs_merged"].den) == (1, 1)
    assert report["cluster_pair_precision"].value < 1.0


def test_a_confusable_pair_the_gold_clusters_together_does_not_apply() -> None:
    gold = copy.deepcopy(GOLD)
    gold["confusable_pairs"] = [{"claims": ["a1", "b1"]}]
    assert score(perfect(), gold)["confusable_pairs_merged"].den == 0


def test_a_missing_claim_lowers_recall_and_the_pairs_it_was_in() -> None:
    rows = perfect()
    rows.claims = [c for c in rows.claims if c["claim_id"] != "s-b1"]
    report = score(rows)
    assert (report["numeric_span_recall"].num, report["numeric_span_recall"].den) == (3, 4)
    assert report["cluster_pair_recall"].den == 1  # only the a2/b2 pair is left to find
    assert report["verdict_accuracy"].den == 1  # k1 has one found claim: not judged
    assert report["verdict_accuracy_all"].den == 2


def test_a_flipped_verdict_is_wrong_and_a_false_discrepancy_lowers_precision() -> None:
    rows = perfect()
    rows.findings[0]["verdict"] = "discrepancy"  # k1 (agreement) called a discrepancy
    rows.findings[1]["verdict"] = "agreement"  # k2 (discrepancy) called an agreement
    report = score(rows)
    assert report["verdict_accuracy"].value == 0.0
    assert report["discrepancy_recall"].value == 0.0
    assert (report["discrepancy_precision"].num, report["discrepancy_precision"].den) == (0, 1)


def test_extra_numeric_claims_lower_precision() -> None:
    rows = perfect()
    start = BODY_A.index("Seoul")
    rows.claims.append({"claim_id": "x", "doc_id": "d-a", "kind": "numeric", "quote": "Seoul",
                        "start_char": start, "end_char": start + 5, "value": 1.0})
    report = score(rows)
    assert (report["numeric_precision"].num, report["numeric_precision"].den) == (4, 5)


# ----------------------------------------------------------------------------- matching


def test_a_claim_with_wrong_offsets_is_found_from_its_quote() -> None:
    rows = perfect()
    claim_row(rows, "b2").update(start_char=0, end_char=3)
    assert score(rows)["numeric_value_recall"].value == 1.0


def test_stale_offsets_are_repaired_to_the_nearest_occurrence_of_the_quote() -> None:
    text = "ab 1,500 cd 1,500 ef"
    assert claim_span(text, "1,500", 12, 13) == (12, 17)
    assert claim_span(text, "1,500", 3, 8) == (3, 8)
    assert claim_span(text, "1,500", None, None) == (3, 8)
    assert claim_span(text, "2,000", 3, 8) is None


def test_two_gold_claims_found_by_one_system_claim_count_as_put_together() -> None:
    rows = perfect()
    rows.claims = [c for c in rows.claims if c["doc_id"] != "d-b"]
    rows.claims.append({"claim_id": "wide", "doc_id": "d-b", "kind": "numeric", "quote": BODY_B,
                        "start_char": 0, "end_char": len(BODY_B), "value": 1500.0})
    rows.finding_claims = [m for m in rows.finding_claims if m["claim_id"] in ("s-a1", "s-a2")]
    report = score(rows)
    assert report["numeric_span_recall"].value == 1.0
    # b1/b2 share their primary match, so they are "in one finding" though no finding holds it.
    assert (report["cluster_pair_precision"].num, report["cluster_pair_precision"].den) == (0, 1)


def test_a_gold_quote_is_found_after_folding_typography() -> None:
    text = BODY_A.replace("12,000 troops", "12,000\u00a0troops").replace("denied the report", "denied  the report")
    assert locate(text, "12,000 troops were planned")[2] is False
    rows = perfect()
    rows.documents[0]["text"] = text
    for c in rows.claims:
        if c["doc_id"] == "d-a":
            found = locate(text, c["quote"])
            c.update(start_char=found[0], end_char=found[1], quote=text[found[0]:found[1]])
    report = score(rows)
    assert report["numeric_value_recall"].value == 1.0 and report["statement_recall"].value == 1.0


def test_a_quote_missing_from_the_text_falls_back_to_fuzzy_quotes() -> None:
    rows = perfect()
    rows.documents[1]["text"] = "Rewritten: " + BODY_B.replace("roughly", "approximately")
    for c in rows.claims:
        if c["doc_id"] == "d-b":
            c.update(start_char=None, end_char=None)
    claim_row(rows, "b1")["quote"] = "roughly 1,500 soldiers"  # a part of the gold quote is enough
    report = score(rows)
    assert report["numeric_span_recall"].value == 1.0  # "Some 10,000" by span, b1 by fuzzy quote
    assert any("fuzzy" in n for n in report.notes)


def test_the_primary_match_prefers_the_right_value_over_the_larger_overlap() -> None:
    rows = perfect()
    right = claim_row(rows, "a1")
    right.update(quote="about 1,500", start_char=BODY_A.index("about 1,500"))
    right["end_char"] = right["start_char"] + len("about 1,500")
    # A wider claim with the wrong value and qualifier covers the whole gold quote.
    wide = dict(sclaim(GOLD["claims"][0]), claim_id="wide", value=15000.0, qualifier="exact")
    rows.claims.append(wide)
    report = score(rows)
    assert report["field_qualifier"].value == 1.0
    assert report["cluster_pair_recall"].value == 1.0  # the primary ("s-a1") is in f1 with b1


def test_documents_map_by_file_stem_in_a_url_or_by_stem_inside_the_uri() -> None:
    rows = perfect()
    rows.documents[0]["uri"] = "file:///srv/corpus/a.md"
    rows.documents[1]["uri"] = "https://example.org/news/b%2Ehtml"
    assert score(rows)["numeric_span_recall"].value == 1.0
    assert uri_stem("C:\\corpus\\a.md") == "a"
    assert uri_stem("https://example.org/x/story.html?id=1") == "story"


def test_document_mapping_fallbacks() -> None:
    gold = {"documents": [{"doc": "story-one"}, {"doc": "story-two", "url": "https://www.example.org/two/"},
                          {"doc": "story-three"}, {"doc": "story-four"}],
            "claims": [{"id": "q1", "doc": "story-three", "quote": "first quote"},
                       {"id": "q2", "doc": "story-three", "quote": "second quote"},
                       *({"id": f"r{i}", "doc": "story-four", "quote": f"quote {i} of four"} for i in range(3))],
            "clusters": []}
    rows = [{"doc_id": "1", "uri": "https://example.org/story-one/amp", "text": ""},
            {"doc_id": "2", "uri": "http://example.org/two", "text": ""},
            {"doc_id": "3", "uri": "/feeds/item-77.html", "text": "the second quote only"},
            {"doc_id": "4", "uri": "/feeds/item-78.html", "text": "no gold quote here"},
            {"doc_id": "5", "uri": "/feeds/item-79.html", "text": "only quote 0 of four: less than half"}]
    notes: list[str] = []
    mapped = map_documents(gold, rows, notes)
    assert {stem: row["doc_id"] for stem, row in mapped.items()} == {"story-one": "1", "story-two": "2",
                                                                      "story-three": "3"}
    assert notes and "stem-substring=1" in notes[0] and "text=1" in notes[0] and "url=1" in notes[0]


def test_of_two_versions_of_a_document_the_one_with_more_gold_quotes_then_the_latest_is_scored() -> None:
    gold = {"documents": [{"doc": "a"}], "claims": [{"id": "q", "doc": "a", "quote": "xyz"}], "clusters": []}
    old = {"doc_id": "z-old", "uri": "/c/a.md", "text": "xyz", "fetched_at": "2024-10-01"}
    new = {"doc_id": "a-new", "uri": "/c/a.md", "text": "xyz!", "fetched_at": "2024-10-02"}
    assert map_documents(gold, [old, new], [])["a"]["doc_id"] == "a-new"
    assert map_documents(gold, [old, dict(new, text="edited")], [])["a"]["doc_id"] == "z-old"


def test_equal_candidates_are_broken_by_the_earliest_start() -> None:
    g = {"id": "g", "kind": "numeric", "value": 5}
    late = SystemClaim("a", "numeric", "q", (15, 25), 15, 5.0, None, None, (), None, None, None, None)
    early = SystemClaim("z", "numeric", "q", (5, 15), 5, 5.0, None, None, (), None, None, None, None)
    assert primary_of(g, [(late, 0.33), (early, 0.33)]) is early


def test_an_unmapped_document_costs_its_claims() -> None:
    rows = perfect()
    rows.documents[1]["uri"] = "/elsewhere/zzz.md"
    rows.documents[1]["text"] = "unrelated"
    report = score(rows)
    assert report.counts["documents_mapped"] == 1
    assert report["numeric_span_recall"].num == 2


# ----------------------------------------------------------------------------- fields


def test_event_date_on_dated_documents_counts_only_documents_with_published() -> None:
    rows = perfect()
    claim_row(rows, "a1")["event_date"] = date(2024, 10, 17)
    report = score(rows)
    assert (report["field_event_date"].num, report["field_event_date"].den) == (3, 4)
    assert (report["field_event_date_dated_docs"].num, report["field_event_date_dated_docs"].den) == (1, 2)


def test_field_checks_tolerate_spelling() -> None:
    rows = perfect()
    claim_row(rows, "a1").update(qualifier="approximately", attributed_to="National Intelligence Service",
                                 subject="north korea's")
    report = score(rows)
    for key in ("field_qualifier", "field_attributed_to", "field_subject"):
        assert report[key].value == 1.0, key
    claim_row(rows, "a1").update(qualifier="at least", attributed_to="Kremlin", subject="Russia")
    report = score(rows)
    for key in ("field_qualifier", "field_attributed_to", "field_subject"):
        assert report[key].num == 3, key


@pytest.mark.parametrize(("raw", "value", "low", "high", "canon"), [
    ("approximately", 1.0, None, None, "about"),
    ("More_Than", 1.0, None, None, "at_least"),
    ("as many as", 1.0, None, None, "up_to"),
    ("a few", None, None, None, "vague"),
    (None, 1.0, None, None, "exact"),
    (None, None, 1.0, 2.0, "range"),
    ("exact", None, 1.0, 2.0, "range"),
    ("odd hedge", 1.0, None, None, "odd_hedge"),
])
def test_canonical_qualifier(raw, value, low, high, canon) -> None:
    assert canonical_qualifier(raw, value, low, high) == canon


def test_origin_and_subject_similarity() -> None:
    assert same_origin("South Korea NIS", "South Korea's National Intelligence Service (NIS)")
    assert same_origin("Volodymyr Zelensky", "Zelenskyy")
    assert same_origin(None, "  ") and not same_origin("ISW", None)
    assert same_origin("Sergiy Kyslytsya", "Ukraine UN ambassador Kyslytsya")  # similarity 72: above the bar of 70
    assert same_origin("HUR", "Ukrainian defence intelligence")  # via the alias table
    assert not same_origin("Mark Rutte", "NATO chief Rutte")  # ~67: below it
    assert not same_origin("Kyrylo Budanov", "Dmitry Peskov")
    assert same_subject("North Korea", "North Korea's army") and not same_subject("North Korea", "Russia")


def _sys(value=None, low=None, high=None, dates=()) -> SystemClaim:
    return SystemClaim("s", "numeric", "q", (0, 1), 0, value, low, high, tuple(dates), None, None, None, None)


def test_value_and_date_compatibility() -> None:
    point = {"kind": "numeric", "value": 1500}
    assert value_fits(point, _sys(1500.0)) and value_fits(point, _sys(low=1000.0, high=2000.0))
    assert value_fits(point, _sys(low=1500.0)) and not value_fits(point, _sys(1600.0))
    window = {"kind": "numeric", "value": None, "value_low": 2000, "value_high": 9000}
    assert value_fits(window, _sys(3000.0)) and not value_fits(window, _sys(low=10000.0))
    month = {"kind": "date", "value": "2024-12"}
    assert date_fits(month, _sys(dates=["2024-12-01"])) and not date_fits(month, _sys(dates=["2024-11-30"]))
    span = {"kind": "date", "value": None, "value_low": "2024-10-08", "value_high": "2024-10-13"}
    assert date_fits(span, _sys(dates=["2024-10-10"])) and not date_fits(span, _sys(dates=["2024-10-14"]))
    assert as_iso_date("2024-10-18T09:00") == "2024-10-18" and as_iso_date(2024.0) == "2024"


def test_date_value_recall_reads_any_date_column() -> None:
    rows = perfect()
    claim_row(rows, "a3").update(date_value=None, value_low=None)
    assert score(rows)["date_value_recall"].value == 0.0
    claim_row(rows, "a3")["my_end_date"] = "2024-12-31"
    assert score(rows)["date_value_recall"].value == 1.0


def test_metric_value_is_zero_without_a_denominator() -> None:
    assert Metric(0, 0).value == 0.0 and Metric(1, 4).value == 0.25
