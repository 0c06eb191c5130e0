-- finding_reviews: the latest review of every finding, with its changed-since-review flag.
select finding_id, review_status, reviewer, review_note, reviewed_at, reviewed_in_run, reviewed_verdict,
       current_verdict, changed_since_review, review_count
from v_finding_reviews
order by finding_id
