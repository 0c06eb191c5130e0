-- 0002_run_history: which findings each run saw, so that "new since a run" and
-- "resolved since a run" are queries; the order runs were stored in; and what else a
-- run is known by.
--
-- A warehouse made by 0001 only knows each finding's first_seen_run and last_seen_run.
-- The backfill assumes a finding was present in every stored run between those two,
-- with its current verdict and members (0001 kept no older ones); those rows are marked
-- backfilled = true. Runs stored from now on record their findings exactly.

alter table runs add column flow_run_name varchar;  -- Prefect's readable name of the flow run
alter table runs add column error varchar;          -- why a failed run failed (status 'failed')
alter table runs add column stored_seq integer;     -- 1, 2, ... in the order runs were stored; null if failed

update runs set stored_seq = s.seq
from (select run_id, row_number() over (order by started_at, run_id) as seq
      from runs where status is distinct from 'failed') s
where runs.run_id = s.run_id;

create table finding_runs (
    run_id           varchar not null,
    finding_id       varchar not null,
    verdict          varchar not null,
    members_hash     varchar,
    relative_spread  double,
    backfilled       boolean not null default false,
    primary key (run_id, finding_id)
);

insert into finding_runs (run_id, finding_id, verdict, members_hash, relative_spread, backfilled)
select r.run_id, f.finding_id, f.verdict, f.members_hash, f.relative_spread, true
from findings f
join runs first_run on first_run.run_id = f.first_seen_run
join runs last_run on last_run.run_id = f.last_seen_run
join runs r on r.stored_seq between first_run.stored_seq and last_run.stored_seq;
