-- A mail can be queued with its template's values instead of its rendered bodies: the sender
-- renders it when it sends it (the template, language and values are all it needs), so queuing a
-- wave of 100,000 invitations writes small rows. body_text and body_html are then empty; a mail
-- whose values do not fit is queued rendered as before (template_values NULL).
ALTER TABLE outbox_mail ADD COLUMN template_values VARCHAR(4000);

-- An invitation no longer starts a survey response: it starts when the invitee first opens the
-- link, found by the hash of the link's token (fieldwork.InvitationLinks).
CREATE INDEX ix_fieldwork_invitee_link ON fieldwork_invitee (link_hash);

-- The sender's query for the next due mails (status = 'PENDING' AND next_attempt_at <= ? ORDER BY
-- next_attempt_at, id, the first 50) read and sorted every pending row on Derby: 100,000 rows per
-- batch of 50 after a wave was queued. With id in the index the rows come in that order from the
-- index alone. The counts of due mails use the same index.
CREATE INDEX ix_outbox_mail_due_order ON outbox_mail (status, next_attempt_at, id);
DROP INDEX ix_outbox_mail_due;
