-- The analysis checks before every table whether an instrument's submitted responses changed
-- (count, highest id, latest submission). This index covers that query, so it reads the index
-- alone instead of every response row (0.3 s per request at 100,000 responses without it).
CREATE INDEX ix_survey_response_submitted ON survey_response (instrument_id, status, submitted_at, id);
