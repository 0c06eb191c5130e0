"""Matching rules, clustering with the constraint check, and verdicts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reconcile.findings import reconcile
from reconcile.model import Claim, MatchPolicy, SourceInfo


def claim(cid: str, doc: str, value: float | None, *, qualifier: str = "exact", modality: str = "actual",
          scope: str | None = None, origin: str | None = "South Korea NIS", when: date | None = date(2024, 10, 18),
          place: str | None = "Russia", low: float | None = None, high: float | None = None,
          measure: str = "troops", detail: str | None = None, quote: str = "North Korea has sent troops to Russia"):
    return Claim(claim_id=cid, doc_id=doc, kind="numeric", quote=quote, start_char=0, end_char=len(quote),
                 subject="North Korea", measure=measure, measure_detail=detail, value=value, value_low=low,
                 value_high=high, qualifier=qualifier, attributed_to=origin, event_date=when, place=place,
                 modality=modality, scope=scope)


SOURCES = {f"d{i}": SourceInfo(f"d{i}", f"/corpus/d{i}.md", f"Outlet {i}", date(2024, 10, 18)) for i in range(10)}


def verdicts(claims):
    _, findings = reconcile(claims, SOURCES, MatchPolicy())
    return {tuple(sorted(f.claim_ids)): f.verdict for f in findings}


def test_about_agrees_with_the_bare_figure() -> None:
    found = verdicts([claim("a", "d1", 1500, qualifier="about"), claim("b", "d2", 1500)])
    assert found == {("a", "b"): "agreement"}


def test_overlapping_range_agrees() -> None:
    found = verdicts([claim("a", "d1", None, qualifier="range", low=10000, high=12000, origin="Western official"),
                      claim("b", "d2", 11000, qualifier="about", origin="Volodymyr Zelensky")])
    assert found == {("a", "b"): "agreement"}


def test_a_range_spanning_more_than_three_times_its_low_end_matches_nothing() -> None:
    # "estimates in circulation ranged from 2,000 to 12,000": an envelope of the story's figures
    # holds all of them, so it neither corroborates nor contradicts any.
    envelope = claim("env", "d1", None, qualifier="range", low=2000, high=12000, origin="Western official")
    found = verdicts([envelope, claim("b", "d2", 10000, qualifier="about", origin="Volodymyr Zelensky"),
                      claim("c", "d3", 1500, origin="South Korea NIS")])
    assert found[("env",)] == "uncorroborated"
    several = claim("sev", "d4", None, qualifier="vague", low=200, high=900, origin="Ukraine HUR")
    assert verdicts([several, claim("d", "d5", 11000, origin="United States")])[("sev",)] == "uncorroborated"
    # But two sources that both say "several hundred casualties" agree: the same span, not an envelope.
    other = claim("sev2", "d5", None, qualifier="vague", low=200, high=900, origin="United States")
    assert verdicts([several, other]) == {("sev", "sev2"): "agreement"}
    assert verdicts([several, claim("five", "d6", 500, origin="United States")])[("sev",)] == "uncorroborated"
    # A range three times its low end or narrower still meets the figures inside it.
    narrow = claim("low5", "d1", None, qualifier="range", low=10000, high=30000, origin="Western official")
    assert verdicts([narrow, claim("b", "d2", 12000, origin="South Korea NIS")]) == {("b", "low5"): "agreement"}


def test_conflicting_figures_from_two_origins_are_a_discrepancy() -> None:
    found = verdicts([claim("a", "d1", 1500, qualifier="about"),
                      claim("b", "d2", 11000, qualifier="about", origin="Kyrylo Budanov")])
    assert found == {("a", "b"): "discrepancy"}


def test_first_batch_is_never_merged_with_a_planned_total() -> None:
    found = verdicts([claim("batch", "d1", 1500, qualifier="about", scope="first_batch"),
                      claim("total", "d2", 12000, modality="planned", scope="total")])
    assert found == {("batch",): "uncorroborated", ("total",): "uncorroborated"}


def test_same_origin_revising_later_is_an_update() -> None:
    found = verdicts([claim("early", "d1", 1500, qualifier="about", when=date(2024, 10, 18)),
                      claim("late", "d2", 3000, qualifier="about", when=date(2024, 10, 23))])
    assert found == {("early", "late"): "update"}


def test_chain_does_not_merge_incompatible_ends() -> None:
    # a ~ b (same place, scope unknown) and b ~ c, but a (first batch) and c (total) are incompatible.
    a = claim("a", "d1", 1500, scope="first_batch")
    b = claim("b", "d2", 1500)
    c = claim("c", "d3", 1500, scope="total")
    _, findings = reconcile([a, b, c], SOURCES, MatchPolicy())
    groups = [set(f.claim_ids) for f in findings]
    assert {"a", "c"} not in groups and not any({"a", "c"} <= g for g in groups)


def test_different_ship_kinds_are_different_quantities() -> None:
    found = verdicts([claim("l", "d1", 4, measure="ships", detail="landing"),
                      claim("e", "d2", 3, measure="ships", detail="escort")])
    assert set(found.values()) == {"uncorroborated"}


def test_finding_id_is_stable_when_coverage_is_added() -> None:
    first = [claim("a", "d1", 1500, qualifier="about"), claim("b", "d2", 1500)]
    _, before = reconcile(first, SOURCES, MatchPolicy())
    later = {**SOURCES, "d9": SourceInfo("d9", "/corpus/d9.md", "Late", date(2024, 10, 20))}
    _, after = reconcile([*first, claim("c", "d9", 1500, origin="Reuters")], later, MatchPolicy())
    assert before[0].finding_id == after[0].finding_id
    assert len(after[0].claim_ids) == 3


def test_five_outlets_quoting_one_agency_are_one_origin() -> None:
    claims = [claim(f"c{i}", f"d{i}", 1500, qualifier="about") for i in range(5)]
    _, findings = reconcile(claims, SOURCES, MatchPolicy())
    (f,) = findings
    assert f.independent_origins == 1 and f.verdict == "agreement"


def test_a_running_total_reported_by_several_origins_over_two_weeks_is_one_update() -> None:
    early, late = date(2024, 10, 23), date(2024, 10, 29)
    claims = [claim("a1", "d1", 3000, qualifier="about", when=early),
              claim("a2", "d2", 3000, qualifier="at_least", origin="White House", low=3000, when=early),
              claim("b1", "d3", 10000, qualifier="about", when=late),
              claim("b2", "d4", 10000, qualifier="about", origin="Pentagon", when=late)]
    assert verdicts(claims) == {("a1", "a2", "b1", "b2"): "update"}


def test_the_next_snapshot_of_a_running_count_is_a_news_cycle_on() -> None:
    """Four days on (date_window_days) a higher count is the next snapshot; three days on, the same cycle's
    conflict. ("Last week the White House said at least 3,000": as of the week's middle, four days before the
    Pentagon's 10,000 of Monday.)"""
    from reconcile.findings import _grows_over_time
    from reconcile.match import prepare

    def grows(first: date) -> bool:
        early, late = prepare([claim("a1", "d1", 3000, qualifier="about", origin="White House", when=first),
                               claim("b1", "d2", 10000, qualifier="about", origin="Pentagon",
                                     when=date(2024, 10, 28))], SOURCES, MatchPolicy())
        return _grows_over_time([early], [late], MatchPolicy())

    assert grows(date(2024, 10, 24)) and grows(date(2024, 10, 21))
    assert not grows(date(2024, 10, 25))


def test_a_discrepancy_is_not_chained_to_a_later_figure() -> None:
    """Snapshots merge over time only when each one agrees within itself."""
    early, late = date(2024, 10, 18), date(2024, 10, 24)
    claims = [claim("a1", "d1", 1500, qualifier="about", when=early),
              claim("a2", "d2", 11000, qualifier="about", origin="Kyrylo Budanov", when=early),
              claim("b1", "d3", 3000, qualifier="about", when=late)]
    found = verdicts(claims)
    assert found[("a1", "a2")] == "discrepancy" and found[("b1",)] == "uncorroborated"


def test_two_origins_apart_in_time_stay_apart_when_the_count_falls_or_leaps() -> None:
    rises = [claim("a1", "d1", 3000, when=date(2024, 10, 23)),
             claim("b1", "d2", 10000, origin="Pentagon", when=date(2024, 10, 29))]
    assert verdicts(rises) == {("a1", "b1"): "update"}  # a running count, snapshot after snapshot
    falls = [claim("a1", "d1", 12000, when=date(2024, 10, 23)),
             claim("b1", "d2", 10000, origin="Pentagon", when=date(2024, 10, 29))]
    assert set(verdicts(falls).values()) == {"uncorroborated"}  # two origins disagreeing, not an update
    leaps = [claim("a1", "d1", 11000, when=date(2024, 10, 23)),
             claim("b1", "d2", 100000, origin="a viral post", when=date(2024, 10, 29))]
    assert set(verdicts(leaps).values()) == {"uncorroborated"}  # more than five times the count: another story
    planned = [claim("a1", "d1", 3000, when=date(2024, 10, 23)),
               claim("b1", "d2", 10000, origin="Pentagon", when=date(2024, 10, 29), modality="planned")]
    assert set(verdicts(planned).values()) == {"uncorroborated"}  # a plan is no snapshot of what was sent
    later = [claim("a1", "d1", 3000, when=date(2024, 10, 23)),
             claim("b1", "d2", 10000, origin="Pentagon", when=date(2024, 12, 2))]
    assert set(verdicts(later).values()) == {"uncorroborated"}  # past running_days (28): maybe another count


def test_findings_do_not_depend_on_the_folder_the_corpus_sits_in(corpus_docs, aliases) -> None:
    """Claim ids hash the document's path; the findings must not follow them."""
    from dataclasses import replace

    from reconcile.claims import extract_claims

    def groups(folder: str) -> set[frozenset[tuple[str, int]]]:
        claims, sources, names = [], {}, {}
        for stem, doc in sorted(corpus_docs.items()):
            moved = replace(doc, uri=f"{folder}/{stem}.md")
            sources[moved.doc_id] = SourceInfo(moved.doc_id, moved.uri, moved.outlet, moved.published_date)
            names[moved.doc_id] = stem
            claims += extract_claims(moved, aliases)
        by_id = {c.claim_id: c for c in claims}
        _, findings = reconcile(claims, sources, MatchPolicy(), aliases.place_parents())
        return {frozenset((names[by_id[i].doc_id], by_id[i].start_char) for i in f.claim_ids) for f in findings}

    first = groups("/data/corpus")
    for folder in ("/tmp/q/alt2/x1/corpus", "/tmp/q/alt2/zz/yy/corpus", "/srv/news", "/home/a/b", "/c"):
        assert groups(folder) == first, folder


def test_one_article_reporting_an_origins_revision_keeps_both_snapshots_in_one_finding() -> None:
    # "... more than 10,000, the NIS said on Tuesday. Last Wednesday the agency had put the number at 3,000."
    found = verdicts([claim("old", "d1", 3000, qualifier="about", when=date(2024, 10, 23)),
                      claim("new", "d1", 10000, qualifier="at_least", when=date(2024, 10, 29))])
    assert found == {("new", "old"): "uncorroborated"}  # one finding; one article is one source


def test_one_article_one_origin_two_figures_of_one_day_or_two_scopes_stay_apart() -> None:
    same_day = verdicts([claim("a", "d1", 1500, scope="additional"), claim("b", "d1", 3000)])
    assert same_day == {("a",): "uncorroborated", ("b",): "uncorroborated"}
    scopes = verdicts([claim("plan", "d1", 12000, modality="planned", scope="total", when=date(2024, 10, 18)),
                       claim("soon", "d1", 10000, modality="planned", when=date(2024, 10, 23))])
    assert scopes == {("plan",): "uncorroborated", ("soon",): "uncorroborated"}


def test_a_second_batch_and_so_many_more_are_one_later_batch_in_both_engines() -> None:
    from reconcile.fastmatch import reconcile as fast_reconcile

    claims = [claim("more", "d1", 1500, qualifier="about", scope="additional", when=date(2024, 10, 23)),
              claim("second", "d2", 1500, qualifier="about", scope="second_batch", when=date(2024, 10, 23)),
              claim("first", "d3", 1500, qualifier="about", scope="first_batch")]
    assert verdicts(claims) == {("more", "second"): "agreement", ("first",): "uncorroborated"}
    _, fast = fast_reconcile(claims, SOURCES, MatchPolicy())
    assert {tuple(sorted(f.claim_ids)): f.verdict for f in fast} == verdicts(claims)


def statement(cid: str, doc: str, place: str | None, polarity: str = "affirm", origin: str = "Mark Rutte",
              frame: str = "deploy"):
    text = f"north korean troops {'deployed' if frame == 'deploy' else 'clashed'} {place or ''}".strip()
    return Claim(claim_id=cid, doc_id=doc, kind="statement", quote=text, start_char=0, end_char=len(text),
                 subject="North Korea", measure=f"statement:{frame}", attributed_to=origin,
                 event_date=date(2024, 10, 18), place=place, polarity=polarity, predicate=text)


def test_a_stance_holds_until_revised_but_a_doubt_only_for_its_day() -> None:
    """Oct 10: the Kremlin calls the deployment fake news; Oct 23: Austin confirms it. Thirteen days
    apart, one proposition denied and asserted: a discrepancy. A doubt ("cannot confirm") of Oct 10
    does not meet the confirmation of Oct 23."""
    from dataclasses import replace as with_

    def on(c: Claim, day: int) -> Claim:
        return with_(c, event_date=date(2024, 10, day))

    claims = [on(statement("fake", "d1", None, "deny", origin="Dmitry Peskov"), 10),
              on(statement("seoul", "d2", None, origin="South Korea NIS"), 18),
              on(statement("austin", "d3", None, origin="Lloyd Austin"), 23)]
    assert verdicts(claims) == {("austin", "fake", "seoul"): "discrepancy"}
    # Forty days on (past stance_days) the confirmation meets the denial no more.
    assert verdicts([claims[0], with_(claims[2], event_date=date(2024, 11, 19))]) == {
        ("fake",): "uncorroborated", ("austin",): "uncorroborated"}
    doubt = [on(statement("unsure", "d1", None, "uncertain", origin="Pentagon"), 10), claims[2]]
    assert verdicts(doubt) == {("unsure",): "uncorroborated", ("austin",): "uncorroborated"}


def test_a_place_left_out_is_unknown_except_where_the_statement_is_where_troops_are() -> None:
    parents = {"Kursk": "Russia"}
    clashes = [statement("kursk", "d1", "Kursk", origin="Ukraine", frame="clash"),
               statement("somewhere", "d2", None, origin="Rustem Umerov", frame="clash")]
    deployed = [statement("to_kursk", "d3", "Kursk"), statement("sent", "d4", None, origin="Lloyd Austin")]
    _, found = reconcile(clashes + deployed, SOURCES, MatchPolicy(), parents)
    assert {tuple(sorted(f.claim_ids)) for f in found} == {("kursk", "somewhere"), ("to_kursk",), ("sent",)}


def test_one_frame_in_two_regions_is_two_statements_and_a_region_meets_what_holds_it() -> None:
    parents = {"Kursk": "Russia", "Vladivostok": "Russia Far East", "Russia Far East": "Russia"}
    _, found = reconcile([statement("in_russia", "d1", None), statement("denied", "d2", None, "deny", "Dmitry Peskov"),
                          statement("kursk", "d3", "Kursk"), statement("city", "d4", "Vladivostok"),
                          statement("far_east", "d5", "Russia Far East", origin="South Korea NIS")],
                         SOURCES, MatchPolicy(), parents)
    groups = {tuple(sorted(f.claim_ids)): f.verdict for f in found}
    assert groups[("denied", "in_russia")] == "discrepancy"
    assert groups[("kursk",)] == "uncorroborated"
    assert groups[("city", "far_east")] == "agreement"


def test_distances_in_miles_and_kilometres_are_compared_in_one_unit() -> None:
    from dataclasses import replace

    def distance(cid: str, doc: str, value: float, unit: str):
        return replace(claim(cid, doc, value, qualifier="about", measure="kilometres", origin=f"origin {cid}",
                             place=None), unit=unit)

    assert verdicts([distance("miles", "d1", 4000, "miles"), distance("km", "d2", 6400, "km")]) == {
        ("km", "miles"): "agreement"}
    assert verdicts([distance("miles", "d1", 4000, "miles"), distance("km", "d2", 4000, "km")]) == {
        ("km", "miles"): "discrepancy"}


def test_statement_terms_meet_across_verb_endings_and_synonyms() -> None:
    from reconcile.statements import stem, statement_terms
    assert stem("acting") == stem("act") == "act"
    assert stem("need") == "need" and stem("used") == "used"  # two letters left: not a stem
    assert "watch" in statement_terms("allies were observing the build-up", 0, [])
    assert "clash" in statement_terms("the first small engagements have taken place", 0, [])
    assert "clash" in statement_terms("first clashes with North Korean soldiers", 0, [])
    assert "clash" in statement_terms("his forces had fought North Korean soldiers for the first time", 0, [])
    # Paraphrases of one answer share their concepts: standing by an ally until it wins, acting late.
    by = set(statement_terms("we will always stand firmly by our comrades until victory day", 0, []))
    assert {"support", "victory"} <= by & set(statement_terms("she would back them, backing them until they win", 0, []))
    assert "watch" in set(statement_terms("the allies were watching instead of acting", 0, [])) & \
        set(statement_terms("the reaction of the partners had been insufficient", 0, []))
    assert "soon" in set(statement_terms("they could be thrown into battle within days", 0, [])) & \
        set(statement_terms("we would expect that to happen in the coming days", 0, []))
    # Not ruling out a supply of weapons, in two wordings.
    assert {"rule_out", "supply", "arms"} <= \
        set(statement_terms("the government would not rule out supplying weapons to Ukraine", 0, [])) & \
        set(statement_terms("we do not exclude the possibility of providing weapons", 0, []))


def test_whose_business_it_is_is_a_claim_of_sovereignty() -> None:
    from reconcile.statements import frame_of, statement_terms
    for text in ("what we will do within the framework of this article is our business",
                 "how Russia applies the treaty is its own business", "the deployment was a bilateral matter"):
        assert frame_of(statement_terms(text, 0, []), "actual", "affirm") == "sovereign", text


def test_inaction_and_what_is_sought_in_return_are_frames_of_their_own() -> None:
    """A complaint that allies only watch, a claim about what Pyongyang wants back, about the soldiers'
    families or about keeping the deployment secret names the deployment in passing; it neither asserts
    nor denies it, so it never joins that stance."""
    from reconcile.statements import frame_of, statement_terms

    def frame(text: str) -> str | None:
        return frame_of(statement_terms(text, 0, []), "actual", "affirm")

    for text in ("Ukraine's partners were watching rather than acting as North Korea sent its troops",
                 "the allies simply watched while troops were deployed to Russia"):
        assert frame(text) == "watch", text
    for text in ("Pyongyang is seeking Russian military technology in return for the troops it sent",
                 "North Korea wants space technology for deploying its soldiers"):
        assert frame(text) == "technology", text
    assert frame("North Korean troops have been sent to Russia") == "deploy"
    assert frame("the families of soldiers sent abroad had been moved and isolated") == "families"
    assert frame("Pyongyang was working to keep news of the dispatch secret from its people") == "secrecy"


def test_an_event_named_as_a_topic_is_not_the_statements_frame() -> None:
    from reconcile.statements import frame_of, statement_terms

    def frame(text: str) -> str | None:
        return frame_of(statement_terms(text, 0, []), "actual", "affirm")

    for asserted in ("North Korean troops have been sent to Russia", "the deployment of North Korean troops",
                     "the presence of North Korean military personnel in Russia", "units were deployed to Kursk"):
        assert frame(asserted) == "deploy", asserted
    # "On the ground" is where a war is, not troops arriving: the situation there is no deployment.
    assert frame("it was still too early to establish what was happening on the ground") is None
    for topic in ("the regime has tightened control over information about the deployment",
                  "we've spent much of our time today on the DPRK's deployment of troops",
                  "the launch and the deployment point to the same thing", "warned Pyongyang against sending soldiers"):
        assert frame(topic) is None, topic
    # A participle describing the troops is not what the statement says happened.
    assert frame("the first units of troops trained in Russia's east have arrived in Kursk") == "deploy"
    assert frame("Russia has been training these soldiers in the use of drones") == "training"


def test_a_part_never_conflicts_with_its_whole_but_meets_figures_of_its_own_place() -> None:
    from reconcile.match import prepare, same_quantity_reason
    from reconcile.model import MatchPolicy, SourceInfo

    def troops(doc_id: str, value: float, place: str, scope: str | None) -> Claim:
        return Claim(claim_id=f"{doc_id}-{value}", doc_id=doc_id, kind="numeric", quote=f"{value} troops",
                     start_char=0, end_char=5, value=value, subject="North Korea", measure="troops",
                     attributed_to=f"origin-{doc_id}", place=place, scope=scope, modality="actual")
    parents = {"Kursk": "Russia"}
    sources = {d: SourceInfo(d, f"{d}.md", d, date(2024, 11, 1)) for d in ("a", "b", "c")}
    part, whole, other = prepare([troops("a", 8000, "Kursk", "part"), troops("b", 10000, "Russia", None),
                                  troops("c", 11000, "Kursk", None)], sources, MatchPolicy(), parents)
    assert same_quantity_reason(part, whole, MatchPolicy()) == "part and whole"
    assert same_quantity_reason(part, other, MatchPolicy()) is None  # two figures for Kursk: a discrepancy


def test_opposite_stances_contradict_only_on_one_named_frame() -> None:
    from reconcile.statements import frame_of, statement_terms
    # "Not yet seen them in combat" doubts a fight, like "cannot confirm they fight": the clash frame.
    assert frame_of(statement_terms("we have not yet seen these troops deploy into combat", 0, []),
                    "actual", "uncertain") == "clash"

    def said(cid: str, doc: str, text: str, measure: str, polarity: str) -> Claim:
        return Claim(claim_id=cid, doc_id=doc, kind="statement", quote=text, start_char=0, end_char=len(text),
                     subject="North Korea", measure=measure, attributed_to=f"speaker {cid}", polarity=polarity,
                     predicate=" ".join(statement_terms(text, 0, [])), modality="actual")

    expected = said("expected", "d1", "they would enter combat against Ukrainian forces in the coming days",
                    "statement", "affirm")
    cannot = said("cannot", "d2", "it cannot confirm they entered combat against Ukrainian forces",
                  "statement:clash", "uncertain")
    seen = said("seen", "d3", "it had not seen them enter combat against Ukrainian forces",
                "statement:clash", "uncertain")
    _, found = reconcile([expected, cannot, seen], SOURCES, MatchPolicy())
    groups = {tuple(sorted(f.claim_ids)): f.verdict for f in found}
    assert groups == {("cannot", "seen"): "agreement", ("expected",): "uncorroborated"}


def test_a_restated_figure_joins_the_revision_its_article_reports_not_the_first_reports_of_its_day() -> None:
    """Oct 23-24: NIS 3,000 against the HUR's 12,000 (a discrepancy). On Oct 29 an article gives the
    NIS's 10,000 "up from the 3,000 it counted last Wednesday": that 3,000 is the revision's start."""
    early, late = date(2024, 10, 23), date(2024, 10, 29)
    claims = [claim("nis", "d1", 3000, qualifier="about", when=early),
              claim("hur", "d2", 12000, qualifier="about", origin="Ukraine HUR", when=date(2024, 10, 24)),
              claim("then", "d3", 3000, qualifier="about", when=early),
              claim("now", "d3", 10000, qualifier="at_least", when=late),
              claim("now2", "d4", 10000, qualifier="at_least", when=late)]
    found = verdicts(claims)
    assert found[("hur", "nis")] == "discrepancy"
    assert found[("now", "now2", "then")] == "update"


def test_a_figure_restated_below_a_later_one_of_its_article_is_a_baseline_only_when_counted() -> None:
    from reconcile.findings import restated_baselines
    from reconcile.match import prepare

    def baselines(*claims):
        items = prepare(list(claims), SOURCES, MatchPolicy())
        return {items[i].claim.claim_id for i in restated_baselines(items, MatchPolicy())}

    early, late = date(2024, 10, 23), date(2024, 10, 29)
    assert baselines(claim("then", "d1", 3000, when=early), claim("now", "d1", 10000, when=late)) == {"then"}
    # Not: a later figure in another article, a lower later figure, one news cycle, a plan.
    assert baselines(claim("then", "d1", 3000, when=early), claim("now", "d2", 10000, when=late)) == set()
    assert baselines(claim("then", "d1", 12000, when=early), claim("now", "d1", 10000, when=late)) == set()
    assert baselines(claim("then", "d1", 3000, when=early), claim("now", "d1", 10000, when=date(2024, 10, 25))) == set()
    assert baselines(claim("then", "d1", 3000, when=early, modality="planned"),
                     claim("now", "d1", 10000, when=late, modality="planned")) == set()


def test_a_revision_extends_a_finding_that_already_holds_one() -> None:
    """3,000 (Oct 23), then 10,000 (Oct 29), then 11,000 to 12,000 (Nov 4): one count rising. The
    later two meet first (worded alike), and the first still joins them."""
    told = "the spy agency told lawmakers the count had reached"
    claims = [claim("a", "d1", 3000, qualifier="about", when=date(2024, 10, 23), quote=told),
              claim("b", "d2", 3000, qualifier="about", when=date(2024, 10, 23), quote=told),
              claim("c", "d3", 10000, qualifier="about", when=date(2024, 10, 29)),
              claim("c2", "d4", 10000, qualifier="about", when=date(2024, 10, 29), origin="Pentagon"),
              claim("d", "d5", None, qualifier="range", low=11000, high=12000, when=date(2024, 11, 4), origin="Pentagon"),
              claim("e", "d6", None, qualifier="range", low=11000, high=12000, when=date(2024, 11, 4), origin="Pentagon")]
    assert verdicts(claims) == {("a", "b", "c", "c2", "d", "e"): "update"}


def test_officers_are_a_part_of_the_troops_not_a_rival_count() -> None:
    found = verdicts([claim("all", "d1", 12000, qualifier="about", origin="Ukraine HUR"),
                      claim("officers", "d2", 500, detail="officers", origin="Ukraine HUR"),
                      claim("nis", "d3", 10000, qualifier="about")])
    assert found[("officers",)] == "uncorroborated"
    assert found[("all", "nis")] == "discrepancy"


def test_one_article_revising_a_count_to_a_total_keeps_both_in_one_finding() -> None:
    # "... bringing the total number of its soldiers there to around 3,000. The new estimate is up from
    # the roughly 1,500 the agency gave on Friday." An unscoped count of what was sent is the total so far.
    found = verdicts([claim("then", "d1", 1500, qualifier="about", when=date(2024, 10, 18)),
                      claim("now", "d1", 3000, qualifier="about", scope="total", when=date(2024, 10, 23))])
    assert found == {("now", "then"): "uncorroborated"}


def test_a_region_one_origin_counts_apart_from_the_whole_is_a_part_everywhere() -> None:
    """Blinken: about 8,000 of roughly 10,000 in Russia are in Kursk. Kursk's figures then meet
    each other, the whole's figures each other, and never the one the other."""
    regions = {"Kursk": "Russia", "Far East": "Russia"}
    claims = [claim("kursk", "d1", 8000, qualifier="about", origin="Antony Blinken", place="Kursk"),
              claim("whole", "d1", 10000, qualifier="about", origin="Antony Blinken", place="Russia"),
              claim("nis", "d2", 10000, qualifier="at_least", place=None),
              claim("kyiv", "d3", 11000, qualifier="about", origin="Volodymyr Zelensky", place="Kursk")]
    _, findings = reconcile(claims, SOURCES, MatchPolicy(), regions)
    found = {tuple(sorted(f.claim_ids)): f.verdict for f in findings}
    assert found == {("kursk", "kyiv"): "discrepancy", ("nis", "whole"): "agreement"}
    # Nobody counts the Far East apart: one origin's figure there still stands against another's for Russia.
    claims = [claim("fe", "d1", 1500, qualifier="about", place="Far East"),
              claim("ru", "d2", 11000, qualifier="about", origin="Kyrylo Budanov", place="Russia")]
    _, findings = reconcile(claims, SOURCES, MatchPolicy(), regions)
    assert [(sorted(f.claim_ids), f.verdict) for f in findings] == [(["fe", "ru"], "discrepancy")]


def test_an_official_and_their_country_count_a_region_apart_together(aliases) -> None:
    """"About 8,000 are in Kursk, Blinken said", beside "out of roughly 10,000 the US says were
    sent" in one article: the official and the country are one side counting a part apart."""
    from reconcile.match import counted_regions, prepare

    claims = [claim("kursk", "d1", 8000, qualifier="about", origin="Antony Blinken", place="Kursk"),
              claim("whole", "d1", 10000, qualifier="about", origin="United States", place=None),
              claim("kyiv", "d2", 11000, qualifier="about", origin="Volodymyr Zelensky", place="Kursk")]
    assert counted_regions(prepare(claims, SOURCES, MatchPolicy(), aliases.parents()), MatchPolicy(),
                           aliases.parents()) == {("North Korea", "troops", "Kursk")}
    _, findings = reconcile(claims, SOURCES, MatchPolicy(), aliases.parents())
    assert {tuple(sorted(f.claim_ids)): f.verdict for f in findings} == {("kursk", "kyiv"): "discrepancy",
                                                                         ("whole",): "uncorroborated"}
    # Two countries are two sides: Seoul's whole does not set Washington's region apart.
    claims[1] = claim("whole", "d1", 10000, qualifier="about", origin="South Korea", place=None)
    assert counted_regions(prepare(claims, SOURCES, MatchPolicy(), aliases.parents()), MatchPolicy(),
                           aliases.parents()) == set()


def test_a_region_is_counted_apart_only_between_comparable_counts() -> None:
    from reconcile.match import counted_regions, prepare

    regions = {"Far East": "Russia"}
    # "trained at five training grounds in the Far East" misread as five troops, and "500 officers":
    # neither is a count of the contingent, so neither sets the Far East apart.
    claims = [claim("five", "d1", 5, origin="Ukraine HUR", place="Far East"),
              claim("all", "d1", 12000, qualifier="about", origin="Ukraine HUR", place="Russia"),
              claim("officers", "d1", 500, detail="officers", origin="Ukraine HUR", place="Far East")]
    assert counted_regions(prepare(claims, SOURCES, MatchPolicy(), regions), MatchPolicy()) == set()
    # Nor a region's figure above the whole's: a part is the smaller.
    claims = [claim("region", "d1", 12000, qualifier="about", origin="Ukraine HUR", place="Far East"),
              claim("whole", "d1", 10000, qualifier="about", origin="Ukraine HUR", place="Russia")]
    assert counted_regions(prepare(claims, SOURCES, MatchPolicy(), regions), MatchPolicy()) == set()


def test_a_plan_restated_without_its_scope_is_dated_by_its_first_report() -> None:
    # Oct 18: "decided to send troops totaling about 12,000"; Nov 5: "Pyongyang planned to send around 12,000".
    sources = {**SOURCES, "d2": SourceInfo("d2", "/corpus/d2.md", "Outlet 2", date(2024, 11, 5))}
    claims = [claim("first", "d1", 12000, qualifier="about", modality="planned", scope="total", when=date(2024, 10, 18)),
              claim("again", "d2", 12000, qualifier="about", modality="planned", when=None)]
    _, findings = reconcile(claims, sources, MatchPolicy())
    assert [(sorted(f.claim_ids), f.verdict) for f in findings] == [(["again", "first"], "agreement")]


def test_a_figure_restated_under_another_hedge_is_dated_by_its_first_report() -> None:
    # Oct 24: the HUR's "about 12,000"; Nov 2: "as many as 12,000", undated, beside Nov 4's 11,000-12,000.
    from reconcile.match import prepare

    sources = {**SOURCES, "d2": SourceInfo("d2", "/corpus/d2.md", "Outlet 2", date(2024, 11, 2))}
    claims = [claim("first", "d1", 12000, qualifier="about", origin="Ukraine HUR", when=date(2024, 10, 24)),
              claim("again", "d2", 12000, qualifier="up_to", origin="Ukraine HUR", when=None),
              claim("floor", "d2", 12000, qualifier="at_least", origin="Ukraine HUR", when=None)]
    anchors = {p.claim.claim_id: p.anchor for p in prepare(claims, sources, MatchPolicy())}
    assert anchors["again"] == date(2024, 10, 24).toordinal()
    assert anchors["floor"] == date(2024, 11, 2).toordinal()  # a floor is another figure


def test_a_country_restating_its_agencys_figure_is_dated_by_the_agencys_report(aliases) -> None:
    # Oct 28: the Pentagon's "about 10,000"; Nov 3: "Washington's latest count puts it at roughly 10,000",
    # undated, the day before the Pentagon's own 11,000-12,000 of Nov 4. The country does not speak anew.
    from reconcile.match import prepare

    sources = {**SOURCES, "d2": SourceInfo("d2", "/corpus/d2.md", "Outlet 2", date(2024, 11, 3)),
               "d3": SourceInfo("d3", "/corpus/d3.md", "Outlet 3", date(2024, 11, 5))}
    claims = [claim("pentagon", "d1", 10000, qualifier="about", origin="US Department of Defense",
                    when=date(2024, 10, 28)),
              claim("washington", "d2", 10000, qualifier="about", origin="United States", when=None),
              claim("seoul", "d2", 10000, qualifier="about", origin="South Korea", when=None),
              claim("later", "d3", None, qualifier="range", low=11000, high=12000, origin="US Department of Defense",
                    when=date(2024, 11, 4))]
    parents = aliases.parents()
    assert parents["US Department of Defense"] == "United States" and parents["Kursk"] == "Russia"
    anchors = {p.claim.claim_id: p.anchor for p in prepare(claims, sources, MatchPolicy(), parents)}
    assert anchors["washington"] == date(2024, 10, 28).toordinal()
    assert anchors["seoul"] == date(2024, 11, 3).toordinal()  # another country's restatement is its own
    _, findings = reconcile([c for c in claims if c.claim_id != "seoul"], sources, MatchPolicy(), parents)
    assert [(sorted(f.claim_ids), f.verdict) for f in findings] == [(["later", "pentagon", "washington"], "update")]


def test_a_payment_promised_and_a_payment_made_are_one_figure_but_troops_planned_are_not_sent() -> None:
    pay = verdicts([claim("will", "d1", 2000, qualifier="about", measure="money", modality="planned"),
                    claim("does", "d2", 2000, qualifier="about", measure="money", modality="actual")])
    assert pay == {("does", "will"): "agreement"}
    troops = verdicts([claim("plan", "d1", 12000, modality="planned"), claim("sent", "d2", 12000)])
    assert set(troops) == {("plan",), ("sent",)}


def test_cannot_confirm_combat_contradicts_the_first_clashes_not_a_role_in_the_war(aliases) -> None:
    """'Cannot confirm' against 'confirmed' is a contradiction: the doubt that North Koreans fight is
    answered by a report that a fight took place, not by a reading of their part in the war."""
    from datetime import datetime

    from reconcile.claims import extract_claims
    from reconcile.model import Document

    texts = {"kyiv": "Ukraine's defence minister Rustem Umerov said the first small-scale clashes with North Korean "
                     "soldiers had taken place.",
             "seoul": "South Korea's defence ministry said it could not confirm that North Korean troops had taken "
                      "part in the fighting.",
             "nato": "Mark Rutte said Pyongyang's involvement in the war effort was a sign of Russia's weakness."}
    docs = {k: Document(uri=f"/corpus/{k}.md", text=t, title=k, outlet=k, published_at=datetime(2024, 11, 5))
            for k, t in texts.items()}
    claims = [c for d in docs.values() for c in extract_claims(d, aliases) if c.kind == "statement"]
    frames = {next(k for k, d in docs.items() if d.doc_id == c.doc_id): c.measure for c in claims}
    assert frames == {"kyiv": "statement:clash", "seoul": "statement:clash", "nato": "statement:role"}
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs.values()}
    _, findings = reconcile(claims, sources, MatchPolicy())
    by_doc = {c.claim_id: next(k for k, d in docs.items() if d.doc_id == c.doc_id) for c in claims}
    assert {(frozenset(by_doc[i] for i in f.claim_ids), f.verdict) for f in findings} == {
        (frozenset({"kyiv", "seoul"}), "discrepancy"), (frozenset({"nato"}), "uncorroborated")}


