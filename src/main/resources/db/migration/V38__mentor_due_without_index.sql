-- The course run moves every due mentor's next_due_on on, in its guarded update: with this index
-- that was an index entry deleted and one inserted per mentor (on Derby 40% of the update's time
-- in a run over 100,000, on PostgreSQL an update that cannot be HOT), to speed up one read per
-- run (the due mentors: status and next_due_on) and the metrics' count of them. Those now read
-- the table, once per run and per count: a scan of 100,000 rows costs less than a run's
-- 100,000 index changes, and the run's own reads by id use the primary key.
DROP INDEX ix_mentor_due;
