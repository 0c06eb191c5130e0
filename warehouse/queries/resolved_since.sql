-- resolved_since: findings of run $since that run $run no longer has, and discrepancies
-- of $since that are no longer discrepancies in $run.
-- params: $run, $since (run ids)
select b.finding_id, b.verdict as previous_verdict, n.verdict,
       case when n.finding_id is null then 'no longer found' else 'no longer a discrepancy' end as change,
       f.kind, f.subject, f.measure, f.summary, f.independent_origins, b.relative_spread
from finding_runs b
join findings f on f.finding_id = b.finding_id
left join finding_runs n on n.finding_id = b.finding_id and n.run_id = $run
where b.run_id = $since and (n.finding_id is null or (b.verdict = 'discrepancy' and n.verdict <> 'discrepancy'))
order by case b.verdict when 'discrepancy' then 0 when 'update' then 1 when 'agreement' then 2 else 3 end,
         b.finding_id
