-- The answers text of a response (AnswerDocument) is kept as its UTF-8 bytes (${inline_bytes}:
-- Derby VARCHAR(32672) FOR BIT DATA, PostgreSQL BYTEA) instead of a VARCHAR: Derby writes a
-- VARCHAR's characters into its log record one byte at a time through a stream, bytes in one copy;
-- that was 70 % of the insert thread's samples of an import of responses on Derby (BENCHMARKS.md,
-- issue 17). A document whose bytes are longer than 32,672 stays in answers_long as text, as
-- before; exactly one of the two holds it. lwp_utf8 (${create_utf8_function}) gives NULL for those.
${create_utf8_function};
ALTER TABLE survey_response ADD COLUMN answers_text ${inline_text};
UPDATE survey_response SET answers_text = answers;
ALTER TABLE survey_response DROP COLUMN answers;
ALTER TABLE survey_response ADD COLUMN answers ${inline_bytes};
UPDATE survey_response SET answers = lwp_utf8(answers_text) WHERE answers_text IS NOT NULL;
UPDATE survey_response SET answers_long = answers_text WHERE answers IS NULL AND answers_text IS NOT NULL;
ALTER TABLE survey_response DROP COLUMN answers_text;
DROP FUNCTION lwp_utf8;
-- One index fewer written per response: the foreign key to survey_definition kept an index of its
-- own on definition_id (read by no query) and looked the definition up for every row inserted,
-- about a quarter of the work of inserting a response on Derby (BENCHMARKS.md, issue 17). A
-- response's definition_id comes from the registered snapshot it was answered under, and
-- definitions are never deleted (no code deletes from survey_definition).
ALTER TABLE survey_response DROP CONSTRAINT fk_survey_response_definition;
