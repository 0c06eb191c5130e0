-- run_info: one run's row, with the stored run before it.
-- params: $run_id
select run_id, stored_seq, previous_run_id, status, started_at, finished_at, duration_s, flow_run_id,
       flow_run_name, config_hash, version, counts, sources, error
from v_runs where run_id = $run_id
