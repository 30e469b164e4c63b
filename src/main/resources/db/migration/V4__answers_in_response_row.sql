-- The answers of a response move into the response's own row (see AnswerDocument): one row per
-- response instead of one per value, so imports and analysis passes over 100,000 responses stay
-- within seconds on embedded Derby. survey_answer existed only in unreleased 0.1.0 development
-- builds, whose answers are not carried over.
ALTER TABLE survey_response ADD COLUMN answers ${long_text};
UPDATE survey_response SET answers = '';
DROP TABLE survey_answer;
