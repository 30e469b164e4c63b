package org.leerwerkplek.analysis.stats;

/**
 * Thrown when a result is asked for a base without any answer, where every percentage would be 0/0.
 * Accumulators offer {@code isEmpty()} so that callers can show "no answers" instead.
 */
public class EmptyBaseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public EmptyBaseException(String what) {
        super("No answers in the base of " + what);
    }
}
