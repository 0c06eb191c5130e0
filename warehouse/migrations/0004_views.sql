-- 0004_views: views for SQL users (documented in warehouse/README-views.md).
--
-- "Current" means: seen by the latest stored run. finding_claims holds the members of
-- exactly those findings (each run replaces it whole); findings keeps every finding
-- ever seen, with last_seen_run. A view is changed by a later migration with
-- `create or replace view`, never by editing this file.

-- Every run, oldest first, with its counts unpacked and the stored run before it.
create view v_runs as
with stored as (
    select run_id, lag(run_id) over (order by stored_seq) as previous_run_id
    from runs where stored_seq is not null
)
select r.run_id, r.stored_seq, s.previous_run_id, r.status, r.started_at, r.finished_at,
       date_diff('millisecond', r.started_at, r.finished_at) / 1000.0 as duration_s,
       r.flow_run_id, r.flow_run_name, r.config_hash, r.version,
       try_cast(json_extract_string(r.counts, '$.documents_seen') as integer) as documents_seen,
       try_cast(json_extract_string(r.counts, '$.documents_new') as integer) as documents_new,
       try_cast(json_extract_string(r.counts, '$.claims_new') as integer) as claims_new,
       try_cast(json_extract_string(r.counts, '$.findings') as integer) as findings,
       coalesce(try_cast(json_extract_string(r.counts, '$.findings_discrepancy') as integer), 0) as discrepancies,
       coalesce(try_cast(json_extract_string(r.counts, '$.findings_agreement') as integer), 0) as agreements,
       try_cast(json_extract_string(r.counts, '$.errors') as integer) as errors,
       r.counts, r.sources, r.error
from runs r
left join stored s using (run_id)
order by r.stored_seq nulls last, r.started_at, r.run_id;

-- The latest stored run, and the one before it (null on the first run).
create view v_latest_run as
select * from v_runs where stored_seq = (select max(stored_seq) from runs);

-- Findings seen by the latest stored run.
create view v_current_findings as
select f.* from findings f
where f.last_seen_run = (select run_id from v_latest_run);

-- The latest review of each finding, and whether the finding changed after it:
-- its member claims differ (members_hash), or its verdict does.
create view v_finding_reviews as
select r.finding_id, r.status as review_status, r.reviewer, r.note as review_note, r.reviewed_at,
       r.run_id as reviewed_in_run, r.verdict as reviewed_verdict, f.verdict as current_verdict,
       coalesce((r.members_hash is not null and r.members_hash <> f.members_hash)
                or (r.verdict is not null and r.verdict <> f.verdict), false) as changed_since_review,
       (select count(*) from reviews r2 where r2.finding_id = r.finding_id) as review_count
from reviews r
left join findings f using (finding_id)
qualify row_number() over (partition by r.finding_id order by r.reviewed_at desc, r.status) = 1;

-- One row per member claim of a current finding, with its document.
create view v_finding_members as
select fc.finding_id, f.verdict, fc.side, c.claim_id, c.kind, c.quote, c.value, c.value_low, c.value_high,
       c.unit, c.qualifier, c.date_value, c.date_value_end, c.polarity, c.attributed_to,
       coalesce(c.attributed_to, coalesce(d.outlet, d.uri)) as origin,
       coalesce(d.outlet, d.uri) as source, d.title, d.url, d.uri, d.published_at, d.doc_id,
       d.version as doc_version, c.event_date
from finding_claims fc
join findings f using (finding_id)
join claims c using (claim_id)
join documents d using (doc_id);

-- One row per current discrepancy: its spread, sources, origins and review.
create view v_discrepancies as
with sides as (
    select finding_id, side, min(coalesce(value, value_low)) as side_value, min(date_value) as side_date,
           string_agg(distinct source, ', ' order by source) as side_sources
    from v_finding_members where verdict = 'discrepancy'
    group by finding_id, side
),
by_side as (
    select finding_id,
           string_agg(coalesce(side, '?') || ': ' || side_sources, ' | '
                      order by side_value nulls last, side_date nulls last, side) as values_by_source
    from sides group by finding_id
),
members as (
    select finding_id, count(*) as claims, count(distinct side) as sides, count(distinct source) as source_count,
           string_agg(distinct source, ', ' order by source) as sources,
           string_agg(distinct origin, ', ' order by origin) as origins,
           min(published_at) as first_published, max(published_at) as last_published
    from v_finding_members where verdict = 'discrepancy'
    group by finding_id
)
select f.finding_id, f.kind, f.subject, f.measure, f.summary,
       f.value_min, f.value_max, f.value_max - f.value_min as spread, f.relative_spread,
       f.independent_origins, m.sides, m.claims, m.source_count, m.sources, m.origins, b.values_by_source,
       m.first_published, m.last_published,
       f.first_seen_run, fr.started_at as first_seen_at, f.last_seen_run,
       rv.review_status, rv.reviewer, rv.review_note, rv.reviewed_at,
       coalesce(rv.changed_since_review, false) as changed_since_review
from v_current_findings f
join members m using (finding_id)
left join by_side b using (finding_id)
left join runs fr on fr.run_id = f.first_seen_run
left join v_finding_reviews rv using (finding_id)
where f.verdict = 'discrepancy'
order by f.independent_origins desc, f.relative_spread desc nulls last, f.finding_id;

