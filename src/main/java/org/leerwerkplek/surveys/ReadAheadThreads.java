package org.leerwerkplek.surveys;

import java.util.concurrent.ThreadFactory;

/**
 * Where an import reads and checks its file while the caller's thread stores ({@link ReadAhead}):
 * in the container the managed thread factory ({@link ResponseStores}), a thread per import.
 */
public record ImportThreads(ThreadFactory factory) {
}
