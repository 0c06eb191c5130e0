-- 0005_claim_as_of: the date a figure describes, when it is not the statement's date.
-- "up from the 3,000 it estimated last week" is said today about last week: matching
-- compares it with last week's figures, so a revision reads as an update, not a conflict.
alter table claims add column as_of date;
