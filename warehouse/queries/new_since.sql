-- new_since: findings of run $run that run $since did not have, or had with another verdict.
-- params: $run, $since (run ids; with $since null, every finding of $run is new)
select n.finding_id, n.verdict, b.verdict as previous_verdict,
       case when b.finding_id is null then 'new' else 'verdict changed' end as change,
       f.kind, f.subject, f.measure, f.summary, f.independent_origins, f.relative_spread
from finding_runs n
join findings f on f.finding_id = n.finding_id
left join finding_runs b on b.finding_id = n.finding_id and b.run_id = $since
where n.run_id = $run and (b.finding_id is null or b.verdict <> n.verdict)
order by case n.verdict when 'discrepancy' then 0 when 'update' then 1 when 'agreement' then 2 else 3 end,
         n.finding_id
