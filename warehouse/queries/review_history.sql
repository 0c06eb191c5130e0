-- review_history: every review of one finding, oldest first.
-- params: $finding_id
select finding_id, status, reviewer, note, reviewed_at, run_id, verdict, members_hash
from reviews where finding_id = $finding_id order by reviewed_at, status
