package org.leerwerkplek.platform.cluster;

/**
 * A notice from another instance, fired as a CDI event on a managed thread of this one (see
 * {@link DataGrid#tellOthers(String)}): observe it with {@code @Observes ClusterNotice} and act when
 * {@link #is(String)} names yours, e.g. read a folder again after an admin's reload elsewhere.
 */
public record ClusterNotice(String name) {

    /** Whether this is the notice {@code expected}. */
    public boolean is(String expected) {
        return name.equals(expected);
    }
}
