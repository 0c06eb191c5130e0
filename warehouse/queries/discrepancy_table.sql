-- discrepancy_table: the current discrepancies as flat rows (the flow's Prefect table artifact).
select finding_id, summary, values_by_source, sources, origins, independent_origins, spread, relative_spread,
       first_seen_run, coalesce(review_status, 'unreviewed') as review_status, changed_since_review
from v_discrepancies
order by independent_origins desc, relative_spread desc nulls last, finding_id