-- One row per current agreement: what is agreed, by which sources and origins.
create view v_agreements as
with members as (
    select finding_id, count(*) as claims, count(distinct source) as source_count,
           string_agg(distinct source, ', ' order by source) as sources,
           string_agg(distinct origin, ', ' order by origin) as origins,
           min(published_at) as first_published, max(published_at) as last_published
    from v_finding_members where verdict = 'agreement'
    group by finding_id
)
select f.finding_id, f.kind, f.subject, f.measure, f.summary, f.value_min, f.value_max,
       f.independent_origins, m.claims, m.source_count, m.sources, m.origins,
       m.first_published, m.last_published, f.first_seen_run, f.last_seen_run,
       rv.review_status, rv.review_note, coalesce(rv.changed_since_review, false) as changed_since_review
from v_current_findings f
join members m using (finding_id)
left join v_finding_reviews rv using (finding_id)
where f.verdict = 'agreement'
order by f.independent_origins desc, m.source_count desc, f.finding_id;

-- Outlet × outlet, over current agreements and discrepancies: in how many findings the
-- two report the same figure (agreements: same side) or incompatible ones
-- (discrepancies: different sides). Both orders of every pair are listed, zeros included.
create view v_source_matrix as
with latest_docs as (
    select coalesce(outlet, uri) as source from documents
    qualify row_number() over (partition by uri order by version desc) = 1
),
outlets as (select distinct source from latest_docs),
m as (
    select distinct finding_id, verdict, source, side
    from v_finding_members where verdict in ('agreement', 'discrepancy')
),
pairs as (
    select a.finding_id, a.source as source_a, b.source as source_b,
           bool_or(a.verdict = 'agreement' or a.side is not distinct from b.side) as agree,
           bool_or(a.verdict = 'discrepancy' and a.side is distinct from b.side) as disagree
    from m a join m b on a.finding_id = b.finding_id and a.source <> b.source
    group by a.finding_id, a.source, b.source
),
counts as (
    select source_a, source_b, count(*) filter (where agree) as agreements,
           count(*) filter (where disagree) as discrepancies, count(*) as shared_findings
    from pairs group by source_a, source_b
)
select oa.source as source_a, ob.source as source_b,
       coalesce(c.agreements, 0) as agreements, coalesce(c.discrepancies, 0) as discrepancies,
       coalesce(c.shared_findings, 0) as shared_findings
from outlets oa
join outlets ob on oa.source <> ob.source
left join counts c on c.source_a = oa.source and c.source_b = ob.source
order by source_a, source_b;

-- Claims of the latest version of every document, by primary origin (who the figure
-- is attributed to; a claim attributed to nobody counts under its outlet), and what the
-- current findings made of them.
create view v_claims_by_origin as
with latest_docs as (
    select doc_id, coalesce(outlet, uri) as source from documents
    qualify row_number() over (partition by uri order by version desc) = 1
),
c as (
    select c.claim_id, c.doc_id, c.kind, c.attributed_to is not null as attributed,
           coalesce(c.attributed_to, d.source) as origin, d.source
    from claims c join latest_docs d using (doc_id)
),
verdicts as (
    select fc.claim_id, f.verdict from finding_claims fc join findings f using (finding_id)
)
select c.origin, bool_or(c.attributed) as attributed, count(*) as claims,
       count(*) filter (where c.kind = 'numeric') as numeric_claims,
       count(distinct c.doc_id) as documents, count(distinct c.source) as source_count,
       string_agg(distinct c.source, ', ' order by c.source) as sources,
       count(*) filter (where v.verdict = 'agreement') as in_agreements,
       count(*) filter (where v.verdict = 'discrepancy') as in_discrepancies,
       count(*) filter (where v.verdict = 'update') as in_updates,
       count(*) filter (where v.verdict = 'uncorroborated') as uncorroborated
from c left join verdicts v using (claim_id)
group by c.origin
order by claims desc, c.origin;

-- Current discrepancies a reviewer still has to look at, newest first: never reviewed,
-- marked needs-follow-up, or changed since their review.
create view v_review_queue as
select case when review_status is null then 'unreviewed'
            when changed_since_review then 'changed since review'
            else review_status end as queue_reason,
       *
from v_discrepancies
where review_status is null or review_status = 'needs-follow-up' or changed_since_review
order by first_seen_at desc nulls last, last_published desc nulls last, finding_id;

-- Findings of the latest run that the run before it did not have, or had with another
-- verdict. (warehouse/queries/new_since.sql asks the same of any two runs.)
create view v_new_since_last_run as
select n.finding_id, n.verdict, b.verdict as previous_verdict,
       case when b.finding_id is null then 'new' else 'verdict changed' end as change,
       f.kind, f.subject, f.measure, f.summary, f.independent_origins, f.relative_spread,
       l.run_id, l.previous_run_id as since_run_id
from v_latest_run l
join finding_runs n on n.run_id = l.run_id
join findings f on f.finding_id = n.finding_id
left join finding_runs b on b.finding_id = n.finding_id and b.run_id = l.previous_run_id
where b.finding_id is null or b.verdict <> n.verdict
order by n.verdict, n.finding_id;

-- Findings of the run before the latest that the latest no longer has, and
-- discrepancies that are no longer discrepancies. (queries/resolved_since.sql: any two runs.)
create view v_resolved_since_last_run as
select b.finding_id, b.verdict as previous_verdict, n.verdict,
       case when n.finding_id is null then 'no longer found' else 'no longer a discrepancy' end as change,
       f.kind, f.subject, f.measure, f.summary, f.independent_origins, b.relative_spread,
       l.run_id, l.previous_run_id as since_run_id
from v_latest_run l
join finding_runs b on b.run_id = l.previous_run_id
join findings f on f.finding_id = b.finding_id
left join finding_runs n on n.finding_id = b.finding_id and n.run_id = l.run_id
where n.finding_id is null or (b.verdict = 'discrepancy' and n.verdict <> 'discrepancy')
order by b.verdict, b.finding_id;