def test_a_fight_in_any_words_is_the_frame_a_doubt_about_fighting_is_in_but_a_role_in_the_war_is_not(aliases) -> None:
    """"Have begun engaging in combat operations" and "were fighting alongside Russian forces" report the fight that
    "the first clashes" report and that "not yet seen in combat" doubts; "involvement in the war effort" does not."""
    from reconcile.claims import extract_claims
    from reconcile.model import Document

    texts = {"engaging": "The State Department said North Korean troops had begun engaging in combat operations.",
             "alongside": "Ukraine said North Korean soldiers were fighting alongside Russian forces in Kursk.",
             "clashes": "Rustem Umerov said the first small-scale clashes with North Korean units had taken place.",
             "doubt": "The Pentagon said it had not yet seen North Korean troops in combat.",
             "role": "Mark Rutte said Pyongyang's involvement in the war effort was a sign of Russia's weakness."}
    frames = {}
    for key, text in texts.items():
        doc = Document(uri=f"/corpus/{key}.md", text=text, title=key, outlet=key, published_at=datetime(2024, 11, 5))
        (claim,) = [c for c in extract_claims(doc, aliases) if c.kind == "statement"]
        frames[key] = claim.measure
    assert frames == {"engaging": "statement:clash", "alongside": "statement:clash", "clashes": "statement:clash",
                      "doubt": "statement:clash", "role": "statement:role"}


