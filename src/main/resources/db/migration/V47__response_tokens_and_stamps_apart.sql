-- Two index entries fewer for every response an import stores: the token of a link response and
-- the change stamp of a single change each had an index on survey_response, and every row went
-- into both, NULL or not (Derby keeps NULL keys in a unique index too). An import stores neither;
-- the two B-tree inserts per row were some 15 % of the storing thread of an import of 100,000
-- responses on Derby (BENCHMARKS.md, issue 17, "Import, round 11"). Now only the responses that
-- have one write a row in a table of its own:
--  * survey_response_token: the hash of a link response's token (the link opens the response);
--    removed with the response, and by an erasure (the link then opens nothing);
--  * survey_response_stamp: the response of each single change to an instrument's submitted
--    responses, by counter value (V31). survey_response.change_seq stays: the latest stamp of the
--    response, without an index. Stamps below an instrument's rebuild_seq are no longer read
--    (readers below it read everything again) and a change in bulk deletes them.
CREATE TABLE survey_response_token (
    token_hash   VARCHAR(64) NOT NULL,
    response_id  BIGINT      NOT NULL,
    CONSTRAINT pk_survey_response_token PRIMARY KEY (token_hash),
    CONSTRAINT uq_survey_response_token_response UNIQUE (response_id),
    CONSTRAINT fk_survey_response_token_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
        ON DELETE CASCADE
);
INSERT INTO survey_response_token (token_hash, response_id)
    SELECT token_hash, id FROM survey_response WHERE token_hash IS NOT NULL;
ALTER TABLE survey_response DROP CONSTRAINT uq_survey_response_token;
ALTER TABLE survey_response DROP COLUMN token_hash;

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
