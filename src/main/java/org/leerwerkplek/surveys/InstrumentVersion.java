package org.leerwerkplek.surveys;

import org.leerwerkplek.surveys.definition.model.Instrument;

/** The instrument version an export or import is about, with the stored definition it was given under. */
public record InstrumentVersion(long snapshotId, Instrument instrument) {
}