def test_forecasts_of_combat_are_one_statement_whoever_makes_them(aliases) -> None:
    """When the troops will fight, as Kyiv, Washington and Moscow's intent are each said to expect it, is one
    statement (the forecast frame, whatever its subject); a condition ("if they fight") and a doubt ("we do not
    know whether") are not forecasts, and neither is a fight that happened."""
    from datetime import datetime

    from reconcile.claims import extract_claims
    from reconcile.model import Document

    texts = {"kyiv": "Volodymyr Zelensky warned on Friday that North Korean soldiers could be thrown into battle "
                     "within days.",
             "blinken": "Antony Blinken said he expected them to enter combat against Ukrainian forces in the "
                        "coming days.",
             "pentagon": "Sabrina Singh said Washington was increasingly concerned that Russia intends to use "
                         "them in combat.",
             "if": "Antony Blinken said that if they engage in combat against Ukraine, they will become "
                   "legitimate military targets.",
             "whether": "John Kirby said the United States did not yet know whether the troops would enter "
                        "combat alongside Russian forces.",
             "fought": "Rustem Umerov said the first small-scale clashes with North Korean soldiers had taken "
                       "place."}
    docs = {k: Document(uri=f"/corpus/{k}.md", text=t, title=k, outlet=k, published_at=datetime(2024, 10, 30))
            for k, t in texts.items()}
    claims = [c for d in docs.values() for c in extract_claims(d, aliases) if c.kind == "statement"]
    name = {d.doc_id: k for k, d in docs.items()}
    frames = {name[c.doc_id]: c.measure for c in claims}
    forecasts = {k for k, m in frames.items() if m == "statement:forecast"}
    assert forecasts == {"kyiv", "blinken", "pentagon"}
    assert len({c.subject for c in claims if name[c.doc_id] in forecasts}) > 1  # a frame whoever's troops
    sources = {d.doc_id: SourceInfo(d.doc_id, d.uri, d.outlet, d.published_date) for d in docs.values()}
    _, findings = reconcile(claims, sources, MatchPolicy())
    groups = {frozenset(name[c.doc_id] for c in claims if c.claim_id in f.claim_ids) for f in findings}
    assert frozenset(forecasts) in groups


