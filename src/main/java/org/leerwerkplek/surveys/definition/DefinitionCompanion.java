package org.leerwerkplek.surveys.definition;

import java.nio.file.Path;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

/**
 * A file that another part keeps next to an instrument in the surveys folder and reads itself:
 * {@code <instrument id><suffix>} (the companies part's rule file {@code leerwerkplekfiche.suitability.yaml}
 * is one). The surveys part knows only its name: it hands the file to the companion with the
 * instrument of the same id once that instrument loaded without errors, reports the errors the
 * companion finds with those of the instruments, and keeps what it read with the instrument in
 * service. A part offers a companion as a CDI bean.
 *
 * @param <T> what the companion reads from its file
 */
public interface DefinitionCompanion<T> {

    /** The end of the file names this companion reads, such as {@code .rules.yaml}; it ends in {@code .yaml}. */
    String suffix();

    /** The type of what {@link #read} gives; an instrument in service is asked for its companions by this type. */
    Class<T> type();

    /**
     * Reads {@code file} for {@code instrument}, checking it against that instrument: every problem
     * with its position, and no value when there is any.
     */
    ParseResult<T> read(Path file, Instrument instrument);
}
