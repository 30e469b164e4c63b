package org.leerwerkplek.surveys;

import java.util.concurrent.ThreadFactory;

/**
 * Where imports and exports read ahead ({@link ReadAhead}): an import reads and checks its file
 * while the caller's thread stores, an export reads and decodes the stored responses while the
 * caller's thread writes the file. In the container the managed thread factory
 * ({@link ResponseStores}), a thread per import or export.
 */
public record ReadAheadThreads(ThreadFactory factory) {
}
