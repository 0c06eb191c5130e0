-- 0003_review_context: what a reviewer saw when deciding, so a later change shows.
-- members_hash (0001) already records the finding's members at review time; a review
-- now also records the finding's verdict then, and the latest run at that moment.
-- Older reviews keep null in both: they are compared on members_hash alone.

alter table reviews add column verdict varchar;
alter table reviews add column run_id varchar;
