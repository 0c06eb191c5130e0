-- latest_run: the latest stored run and the one before it (no row in an empty warehouse).
select run_id, previous_run_id from v_latest_run
