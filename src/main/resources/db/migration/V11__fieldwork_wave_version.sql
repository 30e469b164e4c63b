-- A wave's dates and reminder rule can change while it runs: a change names the version it was
-- made on, and a change made on an older version is refused (optimistic locking).
ALTER TABLE fieldwork_wave ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
