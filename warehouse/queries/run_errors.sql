-- run_errors: the ingest errors of one run.
select uri, stage, reason, detail from ingest_errors where run_id = $run_id order by uri, stage
