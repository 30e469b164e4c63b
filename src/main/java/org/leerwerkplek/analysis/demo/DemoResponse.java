package org.leerwerkplek.analysis.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;

/**
 * One synthetic employer's complete response, as stored (README section 7). Synthetic: store it
 * with {@link DemoResponses#MARKER} as its channel.
 *
 * @param number the respondent's number in the generated set, from 1
 * @param values the answers by question code, in question order; only shown questions are present
 */
public record DemoResponse(int number, Map<String, AnswerValue> values) {

    public DemoResponse {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The answers as conditions and the validator read them. */
    public Answers answers() {
        return Answers.of(values);
    }
}
