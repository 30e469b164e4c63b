-- One index fewer written per queued mail: ix_outbox_mail_created (created_at) was a B-tree insert
-- for every outbox row (a mentor course run over 100,000 due mentors queues 100,000; on Derby the
-- outbox's rows were a quarter of the run, BENCHMARKS.md, issue 17, "Course run, round 5"). Its
-- only queries are the daily retention's (countForgettable, forget: status IN ('SENT', 'FAILED',
-- 'BOUNCED') AND created_at < ?), which match every old mail, forgotten ones included, so the
-- index spared them little over reading ix_outbox_mail_due_order by status; the backlog's
-- MIN(created_at) per status groups the waiting mails through that index as well.
DROP INDEX ix_outbox_mail_created;
