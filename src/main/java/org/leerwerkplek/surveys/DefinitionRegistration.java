package org.leerwerkplek.surveys;

import java.util.List;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/**
 * What happened when a loaded instrument was compared with the stored snapshots: accepted (an
 * existing or a new snapshot), or refused with the errors that say why.
 *
 * @param snapshotId the snapshot the instrument now answers with; empty when refused
 * @param errors     why the file was refused (a removed code under the same version, a lower version)
 * @param warnings   accepted changes worth telling the admin
 */
public record DefinitionRegistration(Optional<Long> snapshotId, List<DefinitionError> errors, List<String> warnings) {

    public DefinitionRegistration {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static DefinitionRegistration accepted(long snapshotId, List<String> warnings) {
        return new DefinitionRegistration(Optional.of(snapshotId), List.of(), warnings);
    }

    static DefinitionRegistration refused(List<DefinitionError> errors) {
        return new DefinitionRegistration(Optional.empty(), errors, List.of());
    }
}
