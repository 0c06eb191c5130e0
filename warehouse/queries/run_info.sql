-- run_info: one run's row.
select run_id, started_at, finished_at, status, counts, sources from runs where run_id = $run_id