def test_a_figure_rising_over_one_news_cycle_is_an_update_and_within_one_a_discrepancy() -> None:
    # Kursk: about 8,000 on Oct 31, more than 10,000 and 11,000 four days later: it rose, nobody disagreed.
    kursk = [claim("oct31", "d1", 8000, qualifier="about", origin="Antony Blinken", when=date(2024, 10, 31),
                   place="Kursk"),
             claim("nov4", "d2", 10000, qualifier="at_least", origin="US State Department", when=date(2024, 11, 4),
                   place="Kursk"),
             claim("kyiv", "d3", 11000, origin="Volodymyr Zelensky", when=date(2024, 11, 4), place="Kursk")]
    assert verdicts(kursk) == {("kyiv", "nov4", "oct31"): "update"}
    # A day apart, 3,000 against 12,000 from another origin is a conflict, not a revision.
    snapshot = [claim("seoul", "d1", 3000, qualifier="about", when=date(2024, 10, 23)),
                claim("kyiv", "d2", 12000, qualifier="about", origin="Ukraine HUR", when=date(2024, 10, 24))]
    assert verdicts(snapshot) == {("kyiv", "seoul"): "discrepancy"}


def test_a_doubt_holds_for_its_day_and_a_denial_for_longer() -> None:
    from dataclasses import replace
    clash = replace(statement("clash", "d1", None, origin="Rustem Umerov", frame="clash"), event_date=date(2024, 11, 5))
    doubt = replace(statement("doubt", "d2", None, "uncertain", origin="Antony Blinken", frame="clash"),
                    event_date=date(2024, 10, 28))
    # "Not yet seen in combat" on Oct 28 does not contradict "the first clashes took place" on Nov 5.
    assert verdicts([clash, doubt]) == {("clash",): "uncorroborated", ("doubt",): "uncorroborated"}
    # The same day it does; and a denial eight days from an assertion still contradicts it.
    assert verdicts([clash, replace(doubt, event_date=date(2024, 11, 4))]) == {("clash", "doubt"): "discrepancy"}
    sent = replace(statement("sent", "d3", None, origin="Lloyd Austin"), event_date=date(2024, 10, 23))
    fake = replace(statement("fake", "d4", None, "deny", origin="Dmitry Peskov"), event_date=date(2024, 10, 31))
    assert verdicts([sent, fake]) == {("fake", "sent"): "discrepancy"}


