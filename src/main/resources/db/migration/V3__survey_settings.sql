-- Per-instrument switches set by an admin: whether anyone with the public link may answer.
CREATE TABLE survey_setting (
    instrument_id  VARCHAR(64) NOT NULL,
    public_link    BOOLEAN     NOT NULL,
    changed_by     VARCHAR(64),
    changed_at     TIMESTAMP   NOT NULL,
    row_version    BIGINT      NOT NULL,
    CONSTRAINT pk_survey_setting PRIMARY KEY (instrument_id)
);
