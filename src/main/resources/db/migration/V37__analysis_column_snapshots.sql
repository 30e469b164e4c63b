-- The analysis' columns of an instrument's submitted responses, kept so that a node that does not
-- hold them (after a restart, or a second node) reads them instead of decoding every response
-- again (issue 17): per table key (instrument, version read, the reading definition's content
-- hash, the format) the columns in a compact binary form (deflated), and the point of the change
-- counter (survey_response_change.seq) they reflect. A reader takes them only when no change in
-- bulk came after that point, and then applies the responses stamped since. Only an optimisation:
-- rows may be deleted at any time.
CREATE TABLE analysis_column_snapshot (
    table_key   VARCHAR(240) NOT NULL,
    seq         BIGINT       NOT NULL,
    written_at  TIMESTAMP    NOT NULL,
    packed      ${bytes}     NOT NULL,
    CONSTRAINT pk_analysis_column_snapshot PRIMARY KEY (table_key)
);