def test_a_doubt_its_own_country_answers_later_is_an_update_in_both_engines() -> None:
    """The Pentagon "has not yet seen them in combat" (Oct 28); the State Department says they "have begun
    engaging in combat operations" (Nov 5): Washington's update, one finding. Kyiv's first clashes of the same
    day answer nobody's doubt but their own, and a doubt said after an assertion answers nothing."""
    from dataclasses import replace

    from reconcile.fastmatch import reconcile as fast_reconcile

    parents = {"Sabrina Singh": "United States", "Vedant Patel": "United States", "Rustem Umerov": "Ukraine"}
    doubt = replace(statement("doubt", "d1", None, "uncertain", origin="Sabrina Singh", frame="clash"),
                    event_date=date(2024, 10, 28))
    answer = replace(statement("answer", "d2", None, origin="Vedant Patel", frame="clash"), event_date=date(2024, 11, 5))
    kyiv = replace(statement("kyiv", "d3", None, origin="Rustem Umerov", frame="clash"), event_date=date(2024, 11, 5))
    late_doubt = replace(doubt, claim_id="late", doc_id="d4", event_date=date(2024, 11, 13))

    def found(claims, engine):
        return {tuple(sorted(f.claim_ids)): f.verdict for f in engine(claims, SOURCES, MatchPolicy(), parents)[1]}

    for engine in (reconcile, fast_reconcile):
        assert found([doubt, answer], engine) == {("answer", "doubt"): "update"}
        assert found([doubt, kyiv], engine) == {("doubt",): "uncorroborated", ("kyiv",): "uncorroborated"}
        assert found([answer, late_doubt], engine) == {("answer",): "uncorroborated", ("late",): "uncorroborated"}


