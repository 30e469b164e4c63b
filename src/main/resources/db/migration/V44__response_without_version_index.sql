-- One index fewer written per response: ix_survey_response_instrument (instrument_id, version,
-- status) cost about 15 % of the storing thread of an import of 100,000 responses on Derby
-- (BENCHMARKS.md, issue 17, "Import, round 4"). Its only query of its own was the export's
-- (instrument_id AND version, in id order), which Derby reads through the primary key (a hint)
-- and PostgreSQL through the primary key or a scan; every query by instrument and status has
-- ix_survey_response_submitted (instrument_id, status, submitted_at, id), and every query by
-- instrument alone has that one or ix_survey_response_change (instrument_id, change_seq).
DROP INDEX ix_survey_response_instrument;
