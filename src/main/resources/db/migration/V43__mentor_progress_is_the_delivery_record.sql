-- The course run wrote a mentor_delivery row per mail item beside the item's mentor_progress row,
-- in the same transaction: nothing read it (only an erasure deleted it), and everything it said
-- is in the progress row (delivered_on, reminded_on: the day of the mail) and the outbox mail
-- (dedup key module:<mentor>:<module>:<due>, reminder:..., digest:<mentor>:<day>). What it
-- guarded against, a second delivery of the same item, is guarded by the mentor's version (the
-- run's claim), the progress row's primary key (mentor, module) and guarded updates (a day is set
-- only where none is), and the outbox's unique dedup key. The run writes one row fewer per item:
-- on Derby about a fifth of its CPU in a run over 100,000 (BENCHMARKS.md, course run, round 4).
DROP TABLE mentor_delivery;
