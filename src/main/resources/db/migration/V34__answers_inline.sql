-- The answers text of a response (AnswerDocument) leaves the CLOB on Derby: Derby writes and
-- reads a CLOB as a stream, a byte at a time, which was half of the time of importing and
-- exporting 100,000 responses (BENCHMARKS.md, issue 17). ${inline_text} is a VARCHAR of
-- Derby's longest length (32,672 characters), TEXT on PostgreSQL. A document longer than that
-- (possible with several long texts) is kept in answers_long (${long_text}) instead, answers
-- then being NULL: exactly one of the two holds the text.
ALTER TABLE survey_response ADD COLUMN answers_long ${long_text};
UPDATE survey_response SET answers_long = answers;
ALTER TABLE survey_response DROP COLUMN answers;
ALTER TABLE survey_response ADD COLUMN answers ${inline_text};
UPDATE survey_response SET answers = CAST(answers_long AS VARCHAR(32672)), answers_long = NULL
    WHERE LENGTH(answers_long) <= 32672;
