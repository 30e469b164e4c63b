-- The owner of a support action is an account (its user name), picked from a list, no longer free
-- text. Existing owners: a text that is an account's user name (case and surrounding spaces aside)
-- becomes that account; else a text that is the display name of exactly one account becomes that
-- account; any other text is kept in owner_note, shown with the action, and the company's advisor
-- (when that is an account) becomes the owner. Nothing typed is lost.
ALTER TABLE support_action ADD COLUMN owner_note VARCHAR(200);

UPDATE support_action
   SET owner = (SELECT u.username FROM lwp_user u WHERE LOWER(u.username) = LOWER(TRIM(support_action.owner)))
 WHERE owner IS NOT NULL
   AND EXISTS (SELECT 1 FROM lwp_user u WHERE LOWER(u.username) = LOWER(TRIM(support_action.owner)));

UPDATE support_action
   SET owner = (SELECT MIN(u.username) FROM lwp_user u
                 WHERE LOWER(TRIM(u.display_name)) = LOWER(TRIM(support_action.owner)))
 WHERE owner IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM lwp_user u WHERE u.username = support_action.owner)
   AND (SELECT COUNT(*) FROM lwp_user u WHERE LOWER(TRIM(u.display_name)) = LOWER(TRIM(support_action.owner))) = 1;

UPDATE support_action
   SET owner_note = owner,
       owner = (SELECT c.advisor FROM company c
                 WHERE c.id = support_action.company_id
                   AND EXISTS (SELECT 1 FROM lwp_user u WHERE u.username = c.advisor))
 WHERE owner IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM lwp_user u WHERE u.username = support_action.owner);
