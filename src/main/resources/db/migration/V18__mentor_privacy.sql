-- Personal data of the mentor course (issue 13). unsubscribed_at: when the mentor last left the
-- course; the retention rule erases mentors some months after it (mentors that left before this
-- migration count from their last change). erased_at: the mentor was erased (on request or by
-- retention): its row keeps only anonymous facts (role, preferences, status) so that its progress
-- still counts in the figures, its name and address are gone and its links deleted. A certificate
-- of an erased mentor keeps its code and period, loses the name and is verified as erased.
ALTER TABLE mentor ADD COLUMN unsubscribed_at TIMESTAMP;
ALTER TABLE mentor ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE mentor_certificate ADD COLUMN erased_at TIMESTAMP;
UPDATE mentor SET unsubscribed_at = updated_at WHERE status = 'UNSUBSCRIBED';
CREATE INDEX ix_mentor_retention ON mentor (status, unsubscribed_at);
