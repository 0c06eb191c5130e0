-- finding_members: every current finding with its claims and their documents, one row per claim.
select f.finding_id, f.verdict, f.kind as finding_kind, f.subject as finding_subject,
       f.measure as finding_measure, f.summary, f.independent_origins, f.value_min, f.value_max,
       f.relative_spread, f.sides, f.first_seen_run, f.last_seen_run, f.members_hash, fc.side,
       c.claim_id, c.kind, c.quote, c.value, c.value_low, c.value_high, c.qualifier, c.unit, c.measure_detail,
       c.attributed_to, c.attribution_chain, c.event_date, c.date_value, c.date_value_end, c.place,
       c.modality, c.scope, c.polarity, c.start_char, c.end_char,
       d.doc_id, d.uri, d.url, d.outlet, d.title, d.published_at, d.version as doc_version
from findings f
join finding_claims fc on fc.finding_id = f.finding_id
join claims c on c.claim_id = fc.claim_id
join documents d on d.doc_id = c.doc_id
order by f.finding_id, d.published_at nulls last, d.uri, c.start_char, c.claim_id
