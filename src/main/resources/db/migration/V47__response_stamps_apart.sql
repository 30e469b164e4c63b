-- One index entry fewer for every response an import stores: the change stamp of a single change
-- (V31) had an index on survey_response, (instrument_id, change_seq), and every row went into it,
-- NULL or not (Derby and PostgreSQL keep NULL keys in a B-tree), while an import stamps none of its
-- rows. Now only the responses that a single change stamps write a row, in a table of its own:
-- survey_response_stamp, the response of each single change to an instrument's submitted
-- responses by counter value. survey_response.change_seq stays, without an index: the latest stamp
-- of the response. Stamps at or below an instrument's rebuild_seq are no longer read (readers below
-- it read everything again) and a change in bulk deletes them.
-- (The link token stays in survey_response: a table of its own for it cost every respondent's page
-- a second B-tree lookup, and their pages queued on Derby's latch of its root; BENCHMARKS.md, issue 17.)
CREATE TABLE survey_response_stamp (
    instrument_id  VARCHAR(64) NOT NULL,
    change_seq     BIGINT      NOT NULL,
    response_id    BIGINT      NOT NULL,
    CONSTRAINT pk_survey_response_stamp PRIMARY KEY (instrument_id, change_seq, response_id)
);
INSERT INTO survey_response_stamp (instrument_id, change_seq, response_id)
    SELECT r.instrument_id, r.change_seq, r.id FROM survey_response r
    WHERE r.change_seq IS NOT NULL AND r.change_seq >
        (SELECT c.rebuild_seq FROM survey_response_change c WHERE c.instrument_id = r.instrument_id);
DROP INDEX ix_survey_response_change;