def test_british_and_american_spellings_are_one_term_and_fair_game_is_a_frame() -> None:
    from reconcile.statements import frame_of, statement_terms
    british = set(statement_terms("Russia appeared to have supplied air-defence equipment", 0, []))
    american = set(statement_terms("Russia appeared to have given North Korea air-defense equipment", 0, []))
    assert "air-defense" in british & american
    for text in ("if they are used against Ukraine, they would be fair game",
                 "they will become legitimate military targets"):
        assert frame_of(statement_terms(text, 0, []), "conditional", "affirm") == "targets", text


def test_a_pay_rate_restated_ten_days_later_by_others_agrees_but_a_count_of_ships_does_not() -> None:
    # (Ten days: more than the four-day window, inside the three windows one origin may revise itself in.)
    pay = dict(measure="money", quote="Russia pays about $2,000 a month per soldier")
    early = claim("a", "d1", 2000, qualifier="about", origin="South Korea NIS", when=date(2024, 10, 18), **pay)
    later = claim("b", "d2", 2000, qualifier="about", origin="Park Sun-won", when=date(2024, 10, 28), **pay)
    assert verdicts([early, later]) == {("a", "b"): "agreement"}
    ships = dict(measure="ships", quote="four landing ships carried them")
    count_early = claim("c", "d1", 4, origin="South Korea NIS", when=date(2024, 10, 18), **ships)
    count_later = claim("d", "d2", 4, origin="Park Sun-won", when=date(2024, 10, 28), **ships)
    assert verdicts([count_early, count_later]) == {("c",): "uncorroborated", ("d",): "uncorroborated"}
    # (troops are a running count: the same figure ten days on is that count standing still, running_totals)
    troops_early = claim("e", "d1", 3000, origin="South Korea NIS", when=date(2024, 10, 18))
    troops_later = claim("f", "d2", 3000, origin="Park Sun-won", when=date(2024, 10, 28))
    assert verdicts([troops_early, troops_later]) == {("e", "f"): "agreement"}


