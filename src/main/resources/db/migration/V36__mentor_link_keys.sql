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
