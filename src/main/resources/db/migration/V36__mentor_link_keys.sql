-- The course run's mails carry links derived from a key of the mentor's (mentorcourse.MentorLinkToken:
-- the mentor's id, the day and an HMAC-SHA256 under this key) instead of a mentor_link row per
-- mail; the run sets the key with the next due day, in the same guarded update. Erasing a mentor
-- removes it, so its derived links stop working. Stored links (mentor_link: the confirmation
-- mail's, and every mail's queued before this version) keep working until they expire.
ALTER TABLE mentor ADD COLUMN link_key VARCHAR(64);

-- The run writes a delivery and a progress row per mentor. Their foreign keys to mentor cost a
-- look-up of the mentor's row per row on both databases, and on Derby a B-tree of their own
-- beside the unique key and primary key that already begin with mentor_id. Every delete of a
-- mentor deletes these rows first (mentorcourse.MentorPrivacyStore), and nothing else writes them
-- for a mentor that is not there; the rows are the course's own, as the other parts' are.
ALTER TABLE mentor_delivery DROP CONSTRAINT fk_mentor_delivery_mentor;
ALTER TABLE mentor_progress DROP CONSTRAINT fk_mentor_progress_mentor;

-- A delivery is known by its mentor, module and due day (the key that keeps a second run, a
-- second node or a run after a crash from adding one twice); its identity column was read by
-- nothing and cost an identity value and a B-tree per row. That key is now the primary key.
ALTER TABLE mentor_delivery DROP CONSTRAINT pk_mentor_delivery;
ALTER TABLE mentor_delivery DROP CONSTRAINT uq_mentor_delivery;
ALTER TABLE mentor_delivery DROP COLUMN id;
ALTER TABLE mentor_delivery ADD CONSTRAINT pk_mentor_delivery PRIMARY KEY (mentor_id, module_id, due_date);
