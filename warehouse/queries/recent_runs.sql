-- recent_runs: the last stored runs, newest first (for messages that list run ids).
-- params: $limit
select run_id, started_at, status from v_runs where stored_seq is not null order by stored_seq desc limit $limit
