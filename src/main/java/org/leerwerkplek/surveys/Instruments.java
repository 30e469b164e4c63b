package org.leerwerkplek.surveys;

import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** The instruments in service and the definitions responses were given under ({@link SurveyCatalog}; tests give their own). */
public interface Instruments {

    /** The instrument in service with this id. */
    Optional<SurveyCatalog.ActiveInstrument> instrument(String id);

    /** The definition a response was given with, also when the file has changed since. */
    Optional<Instrument> bySnapshot(long snapshotId);
}