def test_a_window_asserted_weeks_apart_is_one_claim_in_both_engines() -> None:
    from reconcile.fastmatch import reconcile as fast_reconcile

    def window(cid: str, doc: str, published: date) -> tuple[Claim, SourceInfo]:
        quote = "shipped to Vladivostok between Oct. 8 and 13"
        return (Claim(claim_id=cid, doc_id=doc, kind="date", quote=quote, start_char=0, end_char=len(quote),
                      subject="North Korea", measure="date:move:when", attributed_to="South Korea NIS",
                      date_value=date(2024, 10, 8), date_value_end=date(2024, 10, 13)),
                SourceInfo(doc, f"/corpus/{doc}.md", "Outlet", published))
    (a, sa), (b, sb) = window("a", "d1", date(2024, 10, 30)), window("b", "d2", date(2024, 11, 12))
    sources = {"d1": sa, "d2": sb}
    reference = reconcile([a, b], sources, MatchPolicy())[1]
    assert [sorted(f.claim_ids) for f in reference] == [["a", "b"]]  # not 13 days apart: the same window
    assert fast_reconcile([a, b], sources, MatchPolicy())[1] == reference


def statements_reconciled(texts: dict[str, str], aliases, day: date):
    """The statements extracted from one document per text, published on *day*, and their findings."""
    from datetime import datetime, timezone

    from reconcile.claims import extract_claims
    from reconcile.model import Document

    claims = []
    for doc_id, text in texts.items():
        doc = Document(uri=f"/corpus/{doc_id}.md", text=text, title="t",
                       published_at=datetime(day.year, day.month, day.day, tzinfo=timezone.utc))
        claims += [c for c in extract_claims(doc, aliases) if c.kind == "statement"]
    sources = {c.doc_id: SourceInfo(c.doc_id, "", "X", day) for c in claims}
    return claims, reconcile(claims, sources, MatchPolicy())[1]


