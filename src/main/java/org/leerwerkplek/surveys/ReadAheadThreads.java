package org.leerwerkplek.surveys;

import java.util.concurrent.ThreadFactory;

/**
 * Where imports read ahead ({@link ReadAhead}): an import reads and checks its file while the
 * caller's thread stores. In the container the managed thread factory ({@link ResponseStores}), a
 * thread per import. (Exports read ahead too for a while; measured in one process at 20,000 it was
 * no faster than one thread on this 2-core machine, so they went back to one thread.)
 */
public record ReadAheadThreads(ThreadFactory factory) {
}
