package org.leerwerkplek.surveys.csv;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;

/**
 * One response as {@link ResponseCsvWriter} writes it: what the response columns show and its
 * stored answers by question code (README section 7).
 *
 * <p>Status and channel are given as their names ({@code SUBMITTED}, {@code IMPORT}) so that this
 * package depends only on the survey definition, not on the service that stores responses.
 *
 * @param id the response's id in Leerwerkplek
 * @param version the instrument version the response is pinned to
 * @param status the name of the response status
 * @param channel the name of the channel the response came in by
 * @param submittedAt when it was submitted; empty while it is being filled in
 * @param answers the answers by question code; a missing or empty answer is written as empty cells
 */
public record ExportedResponse(long id, int version, String status, String channel, Optional<Instant> submittedAt,
                               Map<String, AnswerValue> answers) {

    public ExportedResponse {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submittedAt, "submittedAt");
        answers = Map.copyOf(answers);
    }
}
