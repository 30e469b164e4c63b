package org.leerwerkplek.companies.suitability;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.leerwerkplek.surveys.definition.DefinitionCompanion;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

/**
 * The rule files {@code <instrument>.suitability.yaml} in the surveys folder (README section 10):
 * the surveys part hands each to this companion, with its instrument, whenever it loads the folder
 * (at start and on an admin's reload), and keeps the rules with the instrument in service; read
 * them with {@code catalog.instrument(id).flatMap(a -> a.companion(SuitabilityRules.class))}.
 */
@ApplicationScoped
public class SuitabilityFiles implements DefinitionCompanion<SuitabilityRules> {

    /** The end of a rule file's name. */
    public static final String SUFFIX = ".suitability.yaml";

    @Override
    public String suffix() {
        return SUFFIX;
    }

    @Override
    public Class<SuitabilityRules> type() {
        return SuitabilityRules.class;
    }

    @Override
    public ParseResult<SuitabilityRules> read(Path file, Instrument instrument) {
        return SuitabilityParser.parse(file, instrument);
    }
}
