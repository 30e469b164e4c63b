-- What the analysis needs to keep its columns of an instrument's submitted responses up to date
-- without reading them all again after each change (issue 17), also on several nodes:
-- survey_response_change holds one counter per instrument, moved on in the same transaction as
-- every change to its submitted responses (a submit, an answer replaced, a removal, an import).
-- The counter's row lock orders the changes, so a reader that sees value C knows every change up
-- to C is committed. A single change stamps its response with the counter (change_seq), so a reader
-- at C fetches only the responses with change_seq > C; a change in bulk (a large import, a removal
-- by channel, an erasure) sets rebuild_seq, and a reader below it reads every response again.
CREATE TABLE survey_response_change (
    instrument_id  VARCHAR(64) NOT NULL,
    seq            BIGINT      NOT NULL,
    rebuild_seq    BIGINT      NOT NULL,
    CONSTRAINT pk_survey_response_change PRIMARY KEY (instrument_id)
);
INSERT INTO survey_response_change (instrument_id, seq, rebuild_seq)
    SELECT DISTINCT instrument_id, 1, 1 FROM survey_definition;
ALTER TABLE survey_response ADD COLUMN change_seq BIGINT;
CREATE INDEX ix_survey_response_change ON survey_response (instrument_id, change_seq);
