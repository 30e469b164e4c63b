package org.leerwerkplek.platform;

import java.util.logging.Logger;

/**
 * Ends the process when the application cannot start, with one line that says what to fix,
 * instead of a running server without the application and hundreds of lines of stack traces.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    /** The exit status of a start that failed on its configuration. */
    public static final int EXIT_STATUS = 3;

    private StartupFailure() {
    }

    public static void exit(String reason) {
        String line = "Leerwerkplek cannot start: " + reason;
        LOG.severe(line);
        System.err.println(line);
        System.err.flush();
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
