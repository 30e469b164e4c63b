package org.leerwerkplek.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The waves in which responses to an instrument were collected, as the analysis filters on them.
 * The fieldwork part implements it (it knows which invitation led to which response); the
 * analysis only asks through this interface, so the dependency runs from fieldwork to analysis
 * and never back. Without an implementation the analysis offers no wave filter.
 */
public interface ResponseWaves {

    /** One wave of an instrument: its id and the name its analyst gave it. */
    record Wave(long id, String name) {
    }

    /** The waves of {@code instrumentId}, newest first. */
    List<Wave> wavesOf(String instrumentId);

    /** The ids of the responses started for the invitees of wave {@code waveId} of {@code instrumentId}; empty when no such wave. */
    Optional<Set<Long>> responseIds(String instrumentId, long waveId);
}
