package org.leerwerkplek.surveys.csv;

import java.util.Collections;
import java.util.Map;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Relevance;

/**
 * One correct record of an imported file: a complete, submitted response of the reader's
 * instrument version.
 *
 * @param line the physical line (1-based) on which the record starts
 * @param answers the non-empty answers by question code, in the shapes stored (README section 7);
 *                only questions shown for this response are present
 * @param relevance what the reader's version shows for these answers, as the check worked it out
 *                  (so that whoever works the response out again need not decide it a second time)
 */
public record ImportedResponse(int line, Map<String, AnswerValue> answers, Relevance relevance) {

    /**
     * Takes {@code answers} over without a copy (an import makes one such record per line): the
     * caller hands a map it no longer changes; {@link #answers()} is a read-only view of it in its
     * own order (the definition's), which {@code AnswerDocument.encode}'s sort finds in order.
     */
    public ImportedResponse {
        answers = Collections.unmodifiableMap(answers);
    }
}
