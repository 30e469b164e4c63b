-- An invitee is anonymised when the person is erased or its wave's retention period ends: its name,
-- company name and address are removed (the address becomes 'erased-<id>', which keeps the row's
-- place in the wave's unique list of addresses), its link hashes are removed, and anonymised_at
-- says when. The row keeps what the wave's statistics need (group, dates, the anonymous response).
ALTER TABLE fieldwork_invitee ADD COLUMN anonymised_at TIMESTAMP;

-- Access requests and erasures find a person's invitations in every wave by address.
CREATE INDEX ix_fieldwork_invitee_email ON fieldwork_invitee (email);
