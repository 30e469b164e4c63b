package org.leerwerkplek.surveys.xlsform;

import java.util.List;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/**
 * The outcome of one conversion, all in memory.
 *
 * @param id        the instrument id (and file name without {@code .yaml})
 * @param yaml      the instrument, present when at least one question converted and the product's own
 *                  parser accepted it
 * @param questions how many questions it holds
 * @param findings  every row or part that was not converted, in sheet and row order
 * @param checks    what the product's parser refused in the generated YAML (empty when it passed)
 */
public record XlsFormConversion(String id, Optional<String> yaml, int questions, List<Finding> findings,
        List<DefinitionError> checks) {

    public XlsFormConversion {
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    public boolean converted() {
        return yaml.isPresent();
    }
}