def test_the_soldiers_pay_is_one_statement_whichever_party_a_sentence_names(aliases) -> None:
    claims, findings = statements_reconciled(
        {"d1": "The NIS said Russia pays each soldier about 2,000 dollars a month.",
         "d2": "The NIS said most of the money is likely to be kept by the North Korean regime."}, aliases,
        date(2024, 10, 24))
    assert sorted(c.measure for c in claims) == ["statement:pay", "statement:pay"]
    assert {c.subject for c in claims} == {"Russia", "North Korea"}
    assert any(len(f.claim_ids) == 2 for f in findings)  # one finding, not one per party named


@pytest.mark.parametrize(("first", "second", "day", "frame"), [
    # A pledge to stand with an ally until victory, whoever is named.
    ("Choe said Pyongyang would stand with Moscow until its victory.",
     "Zakharova said her country's ally would stand by Russia until victory day.", date(2024, 11, 1), "victory"),
    # Lawful, or a breach of the UN's resolutions: one question of legality.
    ("Russia's Foreign Ministry said any such deployment would be lawful under international law.",
     "Seoul said the deployment violates several U.N. Security Council resolutions.", date(2024, 10, 28), "legality"),
    # (whatever party each names: the ministry's Russia, the UN's resolutions)
    ("Zakharova said that if Russia had taken in the troops, it would be in line with international law.",
     "Seoul said the deployment is a violation of UN Security Council resolutions.", date(2024, 10, 28), "legality"),
    # An escalation, whoever is named as escalating.
    ("Rutte said the deployment of North Korean troops marks a significant escalation.",
     "Austin said it was a very, very serious issue that escalates the war.", date(2024, 10, 28), "escalation"),
    # Moved closer to Ukraine: toward the front.
    ("Kirby said some of those soldiers have already moved closer to Ukraine.",
     "The NIS said some of them had been moved toward the front lines.", date(2024, 10, 29), "front"),
    # Co-belligerents are fair game.
    ("Singh said that if they engage in combat against Ukraine, they would be co-belligerents in the war.",
     "Blinken said that if they do fight, they will be legitimate military targets.", date(2024, 10, 28), "targets"),
])
def test_two_wordings_of_one_frame_are_one_statement(aliases, first: str, second: str, day: date, frame: str) -> None:
    claims, findings = statements_reconciled({"d1": first, "d2": second}, aliases, day)
    assert [c.measure for c in claims] == [f"statement:{frame}", f"statement:{frame}"]
    assert any(len(f.claim_ids) == 2 for f in findings)


def test_the_ones_that_came_after_are_never_the_figure_before_them_in_one_account() -> None:
    # "About 1,500 were moved ... About 1,500 more followed": one source, one article, two quantities of one size;
    # another outlet's 1,500 still meets the first.
    first = claim("a", "d1", 1500, qualifier="about")
    more = claim("b", "d1", 1500, qualifier="about", scope="additional")
    elsewhere = claim("c", "d2", 1500, qualifier="about")
    groups = verdicts([first, more, elsewhere])
    assert ("a", "b") not in groups and ("a", "b", "c") not in groups and ("a", "c") in groups
    from reconcile.fastmatch import reconcile as fast_reconcile
    assert fast_reconcile([first, more, elsewhere], SOURCES, MatchPolicy())[1] == \
        reconcile([first, more, elsewhere], SOURCES, MatchPolicy())[1]
